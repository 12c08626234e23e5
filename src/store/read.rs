//! Reads. They need no lock: sled gives each read a consistent view of a key.

use super::keys::{self, decode_u64};
use super::{LogEntry, Store, StoreError};
use crate::domain::RecordState;
use crate::ids::{Kind, RecordId, TenantId};

fn decode<T: for<'de> serde::Deserialize<'de>>(bytes: &[u8]) -> Result<T, StoreError> {
    DECODED.with(|n| n.set(n.get() + 1));
    serde_json::from_slice(bytes).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// The record a stored state holds, when it is live.
pub(super) fn live_record(
    bytes: Option<&[u8]>,
) -> Result<Option<crate::domain::Record>, StoreError> {
    let Some(bytes) = bytes else { return Ok(None) };
    let state: RecordState = decode(bytes)?;
    Ok(state.is_live().then_some(state.record))
}

thread_local! {
    static DECODED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// How many records and history entries the store's reads have decoded on this thread so
/// far: what a read costs, counted rather than timed (a test bounds a page's reads by it).
pub fn decoded_on_this_thread() -> u64 {
    DECODED.with(std::cell::Cell::get)
}

/// Every tenant's history, in tenant order.
pub type TenantLogs = Vec<(TenantId, Vec<LogEntry>)>;

impl Store {
    pub fn get(&self, tenant: &TenantId, id: RecordId) -> Result<Option<RecordState>, StoreError> {
        self.data
            .get(keys::state(tenant, id))?
            .map(|v| decode(&v))
            .transpose()
    }

    /// Every record of a kind, retracted ones included, in id order.
    pub fn all(&self, tenant: &TenantId, kind: Kind) -> Result<Vec<RecordState>, StoreError> {
        self.data
            .scan_prefix(keys::state_kind(tenant, kind))
            .map(|item| decode(&item?.1))
            .collect()
    }

    /// Live records of a kind, in id order.
    pub fn live(&self, tenant: &TenantId, kind: Kind) -> Result<Vec<RecordState>, StoreError> {
        let mut out = Vec::new();
        for item in self.data.scan_prefix(keys::state_kind(tenant, kind)) {
            let state: RecordState = decode(&item?.1)?;
            if state.is_live() {
                out.push(state);
            }
        }
        Ok(out)
    }

    /// Every child of `parent` of one kind, retracted ones too (for a history).
    pub fn children(
        &self,
        tenant: &TenantId,
        parent: RecordId,
        kind: Kind,
    ) -> Result<Vec<RecordState>, StoreError> {
        let mut out = Vec::new();
        for item in self
            .data
            .scan_prefix(keys::children_prefix(tenant, parent, kind))
        {
            let (key, _) = item?;
            if let Some(state) = keys::trailing_id(&key)
                .map(|id| self.get(tenant, id))
                .transpose()?
                .flatten()
            {
                out.push(state);
            }
        }
        Ok(out)
    }

    /// Live children of `parent` of one kind (an investment's decisions, a unit's notes).
    pub fn live_children(
        &self,
        tenant: &TenantId,
        parent: RecordId,
        kind: Kind,
    ) -> Result<Vec<RecordState>, StoreError> {
        let mut all = self.children(tenant, parent, kind)?;
        all.retain(RecordState::is_live);
        Ok(all)
    }

    pub fn find_name(
        &self,
        tenant: &TenantId,
        kind: Kind,
        name: &str,
    ) -> Result<Option<RecordId>, StoreError> {
        Ok(self
            .data
            .get(keys::name(tenant, kind, name))?
            .map(|v| RecordId::new(kind, decode_u64(&v))))
    }

    /// A record's whole history, oldest first.
    pub fn history(&self, tenant: &TenantId, id: RecordId) -> Result<Vec<LogEntry>, StoreError> {
        let prefix = keys::history_prefix(tenant, id);
        let mut out = Vec::new();
        for item in self.data.scan_prefix(&prefix) {
            let (key, _) = item?;
            let seq = decode_u64(&key[prefix.len()..]);
            if let Some(v) = self.data.get(keys::log(tenant, seq))? {
                out.push(decode(&v)?);
            }
        }
        Ok(out)
    }

    /// The tenant's whole history in write order.
    /// The tenant's history entries after `seq`, at most `limit` of them, oldest first.
    pub fn log_after(
        &self,
        tenant: &TenantId,
        seq: u64,
        limit: usize,
    ) -> Result<Vec<LogEntry>, StoreError> {
        let end = keys::section(tenant, keys::LOG + 1);
        self.data
            .range(keys::log(tenant, seq.saturating_add(1))..end)
            .take(limit)
            .map(|item| decode(&item?.1))
            .collect()
    }

    /// The tenant's whole history, oldest first. Every write numbers its entries from 1
    /// without a gap, so a gap, or fewer entries than the counter read before them, is a
    /// page of them lost (sled opens without a page whose only copy it cannot read, and
    /// the checks at startup read only the history's end): reported as damage, never
    /// answered short to an export or a backup.
    pub fn log(&self, tenant: &TenantId) -> Result<Vec<LogEntry>, StoreError> {
        // Read while no write is half applied: every entry it counts is stored.
        let counted = {
            let _guard = self.lock_writes();
            self.log_len(tenant)?
        };
        self.whole_log(tenant, counted)
    }

    /// [`Store::log`], `counted` being the history's length read while no write was half
    /// applied (the history only grows after it).
    fn whole_log(&self, tenant: &TenantId, counted: u64) -> Result<Vec<LogEntry>, StoreError> {
        let mut entries: Vec<LogEntry> = Vec::new();
        for item in self.data.scan_prefix(keys::section(tenant, keys::LOG)) {
            let entry: LogEntry = decode(&item?.1)?;
            let before = entries.len() as u64;
            if entry.seq != before + 1 {
                return Err(self.history_lost(
                    tenant,
                    format!(
                        "its history skips from entry {before} to entry {}",
                        entry.seq
                    ),
                ));
            }
            entries.push(entry);
        }
        if (entries.len() as u64) < counted {
            return Err(self.history_lost(
                tenant,
                format!(
                    "its history ends at entry {}, but its counter says {counted}",
                    entries.len()
                ),
            ));
        }
        Ok(entries)
    }

    fn history_lost(&self, tenant: &TenantId, what: String) -> StoreError {
        StoreError::Damaged {
            path: self.path.clone(),
            detail: format!("{tenant}: {what}; history entries were lost"),
        }
    }

    /// Every tenant's whole history, read while writes wait, with `also` run under the same
    /// wait: one consistent snapshot (for backups).
    pub fn snapshot_logs<T>(
        &self,
        also: impl FnOnce() -> Result<T, StoreError>,
    ) -> Result<(TenantLogs, T), StoreError> {
        let _guard = self.lock_writes();
        let mut logs = Vec::new();
        for tenant in self.tenants()? {
            let log = self.whole_log(&tenant, self.log_len(&tenant)?)?;
            logs.push((tenant, log));
        }
        Ok((logs, also()?))
    }

    /// How many history entries the tenant has.
    pub fn log_len(&self, tenant: &TenantId) -> Result<u64, StoreError> {
        Ok(self
            .data
            .get(keys::seq(tenant))?
            .map(|v| decode_u64(&v))
            .unwrap_or(0))
    }
}

impl Store {
    /// The tenant's history newest first, read lazily (for "my last record").
    pub fn log_newest_first(
        &self,
        tenant: &TenantId,
    ) -> impl Iterator<Item = Result<LogEntry, StoreError>> + '_ {
        self.data
            .scan_prefix(keys::section(tenant, keys::LOG))
            .rev()
            .map(|item| decode(&item?.1))
    }
}

impl Store {
    fn count(&self, key: Vec<u8>) -> Result<u64, StoreError> {
        Ok(self.data.get(key)?.map(|v| decode_u64(&v)).unwrap_or(0))
    }

    /// The newest `limit` live records of a kind (oldest first) and how many live ones
    /// there are in all, without reading the rest.
    pub fn latest_live(
        &self,
        tenant: &TenantId,
        kind: Kind,
        limit: usize,
    ) -> Result<(Vec<RecordState>, u64), StoreError> {
        let mut out = Vec::new();
        for item in self.data.scan_prefix(keys::state_kind(tenant, kind)).rev() {
            if out.len() == limit {
                break;
            }
            let state: RecordState = decode(&item?.1)?;
            if state.is_live() {
                out.push(state);
            }
        }
        out.reverse();
        Ok((out, self.count(keys::live_count(tenant, kind))?))
    }

    /// The newest `limit` live children of one kind (oldest first), and how many in all.
    pub fn latest_live_children(
        &self,
        tenant: &TenantId,
        parent: RecordId,
        kind: Kind,
        limit: usize,
    ) -> Result<(Vec<RecordState>, u64), StoreError> {
        let mut out = Vec::new();
        for item in self
            .data
            .scan_prefix(keys::children_prefix(tenant, parent, kind))
            .rev()
        {
            if out.len() == limit {
                break;
            }
            let (key, _) = item?;
            if let Some(state) = keys::trailing_id(&key)
                .map(|id| self.get(tenant, id))
                .transpose()?
                .flatten()
            {
                if state.is_live() {
                    out.push(state);
                }
            }
        }
        out.reverse();
        Ok((
            out,
            self.count(keys::live_child_count(tenant, parent, kind))?,
        ))
    }
}
