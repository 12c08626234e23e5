//! Group commit: many writers wait on one disk sync instead of one each.
//!
//! A writer finishes its (in-memory) sled transaction, then awaits [`GroupCommit::durable`].
//! One flusher task collects every waiter that arrived while the previous sync ran and
//! answers them all with the result of a single `flush`. So a confirmation is only ever sent
//! after the write is on disk, and throughput is not capped at one sync per command.

use super::{Store, StoreError};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

type Waiter = oneshot::Sender<Result<(), Arc<String>>>;

#[derive(Clone)]
pub struct GroupCommit {
    tx: mpsc::UnboundedSender<Waiter>,
}

impl GroupCommit {
    /// Starts the flusher task on the current tokio runtime.
    pub fn start(store: Store) -> GroupCommit {
        let (tx, mut rx) = mpsc::unbounded_channel::<Waiter>();
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let mut waiters = vec![first];
                while let Ok(w) = rx.try_recv() {
                    waiters.push(w);
                }
                let s = store.clone();
                let result = tokio::task::spawn_blocking(move || s.flush())
                    .await
                    .map_err(|e| Arc::new(e.to_string()))
                    .and_then(|r| r.map_err(|e| Arc::new(e.to_string())));
                for w in waiters {
                    let _ = w.send(result.clone());
                }
            }
        });
        GroupCommit { tx }
    }

    /// Returns once every write made before the call is durable.
    pub async fn durable(&self) -> Result<(), StoreError> {
        let (tx, rx) = oneshot::channel();
        let closed = || StoreError::Corrupt("the store's flusher has stopped".into());
        self.tx.send(tx).map_err(|_| closed())?;
        match rx.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(StoreError::Corrupt(format!("flush failed: {e}"))),
            Err(_) => Err(closed()),
        }
    }
}
