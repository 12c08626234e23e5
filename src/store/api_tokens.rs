//! API tokens of an organisation, kept in the `api_tokens` tree: only a token's SHA-256 is
//! stored, so the store never holds a usable token.
//!
//! Keys: `T org \0 n` → [`ApiToken`]; `H hash` → `org \0 n`; `C org` → last number used.

use super::{Store, StoreError};
use crate::command::Scope;
use crate::ids::TenantId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiToken {
    pub number: u64,
    pub organisation: TenantId,
    pub label: String,
    pub scope: Scope,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub last_used: Option<DateTime<Utc>>,
    pub revoked: bool,
    /// SHA-256 of the token, hex.
    pub hash: String,
}

impl ApiToken {
    /// How people name it: `TOK-3`.
    pub fn id(&self) -> String {
        format!("TOK-{}", self.number)
    }
}

/// The `api_tokens` tree. Cheap to clone.
#[derive(Clone)]
pub struct ApiTokens {
    tree: sled::Tree,
    store: Store,
}

fn token_key(org: &TenantId, n: u64) -> Vec<u8> {
    let mut k = super::keys::tagged_tenant(b'T', org);
    k.extend_from_slice(&n.to_be_bytes());
    k
}

fn hash_of(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

fn decode(v: &[u8]) -> Result<ApiToken, StoreError> {
    serde_json::from_slice(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn encode(t: &ApiToken) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(t).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl ApiTokens {
    pub fn open(store: &Store) -> Result<ApiTokens, StoreError> {
        Ok(ApiTokens {
            tree: store.db.open_tree("api_tokens")?,
            store: store.clone(),
        })
    }

    /// A new token: the secret (to show once) and what is stored of it.
    pub fn create(
        &self,
        org: &TenantId,
        scope: Scope,
        label: &str,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<(String, ApiToken), StoreError> {
        use rand::Rng;
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        let mut rng = rand::thread_rng();
        let secret: String = (0..40)
            .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
            .collect();
        let secret = format!("vb_{secret}");
        self.store.check_writable()?;
        let mut counter = vec![b'C'];
        counter.extend_from_slice(org.as_str().as_bytes());
        let next = self
            .tree
            .update_and_fetch(&counter, |old| {
                let n = old
                    .and_then(|v| v.try_into().ok().map(u64::from_be_bytes))
                    .unwrap_or(0);
                Some((n + 1).to_be_bytes().to_vec())
            })?
            .and_then(|v| v.as_ref().try_into().ok().map(u64::from_be_bytes))
            .unwrap_or(1);
        let token = ApiToken {
            number: next,
            organisation: org.clone(),
            label: label.into(),
            scope,
            created_by: by.into(),
            created_at: now,
            last_used: None,
            revoked: false,
            hash: hash_of(&secret),
        };
        let mut by_hash = vec![b'H'];
        by_hash.extend_from_slice(token.hash.as_bytes());
        self.tree.insert(token_key(org, next), encode(&token)?)?;
        self.tree.insert(by_hash, token_key(org, next))?;
        self.tree.flush()?;
        Ok((secret, token))
    }

    /// The live token `secret` stands for, if any.
    pub fn find(&self, secret: &str) -> Result<Option<ApiToken>, StoreError> {
        let mut by_hash = vec![b'H'];
        by_hash.extend_from_slice(hash_of(secret).as_bytes());
        let Some(key) = self.tree.get(by_hash)? else {
            return Ok(None);
        };
        match self.tree.get(key)? {
            Some(v) => Ok(Some(decode(&v)?).filter(|t| !t.revoked)),
            None => Ok(None),
        }
    }

    /// Notes that `token` was used now (not flushed: losing it in a crash costs nothing).
    pub fn touch(&self, token: &ApiToken, now: DateTime<Utc>) -> Result<(), StoreError> {
        let key = token_key(&token.organisation, token.number);
        self.tree.update_and_fetch(&key, |old| {
            let mut t = decode(old?).ok()?;
            t.last_used = Some(now);
            encode(&t).ok()
        })?;
        Ok(())
    }

    /// Revokes `TOK-n` of `org`; false if there is no such live token.
    pub fn revoke(&self, org: &TenantId, id: &str) -> Result<bool, StoreError> {
        let Some(n) = id
            .trim()
            .to_uppercase()
            .strip_prefix("TOK-")
            .and_then(|n| n.parse::<u64>().ok())
        else {
            return Ok(false);
        };
        let key = token_key(org, n);
        let Some(v) = self.tree.get(&key)? else {
            return Ok(false);
        };
        let mut t = decode(&v)?;
        if t.revoked {
            return Ok(false);
        }
        self.store.check_writable()?;
        t.revoked = true;
        self.tree.insert(key, encode(&t)?)?;
        self.tree.flush()?;
        Ok(true)
    }

    /// Every token of `org`, revoked ones included, oldest first.
    pub fn of(&self, org: &TenantId) -> Result<Vec<ApiToken>, StoreError> {
        let mut prefix = vec![b'T'];
        prefix.extend_from_slice(org.as_str().as_bytes());
        prefix.push(0);
        self.tree
            .scan_prefix(prefix)
            .map(|item| decode(&item?.1))
            .collect()
    }
}
