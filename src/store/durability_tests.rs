//! The commit pipeline's order: a write is applied while the flush before it waits on the
//! disk, is answered only after a flush that began once it was applied, and a failed flush
//! leaves nothing of the writes it or a later flush would have carried.

use super::{GroupCommit, Interrupted};
use crate::store::{Store, StoreError};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

/// Holds every flush of `store` until the test says how it ends; tells the test when one
/// begins.
fn held_flushes(store: &Store) -> (mpsc::Receiver<()>, mpsc::Sender<bool>) {
    let (entered_tx, entered) = mpsc::channel::<()>();
    let (verdict_tx, verdicts) = mpsc::channel::<bool>();
    let verdicts = Mutex::new(verdicts);
    let entered_tx = Mutex::new(entered_tx);
    store.set_flush_fault(Some(Arc::new(move || {
        let _ = entered_tx.lock().unwrap().send(());
        match verdicts.lock().unwrap().recv() {
            Ok(false) => Err(std::io::Error::from_raw_os_error(28)),
            _ => Ok(()),
        }
    })));
    (entered, verdict_tx)
}

/// A write of one key, run on the commit thread; `ran` hears when it has been applied.
fn put(
    commit: &GroupCommit,
    store: &Store,
    key: &'static str,
    ran: Option<mpsc::Sender<()>>,
) -> tokio::task::JoinHandle<Result<Result<(), StoreError>, Interrupted>> {
    let (commit, store) = (commit.clone(), store.clone());
    tokio::spawn(async move {
        commit
            .run(move || {
                let out = store.write(|tx| {
                    tx.put(key.as_bytes().to_vec(), b"written".to_vec());
                    Ok(())
                });
                if let Some(ran) = ran {
                    let _ = ran.send(());
                }
                out
            })
            .await
    })
}

fn holds(store: &Store, key: &str) -> bool {
    store.data.get(key.as_bytes()).unwrap().is_some()
}

fn assert_refused(answer: Result<Result<(), StoreError>, Interrupted>) {
    match answer {
        Err(Interrupted::Store(e)) => assert!(e.reason().contains("disk is full"), "{e}"),
        other => panic!("the write was not refused: {other:?}"),
    }
}

/// Long enough never to be reached unless the write is kept waiting for the held flush.
const NEVER: Duration = Duration::from_secs(30);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_is_applied_while_the_flush_before_it_waits_and_answered_after_its_own() {
    let store = Store::temporary().unwrap();
    let commit = GroupCommit::start(store.clone()).unwrap();
    let (entered, release) = held_flushes(&store);

    let first = put(&commit, &store, "first", None);
    entered.recv().unwrap();
    let (ran_tx, ran) = mpsc::channel();
    let second = put(&commit, &store, "second", Some(ran_tx));
    ran.recv_timeout(NEVER)
        .expect("the second write waited for the first write's flush");

    release.send(true).unwrap();
    first.await.unwrap().unwrap().unwrap();
    // The second write's own flush has begun and not returned: it is not answered yet.
    entered.recv().unwrap();
    assert!(!second.is_finished(), "answered before its flush returned");
    release.send(true).unwrap();
    second.await.unwrap().unwrap().unwrap();
    store.set_flush_fault(None);
    assert!(holds(&store, "first") && holds(&store, "second"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_flush_undoes_the_writes_applied_while_it_waited() {
    let store = Store::temporary().unwrap();
    let commit = GroupCommit::start(store.clone()).unwrap();
    let (entered, release) = held_flushes(&store);

    let first = put(&commit, &store, "first", None);
    entered.recv().unwrap();
    let (ran_tx, ran) = mpsc::channel();
    let second = put(&commit, &store, "second", Some(ran_tx));
    ran.recv_timeout(NEVER)
        .expect("the second write waited for the first write's flush");
    assert!(holds(&store, "second"));

    // The first flush fails: both writes are undone, though the second's own flush (if it
    // comes) succeeds.
    release.send(false).unwrap();
    assert_refused(first.await.unwrap());
    let _ = release.send(true);
    assert_refused(second.await.unwrap());
    store.set_flush_fault(None);
    assert!(!holds(&store, "first") && !holds(&store, "second"));

    // And the store takes writes again.
    put(&commit, &store, "third", None)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(holds(&store, "third"));
}
