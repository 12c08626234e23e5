//! Inbound hooks (an address other systems post benefits and notes to, checked against the
//! hash of its secret) and the answers given to each idempotency key.

use super::{hash_secret, json, parse, random_text, Webhooks};
use crate::ids::TenantId;
use crate::store::StoreError;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InHook {
    pub id: String,
    pub organisation: TenantId,
    pub label: String,
    /// SHA-256 of the secret, hex.
    pub secret_hash: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub active: bool,
}

pub(super) fn in_key(id: &str) -> Vec<u8> {
    let mut k = vec![b'I'];
    k.extend_from_slice(id.as_bytes());
    k
}

fn answer_key(id: &str, key: &str) -> Vec<u8> {
    let mut k = vec![b'K'];
    k.extend_from_slice(id.as_bytes());
    k.push(0);
    k.extend_from_slice(key.as_bytes());
    k
}

impl Webhooks {
    pub fn add_in(
        &self,
        org: &TenantId,
        label: &str,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<(InHook, String), StoreError> {
        self.store.check_writable()?;
        let secret = format!("whin_{}", random_text(32));
        let hook = InHook {
            id: format!("h{}", random_text(15)),
            organisation: org.clone(),
            label: label.into(),
            secret_hash: hash_secret(&secret),
            created_by: by.into(),
            created_at: now,
            active: true,
        };
        self.tree.insert(in_key(&hook.id), json(&hook)?)?;
        self.tree.flush()?;
        Ok((hook, secret))
    }

    pub fn in_hook(&self, id: &str) -> Result<Option<InHook>, StoreError> {
        self.tree.get(in_key(id))?.map(|v| parse(&v)).transpose()
    }

    pub fn in_hooks(&self, org: &TenantId) -> Result<Vec<InHook>, StoreError> {
        let mut out = Vec::new();
        for item in self.tree.scan_prefix([b'I']) {
            let hook: InHook = parse(&item?.1)?;
            if &hook.organisation == org {
                out.push(hook);
            }
        }
        Ok(out)
    }

    /// The answer given before to `key` on inbound hook `id`.
    pub fn answer(&self, id: &str, key: &str) -> Result<Option<serde_json::Value>, StoreError> {
        self.tree
            .get(answer_key(id, key))?
            .map(|v| parse(&v))
            .transpose()
    }

    /// Forgets `key` of inbound hook `id` (its request stored nothing).
    pub fn forget_answer(&self, id: &str, key: &str) -> Result<(), StoreError> {
        self.tree.remove(answer_key(id, key))?;
        self.tree.flush()?;
        Ok(())
    }

    /// Keeps the answer given to `key`, so a replay gets it and stores nothing.
    pub fn remember_answer(
        &self,
        id: &str,
        key: &str,
        answer: &serde_json::Value,
    ) -> Result<(), StoreError> {
        self.tree.insert(answer_key(id, key), json(answer)?)?;
        self.tree.flush()?;
        Ok(())
    }
}
