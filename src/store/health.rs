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

use super::aggregates::Changes;
use super::round::OtherPrior;
use super::{Store, StoreError};
use std::ops::RangeInclusive;
use std::path::Path;
use std::sync::{Arc, Mutex, RwLock};

/// Writes are refused below this much free space: room for sled to finish the segments it
/// has open and write its snapshot.
pub const MIN_FREE_BYTES: u64 = 1024 * 1024;

/// Makes the store's flushes fail, as a full or broken disk does: the seam tests use to
/// check that a failed write leaves no trace. Called before every flush of the store.
pub trait FlushFault: Send + Sync {
    fn before_flush(&self) -> std::io::Result<()>;
}

impl<F: Fn() -> std::io::Result<()> + Send + Sync> FlushFault for F {
    fn before_flush(&self) -> std::io::Result<()> {
        self()
    }
}

/// Makes the store's writes fail before they change anything, as a disk that refuses a
/// write does: the seam tests use to fail the second of a command's writes and check that
/// the first leaves no trace. Called before every write to the records and to the store's
/// other trees, and before a round's batch of records is applied (as sled refusing it).
pub trait WriteFault: Send + Sync {
    fn before_write(&self) -> std::io::Result<()>;
}

impl<F: Fn() -> std::io::Result<()> + Send + Sync> WriteFault for F {
    fn before_write(&self) -> std::io::Result<()> {
        self()
    }
}

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

/// Free bytes for unprivileged writers on the filesystem holding `dir`.
fn free_bytes(dir: &Path) -> std::io::Result<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes())
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
    let mut st = std::mem::MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: `c` is a valid NUL-terminated path and `st` is written by statvfs on success.
    let rc = unsafe { libc::statvfs(c.as_ptr(), st.as_mut_ptr()) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: statvfs returned 0, so it filled `st`.
    let st = unsafe { st.assume_init() };
    #[allow(
        clippy::unnecessary_cast,
        reason = "the field widths differ between targets"
    )]
    Ok(st.f_bavail as u64 * st.f_frsize as u64)
}

impl Store {
    /// Sets (or with `None` clears) the fault every flush of this store meets first.
    pub fn set_flush_fault(&self, fault: Option<Arc<dyn FlushFault>>) {
        *self.health.fault.write().unwrap_or_else(|p| p.into_inner()) = fault;
    }

    /// Sets (or with `None` clears) the fault every write of this store meets first.
    pub fn set_write_fault(&self, fault: Option<Arc<dyn WriteFault>>) {
        *self
            .health
            .write_fault
            .write()
            .unwrap_or_else(|p| p.into_inner()) = fault;
    }

    /// The write fault set for tests, if any, met: why this write cannot be made.
    pub(super) fn meet_write_fault(&self) -> Result<(), StoreError> {
        let fault = self
            .health
            .write_fault
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        match fault.map(|f| f.before_write()) {
            Some(Err(e)) => Err(StoreError::NotWritable(describe(&e))),
            _ => Ok(()),
        }
    }

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

    /// Refuses a write while the disk holds less than [`MIN_FREE_BYTES`].
    pub(super) fn room_to_write(&self) -> Result<(), StoreError> {
        if self.path.as_os_str().is_empty() {
            return Ok(());
        }
        match free_bytes(&self.path) {
            Ok(free) if free < MIN_FREE_BYTES => {
                tracing::debug!(free, dir = %self.path.display(), "write refused: the disk is nearly full");
                Err(StoreError::NotWritable("the server's disk is full".into()))
            }
            _ => Ok(()),
        }
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
