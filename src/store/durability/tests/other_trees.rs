//! Writes to the store's other trees (drafts, forms, subscriptions) within a round: taken
//! back with a job that panics or a batch sled refuses.

use super::*;

/// A person's write to another tree of the store, made as drafts, forms and subscriptions
/// make theirs: applied at once, its undo handed to the store.
fn put_other(store: &Store, key: &str, value: &str) -> Result<(), StoreError> {
    let tree = store.db().open_tree("others")?;
    store.check_writable()?;
    let before = tree.insert(key, value)?;
    store.journal_other(&tree, vec![(key.into(), before.map(|v| v.to_vec()))]);
    Ok(())
}

fn others(store: &Store) -> Vec<(String, String)> {
    let tree = store.db().open_tree("others").unwrap();
    tree.iter()
        .map(|item| {
            let (k, v) = item.unwrap();
            let text = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap();
            (text(&k), text(&v))
        })
        .collect()
}

#[test]
fn a_job_that_panics_takes_back_its_writes_to_other_trees_while_the_others_land() {
    let (store, unit) = store_with_unit();
    put_other(&store, "kept", "before").unwrap();
    store.flush().unwrap();
    let mut answers = Vec::new();
    let mut jobs = Vec::new();
    for k in 0..3 {
        let s = store.clone();
        let (j, rx) = job(move || {
            let id = add_note(&s, unit, &format!("note of job {k}"))?;
            put_other(&s, &format!("job {k}"), "written")?;
            if k == 1 {
                put_other(&s, "kept", "changed by the job that panicked")?;
                panic!("the job broke after its writes");
            }
            Ok::<_, StoreError>(id)
        });
        jobs.push(j);
        answers.push(rx);
    }
    round(&store, jobs);

    let answers: Vec<_> = answers.into_iter().map(|rx| rx.recv()).collect();
    assert!(matches!(answers[0], Ok(Ok(Ok(NoteId(1))))), "{answers:?}");
    assert!(answers[1].is_err(), "a panicked job's writer hears nothing");
    assert!(matches!(answers[2], Ok(Ok(Ok(NoteId(2))))), "{answers:?}");
    assert_eq!(
        texts(&store),
        vec![(1, "note of job 0".into()), (2, "note of job 2".into())]
    );
    assert_eq!(
        others(&store),
        vec![
            ("job 0".into(), "written".into()),
            ("job 2".into(), "written".into()),
            ("kept".into(), "before".into()),
        ]
    );
}

#[test]
fn a_round_whose_batch_is_refused_takes_back_its_writes_to_other_trees() {
    let (store, unit) = store_with_unit();
    // Each job writes a note and another tree; the fifth write is the round's batch.
    fail_writes_after(&store, 4);
    let mut answers = Vec::new();
    let mut jobs = Vec::new();
    for k in 0..2 {
        let s = store.clone();
        let (j, rx) = job(move || {
            s.all_or_nothing(|| {
                let id = add_note(&s, unit, &format!("note of job {k}"))?;
                put_other(&s, &format!("job {k}"), "written")?;
                Ok::<_, StoreError>(id)
            })
        });
        jobs.push(j);
        answers.push(rx);
    }
    round(&store, jobs);
    for rx in answers {
        let refused = rx.recv().unwrap().unwrap_err();
        assert!(refused.reason().contains("disk is full"), "{refused:?}");
    }
    assert!(texts(&store).is_empty());
    assert!(others(&store).is_empty(), "{:?}", others(&store));

    // Off the commit thread, the same.
    fail_writes_after(&store, 2);
    let refused = store.all_or_nothing(|| {
        add_note(&store, unit, "alone")?;
        put_other(&store, "alone", "written")
    });
    assert!(refused.is_err());
    assert!(texts(&store).is_empty());
    assert!(others(&store).is_empty(), "{:?}", others(&store));

    // Once the disk takes writes again, a round lands whole.
    store.set_write_fault(None);
    let s = store.clone();
    let (j, rx) = job(move || {
        add_note(&s, unit, "at last")?;
        put_other(&s, "at last", "written")
    });
    round(&store, vec![j]);
    rx.recv().unwrap().unwrap().unwrap();
    assert_eq!(texts(&store), vec![(1, "at last".into())]);
    assert_eq!(others(&store), vec![("at last".into(), "written".into())]);
}

#[test]
fn a_job_panicking_inside_another_stores_action_leaves_its_round_to_the_others() {
    let (store, unit) = store_with_unit();
    let (other, other_unit) = store_with_unit();
    let s = store.clone();
    let (first, rx_first) = job(move || add_note(&s, unit, "first"));
    let (s, o) = (store.clone(), other.clone());
    let (panics, rx_panics) = job(move || {
        add_note(&s, unit, "before the panic").unwrap();
        o.all_or_nothing(|| -> Result<(), StoreError> {
            add_note(&o, other_unit, "in the other store")?;
            panic!("the job broke inside the other store's action");
        })
    });
    let s = store.clone();
    let (last, rx_last) = job(move || add_note(&s, unit, "last"));
    round(&store, vec![first, panics, last]);

    assert_eq!(rx_first.recv().unwrap().unwrap().unwrap(), NoteId(1));
    assert!(
        rx_panics.recv().is_err(),
        "a panicked job's writer hears nothing"
    );
    assert_eq!(rx_last.recv().unwrap().unwrap().unwrap(), NoteId(2));
    assert_eq!(
        texts(&store),
        vec![(1, "first".to_string()), (2, "last".to_string())]
    );
    other.flush().unwrap();
    assert!(texts(&other).is_empty());
}
