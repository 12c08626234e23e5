//! Recomputing the aggregates from the records, and checking the stored ones against that.
//! The records' current states are the log replayed, so this is the log's verdict too.

use super::layout::{self, prefix};
use super::memory::Aggregates;
use crate::domain::RecordState;
use crate::ids::TenantId;
use crate::store::{keys, Store, StoreError, Tx};
use std::collections::BTreeMap;

/// What `check` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// Live records the expected aggregates were computed from.
    pub records: u64,
    /// Aggregate entries expected.
    pub entries: usize,
    /// Each disagreement, in words.
    pub disagreements: Vec<String>,
}

/// Records read between two calls of a check's `between` hook.
const CHUNK: u64 = 4096;

impl Tx<'_> {
    /// Replaces the tenant's aggregates (in this transaction) with ones computed from its
    /// live records; returns how many records were read. `between` runs after every
    /// [`CHUNK`] records and once at the end.
    fn recompute_aggregates(
        &mut self,
        tenant: &TenantId,
        between: &mut dyn FnMut(),
    ) -> Result<u64, StoreError> {
        for key in self.keys_with_prefix(&prefix(tenant))? {
            self.delete(key);
        }
        let mut records = 0;
        // States are in kind order: units and investments come before the notes,
        // decisions and benefits that belong to them.
        let tree = self.tree;
        for item in tree.scan_prefix(keys::section(tenant, keys::STATE)) {
            let state: RecordState =
                serde_json::from_slice(&item?.1).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            if state.is_live() {
                self.contribute(tenant, &state.record)?;
                records += 1;
                if records % CHUNK == 0 {
                    between();
                }
            }
        }
        between();
        Ok(records)
    }

    /// The aggregate entries now pending for the tenant (after `recompute_aggregates`).
    fn pending_aggregates(&self, tenant: &TenantId) -> BTreeMap<Vec<u8>, Vec<u8>> {
        let p = prefix(tenant);
        self.pending
            .range(p.clone()..)
            .take_while(|(k, _)| k.starts_with(&p))
            .filter_map(|(k, v)| v.as_ref().map(|v| (k[p.len()..].to_vec(), v.clone())))
            .collect()
    }
}

impl Store {
    /// Recomputes the tenant's aggregates from its records and stores them in place of the
    /// old ones, in one atomic batch. Returns the number of live records read.
    pub fn rebuild_aggregates(&self, tenant: &TenantId) -> Result<u64, StoreError> {
        self.write(|tx| {
            let n = tx.recompute_aggregates(tenant, &mut || ())?;
            tx.aggregates_reload.insert(tenant.clone());
            Ok(n)
        })
    }

    /// Compares the stored aggregates (and this process's loaded copy, if any) with ones
    /// recomputed from the records. Changes nothing, and does not hold writes back while it
    /// reads (see [`Store::consistently`]).
    pub fn check_aggregates(&self, tenant: &TenantId) -> Result<CheckReport, StoreError> {
        self.check_aggregates_between(tenant, &mut || ())
    }

    /// [`Store::check_aggregates`], running `between` after each chunk of records read
    /// (while writes are not held back): a seam for tests of checks and writes together.
    #[doc(hidden)]
    pub fn check_aggregates_between(
        &self,
        tenant: &TenantId,
        between: &mut dyn FnMut(),
    ) -> Result<CheckReport, StoreError> {
        type Read = (u64, BTreeMap<Vec<u8>, Vec<u8>>, BTreeMap<Vec<u8>, Vec<u8>>);
        let read = |between: &mut dyn FnMut()| -> Result<(Read, Option<Aggregates>), StoreError> {
            let mut tx = Tx::new(&self.data);
            let records = tx.recompute_aggregates(tenant, between)?;
            let expected = tx.pending_aggregates(tenant);
            let p = prefix(tenant);
            let mut stored = BTreeMap::new();
            for item in self.data.scan_prefix(&p) {
                let (k, v) = item?;
                stored.insert(k[p.len()..].to_vec(), v.to_vec());
            }
            // The image the loaded copy should equal, built before writes are held back.
            let want = match self.aggregates.is_loaded(tenant) {
                true => Some(Aggregates::from_entries(
                    expected.iter().map(|(k, v)| (k.as_slice(), v.as_slice())),
                )?),
                false => None,
            };
            Ok(((records, expected, stored), want))
        };
        // With writes held back and none since the read: does the loaded copy match?
        let settle = |(_, want): &(Read, Option<Aggregates>)| -> Result<bool, StoreError> {
            Ok(match (self.aggregates.get(tenant), want) {
                (Some(loaded), Some(want)) => {
                    *loaded.read().unwrap_or_else(|p| p.into_inner()) != *want
                }
                // Loaded since the read: compared by the next check.
                (Some(_), None) | (None, _) => false,
            })
        };
        let (((records, expected, stored), _), loaded_differs) =
            self.consistently(tenant, between, read, settle)?;
        let mut disagreements = Vec::new();
        let describe = |tail: &[u8]| match layout::parse(tail) {
            Ok(t) => t.to_string(),
            Err(_) => format!("an unrecognised entry {tail:?}"),
        };
        for (tail, want) in &expected {
            match stored.get(tail) {
                None => disagreements.push(format!("missing: {}", describe(tail))),
                Some(have) if have != want => {
                    disagreements.push(format!("differs from the records: {}", describe(tail)))
                }
                Some(_) => {}
            }
        }
        for tail in stored.keys().filter(|t| !expected.contains_key(*t)) {
            disagreements.push(format!("not backed by any record: {}", describe(tail)));
        }
        if loaded_differs {
            disagreements
                .push("this process's in-memory copy differs from the records".to_string());
        }
        Ok(CheckReport {
            records,
            entries: expected.len(),
            disagreements,
        })
    }

    /// Every tenant with anything in the data tree (as this thread's round sees it).
    pub(crate) fn tenants(&self) -> Result<Vec<TenantId>, StoreError> {
        tenants_by(|from| self.data.first_key_from(from))
    }
}

/// Every tenant with a key in a tree whose first key from a point `first_key_from` gives.
pub(in crate::store) fn tenants_by(
    first_key_from: impl Fn(&[u8]) -> sled::Result<Option<sled::IVec>>,
) -> Result<Vec<TenantId>, StoreError> {
    let mut out = Vec::new();
    let mut from = Vec::new();
    while let Some(key) = first_key_from(&from)? {
        let end = key.iter().position(|b| *b == 0).unwrap_or(key.len());
        let name = std::str::from_utf8(&key[..end])
            .map_err(|_| StoreError::Corrupt("a tenant name is not UTF-8".into()))?;
        out.push(
            name.parse()
                .map_err(|_| StoreError::Corrupt(format!("'{name}' is not a tenant")))?,
        );
        // Jump past every key of this tenant: `tenant \1` sorts after `tenant \0 …`.
        from = key[..end].to_vec();
        from.push(1);
    }
    Ok(out)
}
