//! A job whose second write fails, and writes off the commit thread or into another store's
//! action: all of an action lands or none of it does.

use super::*;

#[test]
fn a_job_whose_second_write_fails_keeps_neither_while_the_jobs_around_it_land() {
    let (store, unit) = store_with_unit();
    let (s1, s2, s3) = (store.clone(), store.clone(), store.clone());
    let (before, rx_before) = job(move || add_note(&s1, unit, "before"));
    let (both, rx_both) = job(move || {
        // The fault is set inside the round, so the jobs around it are not touched by it.
        fail_writes_after(&s2, 1);
        let out = s2.all_or_nothing(|| {
            add_note(&s2, unit, "first of two")?;
            add_note(&s2, unit, "second of two")
        });
        s2.set_write_fault(None);
        out
    });
    let (after, rx_after) = job(move || add_note(&s3, unit, "after"));
    round(&store, vec![before, both, after]);
    assert_eq!(rx_before.recv().unwrap().unwrap().unwrap(), NoteId(1));
    let failed = rx_both.recv().unwrap().unwrap().unwrap_err();
    assert!(failed.reason().contains("disk is full"), "{failed:?}");
    // The first of the two took a number that the next job then took again.
    assert_eq!(rx_after.recv().unwrap().unwrap().unwrap(), NoteId(2));
    assert_eq!(
        texts(&store),
        vec![(1, "before".to_string()), (2, "after".to_string())]
    );
    assert!(search_ids(&store, "first").is_empty());
    assert_eq!(open_follow_ups_of_bob(&store), vec![1, 2]);
}

#[test]
fn off_the_commit_thread_two_writes_land_together_or_not_at_all() {
    let (store, unit) = store_with_unit();
    fail_writes_after(&store, 1);
    let failed = store.all_or_nothing(|| {
        add_note(&store, unit, "first of two")?;
        add_note(&store, unit, "second of two")
    });
    assert!(failed.is_err());
    assert!(texts(&store).is_empty());
    assert_eq!(digest_follow_ups(&store, unit), 0);

    store.set_write_fault(None);
    let applied = store.applied_generation();
    let ids = store
        .all_or_nothing(|| {
            Ok::<_, StoreError>((
                add_note(&store, unit, "one")?,
                add_note(&store, unit, "two")?,
            ))
        })
        .unwrap();
    assert_eq!(ids, (NoteId(1), NoteId(2)));
    // Both in one batch.
    assert_eq!(store.applied_generation(), applied + 1);
    store.flush().unwrap();
    assert_eq!(
        texts(&store),
        vec![(1, "one".to_string()), (2, "two".to_string())]
    );
}

#[test]
fn a_job_writing_all_or_nothing_to_another_store_leaves_its_own_round_whole() {
    let (store, unit) = store_with_unit();
    let (other, other_unit) = store_with_unit();
    let (s, o) = (store.clone(), other.clone());
    let (j, rx) = job(move || {
        let mine = add_note(&s, unit, "in the round")?;
        let theirs = o.all_or_nothing(|| add_note(&o, other_unit, "in the other store"))?;
        // This round is still open and still holds the first note.
        let again = add_note(&s, unit, "after")?;
        Ok::<_, StoreError>((mine, theirs, again))
    });
    round(&store, vec![j]);
    let ids = rx.recv().unwrap().unwrap().unwrap();
    assert_eq!(ids, (NoteId(1), NoteId(1), NoteId(2)));
    assert_eq!(
        texts(&store),
        vec![(1, "in the round".to_string()), (2, "after".to_string())]
    );
    other.flush().unwrap();
    assert_eq!(texts(&other), vec![(1, "in the other store".to_string())]);
}
