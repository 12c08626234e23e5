//! People who use several platforms: one-time link codes and, once a code is redeemed, the
//! person each platform user id stands for, kept in the `people` tree per organisation.
//!
//! Keys: `K org \0 code` → [`PendingCode`]; `P org \0 workspace \0 user` → the person's id
//! (the user id of whoever asked for the first code, so their records need no rewrite).

use super::{Store, StoreError};
use crate::ids::TenantId;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// How long a link code can be redeemed.
pub const CODE_MINUTES: i64 = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct PendingCode {
    person: String,
    workspace: TenantId,
    expires: DateTime<Utc>,
}

/// Why a code was not accepted, in words for the person typing it.
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("`{0}` is not a link code of this organisation, or it was already used. Ask for a new one with `/value me link` where you are already known.")]
    Unknown(String),
    #[error("That link code expired (codes last {CODE_MINUTES} minutes). Ask for a new one with `/value me link`.")]
    Expired,
    #[error("That code was made in this same workspace; type it in the other platform's workspace instead.")]
    SameWorkspace,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sled::Error> for LinkError {
    fn from(e: sled::Error) -> Self {
        LinkError::Store(e.into())
    }
}

/// The `people` tree. Cheap to clone.
#[derive(Clone)]
pub struct People {
    tree: sled::Tree,
    store: Store,
}

fn key(tag: u8, org: &TenantId, parts: &[&str]) -> Vec<u8> {
    let mut k = vec![tag];
    k.extend_from_slice(org.as_str().as_bytes());
    for p in parts {
        k.push(0);
        k.extend_from_slice(p.as_bytes());
    }
    k
}

impl People {
    pub fn open(store: &Store) -> Result<People, StoreError> {
        Ok(People {
            tree: store.db.open_tree("people")?,
            store: store.clone(),
        })
    }

    /// The person a platform user is in `org`: themselves unless they linked.
    pub fn person(
        &self,
        org: &TenantId,
        workspace: &TenantId,
        user: &str,
    ) -> Result<String, StoreError> {
        Ok(
            match self.tree.get(key(b'P', org, &[workspace.as_str(), user]))? {
                Some(v) => String::from_utf8_lossy(&v).into_owned(),
                None => user.to_string(),
            },
        )
    }

    /// Every platform user id linked to `person` in `org`, as `workspace user`.
    pub fn linked(&self, org: &TenantId, person: &str) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        for item in self.tree.scan_prefix(key(b'P', org, &[])) {
            let (k, v) = item?;
            if v.as_ref() == person.as_bytes() {
                let rest = &k[1 + org.as_str().len() + 1..];
                out.push(String::from_utf8_lossy(rest).replace('\0', " "));
            }
        }
        Ok(out)
    }

    /// A new one-time code standing for `person`, valid for [`CODE_MINUTES`].
    pub fn new_code(
        &self,
        org: &TenantId,
        workspace: &TenantId,
        person: &str,
        now: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        use rand::Rng;
        const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        let mut rng = rand::thread_rng();
        let code: String = (0..8)
            .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
            .collect();
        let pending = PendingCode {
            person: person.into(),
            workspace: workspace.clone(),
            expires: now + Duration::minutes(CODE_MINUTES),
        };
        let value = serde_json::to_vec(&pending).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.store.check_writable()?;
        self.tree.insert(key(b'K', org, &[&code]), value)?;
        self.tree.flush()?;
        Ok(code)
    }

    /// Redeems `code` for the user `user` of `workspace`: from now on they are the person
    /// who asked for it. A code works once, in another workspace, before it expires.
    pub fn redeem(
        &self,
        org: &TenantId,
        workspace: &TenantId,
        user: &str,
        code: &str,
        now: DateTime<Utc>,
    ) -> Result<String, LinkError> {
        let code = code.trim().to_uppercase();
        let k = key(b'K', org, &[&code]);
        let Some(v) = self.tree.get(&k)? else {
            return Err(LinkError::Unknown(code));
        };
        let pending: PendingCode =
            serde_json::from_slice(&v).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        if pending.expires <= now {
            self.tree.remove(&k)?;
            return Err(LinkError::Expired);
        }
        if &pending.workspace == workspace {
            return Err(LinkError::SameWorkspace);
        }
        self.store.check_writable()?;
        // Taking the code and linking in one step: a code raced from two places links once.
        if self
            .tree
            .compare_and_swap(&k, Some(v), None as Option<&[u8]>)?
            .is_err()
        {
            return Err(LinkError::Unknown(code));
        }
        self.tree.insert(
            key(b'P', org, &[workspace.as_str(), user]),
            pending.person.as_bytes(),
        )?;
        self.tree.flush()?;
        Ok(pending.person)
    }
}
