//! The round's state on the commit thread: the overlay, what each job changed and how to
//! take it back, and the guards that put things back when a round is set aside or never
//! applied.

use super::Overlay;
use crate::ids::TenantId;
use std::cell::RefCell;
use std::collections::BTreeSet;

/// A key and what the overlay held for it before (`None`: the overlay did not have it).
pub(super) type Prior = (Vec<u8>, Option<Option<Vec<u8>>>);
/// A key of another tree of the store, written at once, and what it held before.
pub(in crate::store) type OtherPrior = (sled::Tree, Vec<u8>, Option<Vec<u8>>);
/// A key of another tree of the store and what it is to hold (`None`: removed), written with
/// the round's records.
pub(super) type Closing = (sled::Tree, Vec<u8>, Option<Vec<u8>>);

/// How far the current job's changes went: taking back to it undoes what came after.
#[derive(Clone, Copy)]
pub(super) struct Mark {
    pub(super) data: usize,
    pub(super) others: usize,
    pub(super) closings: usize,
}

pub(super) struct Round {
    pub(super) store: usize,
    pub(super) overlay: Overlay,
    /// What each key the current job changed held in the overlay before (`None`: absent),
    /// oldest first: replayed backwards, it takes the job's changes back.
    pub(super) job_undo: Vec<Prior>,
    /// Tenants whose digest aggregates the round changed.
    pub(super) touched: BTreeSet<TenantId>,
    /// Tenants whose aggregates were replaced wholesale: their image is dropped.
    pub(super) reload: BTreeSet<TenantId>,
    /// The round's writes to the store's other trees, oldest first, with what each key held
    /// before them.
    pub(super) others: Vec<OtherPrior>,
    /// Where the current job's writes start in `others`.
    pub(super) job_others: usize,
    /// Writes to other trees waiting to be applied with the records, oldest first.
    pub(super) closings: Vec<Closing>,
    /// Where the current job's writes start in `closings`.
    pub(super) job_closings: usize,
}

impl Round {
    pub(super) fn mark(&self) -> Mark {
        Mark {
            data: self.job_undo.len(),
            others: self.others.len(),
            closings: self.closings.len(),
        }
    }

    /// Takes back the current job's changes made after `kept`, newest first.
    pub(super) fn take_back_to(&mut self, kept: Mark) {
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
pub(super) fn take_back_others(others: &mut Vec<OtherPrior>, kept: usize) {
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
    pub(super) static ROUND: RefCell<Option<Round>> = const { RefCell::new(None) };
}

/// Runs `f` on this thread's round if it is one of `store`'s.
pub(super) fn with_round<T>(store: usize, f: impl FnOnce(&Round) -> T) -> Option<T> {
    ROUND.with(|r| r.borrow().as_ref().filter(|r| r.store == store).map(f))
}

pub(super) fn with_round_mut<T>(store: usize, f: impl FnOnce(&mut Round) -> T) -> Option<T> {
    ROUND.with(|r| r.borrow_mut().as_mut().filter(|r| r.store == store).map(f))
}

/// A round set aside on this thread, put back when this is dropped (after the round that
/// replaced it, dropped first as it was made later).
pub(super) struct SetAside(pub(super) Option<Round>);

impl Drop for SetAside {
    fn drop(&mut self) {
        let outer = self.0.take();
        ROUND.with(|r| *r.borrow_mut() = outer);
    }
}

/// A round's writes to other trees until they are journalled: taken back if the round is
/// not applied (its batch refused, or a panic while applying it).
pub(super) struct NotYetApplied(pub(super) Vec<OtherPrior>);

impl Drop for NotYetApplied {
    fn drop(&mut self) {
        take_back_others(&mut self.0, 0);
    }
}
