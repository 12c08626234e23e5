//! The records' tree as the store reads it: during a round, the round's pending changes
//! over sled; otherwise sled itself.

use super::scan::Scan;
use super::state::with_round;
use sled::IVec;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The records' tree. Reads made on the thread running a round of this store see the
/// round's overlay over sled.
#[derive(Clone)]
pub(in crate::store) struct DataTree {
    tree: sled::Tree,
    /// Tells this store's rounds from another's (tests run several stores on one thread).
    pub(super) id: usize,
}

impl DataTree {
    pub(in crate::store) fn new(tree: sled::Tree) -> DataTree {
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        DataTree {
            tree,
            id: NEXT.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// sled itself, without any round's changes: for writes, and for images that must show
    /// only what is applied (the digest aggregates).
    pub(in crate::store) fn raw(&self) -> &sled::Tree {
        &self.tree
    }

    /// Whether this thread is running a round of this tree's store.
    pub(in crate::store) fn in_round(&self) -> bool {
        with_round(self.id, |_| ()).is_some()
    }

    pub(in crate::store) fn get(&self, key: impl AsRef<[u8]>) -> sled::Result<Option<IVec>> {
        let key = key.as_ref();
        match with_round(self.id, |r| r.overlay.get(key).cloned()).flatten() {
            Some(pending) => Ok(pending.map(IVec::from)),
            None => self.tree.get(key),
        }
    }

    pub(in crate::store) fn scan_prefix(&self, prefix: impl AsRef<[u8]>) -> Scan {
        let prefix = prefix.as_ref();
        let pending = with_round(self.id, |r| {
            r.overlay
                .range(prefix.to_vec()..)
                .take_while(|(k, _)| k.starts_with(prefix))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<VecDeque<_>>()
        });
        Scan::over(self.tree.scan_prefix(prefix), pending)
    }

    pub(in crate::store) fn range<R: std::ops::RangeBounds<Vec<u8>> + Clone>(
        &self,
        range: R,
    ) -> Scan {
        let pending = with_round(self.id, |r| {
            r.overlay
                .range(range.clone())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect::<VecDeque<_>>()
        });
        Scan::over(self.tree.range(range), pending)
    }

    /// The first key at or after `from`, the round's changes over sled, read where they
    /// are: walking a tree key by key (the tenants) copies nothing of the round at each step.
    pub(in crate::store) fn first_key_from(&self, from: &[u8]) -> sled::Result<Option<IVec>> {
        let in_round = with_round(self.id, |r| {
            let pending = r
                .overlay
                .range::<[u8], _>((std::ops::Bound::Included(from), std::ops::Bound::Unbounded))
                .find(|(_, v)| v.is_some())
                .map(|(k, _)| IVec::from(k.as_slice()));
            let mut applied = None;
            for item in self.tree.range(from..) {
                let (k, _) = item?;
                // A key the round removes is not there any more.
                if !matches!(r.overlay.get(k.as_ref()), Some(None)) {
                    applied = Some(k);
                    break;
                }
            }
            Ok(match (pending, applied) {
                (Some(p), Some(a)) => Some(p.min(a)),
                (p, a) => p.or(a),
            })
        });
        match in_round {
            Some(first) => first,
            None => Ok(self.tree.range(from..).next().transpose()?.map(|(k, _)| k)),
        }
    }

    /// Applies a batch to sled at once, outside any round (opening, rebuilds, undo).
    pub(in crate::store) fn apply_batch(&self, batch: sled::Batch) -> sled::Result<()> {
        self.tree.apply_batch(batch)
    }
}
