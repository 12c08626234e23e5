//! The changes a [`Tx`] makes to records — create, amend, retract, restore — and the
//! replay of a logged change (undo, redo, import): each keeps the record, its names, its
//! parents' links, the counts and the log in step.

use super::*;

impl Tx<'_> {
    /// Creates a record: takes the next number of its kind, builds the record with it,
    /// reserves its names and links it to its parents.
    pub fn create(
        &mut self,
        new: NewRecord<'_>,
        build: impl FnOnce(u64) -> Record,
    ) -> Result<Record, StoreError> {
        let n = self.next(keys::counter(new.tenant, new.kind))?;
        let record = build(n);
        debug_assert_eq!(record.id(), RecordId::new(new.kind, n));
        self.insert_created(new.tenant, new.meta, record.clone())?;
        Ok(record)
    }

    fn insert_created(
        &mut self,
        tenant: &TenantId,
        meta: &Meta,
        record: Record,
    ) -> Result<(), StoreError> {
        let id = record.id();
        for parent in parents_of(&record) {
            let live = self.state(tenant, parent)?.is_some_and(|s| s.is_live());
            if !live {
                return Err(StoreError::NotFound(parent));
            }
            self.put(keys::child(tenant, parent, id), Vec::new());
        }
        self.reserve_names(tenant, &record)?;
        self.count_live(tenant, &record, 1)?;
        self.aggregate(tenant, None, Some(&record))?;
        let state = RecordState {
            record: record.clone(),
            revision: 0,
            retracted: None,
        };
        self.put(keys::state(tenant, id), encode(&state));
        self.append_log(tenant, meta, id, Change::Created { record })?;
        Ok(())
    }

    /// Replaces a live record's content with `updated` and logs the correction.
    pub fn amend(
        &mut self,
        tenant: &TenantId,
        meta: &Meta,
        updated: Record,
        changes: Vec<FieldChange>,
        reason: String,
    ) -> Result<LogEntry, StoreError> {
        let id = updated.id();
        let mut state = self.live_state(tenant, id)?;
        let old = std::mem::replace(&mut state.record, updated.clone());
        self.release_names(tenant, &old);
        self.reserve_names(tenant, &updated)?;
        self.count_live(tenant, &old, -1)?;
        self.count_live(tenant, &updated, 1)?;
        for parent in parents_of(&old) {
            self.delete(keys::child(tenant, parent, id));
        }
        for parent in parents_of(&updated) {
            if !self.state(tenant, parent)?.is_some_and(|s| s.is_live()) {
                return Err(StoreError::NotFound(parent));
            }
            self.put(keys::child(tenant, parent, id), Vec::new());
        }
        self.aggregate(tenant, Some(&old), Some(&updated))?;
        state.revision += 1;
        self.put(keys::state(tenant, id), encode(&state));
        self.append_log(
            tenant,
            meta,
            id,
            Change::Amended {
                changes,
                reason,
                record: updated,
            },
        )
    }

    /// Marks a live record retracted. It stays in history; names it held are freed.
    pub fn retract(
        &mut self,
        tenant: &TenantId,
        meta: &Meta,
        id: RecordId,
        reason: String,
    ) -> Result<LogEntry, StoreError> {
        let mut state = self.live_state(tenant, id)?;
        for kind in Kind::ALL {
            let children = self.live_children(tenant, id, kind)?;
            if !children.is_empty() {
                return Err(StoreError::HasLiveChildren {
                    id,
                    children: children.iter().map(|c| c.record.id()).collect(),
                });
            }
        }
        self.release_names(tenant, &state.record);
        self.count_live(tenant, &state.record, -1)?;
        self.aggregate(tenant, Some(&state.record), None)?;
        state.retracted = Some(reason.clone());
        self.put(keys::state(tenant, id), encode(&state));
        self.append_log(tenant, meta, id, Change::Retracted { reason })
    }

    /// Brings a retracted record back as it was: its names, counts, links to its (live)
    /// parents and digest aggregates return, and the history gains an entry.
    pub fn restore(
        &mut self,
        tenant: &TenantId,
        meta: &Meta,
        id: RecordId,
        reason: String,
    ) -> Result<LogEntry, StoreError> {
        let mut state = match self.state(tenant, id)? {
            None => return Err(StoreError::NotFound(id)),
            Some(s) if s.is_live() => return Err(StoreError::NotRetracted(id)),
            Some(s) => s,
        };
        for parent in parents_of(&state.record) {
            if !self.state(tenant, parent)?.is_some_and(|s| s.is_live()) {
                return Err(StoreError::ParentRetracted { id, parent });
            }
            self.put(keys::child(tenant, parent, id), Vec::new());
        }
        self.reserve_names(tenant, &state.record)?;
        self.count_live(tenant, &state.record, 1)?;
        self.aggregate(tenant, None, Some(&state.record))?;
        state.retracted = None;
        self.put(keys::state(tenant, id), encode(&state));
        self.append_log(tenant, meta, id, Change::Restored { reason })
    }

    /// Records that `entry`, just logged in this write, undid the entry `undoes`.
    pub fn mark_undo(&mut self, tenant: &TenantId, mut entry: LogEntry, undoes: u64) -> LogEntry {
        entry.undoes = Some(undoes);
        self.put(keys::log(tenant, entry.seq), encode(&entry));
        entry
    }

    fn live_state(&self, tenant: &TenantId, id: RecordId) -> Result<RecordState, StoreError> {
        match self.state(tenant, id)? {
            None => Err(StoreError::NotFound(id)),
            Some(s) if !s.is_live() => Err(StoreError::AlreadyRetracted(id)),
            Some(s) => Ok(s),
        }
    }

    /// Replays one exported history entry, keeping its id and sequence number.
    pub fn replay(&mut self, tenant: &TenantId, entry: LogEntry) -> Result<(), StoreError> {
        let meta = Meta {
            logged_by: entry.by.clone(),
            logged_by_name: entry.by_name.clone(),
            channel: entry.channel.clone(),
            at: entry.at,
        };
        let expected_seq = self
            .get(&keys::seq(tenant))?
            .map(|v| decode_u64(&v))
            .unwrap_or(0)
            + 1;
        if entry.seq != expected_seq {
            return Err(StoreError::BadImport(format!(
                "history entry {} is out of order (expected {expected_seq})",
                entry.seq
            )));
        }
        let id = entry.record;
        let (seq, undoes) = (entry.seq, entry.undoes);
        let replayed = match entry.change {
            Change::Created { record } => {
                if record.id() != id {
                    return Err(StoreError::BadImport(format!(
                        "entry {} names {id} but holds {}",
                        entry.seq,
                        record.id()
                    )));
                }
                let counter = keys::counter(tenant, id.kind);
                let current = self.get(&counter)?.map(|v| decode_u64(&v)).unwrap_or(0);
                if id.n <= current {
                    return Err(StoreError::BadImport(format!(
                        "{id} is created twice or out of order"
                    )));
                }
                self.put(counter, id.n.to_be_bytes().to_vec());
                self.insert_created(tenant, &meta, record)
            }
            Change::Amended {
                changes,
                reason,
                record,
            } => {
                if record.id() != id {
                    return Err(StoreError::BadImport(format!(
                        "entry {} names {id} but holds {}",
                        entry.seq,
                        record.id()
                    )));
                }
                self.amend(tenant, &meta, record, changes, reason)
                    .map(|_| ())
            }
            Change::Retracted { reason } => self.retract(tenant, &meta, id, reason).map(|_| ()),
            Change::Restored { reason } => self.restore(tenant, &meta, id, reason).map(|_| ()),
        };
        replayed?;
        // Keep the link between an undo and what it undid.
        if let Some(undone) = undoes {
            let logged: LogEntry = decode(&self.get(&keys::log(tenant, seq))?.unwrap_or_default())?;
            self.mark_undo(tenant, logged, undone);
        }
        Ok(())
    }
}
