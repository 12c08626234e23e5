//! A store closed cleanly is settled: sled replays what was written once, at the stop, and
//! leaves its snapshot at the end of its log, so the next start replays nothing.

use valuebridge::digest::dataset;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

/// sled's snapshot files (`snap.<position in the log>`): it writes a new one when an
/// opening had log to replay, and only then.
fn snapshots(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("snap."))
        .collect();
    names.sort();
    names
}

fn written(dir: &std::path::Path) -> usize {
    let store = Store::open(dir).unwrap();
    dataset::generate_dataset(&store, &TenantId::local(), 950).unwrap();
    store.flush().unwrap();
    store.live(&TenantId::local(), Kind::Note).unwrap().len()
}

#[test]
fn a_settled_store_opens_without_replaying_what_was_written() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let notes = written(dir);
    assert!(notes > 0);
    assert!(Store::settle(dir).unwrap(), "nothing else held the store");
    let settled = snapshots(dir);
    assert_eq!(settled.len(), 1, "{settled:?}");
    {
        let store = Store::open(dir).unwrap();
        let t = TenantId::local();
        assert_eq!(store.live(&t, Kind::Note).unwrap().len(), notes);
    }
    assert_eq!(
        snapshots(dir),
        settled,
        "the opening found nothing to replay, so wrote no snapshot"
    );
}

#[test]
fn an_unsettled_store_replays_at_its_next_opening() {
    // The premise of the test above: without settling, the next opening replays what was
    // written and leaves a new snapshot.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    written(dir);
    let before = snapshots(dir);
    drop(Store::open(dir).unwrap());
    assert_ne!(snapshots(dir), before);
}

#[test]
fn a_store_still_held_is_left_as_it_is() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let store = Store::open(dir).unwrap();
    let before = snapshots(dir);
    assert!(!Store::settle(dir).unwrap(), "the store is held");
    assert_eq!(snapshots(dir), before);
    drop(store);
}
