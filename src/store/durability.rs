//! Group commit: many writers wait on one disk sync instead of one each.
//!
//! A writer finishes its (in-memory) sled transaction, then awaits [`GroupCommit::durable`].
//! One flusher task collects every waiter that arrived while the previous sync ran and
//! answers them all after a single `flush`. So a confirmation is only ever sent after the
//! write is on disk, and throughput is not capped at one sync per command. A flush that
//! fails undoes every write not yet on disk (see [`super::health`]); each waiter is told
//! whether its own write is durable.

use super::{Store, StoreError};
use tokio::sync::{mpsc, oneshot};

/// A writer waiting for the generation of its last batch to be durable.
type Waiter = (u64, oneshot::Sender<Result<(), StoreError>>);

#[derive(Clone)]
pub struct GroupCommit {
    tx: mpsc::UnboundedSender<Waiter>,
    store: Store,
}

impl GroupCommit {
    /// Starts the flusher task on the current tokio runtime.
    pub fn start(store: Store) -> GroupCommit {
        store.keep_undo();
        let (tx, mut rx) = mpsc::unbounded_channel::<Waiter>();
        let flusher = store.clone();
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let mut waiters = vec![first];
                while let Ok(w) = rx.try_recv() {
                    waiters.push(w);
                }
                let s = flusher.clone();
                let flushed = tokio::task::spawn_blocking(move || s.flush()).await;
                for (generation, w) in waiters {
                    let outcome = match &flushed {
                        // A waiter without a write of its own waits for the flush alone.
                        Ok(Ok(())) if generation == 0 => Ok(()),
                        Ok(Err(e)) if generation == 0 => Err(StoreError::NotWritable(e.reason())),
                        Ok(_) => flusher.outcome(generation),
                        Err(e) => Err(StoreError::NotWritable(format!(
                            "the store's flusher stopped ({e})"
                        ))),
                    };
                    let _ = w.send(outcome);
                }
            }
        });
        GroupCommit { tx, store }
    }

    /// Returns once the last write this thread made (and every one before it) is durable,
    /// or says why it was not stored.
    pub async fn durable(&self) -> Result<(), StoreError> {
        let generation = self.store.own_generation();
        let (tx, rx) = oneshot::channel();
        let closed = || StoreError::NotWritable("the store's flusher has stopped".into());
        self.tx.send((generation, tx)).map_err(|_| closed())?;
        rx.await.unwrap_or_else(|_| Err(closed()))
    }
}
