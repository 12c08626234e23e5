//! Ending a round: the jobs' marks on the commit thread, and applying the round's changes
//! as one sled batch (or one transaction with the writes that wait for the records).

use super::super::aggregates::Changes;
use super::super::health::Undo;
use super::super::{Store, StoreError};
use super::state::{with_round, with_round_mut, Closing, Mark, NotYetApplied, OtherPrior, ROUND};
use super::{OpenRound, Overlay};

impl OpenRound<'_> {
    /// Starts the next job: the changes it makes are the ones [`OpenRound::discard_job`]
    /// takes back.
    pub(in crate::store) fn begin_job(&self) {
        with_round_mut(self.store.data.id, |r| {
            r.job_undo.clear();
            r.job_others = r.others.len();
            r.job_closings = r.closings.len();
        });
    }

    /// Whether the current job changed anything in the round.
    pub(in crate::store) fn job_wrote(&self) -> bool {
        with_round(self.store.data.id, |r| {
            !r.job_undo.is_empty()
                || r.others.len() > r.job_others
                || r.closings.len() > r.job_closings
        })
        .unwrap_or(false)
    }

    /// Takes back every change the current job made (it panicked), in every tree.
    pub(in crate::store) fn discard_job(&self) {
        with_round_mut(self.store.data.id, |r| {
            r.take_back_to(Mark {
                data: 0,
                others: r.job_others,
                closings: r.job_closings,
            })
        });
    }

    /// Applies the round's changes as one sled batch (one transaction with the writes to
    /// other trees that wait for it), journalled as one generation (what a failed flush
    /// undoes) with its writes to other trees, and lets other writers go on. `None`: the
    /// round wrote nothing. If the batch cannot be applied, the writes to other trees are
    /// taken back too.
    pub(in crate::store) fn apply(self) -> Result<Option<u64>, StoreError> {
        let store = self.store;
        let id = store.data.id;
        let Some(mut round) = ROUND.with(|r| r.borrow_mut().take_if(|r| r.store == id)) else {
            return Ok(None);
        };
        if round.overlay.is_empty() && round.others.is_empty() && round.closings.is_empty() {
            return Ok(None);
        }
        let mut others = NotYetApplied(std::mem::take(&mut round.others));
        let changes: Changes = store.aggregate_changes_of(&round.touched, &round.overlay);
        let overlay = std::mem::take(&mut round.overlay);
        let (undo, closed) = match std::mem::take(&mut round.closings) {
            closings if closings.is_empty() => (store.apply_overlay(overlay)?, Vec::new()),
            closings => store.apply_with_closings(overlay, closings)?,
        };
        let mut others = std::mem::take(&mut others.0);
        others.extend(closed);
        let others = if store.keeps_undo() {
            others
        } else {
            Vec::new()
        };
        store.journal(undo, others, changes);
        for tenant in &round.reload {
            store.aggregates.forget(tenant);
        }
        Ok(Some(store.own_generation()))
    }
}

impl Store {
    /// Applies a round's changes to the records as one sled batch (none when it has none),
    /// and returns what they replaced when a failed flush may have to undo them.
    fn apply_overlay(&self, overlay: Overlay) -> Result<Undo, StoreError> {
        if overlay.is_empty() {
            return Ok(Undo::new());
        }
        let mut batch = sled::Batch::default();
        let keep_undo = self.keeps_undo();
        let mut undo = Vec::with_capacity(if keep_undo { overlay.len() } else { 0 });
        for (k, v) in overlay {
            if keep_undo {
                undo.push((k.clone(), self.data.raw().get(&k)?.map(|old| old.to_vec())));
            }
            match v {
                Some(v) => batch.insert(k, v),
                None => batch.remove(k),
            }
        }
        // The test seam stands for sled refusing the batch itself.
        self.meet_write_fault()?;
        self.data
            .raw()
            .apply_batch(batch)
            .map_err(|e| StoreError::NotWritable(super::super::health::describe_sled(&e)))?;
        Ok(undo)
    }

    /// Applies a round's changes to the records and its `closings` to other trees as one
    /// sled transaction (sled recovers it whole or not at all), and returns what the records'
    /// keys held before (when a failed flush may have to undo them) and what each closing
    /// replaced, oldest first.
    fn apply_with_closings(
        &self,
        overlay: Overlay,
        closings: Vec<Closing>,
    ) -> Result<(Undo, Vec<OtherPrior>), StoreError> {
        use sled::transaction::{ConflictableTransactionResult, TransactionError, Transactional};
        // The records' tree first, then each other tree once; `at`: each closing's tree.
        let mut trees = vec![self.data.raw().clone()];
        let mut at = Vec::with_capacity(closings.len());
        for (tree, _, _) in &closings {
            let i = match trees.iter().position(|t| t.name() == tree.name()) {
                Some(i) => i,
                None => {
                    trees.push(tree.clone());
                    trees.len() - 1
                }
            };
            at.push(i);
        }
        let keep_undo = self.keeps_undo();
        // The test seam stands for sled refusing the transaction.
        self.meet_write_fault()?;
        let applied = trees[..].transaction(|views| -> ConflictableTransactionResult<_, ()> {
            let mut undo = Undo::new();
            for (k, v) in &overlay {
                let before = match v {
                    Some(v) => views[0].insert(k.as_slice(), v.as_slice())?,
                    None => views[0].remove(k.as_slice())?,
                };
                if keep_undo {
                    undo.push((k.clone(), before.map(|b| b.to_vec())));
                }
            }
            let mut closed = Vec::with_capacity(closings.len());
            for ((tree, k, v), &i) in closings.iter().zip(&at) {
                let before = match v {
                    Some(v) => views[i].insert(k.as_slice(), v.as_slice())?,
                    None => views[i].remove(k.as_slice())?,
                };
                closed.push((tree.clone(), k.clone(), before.map(|b| b.to_vec())));
            }
            Ok((undo, closed))
        });
        applied.map_err(|e| match e {
            TransactionError::Storage(e) => {
                StoreError::NotWritable(super::super::health::describe_sled(&e))
            }
            TransactionError::Abort(()) => {
                StoreError::NotWritable("the store refused the write".into())
            }
        })
    }
}
