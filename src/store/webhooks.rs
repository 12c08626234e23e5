//! Webhooks of an organisation, kept in the `webhooks` tree: outbound ones (a URL each
//! record event is posted to, signed with its secret) and inbound ones (an address other
//! systems post benefits and notes to, checked against the hash of its secret), with the
//! answers given to each idempotency key and the relay's place in each tenant's history.
//!
//! Announcements (each new decision copied to a chat channel) ride the same relay.
//!
//! Keys: `O org \0 n` → [`OutHook`]; `C org` → last outbound number; `I id` → [`InHook`];
//! `K id \0 key` → the answer given; `R org` → the last history entry relayed (seq);
//! `N org \0 n` → [`Announcement`]; `D org` → last announcement number.
//!
//! This file keeps the outbound hooks, the relay and stopping any hook; `inbound` the
//! inbound hooks and their answers, `announcements` the announcements, and `hub_backup`
//! what a backup carries of these trees and their neighbours.

use super::{Store, StoreError};
use crate::ids::{Kind, TenantId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

mod announcements;
mod hub_backup;
mod inbound;

pub use announcements::Announcement;
use inbound::in_key;
pub use inbound::InHook;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutHook {
    pub number: u64,
    pub organisation: TenantId,
    pub url: String,
    /// The kinds whose events are posted; empty: every kind.
    pub events: Vec<Kind>,
    /// The signing secret: kept, because every post is signed with it.
    pub secret: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub active: bool,
    pub delivered: u64,
    pub last_delivery: Option<DateTime<Utc>>,
    pub last_problem: Option<String>,
}

impl OutHook {
    pub fn id(&self) -> String {
        format!("WH-{}", self.number)
    }

    pub fn wants(&self, kind: Kind) -> bool {
        self.events.is_empty() || self.events.contains(&kind)
    }
}

/// The `webhooks` tree. Cheap to clone.
#[derive(Clone)]
pub struct Webhooks {
    tree: sled::Tree,
    store: Store,
}

fn org_key(tag: u8, org: &TenantId) -> Vec<u8> {
    let mut k = vec![tag];
    k.extend_from_slice(org.as_str().as_bytes());
    k
}

fn out_key(org: &TenantId, n: u64) -> Vec<u8> {
    let mut k = org_key(b'O', org);
    k.push(0);
    k.extend_from_slice(&n.to_be_bytes());
    k
}

pub fn hash_secret(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// A random string of `n` letters and digits, for secrets and ids.
pub fn random_text(n: usize) -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::thread_rng();
    (0..n)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

fn json<T: Serialize>(v: &T) -> Result<Vec<u8>, StoreError> {
    serde_json::to_vec(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

fn parse<T: for<'a> Deserialize<'a>>(v: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(v).map_err(|e| StoreError::Corrupt(e.to_string()))
}

impl Webhooks {
    pub fn open(store: &Store) -> Result<Webhooks, StoreError> {
        Ok(Webhooks {
            tree: store.db.open_tree("webhooks")?,
            store: store.clone(),
        })
    }

    /// Starts the relay for `org` at its newest entry, if it has not started.
    fn start_relay(&self, org: &TenantId) -> Result<(), StoreError> {
        let relay = org_key(b'R', org);
        if self.tree.get(&relay)?.is_none() {
            self.tree
                .insert(&relay, &self.store.log_len(org)?.to_be_bytes())?;
        }
        Ok(())
    }

    fn next_number(&self, tag: u8, org: &TenantId) -> Result<u64, StoreError> {
        Ok(self
            .tree
            .update_and_fetch(org_key(tag, org), |old| {
                let n = old
                    .and_then(|v| v.try_into().ok().map(u64::from_be_bytes))
                    .unwrap_or(0);
                Some((n + 1).to_be_bytes().to_vec())
            })?
            .and_then(|v| v.as_ref().try_into().ok().map(u64::from_be_bytes))
            .unwrap_or(1))
    }

    pub fn add_out(
        &self,
        org: &TenantId,
        url: &str,
        events: Vec<Kind>,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<OutHook, StoreError> {
        self.store.check_writable()?;
        // Events logged before the first hook are not replayed to it: the relay starts here.
        self.start_relay(org)?;
        let n = self.next_number(b'C', org)?;
        let hook = OutHook {
            number: n,
            organisation: org.clone(),
            url: url.into(),
            events,
            secret: format!("whsec_{}", random_text(32)),
            created_by: by.into(),
            created_at: now,
            active: true,
            delivered: 0,
            last_delivery: None,
            last_problem: None,
        };
        self.tree.insert(out_key(org, n), json(&hook)?)?;
        self.tree.flush()?;
        Ok(hook)
    }

    pub fn out_hooks(&self, org: &TenantId) -> Result<Vec<OutHook>, StoreError> {
        let mut prefix = org_key(b'O', org);
        prefix.push(0);
        self.tree
            .scan_prefix(prefix)
            .map(|item| parse(&item?.1))
            .collect()
    }

    pub fn out_hook(&self, org: &TenantId, n: u64) -> Result<Option<OutHook>, StoreError> {
        self.tree
            .get(out_key(org, n))?
            .map(|v| parse(&v))
            .transpose()
    }

    /// Every organisation with an outbound hook.
    pub fn organisations(&self) -> Result<Vec<TenantId>, StoreError> {
        let mut out = Vec::new();
        for item in self.tree.scan_prefix([b'R']) {
            let (k, _) = item?;
            if let Some(t) = std::str::from_utf8(&k[1..])
                .ok()
                .and_then(|s| s.parse().ok())
            {
                out.push(t);
            }
        }
        Ok(out)
    }

    /// Records the outcome of a delivery attempt on its hook.
    pub fn note_delivery(
        &self,
        org: &TenantId,
        n: u64,
        outcome: Result<DateTime<Utc>, String>,
    ) -> Result<(), StoreError> {
        self.tree.update_and_fetch(out_key(org, n), |old| {
            let mut h: OutHook = parse(old?).ok()?;
            match &outcome {
                Ok(at) => {
                    h.delivered += 1;
                    h.last_delivery = Some(*at);
                    h.last_problem = None;
                }
                Err(problem) => h.last_problem = Some(problem.clone()),
            }
            json(&h).ok()
        })?;
        Ok(())
    }

    /// The last history entry of `org` relayed to its hooks.
    pub fn relayed_through(&self, org: &TenantId) -> Result<u64, StoreError> {
        Ok(self
            .tree
            .get(org_key(b'R', org))?
            .and_then(|v| v.as_ref().try_into().ok().map(u64::from_be_bytes))
            .unwrap_or(0))
    }

    pub(crate) fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    pub(crate) fn relay_key(org: &TenantId) -> Vec<u8> {
        org_key(b'R', org)
    }

    /// Stops an outbound (`WH-n`) or inbound (its id) hook or an announcement (`ANN-n`) of
    /// `org`; false if none is live.
    pub fn remove(&self, org: &TenantId, id: &str) -> Result<bool, StoreError> {
        if let Some(n) = id
            .to_uppercase()
            .strip_prefix("ANN-")
            .and_then(|n| n.parse::<u64>().ok())
        {
            let mut key = org_key(b'N', org);
            key.push(0);
            key.extend_from_slice(&n.to_be_bytes());
            let Some(mut a) = self
                .tree
                .get(&key)?
                .map(|v| parse::<Announcement>(&v))
                .transpose()?
            else {
                return Ok(false);
            };
            if !a.active {
                return Ok(false);
            }
            self.store.check_writable()?;
            a.active = false;
            self.tree.insert(key, json(&a)?)?;
        } else if let Some(n) = id
            .to_uppercase()
            .strip_prefix("WH-")
            .and_then(|n| n.parse::<u64>().ok())
        {
            let Some(mut hook) = self.out_hook(org, n)? else {
                return Ok(false);
            };
            if !hook.active {
                return Ok(false);
            }
            self.store.check_writable()?;
            hook.active = false;
            self.tree.insert(out_key(org, n), json(&hook)?)?;
        } else {
            let Some(mut hook) = self.in_hook(id)?.filter(|h| &h.organisation == org) else {
                return Ok(false);
            };
            if !hook.active {
                return Ok(false);
            }
            self.store.check_writable()?;
            hook.active = false;
            self.tree.insert(in_key(id), json(&hook)?)?;
        }
        self.tree.flush()?;
        Ok(true)
    }
}
