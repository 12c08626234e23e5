//! Group commit on one thread: the service's durable writes run there, and one flush makes a
//! whole batch of them durable.
//!
//! A command that writes is handed to the commit thread ([`GroupCommit::run`]). The thread
//! takes every job waiting (a round), runs each in turn, applies all their writes to the
//! records as ONE sled batch (see [`super::round`]: sled's disk work follows the number of
//! batches), flushes once, and only then answers each job: with its result when its write
//! is on disk, or with why nothing was stored when the apply or the flush failed (the round
//! is undone, see [`super::health`]). While it flushes the next batch queues up, so the disk stays busy and
//! no runtime thread ever waits on it. Writes made on other threads (imports, schedules, the
//! conversation) wait with [`GroupCommit::durable`], answered after the next flush.
//!
//! Hand-offs per durable command: the request's task sends the job, the commit thread runs it
//! and flushes, and its answer wakes the task. (It used to be: a spawned command task, the
//! write lock taken on a runtime thread, a flusher task, a `spawn_blocking` flush, and back.)

use super::caught_panic;
use super::{Store, StoreError};
use std::sync::mpsc;
use tokio::sync::oneshot;

/// Tells a job's writer how it ended, once its batch's flush has returned.
type Answer = Box<dyn FnOnce(Result<(), StoreError>) + Send>;

enum Job {
    /// Runs on the commit thread, in its writer's span (the request: a panic is logged under
    /// its reference); returns how to answer its writer.
    Write(tracing::Span, Box<dyn FnOnce() -> Answer + Send>),
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
        let committer = store.clone();
        std::thread::Builder::new()
            .name("valuebridge-commit".into())
            .spawn(move || commit_loop(&committer, &queue))?;
        Ok(GroupCommit { jobs, store })
    }

    /// Runs `work` on the commit thread and returns its result once every write it made is
    /// on disk; if the flush failed, says why nothing was stored instead.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Interrupted> {
        let (tx, rx) = oneshot::channel();
        let job = Job::Write(
            tracing::Span::current(),
            Box::new(move || {
                let out = work();
                Box::new(move |durable: Result<(), StoreError>| {
                    let _ = tx.send(durable.map(|()| out));
                }) as Answer
            }),
        );
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

fn commit_loop(store: &Store, queue: &mpsc::Receiver<Job>) {
    while let Ok(first) = queue.recv() {
        let mut taken = 1;
        // A panic outside the jobs (applying the round): none of its writes is stored, and
        // each writer, its answer dropped, is told so, after the panic is logged. The
        // thread goes on serving.
        let _ = caught_panic::catch_logged(
            "the commit thread panicked applying a round; none of its writes were stored",
            || {
                commit_round(store, first, || {
                    (taken < MAX_BATCH)
                        .then(|| queue.try_recv().ok())
                        .flatten()
                        .inspect(|_| taken += 1)
                })
            },
        );
    }
}

/// What a job's answer waits for.
enum Waits {
    /// Its work wrote nothing.
    Nothing,
    /// The round's batch, which holds its writes to the records.
    Round,
    /// A write applied at once (to another tree, or made on another thread; 0: none).
    Generation(u64),
}

/// Runs `first` and the jobs `more` gives as one round: their writes to the records are
/// applied as one sled batch, one flush makes everything durable, then each is answered.
fn commit_round(store: &Store, first: Job, mut more: impl FnMut() -> Option<Job>) {
    let round = store.open_round();
    let mut answers: Vec<(Waits, Answer)> = Vec::new();
    let mut needs_flush = false;
    let mut next = Some(first);
    while let Some(job) = next.take() {
        match job {
            Job::Write(span, work) => {
                round.begin_job();
                let _in_its_request = span.enter();
                match caught_panic::catch_logged(
                    "a command panicked on the commit thread; its writes were taken back and the rest of its round goes on",
                    work,
                ) {
                    Ok(answer) => {
                        // Writes to other trees (subscriptions, links) are applied at once.
                        let own = store.own_generation();
                        let waits = if round.job_wrote() {
                            Waits::Round
                        } else if own != 0 {
                            Waits::Generation(own)
                        } else {
                            Waits::Nothing
                        };
                        needs_flush |= !matches!(waits, Waits::Nothing);
                        answers.push((waits, answer));
                    }
                    Err(_logged) => {
                        // Its answer was dropped while unwinding: the writer is told (the
                        // panic was logged first). What it wrote, to the records or to other
                        // trees, is taken back.
                        round.discard_job();
                        let _ = store.own_generation();
                        needs_flush = true;
                    }
                }
            }
            Job::Wait(generation, tx) => {
                needs_flush = true;
                answers.push((
                    Waits::Generation(generation),
                    Box::new(move |r| {
                        let _ = tx.send(r);
                    }),
                ));
            }
        }
        next = more();
    }
    // Other writers go on from here; the flush below covers whatever they apply meanwhile.
    let applied = round.apply();
    let flushed = if needs_flush { store.flush() } else { Ok(()) };
    for (waits, answer) in answers {
        let outcome = match (waits, &applied) {
            (Waits::Nothing, _) | (Waits::Round, Ok(None)) => Ok(()),
            (Waits::Round, Ok(Some(generation))) => store.outcome(*generation),
            (Waits::Round, Err(e)) => Err(StoreError::NotWritable(e.reason())),
            (Waits::Generation(0), _) => flushed
                .as_ref()
                .map(|_| ())
                .map_err(|e| StoreError::NotWritable(e.reason())),
            (Waits::Generation(generation), _) => store.outcome(generation),
        };
        answer(outcome);
    }
}

#[cfg(test)]
mod tests;
