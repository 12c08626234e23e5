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

use super::aggregates::Changes;
use super::health::Undo;
use super::{Store, StoreError};
use crate::ids::TenantId;
use sled::IVec;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::atomic::{AtomicUsize, Ordering};

mod scan;
pub(super) use scan::Scan;

/// Pending changes by key: `Some(value)` written, `None` removed.
pub(super) type Overlay = BTreeMap<Vec<u8>, Option<Vec<u8>>>;

/// The records' tree. Reads made on the thread running a round of this store see the
/// round's overlay over sled.
#[derive(Clone)]
pub(super) struct DataTree {
    tree: sled::Tree,
    /// Tells this store's rounds from another's (tests run several stores on one thread).
    id: usize,
}

/// A key and what the overlay held for it before (`None`: the overlay did not have it).
type Prior = (Vec<u8>, Option<Option<Vec<u8>>>);
/// A key of another tree of the store, written at once, and what it held before.
pub(super) type OtherPrior = (sled::Tree, Vec<u8>, Option<Vec<u8>>);
/// A key of another tree of the store and what it is to hold (`None`: removed), written with
/// the round's records.
type Closing = (sled::Tree, Vec<u8>, Option<Vec<u8>>);

/// How far the current job's changes went: taking back to it undoes what came after.
#[derive(Clone, Copy)]
struct Mark {
    data: usize,
    others: usize,
    closings: usize,
}

struct Round {
    store: usize,
    overlay: Overlay,
    /// What each key the current job changed held in the overlay before (`None`: absent),
    /// oldest first: replayed backwards, it takes the job's changes back.
    job_undo: Vec<Prior>,
    /// Tenants whose digest aggregates the round changed.
    touched: BTreeSet<TenantId>,
    /// Tenants whose aggregates were replaced wholesale: their image is dropped.
    reload: BTreeSet<TenantId>,
    /// The round's writes to the store's other trees, oldest first, with what each key held
    /// before them.
    others: Vec<OtherPrior>,
    /// Where the current job's writes start in `others`.
    job_others: usize,
    /// Writes to other trees waiting to be applied with the records, oldest first.
    closings: Vec<Closing>,
    /// Where the current job's writes start in `closings`.
    job_closings: usize,
}

impl Round {
    fn mark(&self) -> Mark {
        Mark {
            data: self.job_undo.len(),
            others: self.others.len(),
            closings: self.closings.len(),
        }
    }

    /// Takes back the current job's changes made after `kept`, newest first.
    fn take_back_to(&mut self, kept: Mark) {
        take_back_others(&mut self.others, kept.others);
        self.closings.truncate(kept.closings);
        let kept = kept.data;
        while self.job_undo.len() > kept {
            let Some((k, before)) = self.job_undo.pop() else {
                break;
            };
            match before {
                Some(v) => self.overlay.insert(k, v),
                None => self.overlay.remove(&k),
            };
        }
    }
}

/// Puts back what the writes to other trees after the first `kept` replaced, newest first.
fn take_back_others(others: &mut Vec<OtherPrior>, kept: usize) {
    for (tree, k, before) in others.drain(kept.min(others.len())..).rev() {
        let put_back = match before {
            Some(v) => tree.insert(k, v).map(|_| ()),
            None => tree.remove(k).map(|_| ()),
        };
        if let Err(e) = put_back {
            tracing::error!(error = %e, "a write taken back could not be undone in memory; restart valuebridge once the disk is fixed");
        }
    }
}

thread_local! {
    static ROUND: RefCell<Option<Round>> = const { RefCell::new(None) };
}

/// Runs `f` on this thread's round if it is one of `store`'s.
fn with_round<T>(store: usize, f: impl FnOnce(&Round) -> T) -> Option<T> {
    ROUND.with(|r| r.borrow().as_ref().filter(|r| r.store == store).map(f))
}

fn with_round_mut<T>(store: usize, f: impl FnOnce(&mut Round) -> T) -> Option<T> {
    ROUND.with(|r| r.borrow_mut().as_mut().filter(|r| r.store == store).map(f))
}

impl DataTree {
    pub(super) fn new(tree: sled::Tree) -> DataTree {
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        DataTree {
            tree,
            id: NEXT.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// sled itself, without any round's changes: for writes, and for images that must show
    /// only what is applied (the digest aggregates).
    pub(super) fn raw(&self) -> &sled::Tree {
        &self.tree
    }

    /// Whether this thread is running a round of this tree's store.
    pub(super) fn in_round(&self) -> bool {
        with_round(self.id, |_| ()).is_some()
    }

    pub(super) fn get(&self, key: impl AsRef<[u8]>) -> sled::Result<Option<IVec>> {
        let key = key.as_ref();
        match with_round(self.id, |r| r.overlay.get(key).cloned()).flatten() {
            Some(pending) => Ok(pending.map(IVec::from)),
            None => self.tree.get(key),
        }
    }

    pub(super) fn scan_prefix(&self, prefix: impl AsRef<[u8]>) -> Scan {
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

    pub(super) fn range<R: std::ops::RangeBounds<Vec<u8>> + Clone>(&self, range: R) -> Scan {
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
    pub(super) fn first_key_from(&self, from: &[u8]) -> sled::Result<Option<IVec>> {
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
    pub(super) fn apply_batch(&self, batch: sled::Batch) -> sled::Result<()> {
        self.tree.apply_batch(batch)
    }
}

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

/// A round set aside on this thread, put back when this is dropped (after the round that
/// replaced it, dropped first as it was made later).
struct SetAside(Option<Round>);

impl Drop for SetAside {
    fn drop(&mut self) {
        let outer = self.0.take();
        ROUND.with(|r| *r.borrow_mut() = outer);
    }
}

/// A round's writes to other trees until they are journalled: taken back if the round is
/// not applied (its batch refused, or a panic while applying it).
struct NotYetApplied(Vec<OtherPrior>);

impl Drop for NotYetApplied {
    fn drop(&mut self) {
        take_back_others(&mut self.0, 0);
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

impl OpenRound<'_> {
    /// Starts the next job: the changes it makes are the ones [`OpenRound::discard_job`]
    /// takes back.
    pub(super) fn begin_job(&self) {
        with_round_mut(self.store.data.id, |r| {
            r.job_undo.clear();
            r.job_others = r.others.len();
            r.job_closings = r.closings.len();
        });
    }

    /// Whether the current job changed anything in the round.
    pub(super) fn job_wrote(&self) -> bool {
        with_round(self.store.data.id, |r| {
            !r.job_undo.is_empty()
                || r.others.len() > r.job_others
                || r.closings.len() > r.job_closings
        })
        .unwrap_or(false)
    }

    /// Takes back every change the current job made (it panicked), in every tree.
    pub(super) fn discard_job(&self) {
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
    pub(super) fn apply(self) -> Result<Option<u64>, StoreError> {
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
            .map_err(|e| StoreError::NotWritable(super::health::describe_sled(&e)))?;
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
                StoreError::NotWritable(super::health::describe_sled(&e))
            }
            TransactionError::Abort(()) => {
                StoreError::NotWritable("the store refused the write".into())
            }
        })
    }
}
