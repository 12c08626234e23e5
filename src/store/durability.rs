//! Group commit in a pipeline of two threads: the service's durable writes are applied on
//! the commit thread, and the flush thread makes them durable, one flush for every batch
//! waiting, while the commit thread applies the next.
//!
//! A command that writes is handed to the commit thread ([`GroupCommit::run`]). The thread
//! takes every job waiting (a round), runs each write in turn (each one atomic sled batch)
//! and hands the round to the flush thread. That thread flushes once for every round handed
//! to it so far (a flush begun after they were applied, so it carries them) and only then
//! answers each job: with its result when its write is on disk, or with why nothing was
//! stored when the flush failed (every write not yet durable is undone, including those
//! applied while it waited, see [`super::health`]). sled's flush no longer keeps batches
//! from being applied while it waits on the disk (vendor/sled/VALUEBRIDGE.md, change 4), so
//! applying and flushing overlap. Writes made on other threads (imports, schedules, the
//! conversation) wait with [`GroupCommit::durable`], answered after the next flush.
//!
//! Hand-offs per durable command: the request's task sends the job, the commit thread runs
//! it, the flush thread flushes, and its answer wakes the task.

use super::{Store, StoreError};
use std::panic::AssertUnwindSafe;
use std::sync::mpsc;
use tokio::sync::oneshot;

/// Tells a job's writer how it ended, once its batch's flush has returned.
type Answer = Box<dyn FnOnce(Result<(), StoreError>) + Send>;

enum Job {
    /// Runs on the commit thread; returns how to answer its writer.
    Write(Box<dyn FnOnce() -> Answer + Send>),
    /// Waits until the write of this generation (made on another thread; 0: none) is durable.
    Wait(u64, oneshot::Sender<Result<(), StoreError>>),
}

/// The most jobs one flush answers: bounds how long the first of a long queue waits.
const MAX_BATCH: usize = 256;

#[derive(Clone)]
pub struct GroupCommit {
    jobs: mpsc::Sender<Job>,
    store: Store,
}

fn stopped() -> StoreError {
    StoreError::NotWritable("the store's commit thread has stopped".into())
}

impl GroupCommit {
    /// Starts the commit thread. It stops once every handle is dropped and its queue is empty.
    pub fn start(store: Store) -> std::io::Result<GroupCommit> {
        store.keep_undo();
        let (jobs, queue) = mpsc::channel();
        let (rounds, applied) = mpsc::channel();
        let flusher = store.clone();
        std::thread::Builder::new()
            .name("valuebridge-flush".into())
            .spawn(move || flush_loop(&flusher, &applied))?;
        let committer = store.clone();
        std::thread::Builder::new()
            .name("valuebridge-commit".into())
            .spawn(move || commit_loop(&committer, &queue, &rounds))?;
        Ok(GroupCommit { jobs, store })
    }

    /// Runs `work` on the commit thread and returns its result once every write it made is
    /// on disk; if the flush failed, says why nothing was stored instead.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Interrupted> {
        let (tx, rx) = oneshot::channel();
        let job = Job::Write(Box::new(move || {
            let out = work();
            Box::new(move |durable: Result<(), StoreError>| {
                let _ = tx.send(durable.map(|()| out));
            }) as Answer
        }));
        self.jobs
            .send(job)
            .map_err(|_| Interrupted::Store(stopped()))?;
        match rx.await {
            Ok(Ok(out)) => Ok(out),
            Ok(Err(e)) => Err(Interrupted::Store(e)),
            // The work panicked (the thread goes on) and dropped its answer.
            Err(_) => Err(Interrupted::Panicked),
        }
    }

    /// Returns once the last write this thread made (and every one before it) is durable,
    /// or says why it was not stored.
    pub async fn durable(&self) -> Result<(), StoreError> {
        let generation = self.store.own_generation();
        let (tx, rx) = oneshot::channel();
        self.jobs
            .send(Job::Wait(generation, tx))
            .map_err(|_| stopped())?;
        rx.await.unwrap_or_else(|_| Err(stopped()))
    }
}

/// Why [`GroupCommit::run`] has no result.
#[derive(Debug, thiserror::Error)]
pub enum Interrupted {
    #[error(transparent)]
    Store(StoreError),
    #[error("a write panicked on the commit thread")]
    Panicked,
}

/// Jobs run by the commit thread, handed to the flusher: answered after its next flush.
struct Round {
    /// Each answer with the generation it waits for; `None`: its work wrote nothing.
    answers: Vec<(Option<u64>, Answer)>,
    needs_flush: bool,
}

fn commit_loop(store: &Store, queue: &mpsc::Receiver<Job>, flusher: &mpsc::Sender<Round>) {
    while let Ok(first) = queue.recv() {
        let mut round = Round {
            answers: Vec::new(),
            needs_flush: false,
        };
        let mut next = Some(first);
        while let Some(job) = next.take() {
            match job {
                Job::Write(work) => {
                    match std::panic::catch_unwind(AssertUnwindSafe(work)) {
                        Ok(answer) => {
                            let generation = Some(store.own_generation()).filter(|g| *g != 0);
                            round.needs_flush |= generation.is_some();
                            round.answers.push((generation, answer));
                        }
                        Err(_) => {
                            // Its answer was dropped while unwinding: the writer is told.
                            // Whatever it applied is flushed (or undone) with the round.
                            round.needs_flush = true;
                        }
                    }
                }
                Job::Wait(generation, tx) => {
                    round.needs_flush = true;
                    round.answers.push((
                        Some(generation),
                        Box::new(move |r| {
                            let _ = tx.send(r);
                        }),
                    ));
                }
            }
            if round.answers.len() < MAX_BATCH {
                next = queue.try_recv().ok();
            }
        }
        // Every write of the round is applied: a flush that begins from now on carries it.
        if flusher.send(round).is_err() {
            return;
        }
    }
}

/// Flushes once for every round waiting (each was applied before it was sent, so the flush,
/// which begins after, carries it), then answers their jobs.
fn flush_loop(store: &Store, rounds: &mpsc::Receiver<Round>) {
    while let Ok(first) = rounds.recv() {
        let mut answers = first.answers;
        let mut needs_flush = first.needs_flush;
        while let Ok(more) = rounds.try_recv() {
            answers.extend(more.answers);
            needs_flush |= more.needs_flush;
        }
        let flushed = if needs_flush { store.flush() } else { Ok(()) };
        for (generation, answer) in answers {
            let outcome = match (generation, &flushed) {
                (None, _) | (Some(0), Ok(())) => Ok(()),
                (Some(0), Err(e)) => Err(StoreError::NotWritable(e.reason())),
                (Some(generation), _) => store.outcome(generation),
            };
            answer(outcome);
        }
    }
}

#[cfg(test)]
#[path = "durability_tests.rs"]
mod tests;
