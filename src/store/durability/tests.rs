//! Commit rounds: many jobs, one sled batch, each job's failure its own, a failed flush
//! failing them all.
//!
//! This file holds the helpers and the rounds' own tests; `failing_writes` and `other_trees`
//! test actions whose writes fail and writes to the store's other trees.

use super::{commit_round, Answer, Job};
use crate::domain::{FollowUp, Record};
use crate::ids::{Kind, NoteId, RecordId, TenantId, UnitId};
use crate::store::test_records::{self, meta};
use crate::store::{Store, StoreError};
use chrono::NaiveDate;
use std::sync::mpsc;
use std::sync::Arc;

mod failing_writes;
mod other_trees;

fn tenant() -> TenantId {
    "acme".parse().unwrap()
}

fn due() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
}

fn add_unit(store: &Store, name: &str) -> UnitId {
    test_records::add_unit(store, &tenant(), name).unwrap()
}

/// Stores a note (with an open follow-up for Bob) and returns its id.
fn add_note(store: &Store, unit: UnitId, text: &str) -> Result<NoteId, StoreError> {
    let follow_up = FollowUp {
        text: format!("follow up on {text}"),
        owner: Some("bob".into()),
        due: Some(due()),
        done: false,
        done_on: None,
    };
    test_records::add_note(store, &tenant(), unit, text, vec![follow_up])
}

/// A job as the service makes one, and where its writer hears how it ended (a job that
/// panics drops its sender).
fn job<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> (Job, mpsc::Receiver<Result<T, StoreError>>) {
    let (tx, rx) = mpsc::channel();
    let job = Job::Write(
        tracing::Span::none(),
        Box::new(move || {
            let out = work();
            Box::new(move |durable: Result<(), StoreError>| {
                let _ = tx.send(durable.map(|()| out));
            }) as Answer
        }),
    );
    (job, rx)
}

/// Runs the jobs as one round, as the commit thread does with jobs that queued together.
fn round(store: &Store, jobs: Vec<Job>) {
    let mut jobs = jobs.into_iter();
    let first = jobs.next().expect("a round has a job");
    commit_round(store, first, || jobs.next());
}

fn texts(store: &Store) -> Vec<(u64, String)> {
    store
        .live(&tenant(), Kind::Note)
        .unwrap()
        .into_iter()
        .map(|s| match s.record {
            Record::Note(n) => (n.id.0, n.text),
            other => panic!("not a note: {other:?}"),
        })
        .collect()
}

fn search_ids(store: &Store, words: &str) -> Vec<RecordId> {
    let mut ids: Vec<_> = store
        .search(&tenant(), words, 10)
        .unwrap()
        .into_iter()
        .map(|h| h.state.record.id())
        .collect();
    ids.sort();
    ids
}

fn open_follow_ups_of_bob(store: &Store) -> Vec<u64> {
    store
        .follow_up_notes_of(&tenant(), &["bob"])
        .unwrap()
        .into_iter()
        .map(|s| s.record.id().n)
        .collect()
}

fn digest_follow_ups(store: &Store, unit: UnitId) -> usize {
    store
        .with_aggregates(&tenant(), |a| a.followups.get(&unit).map_or(0, |f| f.len()))
        .unwrap()
}

fn store_with_unit() -> (Store, UnitId) {
    let store = Store::temporary().unwrap();
    store.keep_undo();
    let unit = add_unit(&store, "Sales");
    store.flush().unwrap();
    (store, unit)
}

#[test]
fn a_round_is_one_batch_and_a_failing_job_leaves_no_trace_while_the_others_land() {
    let (store, unit) = store_with_unit();
    // The digest's image is loaded: it must follow the round once it is durable.
    assert_eq!(digest_follow_ups(&store, unit), 0);
    let applied_before = store.applied_generation();
    let mut answers = Vec::new();
    let mut jobs = Vec::new();
    for k in 0..6 {
        let s = store.clone();
        let (j, rx) = job(move || match k {
            // A write that fails (its unit does not exist) after taking a number.
            2 => add_note(&s, UnitId(99), "lost to a missing unit"),
            // A job that wrote, then panicked.
            4 => {
                add_note(&s, unit, "written by a job that panicked").unwrap();
                panic!("the job broke after its write");
            }
            k => add_note(&s, unit, &format!("note number {k}")),
        });
        jobs.push(j);
        answers.push(rx);
    }
    round(&store, jobs);

    let answers: Vec<_> = answers.into_iter().map(|rx| rx.recv()).collect();
    let stored = |k: usize| match &answers[k] {
        Ok(Ok(Ok(id))) => *id,
        other => panic!("job {k} answered {other:?}"),
    };
    assert_eq!(stored(0), NoteId(1));
    assert_eq!(stored(1), NoteId(2));
    assert!(matches!(answers[2], Ok(Ok(Err(StoreError::NotFound(_))))));
    assert_eq!(stored(3), NoteId(3));
    assert!(answers[4].is_err(), "a panicked job's writer hears nothing");
    assert_eq!(stored(5), NoteId(4));

    // Ids stay sequential: the failed and panicked jobs' numbers were taken back.
    assert_eq!(
        texts(&store),
        vec![
            (1, "note number 0".to_string()),
            (2, "note number 1".to_string()),
            (3, "note number 3".to_string()),
            (4, "note number 5".to_string()),
        ]
    );
    assert_eq!(
        store.log_len(&tenant()).unwrap(),
        5,
        "the unit and four notes"
    );
    assert!(search_ids(&store, "panicked").is_empty());
    assert!(search_ids(&store, "missing").is_empty());
    assert_eq!(search_ids(&store, "note number").len(), 4);
    assert_eq!(open_follow_ups_of_bob(&store), vec![1, 2, 3, 4]);
    assert_eq!(digest_follow_ups(&store, unit), 4);
    // The whole round was one batch.
    assert_eq!(store.applied_generation(), applied_before + 1);
}

#[test]
fn a_job_reads_what_the_jobs_before_it_wrote_in_the_same_round_and_others_do_not() {
    let (store, unit) = store_with_unit();
    let (s1, s2, s3) = (store.clone(), store.clone(), store.clone());
    let (first, first_rx) = job(move || add_note(&s1, unit, "budget review with finance"));
    // The next job finds that note the way commands do, outside its write (by id, by a
    // search), and closes its follow-up.
    let (second, second_rx) = job(move || -> Result<(usize, bool), StoreError> {
        let state = s2.get(&tenant(), NoteId(1).record())?.expect("the note");
        let found = s2.search(&tenant(), "budget", 5)?.len();
        // Another thread reads sled alone: the round is not applied yet.
        let elsewhere = std::thread::scope(|scope| {
            scope
                .spawn(|| s2.get(&tenant(), NoteId(1).record()).unwrap().is_some())
                .join()
                .unwrap()
        });
        let Record::Note(mut note) = state.record else {
            panic!("a note")
        };
        note.followups[0].done = true;
        note.followups[0].done_on = Some(due());
        let m = meta();
        s2.write(|tx| tx.amend(&tenant(), &m, Record::Note(note), vec![], "done".into()))?;
        Ok((found, elsewhere))
    });
    let (third, third_rx) = job(move || add_note(&s3, unit, "second meeting"));
    round(&store, vec![first, second, third]);

    assert_eq!(first_rx.recv().unwrap().unwrap().unwrap(), NoteId(1));
    let (found, elsewhere) = second_rx.recv().unwrap().unwrap().unwrap();
    assert_eq!(found, 1, "search on the commit thread sees the round");
    assert!(
        !elsewhere,
        "another thread saw a round before it was applied"
    );
    assert_eq!(third_rx.recv().unwrap().unwrap().unwrap(), NoteId(2));

    let note = store.get(&tenant(), NoteId(1).record()).unwrap().unwrap();
    assert_eq!(note.revision, 1);
    let Record::Note(note) = note.record else {
        panic!("a note")
    };
    assert!(note.followups[0].done);
    assert_eq!(open_follow_ups_of_bob(&store), vec![2]);
    assert_eq!(digest_follow_ups(&store, unit), 1);
    assert_eq!(search_ids(&store, "budget"), vec![NoteId(1).record()]);
    assert_eq!(store.log_len(&tenant()).unwrap(), 4);
}

#[test]
fn a_failed_flush_fails_every_job_of_the_round_and_nothing_is_visible_after() {
    let (store, unit) = store_with_unit();
    assert_eq!(digest_follow_ups(&store, unit), 0);
    store.set_flush_fault(Some(Arc::new(|| {
        Err(std::io::Error::from_raw_os_error(28))
    })));
    let mut answers = Vec::new();
    let mut jobs = Vec::new();
    for k in 0..4 {
        let s = store.clone();
        let (j, rx) = job(move || add_note(&s, unit, &format!("never stored {k}")));
        jobs.push(j);
        answers.push(rx);
    }
    round(&store, jobs);
    for rx in answers {
        match rx.recv().unwrap() {
            Err(StoreError::NotWritable(why)) => assert_eq!(why, "the server's disk is full"),
            other => panic!("a job of a failed round answered {other:?}"),
        }
    }
    assert!(texts(&store).is_empty());
    assert_eq!(store.log_len(&tenant()).unwrap(), 1, "only the unit");
    assert!(search_ids(&store, "stored").is_empty());
    assert!(open_follow_ups_of_bob(&store).is_empty());
    assert_eq!(digest_follow_ups(&store, unit), 0);

    // Once the disk is back, numbering goes on from where the durable store was.
    store.set_flush_fault(None);
    let s = store.clone();
    let (j, rx) = job(move || add_note(&s, unit, "stored at last"));
    round(&store, vec![j]);
    assert_eq!(rx.recv().unwrap().unwrap().unwrap(), NoteId(1));
    assert_eq!(texts(&store), vec![(1, "stored at last".to_string())]);
}

#[test]
fn a_scan_on_the_commit_thread_merges_the_round_over_sled_in_both_directions() {
    let (store, unit) = store_with_unit();
    for k in 1..=4 {
        add_note(&store, unit, &format!("stored {k}")).unwrap();
    }
    let s = store.clone();
    let (j, rx) = job(move || -> Result<(Vec<u64>, Vec<u64>), StoreError> {
        let m = meta();
        // Retract note 2, add notes 5 and 6: the newest-first and oldest-first lists
        // both show the round's state.
        s.write(|tx| tx.retract(&tenant(), &m, NoteId(2).record(), "wrong unit".into()))?;
        add_note(&s, unit, "new 5")?;
        add_note(&s, unit, "new 6")?;
        let (newest, _) = s.latest_live(&tenant(), Kind::Note, 3)?;
        let all = s.live(&tenant(), Kind::Note)?;
        let ids = |v: Vec<crate::domain::RecordState>| v.iter().map(|s| s.record.id().n).collect();
        Ok((ids(newest), ids(all)))
    });
    round(&store, vec![j]);
    let (newest, all) = rx.recv().unwrap().unwrap().unwrap();
    assert_eq!(newest, vec![4, 5, 6]);
    assert_eq!(all, vec![1, 3, 4, 5, 6]);
    assert_eq!(
        store
            .log_newest_first(&tenant())
            .take(3)
            .map(|e| e.unwrap().seq)
            .collect::<Vec<_>>(),
        vec![8, 7, 6]
    );
}

/// Writes one key of `tenant` (any key names its tenant).
fn touch_tenant(store: &Store, tenant: &str) {
    let key = [tenant.as_bytes(), b"\0test"].concat();
    store
        .write(|tx| {
            tx.put(key, b"x".to_vec());
            Ok(())
        })
        .unwrap();
}

fn drop_tenant(store: &Store, tenant: &str) {
    let prefix = [tenant.as_bytes(), b"\0"].concat();
    store
        .write(|tx| {
            for key in tx.keys_with_prefix(&prefix)? {
                tx.delete(key);
            }
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_tenants_on_the_commit_thread_are_the_rounds_over_sled() {
    let (store, _) = store_with_unit();
    touch_tenant(&store, "delta");
    touch_tenant(&store, "omega");
    store.flush().unwrap();
    let names = |s: &Store| -> Vec<String> {
        s.tenants()
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(names(&store), ["acme", "delta", "omega"]);
    let s = store.clone();
    let (j, rx) = job(move || {
        // New in the round before, between and after the applied ones; one applied tenant
        // gone in the round.
        let mut seen = vec![names(&s)];
        touch_tenant(&s, "beta");
        seen.push(names(&s));
        drop_tenant(&s, "delta");
        touch_tenant(&s, "aaron");
        touch_tenant(&s, "zulu");
        seen.push(names(&s));
        seen
    });
    round(&store, vec![j]);
    let seen = rx.recv().unwrap().unwrap();
    assert_eq!(seen[0], ["acme", "delta", "omega"]);
    assert_eq!(seen[1], ["acme", "beta", "delta", "omega"]);
    assert_eq!(seen[2], ["aaron", "acme", "beta", "omega", "zulu"]);
    // Once applied, sled alone gives the same answer.
    assert_eq!(names(&store), seen[2]);
}

/// Fails every write after the first `allowed`, as a full disk does.
fn fail_writes_after(store: &Store, allowed: usize) {
    let made = std::sync::atomic::AtomicUsize::new(0);
    store.set_write_fault(Some(Arc::new(move || {
        match made.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < allowed {
            true => Ok(()),
            false => Err(std::io::Error::from_raw_os_error(28)),
        }
    })));
}
