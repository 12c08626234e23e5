//! A commit round: the writes of every job the commit thread runs in one go, gathered in
//! memory and applied as ONE sled batch.
//!
//! sled seals (and writes, and syncs) at least two IO buffers for every batch it applies, so
//! the disk's work follows the number of batches, not the number of flushes. During a round
//! [`Store::write`] applies nothing: it adds its changes to the round's overlay, an ordered
//! map of key → new value (`None`: removed). Every read of the data tree made on the commit
//! thread during the round sees the overlay over sled, so a job reads what the jobs before
//! it wrote (id counters, indexes, a note then its follow-up); other threads read sled
//! alone and see nothing of the round until it is applied. A job that panics takes back its
//! own changes (each change it made keeps what the overlay held before); a write that fails
//! never reaches the overlay. At the end of the round the overlay becomes one batch, kept in
//! the journal as one generation, so a failed flush undoes all of it.
//!
//! A person's writes to the store's other trees (subscriptions, dashboard links) are applied
//! to sled at once, so every reader sees them, but the round keeps what each key held
//! before: a job that fails or panics takes them back with its records, a batch sled
//! refuses takes back every one the round made, and otherwise they are journalled in the
//! round's generation, so the action lands or not as one. A write that must land with the
//! records even across a crash (closing a confirmed draft, clearing a finished form:
//! [`Store::write_with_records`]) waits for the round instead, and is applied with its
//! records in one sled transaction, which sled recovers whole or not at all.
//!
//! This file opens a round and gathers a person's action into it; `state` holds the round
//! itself, `data_tree` reads the records' tree through it, `scan` merges its ranges, and
//! `applying` marks the jobs and applies the round as one batch.

use super::health::Undo;
use super::{Store, StoreError};
use crate::ids::TenantId;
use std::collections::{BTreeMap, BTreeSet};

mod applying;
mod data_tree;
mod scan;
mod state;
pub(super) use data_tree::DataTree;
pub(super) use state::OtherPrior;
use state::{take_back_others, with_round, with_round_mut, Round, SetAside, ROUND};

/// Pending changes by key: `Some(value)` written, `None` removed.
pub(super) type Overlay = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

/// A round open on the commit thread: holds other writers back until it is applied.
pub(super) struct OpenRound<'a> {
    store: &'a Store,
    _guard: Option<std::sync::MutexGuard<'a, ()>>,
}

impl Drop for OpenRound<'_> {
    fn drop(&mut self) {
        // A round never applied (its action failed, or the thread unwinds) leaves nothing
        // behind, in the records or in the other trees.
        let id = self.store.data.id;
        let unapplied = ROUND.with(|r| r.borrow_mut().take_if(|r| r.store == id));
        if let Some(mut round) = unapplied {
            take_back_others(&mut round.others, 0);
        }
    }
}

impl Store {
    /// Opens a round on this thread: until [`OpenRound::apply`], this thread's writes to the
    /// store gather in memory and its reads see them. Other threads' writes wait.
    pub(super) fn open_round(&self) -> OpenRound<'_> {
        let guard = self.lock_writes();
        ROUND.with(|r| {
            *r.borrow_mut() = Some(Round {
                store: self.data.id,
                overlay: Overlay::new(),
                job_undo: Vec::new(),
                touched: BTreeSet::new(),
                reload: BTreeSet::new(),
                others: Vec::new(),
                job_others: 0,
                closings: Vec::new(),
                job_closings: 0,
            })
        });
        OpenRound {
            store: self,
            _guard: guard,
        }
    }

    /// Runs `f`, one person's action, so that every write it makes to the records lands or
    /// none does: if `f` fails, whatever it wrote is taken back, however many writes it made
    /// before failing. On the commit thread its writes join the round (the job's own
    /// take-back covers them); elsewhere they gather in a round of their own, applied as
    /// one batch when `f` succeeds (other writers wait meanwhile).
    pub fn all_or_nothing<T, E: From<StoreError>>(
        &self,
        f: impl FnOnce() -> Result<T, E>,
    ) -> Result<T, E> {
        let id = self.data.id;
        if let Some(kept) = with_round(id, Round::mark) {
            let out = f();
            if out.is_err() {
                with_round_mut(id, |r| r.take_back_to(kept));
            }
            return out;
        }
        // Another store's round open on this thread (its commit thread running a job that
        // writes here) is set aside meanwhile and put back after, even if `f` panics.
        let _outer = SetAside(ROUND.with(|r| r.borrow_mut().take()));
        let round = self.open_round();
        // On failure the round is dropped unapplied: nothing of `f` reaches sled.
        let out = f()?;
        round.apply()?;
        Ok(out)
    }

    /// Adds a successful write's changes to this thread's round, or hands them back when
    /// no round is open.
    pub(super) fn gather(
        &self,
        pending: Overlay,
        touched: BTreeSet<TenantId>,
        reload: BTreeSet<TenantId>,
    ) -> Result<(), (Overlay, BTreeSet<TenantId>, BTreeSet<TenantId>)> {
        let mut back = Some((pending, touched, reload));
        with_round_mut(self.data.id, |r| {
            let (pending, touched, reload) = back.take().expect("taken once");
            for (k, v) in pending {
                let before = r.overlay.insert(k.clone(), v);
                r.job_undo.push((k, before));
            }
            r.touched.extend(touched);
            r.reload.extend(reload);
        });
        back.map_or(Ok(()), Err)
    }

    /// Adds a write just applied to another tree (`undo`: what its keys held before) to this
    /// thread's round, or hands it back when no round is open.
    pub(super) fn gather_other(&self, tree: &sled::Tree, undo: Undo) -> Result<(), Undo> {
        let mut back = Some(undo);
        with_round_mut(self.data.id, |r| {
            let undo = back.take().expect("taken once");
            r.others
                .extend(undo.into_iter().map(|(k, v)| (tree.clone(), k, v)));
        });
        back.map_or(Ok(()), Err)
    }

    /// Writes `value` (`None`: removes it) under `key` in `tree`, another tree of the store,
    /// as part of the records' write of the action making it (closing a confirmed draft,
    /// clearing a finished form). In a round it is applied with the round's records in one
    /// sled transaction, so neither is on disk without the other, even after a crash; a job
    /// that fails or panics drops it with its records. Outside a round it is applied at once,
    /// and undone if the flush after it fails. Refused while the store cannot write.
    pub(crate) fn write_with_records(
        &self,
        tree: &sled::Tree,
        key: Vec<u8>,
        value: Option<Vec<u8>>,
    ) -> Result<(), StoreError> {
        self.check_writable()?;
        let mut back = Some((tree.clone(), key, value));
        with_round_mut(self.data.id, |r| {
            r.closings.push(back.take().expect("taken once"));
        });
        let Some((tree, key, value)) = back else {
            return Ok(());
        };
        let before = match value {
            Some(v) => tree.insert(&key, v)?,
            None => tree.remove(&key)?,
        };
        self.journal_other(&tree, vec![(key, before.map(|v| v.to_vec()))]);
        Ok(())
    }
}
