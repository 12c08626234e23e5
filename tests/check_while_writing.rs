//! `digest-agg check` (and the store's full check) read without holding writes back: a
//! write made while a check is between two chunks of its read completes, and the check
//! still reports the store as it is once the write landed.

use std::sync::mpsc;
use std::time::Duration;
use valuebridge::ids::TenantId;
use valuebridge::store::{test_records, Store};

fn add_unit(store: &Store, name: &str) {
    test_records::add_unit(store, &TenantId::local(), name).unwrap();
}

/// Adds a unit from another thread and says whether the write finished (a check that held
/// writes back would make it wait until the check ends).
fn write_from_another_thread(store: &Store, name: &str) -> bool {
    let (done, finished) = mpsc::channel();
    let store = store.clone();
    let name = name.to_string();
    std::thread::spawn(move || {
        add_unit(&store, &name);
        let _ = done.send(());
    });
    finished.recv_timeout(Duration::from_secs(30)).is_ok()
}

#[test]
fn a_write_completes_while_the_aggregates_are_checked() {
    let store = Store::temporary().unwrap();
    let t = TenantId::local();
    for k in 0..5 {
        add_unit(&store, &format!("Unit {k}"));
    }
    // Loaded in memory too, so the check compares that copy as well.
    store.with_aggregates(&t, |_| ()).unwrap();
    let mut pauses = 0;
    let report = store
        .check_aggregates_between(&t, &mut || {
            pauses += 1;
            if pauses == 1 {
                assert!(
                    write_from_another_thread(&store, "Late arrival"),
                    "a write waited for the check"
                );
            }
        })
        .unwrap();
    assert!(
        pauses >= 2,
        "the check read again after the write: {pauses}"
    );
    assert_eq!(report.disagreements, Vec::<String>::new());
    assert_eq!(
        report.records, 6,
        "the check saw the unit written during it"
    );
}

#[test]
fn a_write_completes_while_the_store_is_verified() {
    let store = Store::temporary().unwrap();
    for k in 0..5 {
        add_unit(&store, &format!("Unit {k}"));
    }
    let mut pauses = 0;
    let problems = store
        .verify_between(&mut || {
            pauses += 1;
            if pauses == 1 {
                assert!(
                    write_from_another_thread(&store, "Late arrival"),
                    "a write waited for the check"
                );
            }
        })
        .unwrap();
    assert!(pauses >= 2, "{pauses}");
    assert_eq!(problems, Vec::<String>::new());
}
