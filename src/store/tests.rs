//! Store tests: durability across reopen, history, tenant isolation, schema guard.

use super::test_records::{add_note, add_unit, create_unit, meta};
use super::*;
use crate::ids::{Kind, NoteId, TenantId, UnitId};

#[test]
fn records_survive_a_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let local = TenantId::local();
    {
        let store = Store::open(dir.path()).unwrap();
        add_unit(&store, &local, "Sales").unwrap();
        add_note(&store, &local, UnitId(1), "Met the CFO", vec![]).unwrap();
        store.flush().unwrap();
    }
    let store = Store::open(dir.path()).unwrap();
    let notes = store.live(&local, Kind::Note).unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].record.id().to_string(), "NOTE-1");
    assert_eq!(
        store.find_name(&local, Kind::Unit, "  SALES ").unwrap(),
        Some(UnitId(1).record())
    );
}

#[test]
fn names_are_unique_per_tenant_and_tenants_are_isolated() {
    let store = Store::temporary().unwrap();
    let a: TenantId = "slack:T1".parse().unwrap();
    let b: TenantId = "slack:T2".parse().unwrap();
    add_unit(&store, &a, "Sales").unwrap();
    let err = add_unit(&store, &a, "sales").unwrap_err();
    assert!(matches!(err, StoreError::NameTaken { .. }), "{err}");
    // The failed write changed nothing, not even the counter.
    assert_eq!(add_unit(&store, &a, "Ops").unwrap().to_string(), "UNIT-2");
    // Another tenant has its own names, numbers and records.
    assert_eq!(add_unit(&store, &b, "Sales").unwrap().to_string(), "UNIT-1");
    assert_eq!(store.live(&b, Kind::Unit).unwrap().len(), 1);
    assert_eq!(store.live(&a, Kind::Unit).unwrap().len(), 2);
    assert!(store.get(&b, UnitId(2).record()).unwrap().is_none());
}

#[test]
fn retract_keeps_history_and_numbers_are_never_reused() {
    let store = Store::temporary().unwrap();
    let t = TenantId::local();
    add_unit(&store, &t, "Sales").unwrap();
    add_note(&store, &t, UnitId(1), "wrong unit", vec![]).unwrap();
    let m = meta();
    // A unit with live notes cannot be retracted.
    let err = store
        .write(|tx| tx.retract(&t, &m, UnitId(1).record(), "typo".into()))
        .unwrap_err();
    assert!(matches!(err, StoreError::HasLiveChildren { .. }));
    store
        .write(|tx| {
            tx.retract(
                &t,
                &m,
                NoteId(1).record(),
                "logged against the wrong unit".into(),
            )
        })
        .unwrap();
    assert!(store.live(&t, Kind::Note).unwrap().is_empty());
    let history = store.history(&t, NoteId(1).record()).unwrap();
    assert_eq!(history.len(), 2);
    assert!(
        matches!(history[1].change, Change::Retracted { ref reason } if reason == "logged against the wrong unit")
    );
    assert_eq!(
        add_note(&store, &t, UnitId(1), "right", vec![])
            .unwrap()
            .to_string(),
        "NOTE-2"
    );
    let again = store.write(|tx| tx.retract(&t, &m, NoteId(1).record(), "again".into()));
    assert!(matches!(again, Err(StoreError::AlreadyRetracted(_))));
}

#[test]
fn amend_rewrites_state_and_appends_history() {
    let store = Store::temporary().unwrap();
    let t = TenantId::local();
    let Record::Unit(mut unit) = store
        .write(|tx| create_unit(tx, &t, &meta(), "Sales"))
        .unwrap()
    else {
        unreachable!()
    };
    unit.name = "Sales & Marketing".into();
    let m = meta();
    store
        .write(|tx| {
            tx.amend(
                &t,
                &m,
                Record::Unit(unit.clone()),
                vec![FieldChange {
                    field: "name".into(),
                    before: "Sales".into(),
                    after: "Sales & Marketing".into(),
                }],
                "renamed".into(),
            )
        })
        .unwrap();
    let state = store.get(&t, UnitId(1).record()).unwrap().unwrap();
    assert_eq!(state.revision, 1);
    assert_eq!(store.find_name(&t, Kind::Unit, "sales").unwrap(), None);
    assert!(store
        .find_name(&t, Kind::Unit, "sales & marketing")
        .unwrap()
        .is_some());
    assert_eq!(store.history(&t, UnitId(1).record()).unwrap().len(), 2);
}

#[test]
fn a_newer_schema_refuses_to_open() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        store.set_schema_for_test(SCHEMA_VERSION + 1);
    }
    let err = Store::open(dir.path()).err().unwrap().to_string();
    assert!(err.contains("newer valuebridge"), "{err}");
    assert!(
        err.contains(&format!("schema {}", SCHEMA_VERSION + 1)),
        "{err}"
    );
}

#[test]
fn a_locked_directory_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let _held = Store::open(dir.path()).unwrap();
    // sled's lock is per process for the same path only through flock on another fd.
    let err = Store::open(dir.path()).err().unwrap().to_string();
    assert!(
        err.contains("in use by another valuebridge process"),
        "{err}"
    );
}

#[test]
fn replaying_the_log_rebuilds_the_same_state() {
    let store = Store::temporary().unwrap();
    let t = TenantId::local();
    add_unit(&store, &t, "Sales").unwrap();
    add_note(&store, &t, UnitId(1), "one", vec![]).unwrap();
    let m = meta();
    store
        .write(|tx| tx.retract(&t, &m, NoteId(1).record(), "oops".into()))
        .unwrap();
    let log = store.log(&t).unwrap();
    let copy = Store::temporary().unwrap();
    copy.write(|tx| {
        for e in log.clone() {
            tx.replay(&t, e)?;
        }
        Ok(())
    })
    .unwrap();
    assert_eq!(copy.log(&t).unwrap(), log);
    assert_eq!(
        copy.all(&t, Kind::Note).unwrap(),
        store.all(&t, Kind::Note).unwrap()
    );
}

#[test]
fn a_sled_error_is_said_once_when_the_error_chain_is_printed() {
    let err = StoreError::from(sled::Error::Corruption { at: None, bt: () });
    let chain = format!("{:#}", anyhow::Error::new(err));
    assert_eq!(chain.matches("Read corrupted data").count(), 1, "{chain}");
}

#[test]
fn a_search_index_build_that_runs_again_counts_each_record_once() {
    let dir = tempfile::tempdir().unwrap();
    let local = TenantId::local();
    let first = {
        let store = Store::open(dir.path()).unwrap();
        add_unit(&store, &local, "Sales").unwrap();
        add_note(
            &store,
            &local,
            UnitId(1),
            "Met the CFO about renewals",
            vec![],
        )
        .unwrap();
        add_note(&store, &local, UnitId(1), "Renewals slipped again", vec![]).unwrap();
        let freq = store.doc_freq(&local, "renewals").unwrap();
        // A build at open that stopped after its tenant's batch, before its done marker.
        store.db.remove(b"search_index_v1").unwrap();
        store.flush().unwrap();
        freq
    };
    assert_eq!(first, 2);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.doc_freq(&local, "renewals").unwrap(), 2);
    let hits = store.search(&local, "renewals", 10).unwrap();
    assert_eq!(hits.len(), 2);
}
