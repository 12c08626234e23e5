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

use super::{Store, StoreError};
use crate::ids::{Kind, TenantId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

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

/// New decisions of an organisation, copied to a channel of any of its workspaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Announcement {
    pub number: u64,
    pub organisation: TenantId,
    /// As posts address it: bare on the organisation's platform, `discord:…` otherwise.
    pub channel: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub active: bool,
}

impl Announcement {
    pub fn id(&self) -> String {
        format!("ANN-{}", self.number)
    }
}

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

fn in_key(id: &str) -> Vec<u8> {
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

    pub fn add_announcement(
        &self,
        org: &TenantId,
        channel: &str,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Announcement, StoreError> {
        self.store.check_writable()?;
        self.start_relay(org)?;
        let n = self.next_number(b'D', org)?;
        let a = Announcement {
            number: n,
            organisation: org.clone(),
            channel: channel.into(),
            created_by: by.into(),
            created_at: now,
            active: true,
        };
        let mut key = org_key(b'N', org);
        key.push(0);
        key.extend_from_slice(&n.to_be_bytes());
        self.tree.insert(key, json(&a)?)?;
        self.tree.flush()?;
        Ok(a)
    }

    pub fn announcements(&self, org: &TenantId) -> Result<Vec<Announcement>, StoreError> {
        let mut prefix = org_key(b'N', org);
        prefix.push(0);
        self.tree
            .scan_prefix(prefix)
            .map(|item| parse(&item?.1))
            .collect()
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

/// The trees beside the records that a backup carries as they are: the integration hub's
/// (organisations, people, API tokens, webhooks) and the dashboard's links (their hashes).
pub const HUB_TREES: [&str; 5] = [
    "orgs",
    "people",
    "api_tokens",
    "webhooks",
    "dashboard_links",
];

impl Store {
    /// Every entry of the hub's trees, hex-encoded, in key order; empty trees left out.
    pub fn hub_entries(
        &self,
    ) -> Result<std::collections::BTreeMap<String, Vec<(String, String)>>, StoreError> {
        let mut out = std::collections::BTreeMap::new();
        for name in HUB_TREES {
            let tree = self.db.open_tree(name)?;
            let entries = tree
                .iter()
                .map(|item| {
                    let (k, v) = item?;
                    Ok((hex::encode(k), hex::encode(v)))
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            if !entries.is_empty() {
                out.insert(name.to_string(), entries);
            }
        }
        Ok(out)
    }

    /// Puts back what [`Store::hub_entries`] took.
    pub fn restore_hub_entries(
        &self,
        trees: &std::collections::BTreeMap<String, Vec<(String, String)>>,
    ) -> Result<(), StoreError> {
        for (name, entries) in trees {
            if !HUB_TREES.contains(&name.as_str()) {
                return Err(StoreError::BadImport(format!(
                    "'{name}' is not a part of the store a backup carries"
                )));
            }
            let tree = self.db.open_tree(name)?;
            for (k, v) in entries {
                let bytes = |h: &str| {
                    hex::decode(h).map_err(|e| StoreError::BadImport(format!("{name}: {e}")))
                };
                tree.insert(bytes(k)?, bytes(v)?)?;
            }
        }
        Ok(())
    }
}
