//! Forms filled in over several pages (Discord's modals hold five inputs): the pages
//! submitted so far, kept in the `partial_forms` tree until the last page arrives or they
//! expire, so nothing a person typed is lost across a restart.
//!
//! Keys: `FORM-n` → [`PartialForm`]; `\0next` → the last number given.

use super::{Store, StoreError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The pages of one form submitted so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartialForm {
    /// The workspace and the person filling it in: only they may continue it.
    pub tenant: String,
    pub user: String,
    pub channel: String,
    pub command: String,
    /// The context the form was opened with (a draft's **Edit** button).
    pub context: String,
    /// Every value given so far, by field name.
    pub values: BTreeMap<String, String>,
    /// The last page kept.
    pub page: usize,
    /// The public draft card the form was opened from: the record takes its place at the
    /// end, while the steps between are shown to the person alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<valuebridge_chat::MessageRef>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Clone)]
pub struct PartialForms {
    tree: sled::Tree,
    store: Store,
}

const NEXT: &[u8] = b"\0next";

impl PartialForms {
    pub fn open(store: &Store) -> Result<PartialForms, StoreError> {
        Ok(PartialForms {
            tree: store.db().open_tree("partial_forms")?,
            store: store.clone(),
        })
    }

    /// A new id people can read: `FORM-12`.
    pub fn next_id(&self) -> Result<String, StoreError> {
        let next = self.tree.update_and_fetch(NEXT, |old| {
            let n = old
                .and_then(|v| v.try_into().ok())
                .map(u64::from_be_bytes)
                .unwrap_or(0)
                + 1;
            Some(n.to_be_bytes().to_vec())
        })?;
        let n = next
            .and_then(|v| v.as_ref().try_into().ok())
            .map(u64::from_be_bytes)
            .unwrap_or(1);
        Ok(format!("FORM-{n}"))
    }

    /// Keeps `form` under `id`, on disk before it returns (the person is told it is saved);
    /// forms past their expiry are dropped on the way.
    pub async fn put(
        &self,
        id: &str,
        form: &PartialForm,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        for item in self.tree.iter() {
            let (k, v) = item?;
            if k.as_ref() == NEXT {
                continue;
            }
            if serde_json::from_slice::<PartialForm>(&v).map_or(true, |f| f.expires_at <= now) {
                self.tree.remove(k)?;
            }
        }
        self.tree
            .insert(id.as_bytes(), serde_json::to_vec(form).expect("serialises"))?;
        self.tree.flush_async().await?;
        Ok(())
    }

    /// The live form under `id`; an expired one is dropped.
    pub fn get(&self, id: &str, now: DateTime<Utc>) -> Result<Option<PartialForm>, StoreError> {
        let Some(v) = self.tree.get(id.as_bytes())? else {
            return Ok(None);
        };
        let form: PartialForm =
            serde_json::from_slice(&v).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        if form.expires_at <= now {
            self.tree.remove(id.as_bytes())?;
            return Ok(None);
        }
        Ok(Some(form))
    }

    /// Drops the form under `id`, finished: a person's write, refused while the store
    /// cannot write, written with the record it ended in in one atomic write, and put back
    /// if the flush after it fails (see [`Store::write_with_records`]).
    pub fn remove_finished(&self, id: &str) -> Result<(), StoreError> {
        self.store
            .write_with_records(&self.tree, id.as_bytes().to_vec(), None)
    }
}
