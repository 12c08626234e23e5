//! Drafts waiting for confirmation, one per person per channel, kept in the store so a
//! restart does not lose them, and expiring after `conversation.draft_ttl_minutes`.

use super::proposal::Proposal;
use crate::ids::TenantId;
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub id: u64,
    pub proposal: Proposal,
    /// The field the bot last asked about, so a bare answer fills it.
    pub asking: Option<String>,
    pub expires_at: DateTime<Utc>,
    /// An older draft set aside when a new message arrived before it was finished; it
    /// comes back when this one is logged or dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waiting: Option<Box<Draft>>,
    /// The name the reader read as a new investment's (or the words it guessed a registered
    /// one from), kept so that a correction to a registered investment can offer it as that
    /// one's alias (see `learn_alias`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_as_new: Option<String>,
    /// The registered investment the reader guessed `read_as_new`'s words meant: corrected
    /// to another one, the words are offered as its alias; corrected back, nothing is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guessed: Option<String>,
    /// The other name the draft offers to remember for its investment on `yes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learn: Option<super::learn_alias::AliasOffer>,
    /// `edit alias no`: the person declined to have a name remembered.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_alias: bool,
    /// Which record of its message this is, and of how many, when the message held several:
    /// said while it asks a question, so the person knows which record it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_of: Option<(usize, usize)>,
}

/// How many drafts one person can have set aside; older ones beyond it expire. Room for
/// every further record of one message (`reader::MAX_MORE_RECORDS`) and a few older drafts.
const MAX_WAITING: usize = crate::reader::MAX_MORE_RECORDS + 3;

impl Draft {
    /// A new draft of `proposal`, numbered `id`, with the investment's name as read when
    /// the reader took it for one not registered, or guessed one from it (`read_as_new`).
    pub fn new(
        id: u64,
        proposal: Proposal,
        expires_at: DateTime<Utc>,
        read_as_new: Option<String>,
    ) -> Draft {
        Draft {
            id,
            proposal,
            asking: None,
            expires_at,
            waiting: None,
            read_as_new,
            guessed: None,
            learn: None,
            no_alias: false,
            record_of: None,
        }
    }

    /// The draft, with the registered investment the reader guessed its words meant.
    pub fn guessed(self, guessed: Option<String>) -> Draft {
        Draft { guessed, ..self }
    }

    /// Sets `older` aside behind this draft, keeping at most [`MAX_WAITING`] of them.
    pub fn set_aside(&mut self, mut older: Draft) {
        let mut depth = 1;
        let mut cur = &mut older;
        while cur.waiting.is_some() && depth < MAX_WAITING {
            cur = cur.waiting.as_mut().expect("checked");
            depth += 1;
        }
        cur.waiting = None;
        self.waiting = Some(Box::new(older));
    }

    /// Whether draft `id` waits behind this one.
    pub fn sets_aside(&self, id: u64) -> bool {
        std::iter::successors(self.waiting.as_deref(), |d| d.waiting.as_deref()).any(|d| d.id == id)
    }
}

#[derive(Clone)]
pub struct Drafts {
    tree: sled::Tree,
    store: Store,
}

fn key(tenant: &TenantId, channel: &str, user: &str) -> Vec<u8> {
    let mut k = tenant.as_str().as_bytes().to_vec();
    k.push(0);
    k.extend_from_slice(channel.as_bytes());
    k.push(0);
    k.extend_from_slice(user.as_bytes());
    k
}

impl Drafts {
    pub fn open(store: &Store) -> Result<Drafts, StoreError> {
        Ok(Drafts {
            tree: store.db().open_tree("drafts")?,
            store: store.clone(),
        })
    }

    /// The caller's live draft in this channel; an expired one is dropped.
    pub fn get(
        &self,
        tenant: &TenantId,
        channel: &str,
        user: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Draft>, StoreError> {
        let k = key(tenant, channel, user);
        let Some(v) = self.tree.get(&k)? else {
            return Ok(None);
        };
        let draft: Draft =
            serde_json::from_slice(&v).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        if draft.expires_at <= now {
            self.tree.remove(&k)?;
            return Ok(None);
        }
        Ok(Some(draft))
    }

    pub fn put(
        &self,
        tenant: &TenantId,
        channel: &str,
        user: &str,
        draft: &Draft,
    ) -> Result<(), StoreError> {
        self.tree.insert(
            key(tenant, channel, user),
            serde_json::to_vec(draft).expect("serialises"),
        )?;
        Ok(())
    }

    /// Closes the caller's draft, logged or dropped: the draft it set aside (`back`) takes
    /// its place, or none does. A person's write: refused while the store cannot write, and
    /// undone if the flush after it fails. Confirmed, it is written with the records it was
    /// confirmed into, in one atomic write (see [`Store::write_with_records`]).
    pub fn close(
        &self,
        tenant: &TenantId,
        channel: &str,
        user: &str,
        back: Option<&Draft>,
    ) -> Result<(), StoreError> {
        let back = back.map(|b| serde_json::to_vec(b).expect("serialises"));
        self.store
            .write_with_records(&self.tree, key(tenant, channel, user), back)
    }

    pub fn remove(&self, tenant: &TenantId, channel: &str, user: &str) -> Result<(), StoreError> {
        self.tree.remove(key(tenant, channel, user))?;
        Ok(())
    }

    /// Small, increasing draft numbers people can read ("Draft 12").
    pub fn next_id(&self) -> Result<u64, StoreError> {
        let next = self.tree.update_and_fetch(b"\0next", |old| {
            let n = old
                .and_then(|v| v.try_into().ok())
                .map(u64::from_be_bytes)
                .unwrap_or(0)
                + 1;
            Some(n.to_be_bytes().to_vec())
        })?;
        Ok(next
            .and_then(|v| v.as_ref().try_into().ok())
            .map(u64::from_be_bytes)
            .unwrap_or(1))
    }
}

impl Drafts {
    /// Every live draft of `user` in the tenant, with its channel, for the Home tab.
    pub fn of_person(
        &self,
        tenant: &TenantId,
        user: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<(String, Draft)>, StoreError> {
        let mut prefix = tenant.as_str().as_bytes().to_vec();
        prefix.push(0);
        let mut out = Vec::new();
        for entry in self.tree.scan_prefix(&prefix) {
            let (k, v) = entry?;
            let mut parts = k[prefix.len()..].splitn(2, |b| *b == 0);
            let (Some(channel), Some(owner)) = (parts.next(), parts.next()) else {
                continue;
            };
            if owner != user.as_bytes() {
                continue;
            }
            let draft: Draft =
                serde_json::from_slice(&v).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            if draft.expires_at > now {
                out.push((String::from_utf8_lossy(channel).into_owned(), draft));
            }
        }
        out.sort_by_key(|(_, d)| d.id);
        Ok(out)
    }
}
