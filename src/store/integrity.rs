//! Is the store whole? Opening it must never panic (sled 0.34 panics on some damaged
//! files), and a store that opens may still have lost data: the startup check compares each
//! tenant's history, counters, live counts, name index and digest aggregates, which every
//! write keeps in step, so damage shows as a disagreement rather than as failures later.

use super::keys::{self, decode_u64};
use super::{LogEntry, Store, StoreError};
use crate::domain::RecordState;
use crate::ids::{Kind, TenantId};
use std::collections::BTreeMap;

/// Runs `f`; a panic in it becomes the store's "damaged" error instead of ending the process.
pub(super) fn guarded<T>(
    dir: &std::path::Path,
    f: impl FnOnce() -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    match super::caught_panic::catch(f) {
        Ok(result) => result,
        Err(caught) => Err(StoreError::Damaged {
            path: dir.to_path_buf(),
            detail: format!("its files cannot be read ({})", caught.message),
        }),
    }
}

fn corrupt(e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

impl Store {
    /// Checks every tenant: the history's sequence, the counters, the live counts, the name
    /// index and the digest aggregates agree with the records. Returns each disagreement
    /// in words (none when the store is whole); a store that cannot be read is `Damaged`.
    /// Writes are not held back while it reads (see `consistently`).
    pub fn verify(&self) -> Result<Vec<String>, StoreError> {
        self.verify_between(&mut || ())
    }

    /// [`Store::verify`], running `between` at each pause of its reads, while writes are
    /// not held back: a seam for tests of checks and writes together.
    #[doc(hidden)]
    pub fn verify_between(&self, between: &mut dyn FnMut()) -> Result<Vec<String>, StoreError> {
        // It reads every record once, and nothing asks for most of them again soon: read
        // through sled's cache, they filled it (24,000 pages at 1M records, about 210 MB
        // in memory, as the cache counts pages by their size on disk, about a third of
        // that) and stayed. Read around it, what the bot had in memory stays as it was.
        self.data
            .raw()
            .without_caching(|| self.verify_all_tenants(between))
    }

    fn verify_all_tenants(&self, between: &mut dyn FnMut()) -> Result<Vec<String>, StoreError> {
        let path = self.path.clone();
        guarded(&path, || {
            let mut problems = Vec::new();
            for tenant in self.tenants()? {
                let (found, ()) = self.consistently(
                    &tenant,
                    between,
                    |between| self.verify_records(&tenant, between),
                    |_| Ok(()),
                )?;
                let report = self.check_aggregates_between(&tenant, between)?;
                let aggregates = report
                    .disagreements
                    .into_iter()
                    .map(|d| format!("digest aggregates: {d}"));
                for p in found.into_iter().chain(aggregates) {
                    problems.push(format!("{tenant}: {p}"));
                }
            }
            Ok(problems)
        })
    }

    /// The part of [`Store::verify`] that reads no more than a few keys per tenant, for
    /// startup: the history's last entry against its counter, and each kind's highest
    /// record number against the next number to give. The full check follows in the
    /// background (`valuebridge run`).
    pub fn verify_quick(&self) -> Result<Vec<String>, StoreError> {
        let path = self.path.clone();
        guarded(&path, || {
            let mut problems = Vec::new();
            for tenant in self.tenants()? {
                let _guard = self.lock_writes();
                let seq = self.log_len(&tenant)?;
                let last = match self
                    .data
                    .scan_prefix(keys::section(&tenant, keys::LOG))
                    .next_back()
                {
                    Some(item) => {
                        let (key, value) = item?;
                        let n = decode_u64(&key[key.len().saturating_sub(8)..]);
                        let entry: LogEntry = serde_json::from_slice(&value).map_err(corrupt)?;
                        if entry.seq != n {
                            problems.push(format!(
                                "{tenant}: history entry {n} is stored under the number {}",
                                entry.seq
                            ));
                        }
                        n
                    }
                    None => 0,
                };
                if seq != last {
                    problems.push(format!(
                        "{tenant}: the history ends at {last}, but its counter says {seq}"
                    ));
                }
                for kind in Kind::ALL {
                    let Some(item) = self
                        .data
                        .scan_prefix(keys::state_kind(&tenant, kind))
                        .next_back()
                    else {
                        continue;
                    };
                    let state: RecordState = serde_json::from_slice(&item?.1).map_err(corrupt)?;
                    let top = state.record.id().n;
                    let counter = self
                        .data
                        .get(keys::counter(&tenant, kind))?
                        .map(|v| decode_u64(&v))
                        .unwrap_or(0);
                    if counter < top {
                        problems.push(format!(
                            "{tenant}: {} are numbered up to {top}, but the next number would be {}",
                            kind.plural(),
                            counter + 1
                        ));
                    }
                }
            }
            Ok(problems)
        })
    }

    /// The history, counters, live counts and name index against the records.
    fn verify_records(
        &self,
        tenant: &TenantId,
        between: &mut dyn FnMut(),
    ) -> Result<Vec<String>, StoreError> {
        let mut problems = Vec::new();
        // The history's keys are counted, not decoded (it is the largest part of a store);
        // its last entry is read, and the records' states below are decoded in full.
        let mut entries = 0u64;
        let mut last = 0u64;
        let mut last_value = None;
        for item in self.data.scan_prefix(keys::section(tenant, keys::LOG)) {
            let (key, value) = item?;
            entries += 1;
            last = keys::decode_u64(&key[key.len().saturating_sub(8)..]);
            last_value = Some(value);
        }
        if let Some(value) = last_value {
            let entry: LogEntry = serde_json::from_slice(&value).map_err(corrupt)?;
            if entry.seq != last {
                problems.push(format!(
                    "history entry {last} is stored under the number {}",
                    entry.seq
                ));
            }
        }
        let seq = self.log_len(tenant)?;
        if seq != last || entries != last {
            problems.push(format!(
                "the history has {entries} entries ending at {last}, but its counter says {seq}"
            ));
        }
        let mut live_by_kind: BTreeMap<Kind, u64> = BTreeMap::new();
        let mut highest: BTreeMap<Kind, u64> = BTreeMap::new();
        for item in self.data.scan_prefix(keys::section(tenant, keys::STATE)) {
            let state: RecordState = serde_json::from_slice(&item?.1).map_err(corrupt)?;
            let id = state.record.id();
            let top = highest.entry(id.kind).or_default();
            *top = (*top).max(id.n);
            if state.is_live() {
                *live_by_kind.entry(id.kind).or_default() += 1;
            }
        }
        between();
        for kind in Kind::ALL {
            let counter = self
                .data
                .get(keys::counter(tenant, kind))?
                .map(|v| decode_u64(&v))
                .unwrap_or(0);
            let top = highest.get(&kind).copied().unwrap_or(0);
            if counter < top {
                problems.push(format!(
                    "{} are numbered up to {top}, but the next number would be {}",
                    kind.plural(),
                    counter + 1
                ));
            }
            let counted = self
                .data
                .get(keys::live_count(tenant, kind))?
                .map(|v| decode_u64(&v))
                .unwrap_or(0);
            let live = live_by_kind.get(&kind).copied().unwrap_or(0);
            if counted != live {
                problems.push(format!(
                    "{live} live {} stored, but their count says {counted}",
                    kind.plural()
                ));
            }
        }
        for item in self.data.scan_prefix(keys::section(tenant, keys::NAME)) {
            let (key, value) = item?;
            let Some(kind) = key
                .get(keys::section(tenant, keys::NAME).len())
                .and_then(|c| Kind::from_code(*c))
            else {
                problems.push("the name index holds an entry of no known kind".into());
                continue;
            };
            let id = crate::ids::RecordId::new(kind, decode_u64(&value));
            if !self.get(tenant, id)?.is_some_and(|s| s.is_live()) {
                problems.push(format!("the name index points at {id}, which is not live"));
            }
        }
        Ok(problems)
    }
}
