//! Subscriptions and their slots, kept in the `schedules` tree.
//!
//! Keys: `S tenant \0 n` → [`Subscription`]; `C tenant` → last number used;
//! `L tenant \0 n \0 instant` → a slot that was posted (or queued to be).

use super::spec::Spec;
use crate::ids::{SubscriptionId, TenantId, UnitId};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a subscription posts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Posts {
    /// The value-for-money digest.
    #[default]
    Digest,
    /// Each owner's overdue and due-today follow-ups.
    FollowUps,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub id: SubscriptionId,
    pub tenant: TenantId,
    /// Where the digest is posted.
    pub channel: String,
    pub spec: Spec,
    pub unit: Option<UnitId>,
    pub unit_name: Option<String>,
    /// `week`, `month`, `quarter` or `year`: the digest's period.
    pub period: String,
    pub paused: bool,
    /// False once unsubscribed; kept so its id is never reused and its failures stay visible.
    pub active: bool,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    /// Every slot at or before this instant has been handled (queued or skipped).
    pub handled_through: DateTime<Utc>,
    pub last_posted: Option<DateTime<Utc>>,
    /// The latest problem a person should know about (a failed or uncertain post, a skip).
    pub last_problem: Option<String>,
    /// Subscriptions from before follow-up posts existed post the digest.
    #[serde(default)]
    pub posts: Posts,
}

/// The subscriptions tree.
#[derive(Clone)]
pub struct Subscriptions {
    tree: sled::Tree,
    /// For the writes people make: refused while the store cannot write, undone with it.
    store: Store,
}

fn sub_prefix(tenant: &TenantId) -> Vec<u8> {
    crate::store::keys::tagged_tenant(b'S', tenant)
}

pub(super) fn sub_key(tenant: &TenantId, id: SubscriptionId) -> Vec<u8> {
    let mut k = sub_prefix(tenant);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

pub(super) fn slot_key(tenant: &TenantId, id: SubscriptionId, at: DateTime<Utc>) -> Vec<u8> {
    let mut k = crate::store::keys::tagged_tenant(b'L', tenant);
    k.extend_from_slice(&id.0.to_be_bytes());
    k.extend_from_slice(&at.timestamp_millis().to_be_bytes());
    k
}

fn counter_key(tenant: &TenantId) -> Vec<u8> {
    let mut k = vec![b'C'];
    k.extend_from_slice(tenant.as_str().as_bytes());
    k
}

fn corrupt(e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

impl Subscriptions {
    pub fn open(store: &Store) -> Result<Subscriptions, StoreError> {
        Ok(Subscriptions {
            tree: store.db().open_tree("schedules")?,
            store: store.clone(),
        })
    }

    pub(super) fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    /// Stores a new subscription with the next id; `build` gets the id. A person's write:
    /// undone if the flush after it fails.
    pub fn create(
        &self,
        tenant: &TenantId,
        build: impl Fn(SubscriptionId) -> Subscription,
    ) -> Result<Subscription, StoreError> {
        self.store.check_writable()?;
        let counter_before = self.tree.get(counter_key(tenant))?.map(|v| v.to_vec());
        let out = self.tree.transaction(|tx| {
            let n = tx
                .get(counter_key(tenant))?
                .map(|v| u64::from_be_bytes(v.as_ref().try_into().unwrap_or([0; 8])))
                .unwrap_or(0)
                + 1;
            tx.insert(counter_key(tenant), &n.to_be_bytes())?;
            let sub = build(SubscriptionId(n));
            tx.insert(
                sub_key(tenant, sub.id),
                serde_json::to_vec(&sub).expect("serialises"),
            )?;
            Ok(sub)
        });
        let sub = out.map_err(|e: sled::transaction::TransactionError<()>| match e {
            sled::transaction::TransactionError::Storage(e) => StoreError::Sled(e),
            sled::transaction::TransactionError::Abort(()) => StoreError::Corrupt("aborted".into()),
        })?;
        self.store.journal_other(
            &self.tree,
            vec![
                (counter_key(tenant), counter_before),
                (sub_key(tenant, sub.id), None),
            ],
        );
        Ok(sub)
    }

    /// A change a person made (stop, pause, resume): undone if the flush after it fails.
    pub fn put_by_person(&self, sub: &Subscription) -> Result<(), StoreError> {
        self.store.check_writable()?;
        let key = sub_key(&sub.tenant, sub.id);
        let before = self
            .tree
            .insert(&key, serde_json::to_vec(sub).expect("serialises"))?;
        self.store
            .journal_other(&self.tree, vec![(key, before.map(|v| v.to_vec()))]);
        Ok(())
    }

    pub fn get(
        &self,
        tenant: &TenantId,
        id: SubscriptionId,
    ) -> Result<Option<Subscription>, StoreError> {
        self.tree
            .get(sub_key(tenant, id))?
            .map(|v| serde_json::from_slice(&v).map_err(corrupt))
            .transpose()
    }

    pub fn put(&self, sub: &Subscription) -> Result<(), StoreError> {
        self.tree.insert(
            sub_key(&sub.tenant, sub.id),
            serde_json::to_vec(sub).expect("serialises"),
        )?;
        Ok(())
    }

    /// A tenant's subscriptions, unsubscribed ones included, in id order.
    pub fn of_tenant(&self, tenant: &TenantId) -> Result<Vec<Subscription>, StoreError> {
        self.tree
            .scan_prefix(sub_prefix(tenant))
            .map(|r| serde_json::from_slice(&r?.1).map_err(corrupt))
            .collect()
    }

    /// Every active subscription of every tenant.
    pub fn all_active(&self) -> Result<Vec<Subscription>, StoreError> {
        let mut out = Vec::new();
        for item in self.tree.scan_prefix([b'S']) {
            let sub: Subscription = serde_json::from_slice(&item?.1).map_err(corrupt)?;
            if sub.active {
                out.push(sub);
            }
        }
        Ok(out)
    }

    /// Every subscription of every tenant, and each tenant's last number used: for backups.
    pub fn everything(
        &self,
    ) -> Result<(Vec<Subscription>, std::collections::BTreeMap<TenantId, u64>), StoreError> {
        let mut subs = Vec::new();
        for item in self.tree.scan_prefix([b'S']) {
            subs.push(serde_json::from_slice(&item?.1).map_err(corrupt)?);
        }
        let mut numbers = std::collections::BTreeMap::new();
        for item in self.tree.scan_prefix([b'C']) {
            let (k, v) = item?;
            let tenant = std::str::from_utf8(&k[1..])
                .ok()
                .and_then(|t| t.parse().ok())
                .ok_or_else(|| {
                    StoreError::Corrupt("a subscription counter names no tenant".into())
                })?;
            numbers.insert(
                tenant,
                u64::from_be_bytes(v.as_ref().try_into().unwrap_or([0; 8])),
            );
        }
        Ok((subs, numbers))
    }

    pub fn slot_done(
        &self,
        tenant: &TenantId,
        id: SubscriptionId,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        Ok(self.tree.contains_key(slot_key(tenant, id, at))?)
    }
}

impl Subscriptions {
    /// Puts back a tenant's subscriptions from an export or a backup, keeping their ids and
    /// what they have handled; the counter continues after the largest id and after
    /// `numbered` (the backup's counter, which deleted subscriptions may have moved past),
    /// so none is reused.
    pub fn restore(
        &self,
        tenant: &TenantId,
        subs: &[Subscription],
        numbered: u64,
    ) -> Result<(), StoreError> {
        self.store.check_writable()?;
        let mut batch = sled::Batch::default();
        let mut last = self
            .tree
            .get(counter_key(tenant))?
            .map(|v| u64::from_be_bytes(v.as_ref().try_into().unwrap_or([0; 8])))
            .unwrap_or(0)
            .max(numbered);
        for sub in subs {
            let sub = Subscription {
                tenant: tenant.clone(),
                ..sub.clone()
            };
            last = last.max(sub.id.0);
            batch.insert(
                sub_key(tenant, sub.id),
                serde_json::to_vec(&sub).expect("serialises"),
            );
        }
        batch.insert(counter_key(tenant), &last.to_be_bytes());
        // What the keys held before: taken back with the records they came with (an import's)
        // if those are not stored.
        let mut undo = vec![(
            counter_key(tenant),
            self.tree.get(counter_key(tenant))?.map(|v| v.to_vec()),
        )];
        for sub in subs {
            let k = sub_key(tenant, sub.id);
            let before = self.tree.get(&k)?.map(|v| v.to_vec());
            undo.push((k, before));
        }
        self.tree.apply_batch(batch)?;
        self.store.journal_other(&self.tree, undo);
        Ok(())
    }
}
