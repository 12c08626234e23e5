//! A flush: every write so far made durable, or, when it fails, every write not yet on disk
//! undone, newest first, and further writes refused until a flush succeeds.

use super::{describe, describe_sled, Pending};
use crate::store::{Store, StoreError};

impl Store {
    /// Makes every write so far durable on disk; if that fails, undoes every write that
    /// is not, so none of them can be read.
    pub fn flush(&self) -> Result<(), StoreError> {
        let upto = self.journal_lock().applied;
        // Read after `upto`: it counts every write of a generation up to it, all on disk
        // once the flush returns.
        let lengths = self.history_lengths();
        let fault = self
            .health
            .fault
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let result = match fault.map(|f| f.before_flush()) {
            Some(Err(e)) => Err(describe(&e)),
            _ => self.db.flush().map(|_| ()).map_err(|e| describe_sled(&e)),
        };
        match result {
            Ok(()) => {
                if let Some(lengths) = &lengths {
                    self.write_durable_mark(lengths);
                }
                let mut j = self.journal_lock();
                j.durable = j.durable.max(upto);
                let first_pending = j.undo.partition_point(|p| p.generation <= upto);
                let still = j.undo.split_off(first_pending);
                // In generation order, under the journal's lock: a later flush cannot apply
                // newer values first.
                for durable in std::mem::replace(&mut j.undo, still) {
                    self.aggregates.after_commit(durable.aggregates);
                }
                drop(j);
                let was = self
                    .health
                    .failing
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .take();
                if was.is_some() {
                    tracing::warn!(dir = %self.path.display(), "the store is writable again");
                }
                Ok(())
            }
            Err(reason) => {
                self.forget_durable_mark();
                self.undo_since_durable(&reason);
                Err(StoreError::NotWritable(reason))
            }
        }
    }

    /// Applies the undo of every batch not yet durable, newest first, in one batch.
    fn undo_since_durable(&self, reason: &str) {
        let _guard = self.lock_writes();
        let mut j = self.journal_lock();
        let mut first = true;
        {
            let mut failing = self
                .health
                .failing
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            if failing.is_some() {
                first = false;
            }
            *failing = Some(reason.to_string());
        }
        if first {
            tracing::error!(dir = %self.path.display(), reason, "a flush failed; writes not yet on disk are undone and refused until it succeeds");
        }
        if j.applied <= j.durable {
            return;
        }
        // The records' undo as one batch (a key's oldest value wins); other trees', newest
        // first, each on its own.
        let mut batch = sled::Batch::default();
        let mut keys = std::collections::BTreeMap::new();
        let mut undone = Ok(());
        for Pending { undo, others, .. } in j.undo.iter().rev() {
            for (k, v) in undo {
                keys.insert(k.clone(), v.clone());
            }
            for (tree, k, v) in others.iter().rev() {
                let put_back = match v {
                    Some(v) => tree.insert(k.as_slice(), v.as_slice()).map(|_| ()),
                    None => tree.remove(k.as_slice()).map(|_| ()),
                };
                undone = undone.and(put_back);
            }
        }
        for (k, v) in keys {
            match v {
                Some(v) => batch.insert(k, v),
                None => batch.remove(k),
            }
        }
        let range = (j.durable + 1)..=j.applied;
        if let Err(e) = undone.and(self.data.apply_batch(batch)) {
            tracing::error!(dir = %self.path.display(), error = %e, "writes that failed to flush could not be undone in memory; restart valuebridge once the disk is fixed");
        }
        tracing::warn!(batches = j.undo.len(), "undid writes that were not on disk");
        j.undone.push((range, reason.to_string()));
        j.undo.clear();
        j.durable = j.applied;
        drop(j);
        // Images of aggregates may hold undone batches: reload them from the store.
        self.aggregates.forget_all();
    }
}
