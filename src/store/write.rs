//! Writes. Every write runs under one lock, in a [`Tx`] whose changes are applied as a
//! single atomic sled batch: a crash leaves either all of a record's keys or none.

use super::keys::{self, decode_u64};
use super::{Change, LogEntry, Store, StoreError};
use crate::domain::{Meta, Record, RecordState};
use crate::ids::{Kind, RecordId, TenantId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

mod record_changes;

/// One field changed by an amendment, shown in history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// What a new record needs besides its number.
pub struct NewRecord<'a> {
    pub tenant: &'a TenantId,
    pub kind: Kind,
    pub meta: &'a Meta,
}

/// A write in progress: reads see its own pending writes.
pub struct Tx<'a> {
    pub(super) tree: &'a super::round::DataTree,
    pub(super) pending: BTreeMap<Vec<u8>, Option<Vec<u8>>>,
    /// Tenants whose digest aggregates this write changed.
    pub(super) aggregates_touched: BTreeSet<TenantId>,
    /// Tenants whose aggregates were replaced wholesale: their in-memory copy is dropped.
    pub(super) aggregates_reload: BTreeSet<TenantId>,
}

fn encode<T: Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).expect("records always serialise")
}

fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// Names a record reserves, per kind (a unit's name and aliases, an investment's name...).
fn names_of(record: &Record) -> Vec<(Kind, String)> {
    match record {
        Record::Unit(u) => u.names().map(|n| (Kind::Unit, n.to_string())).collect(),
        Record::Investment(i) => i
            .names()
            .map(|n| (Kind::Investment, n.to_string()))
            .collect(),
        Record::Service(s) => vec![(Kind::Service, s.name.clone())],
        _ => Vec::new(),
    }
}

/// The record's own name (not an alias), for saying who holds a name.
fn name_of(record: &Record) -> Option<&str> {
    match record {
        Record::Unit(u) => Some(&u.name),
        Record::Investment(i) => Some(&i.name),
        Record::Service(s) => Some(&s.name),
        Record::Note(_) | Record::Decision(_) | Record::Benefit(_) => None,
    }
}

/// The records a record belongs to.
fn parents_of(record: &Record) -> Vec<RecordId> {
    match record {
        Record::Unit(_) => Vec::new(),
        Record::Note(n) => vec![n.unit.record()],
        Record::Investment(i) => vec![i.unit.record()],
        Record::Decision(d) => vec![d.investment.record()],
        Record::Benefit(b) => vec![b.investment.record()],
        Record::Service(s) => s.unit.map(|u| u.record()).into_iter().collect(),
    }
}

impl<'a> Tx<'a> {
    pub(super) fn new(tree: &'a super::round::DataTree) -> Tx<'a> {
        Tx {
            tree,
            pending: BTreeMap::new(),
            aggregates_touched: BTreeSet::new(),
            aggregates_reload: BTreeSet::new(),
        }
    }

    /// Every pending change, as one sled batch.
    pub(super) fn into_batch(self) -> sled::Batch {
        let mut batch = sled::Batch::default();
        for (k, v) in self.pending {
            match v {
                Some(v) => batch.insert(k, v),
                None => batch.remove(k),
            }
        }
        batch
    }

    pub(super) fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError> {
        match self.pending.get(key) {
            Some(v) => Ok(v.clone()),
            None => Ok(self.tree.get(key)?.map(|v| v.to_vec())),
        }
    }

    pub(super) fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.pending.insert(key, Some(value));
    }

    pub(super) fn delete(&mut self, key: Vec<u8>) {
        self.pending.insert(key, None);
    }

    /// Keys under a prefix, pending writes included.
    pub(super) fn keys_with_prefix(&self, prefix: &[u8]) -> Result<Vec<Vec<u8>>, StoreError> {
        let mut keys = std::collections::BTreeSet::new();
        for item in self.tree.scan_prefix(prefix) {
            keys.insert(item?.0.to_vec());
        }
        for (k, v) in self.pending.range(prefix.to_vec()..) {
            if !k.starts_with(prefix) {
                break;
            }
            if v.is_some() {
                keys.insert(k.clone());
            } else {
                keys.remove(k);
            }
        }
        Ok(keys.into_iter().collect())
    }

    pub fn state(
        &self,
        tenant: &TenantId,
        id: RecordId,
    ) -> Result<Option<RecordState>, StoreError> {
        self.get(&keys::state(tenant, id))?
            .map(|v| decode(&v))
            .transpose()
    }

    pub fn find_name(
        &self,
        tenant: &TenantId,
        kind: Kind,
        name: &str,
    ) -> Result<Option<RecordId>, StoreError> {
        Ok(self
            .get(&keys::name(tenant, kind, name))?
            .map(|v| RecordId::new(kind, decode_u64(&v))))
    }

    /// Live children of `parent` of one kind, in id order.
    pub fn live_children(
        &self,
        tenant: &TenantId,
        parent: RecordId,
        kind: Kind,
    ) -> Result<Vec<RecordState>, StoreError> {
        let mut out = Vec::new();
        for key in self.keys_with_prefix(&keys::children_prefix(tenant, parent, kind))? {
            if let Some(id) = keys::trailing_id(&key) {
                if let Some(state) = self.state(tenant, id)? {
                    if state.is_live() {
                        out.push(state);
                    }
                }
            }
        }
        Ok(out)
    }

    fn next(&mut self, key: Vec<u8>) -> Result<u64, StoreError> {
        let current = self.get(&key)?.map(|v| decode_u64(&v)).unwrap_or(0);
        // A counter never wraps: a wrapped id would collide with record 0 and break the tenant.
        let n = current
            .checked_add(1)
            .filter(|n| *n <= crate::ids::MAX_NUMBER)
            .ok_or(StoreError::IdsExhausted { at: current })?;
        self.put(key, n.to_be_bytes().to_vec());
        Ok(n)
    }

    fn bump(&mut self, key: Vec<u8>, delta: i64) -> Result<(), StoreError> {
        let n = self.get(&key)?.map(|v| decode_u64(&v)).unwrap_or(0);
        let n = n.saturating_add_signed(delta);
        self.put(key, n.to_be_bytes().to_vec());
        Ok(())
    }

    /// Keeps the live counts of the record's kind, overall and under each parent.
    fn count_live(
        &mut self,
        tenant: &TenantId,
        record: &Record,
        delta: i64,
    ) -> Result<(), StoreError> {
        let kind = record.kind();
        self.bump(keys::live_count(tenant, kind), delta)?;
        for parent in parents_of(record) {
            self.bump(keys::live_child_count(tenant, parent, kind), delta)?;
        }
        Ok(())
    }

    fn reserve_names(&mut self, tenant: &TenantId, record: &Record) -> Result<(), StoreError> {
        let id = record.id();
        let mut seen = std::collections::HashSet::new();
        for (kind, name) in names_of(record) {
            let normal = keys::normalise_name(&name);
            if normal.is_empty() {
                return Err(StoreError::EmptyName);
            }
            if !seen.insert(normal) {
                continue;
            }
            if let Some(existing) = self.find_name(tenant, kind, &name)? {
                if existing != id {
                    let held_by = self
                        .state(tenant, existing)?
                        .and_then(|s| name_of(&s.record).map(str::to_string))
                        .unwrap_or_default();
                    return Err(StoreError::NameTaken {
                        name,
                        existing,
                        held_by,
                    });
                }
            }
            self.put(keys::name(tenant, kind, &name), id.n.to_be_bytes().to_vec());
        }
        Ok(())
    }

    fn release_names(&mut self, tenant: &TenantId, record: &Record) {
        for (kind, name) in names_of(record) {
            self.delete(keys::name(tenant, kind, &name));
        }
    }

    fn append_log(
        &mut self,
        tenant: &TenantId,
        meta: &Meta,
        record: RecordId,
        change: Change,
    ) -> Result<LogEntry, StoreError> {
        let seq = self.next(keys::seq(tenant))?;
        let entry = LogEntry {
            seq,
            record,
            at: meta.at,
            by: meta.logged_by.clone(),
            by_name: meta.logged_by_name.clone(),
            channel: meta.channel.clone(),
            change,
            undoes: None,
        };
        self.put(keys::log(tenant, seq), encode(&entry));
        self.put(keys::history(tenant, record, seq), Vec::new());
        Ok(entry)
    }
}

/// A record whose live state a write changes: what the indexes move it from and to (`None`:
/// not live). Worked out once per write, for every index kept beside the records.
pub(super) struct RecordChange {
    pub tenant: TenantId,
    pub id: RecordId,
    pub old: Option<Record>,
    pub new: Option<Record>,
}

impl Store {
    /// The records whose live state the pending write changes.
    fn record_changes(&self, tx: &Tx<'_>) -> Result<Vec<RecordChange>, StoreError> {
        let mut changes = Vec::new();
        for (key, value) in &tx.pending {
            let Some((tenant, id)) = keys::state_key(key) else {
                continue;
            };
            let old = super::read::live_record(self.data.get(key)?.as_deref())?;
            let new = super::read::live_record(value.as_deref())?;
            if old != new {
                changes.push(RecordChange {
                    tenant,
                    id,
                    old,
                    new,
                });
            }
        }
        Ok(changes)
    }

    /// Runs `f` as one atomic write. Nothing is applied if `f` fails.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut Tx<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let _guard = self.lock_writes();
        self.room_to_write()?;
        self.meet_write_fault()?;
        let mut tx = Tx::new(&self.data);
        let out = f(&mut tx)?;
        let changes = self.record_changes(&tx)?;
        self.index_pending(&mut tx, &changes)?;
        self.index_homes(&mut tx, &changes)?;
        let Tx {
            pending,
            aggregates_touched,
            aggregates_reload,
            ..
        } = tx;
        // On the commit thread, the write joins the round, applied with it (see `round`).
        let (pending, touched, reload) =
            match self.gather(pending, aggregates_touched, aggregates_reload) {
                Ok(()) => return Ok(out),
                Err(not_in_round) => not_in_round,
            };
        let changes = self.aggregate_changes_of(&touched, &pending);
        let mut batch = sled::Batch::default();
        // What each key held before, so a batch that never reaches the disk can be undone.
        let keep_undo = self.keeps_undo();
        let mut undo = Vec::with_capacity(if keep_undo { pending.len() } else { 0 });
        for (k, v) in pending {
            if keep_undo {
                undo.push((k.clone(), self.data.get(&k)?.map(|old| old.to_vec())));
            }
            match v {
                Some(v) => batch.insert(k, v),
                None => batch.remove(k),
            }
        }
        self.data
            .apply_batch(batch)
            .map_err(|e| StoreError::NotWritable(super::health::describe_sled(&e)))?;
        self.journal(undo, Vec::new(), changes);
        for tenant in &reload {
            self.aggregates.forget(tenant);
        }
        Ok(out)
    }

    /// Holds off every other write (and aggregate load) while the guard lives. `None` on the
    /// thread running a round of this store: the round holds them off already.
    pub(super) fn lock_writes(&self) -> Option<std::sync::MutexGuard<'_, ()>> {
        if self.data.in_round() {
            return None;
        }
        Some(self.write_lock.lock().unwrap_or_else(|p| p.into_inner()))
    }
}
