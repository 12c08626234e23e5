//! Whether the store can write, and what a failed flush undoes.
//!
//! sled applies a batch in memory at once and writes it to disk later, so a batch whose
//! flush fails would stay readable (and be reported by `list`, `show`, `history`) although
//! the user was told it failed. Every batch therefore keeps its undo (the values its keys
//! held before) until a flush has made it durable; a failed flush applies the undo of every
//! batch not yet durable, newest first, so the store is as it was at the last durable point.
//!
//! Before a batch is applied the data directory's free space is checked: sled 0.34 keeps an
//! IO error from a full disk as a permanent error of the open database (every later write
//! fails until a restart), so writes are refused, cleanly and recoverably, while less than
//! [`MIN_FREE_BYTES`] is left.
//!
//! This file keeps the journal of batches not yet durable; `flush` makes them durable or
//! undoes them, `free_space` refuses writes on a full disk, and `faults` holds the seams
//! tests use to make flushes and writes fail.

use super::aggregates::Changes;
use super::round::OtherPrior;
use super::{Store, StoreError};
use std::ops::RangeInclusive;
use std::sync::{Arc, Mutex, RwLock};

mod faults;
mod flush;
mod free_space;

pub use faults::{FlushFault, WriteFault};

/// Writes are refused below this much free space: room for sled to finish the segments it
/// has open and write its snapshot.
pub const MIN_FREE_BYTES: u64 = 1024 * 1024;

/// What each key of a batch held before it: applying this undoes the batch.
pub(super) type Undo = Vec<(Vec<u8>, Option<Vec<u8>>)>;

/// Batches applied but not yet known durable, with their undo, by generation.
#[derive(Default)]
struct Journal {
    /// Generation of the last batch applied.
    applied: u64,
    /// Every batch up to this generation is on disk (or was undone).
    durable: u64,
    /// Batches of generations after `durable`, oldest first.
    undo: Vec<Pending>,
    /// Generations undone by failed flushes, and why: their writers are told so.
    undone: Vec<(RangeInclusive<u64>, String)>,
}

/// A batch applied but not yet known durable.
struct Pending {
    generation: u64,
    /// What it changed in the records.
    undo: Undo,
    /// What it changed in the store's other trees (drafts, forms, subscriptions), oldest
    /// first.
    others: Vec<OtherPrior>,
    /// What it changes in the in-memory digest aggregates: applied once it is durable.
    aggregates: Changes,
}

#[derive(Default)]
pub(super) struct Health {
    journal: Mutex<Journal>,
    /// Why the last flush failed; `None` once one succeeds.
    failing: Mutex<Option<String>>,
    fault: RwLock<Option<Arc<dyn FlushFault>>>,
    write_fault: RwLock<Option<Arc<dyn WriteFault>>>,
    /// The durable mark's file, open once it is first written (see `durable_mark`).
    pub(super) mark_file: Mutex<Option<std::fs::File>>,
}

thread_local! {
    /// The generation of the last batch this thread applied: a writer waits for its own.
    /// Tagged with the store it was applied to, as tests run several stores in one thread.
    static LAST_APPLIED: std::cell::Cell<(usize, u64)> = const { std::cell::Cell::new((0, 0)) };
}

/// What a person is told: what went wrong, in words.
pub(super) fn describe(err: &std::io::Error) -> String {
    if err.raw_os_error() == Some(28) || err.kind() == std::io::ErrorKind::StorageFull {
        "the server's disk is full".into()
    } else {
        format!("the server could not write to its disk ({err})")
    }
}

pub(super) fn describe_sled(err: &sled::Error) -> String {
    match err {
        sled::Error::Io(io) => describe(io),
        other => format!("the store could not be written ({other})"),
    }
}

impl Store {
    /// `Ok` if a write now would be stored; otherwise why not, in words for a person.
    /// While flushes have been failing this tries one, so it turns `Ok` once the disk does.
    pub fn writable(&self) -> Result<(), String> {
        if let Err(e) = self.room_to_write() {
            return Err(e.reason());
        }
        if self.failing().is_some() {
            if let Err(e) = self.flush() {
                return Err(e.reason());
            }
        }
        Ok(())
    }

    fn failing(&self) -> Option<String> {
        self.health
            .failing
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Remembers how to undo a batch just applied (called under the write lock), and what it
    /// changes in the digest aggregates in memory: they follow it once it is durable, so
    /// memory never shows a write that a failed flush then undoes. Without a group commit
    /// (nothing waits for the disk) they follow at once.
    /// `others`: what the same batch's action changed in other trees, taken back with it.
    pub(super) fn journal(&self, undo: Undo, others: Vec<OtherPrior>, aggregates: Changes) {
        if self.keeps_undo() {
            self.journal_in(undo, others, aggregates);
        } else {
            self.aggregates.after_commit(aggregates);
            self.journal_in(undo, others, Changes::new());
        }
    }

    /// Remembers how to undo a write a person made to another tree of the store (a draft,
    /// a form, subscriptions) just applied: within an action ([`Store::all_or_nothing`],
    /// every command on the commit thread) it is taken back with the action's records if
    /// they are not stored, and is undone with them by a failed flush; on its own, a failed
    /// flush undoes it with the records written since.
    pub(crate) fn journal_other(&self, tree: &sled::Tree, undo: Undo) {
        if let Err(undo) = self.gather_other(tree, undo) {
            let others = undo
                .into_iter()
                .map(|(k, v)| (tree.clone(), k, v))
                .collect();
            self.journal_in(Undo::new(), others, Changes::new());
        }
    }

    fn journal_in(&self, undo: Undo, others: Vec<OtherPrior>, aggregates: Changes) {
        let mut j = self.journal_lock();
        j.applied += 1;
        let generation = j.applied;
        if self.keeps_undo() {
            j.undo.push(Pending {
                generation,
                undo,
                others,
                aggregates,
            });
        } else {
            j.durable = generation;
        }
        LAST_APPLIED.with(|l| l.set((self.identity(), generation)));
    }

    /// Refuses a write to another tree while the disk is full or flushes still fail.
    pub(crate) fn check_writable(&self) -> Result<(), StoreError> {
        self.writable().map_err(StoreError::NotWritable)?;
        self.meet_write_fault()
    }

    /// Only a store whose writers wait for durability keeps undo: without a group commit
    /// nothing would ever trim it.
    pub(super) fn keeps_undo(&self) -> bool {
        self.undo_enabled.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub(super) fn keep_undo(&self) {
        self.undo_enabled
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// The generation of the last batch this thread applied to this store, taken: a writer
    /// awaits durability right after it writes. 0 when it has none.
    pub(super) fn own_generation(&self) -> u64 {
        match LAST_APPLIED.with(|l| l.replace((0, 0))) {
            (id, generation) if id == self.identity() => generation,
            _ => 0,
        }
    }

    fn identity(&self) -> usize {
        Arc::as_ptr(&self.health) as usize
    }

    /// Whether the batch of generation `generation` is durable, or why it was undone.
    pub(super) fn outcome(&self, generation: u64) -> Result<(), StoreError> {
        let j = self.journal_lock();
        if let Some((_, why)) = j.undone.iter().find(|(r, _)| r.contains(&generation)) {
            return Err(StoreError::NotWritable(why.clone()));
        }
        if generation <= j.durable {
            Ok(())
        } else {
            Err(StoreError::NotWritable(
                "the server could not confirm the write reached its disk".into(),
            ))
        }
    }

    /// How many batches have been applied (each round is one).
    #[cfg(test)]
    pub(super) fn applied_generation(&self) -> u64 {
        self.journal_lock().applied
    }

    fn journal_lock(&self) -> std::sync::MutexGuard<'_, Journal> {
        self.health
            .journal
            .lock()
            .unwrap_or_else(|p| p.into_inner())
    }
}
