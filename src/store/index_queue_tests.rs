//! Deferred indexing: search answers the same before the indexer runs, after it, and after a
//! stop that left markers, as when every write indexed itself.

use super::*;
use crate::domain::{Meta, Note, Record, Unit};
use crate::ids::{Kind, NoteId, TenantId, UnitId};
use crate::store::{FieldChange, NewRecord, Store};
use chrono::{TimeZone, Utc};

fn meta() -> Meta {
    Meta {
        logged_by: "alice".into(),
        logged_by_name: "Alice".into(),
        channel: "console".into(),
        at: Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    }
}

fn note(n: u64, text: &str) -> Note {
    Note {
        id: NoteId(n),
        unit: UnitId(1),
        text: text.into(),
        followups: vec![],
        tags: vec![],
        met_on: None,
        meta: meta(),
    }
}

fn add_unit(store: &Store, t: &TenantId) {
    let m = meta();
    store
        .write(|tx| {
            tx.create(
                NewRecord {
                    tenant: t,
                    kind: Kind::Unit,
                    meta: &m,
                },
                |n| {
                    Record::Unit(Unit {
                        id: UnitId(n),
                        name: "Sales".into(),
                        aliases: vec![],
                        meta: m.clone(),
                    })
                },
            )
        })
        .unwrap();
}

fn add_note(store: &Store, t: &TenantId, text: &str) {
    let m = meta();
    store
        .write(|tx| {
            tx.create(
                NewRecord {
                    tenant: t,
                    kind: Kind::Note,
                    meta: &m,
                },
                |n| Record::Note(note(n, text)),
            )
        })
        .unwrap();
}

fn amend_note(store: &Store, t: &TenantId, n: u64, text: &str) {
    let m = meta();
    store
        .write(|tx| {
            tx.amend(
                t,
                &m,
                Record::Note(note(n, text)),
                vec![FieldChange {
                    field: "text".into(),
                    before: String::new(),
                    after: text.into(),
                }],
                "wrong words".into(),
            )
        })
        .unwrap();
}

/// Writes the same history to a store: notes, a correction, a retraction, a restore.
fn history(store: &Store, t: &TenantId) {
    let m = meta();
    add_unit(store, t);
    add_note(store, t, "vendor demo slipped; vendor pricing next");
    add_note(store, t, "budget planning for the vendor");
    add_note(store, t, "capex review with the board");
    amend_note(store, t, 2, "budget planning, capex first");
    // Amended twice before any indexing: the marker must still name what the index holds.
    amend_note(store, t, 2, "budget planning, capex first, then opex");
    store
        .write(|tx| tx.retract(t, &m, NoteId(3).record(), "duplicate".into()))
        .unwrap();
    store
        .write(|tx| tx.retract(t, &m, NoteId(1).record(), "wrong unit".into()))
        .unwrap();
    store
        .write(|tx| tx.restore(t, &m, NoteId(1).record(), "right unit".into()))
        .unwrap();
}

/// The postings and word counts, as stored.
fn index_keys(store: &Store) -> Vec<(Vec<u8>, Vec<u8>)> {
    store
        .data
        .iter()
        .map(|item| item.unwrap())
        .filter(|(k, _)| {
            let end = k.iter().position(|b| *b == 0).unwrap();
            matches!(k.get(end + 1), Some(b'W' | b'w'))
        })
        .map(|(k, v)| (k.to_vec(), v.to_vec()))
        .collect()
}

/// What a person sees: which records, with which words, in which order.
fn found(store: &Store, t: &TenantId, query: &str) -> Vec<(String, Vec<String>)> {
    store
        .search(t, query, 10)
        .unwrap()
        .into_iter()
        .map(|h| {
            let mut matched = h.matched;
            matched.sort();
            (h.state.record.id().to_string(), matched)
        })
        .collect()
}

const QUERIES: &[&str] = &[
    "vendor",
    "budget",
    "capex",
    "capex opex",
    "board",
    "vendor pricing",
    "sales",
    "planning vendor",
];

#[test]
fn a_record_is_found_as_soon_as_it_is_written_and_the_same_once_indexed() {
    let t = TenantId::local();
    let inline = Store::temporary().unwrap();
    history(&inline, &t);
    let deferred = Store::temporary().unwrap();
    deferred.defer_indexing(); // no indexer runs: every write stays behind
    history(&deferred, &t);
    assert_eq!(deferred.marker_count(&t), 4, "the unit and three notes wait");
    assert!(
        index_keys(&deferred).is_empty(),
        "nothing was indexed by the writes themselves"
    );
    for q in QUERIES {
        assert_eq!(found(&deferred, &t, q), found(&inline, &t, q), "{q}");
    }
    assert_eq!(found(&deferred, &t, "capex")[0].0, "NOTE-2");
    assert!(found(&deferred, &t, "board").is_empty(), "retracted");

    assert_eq!(deferred.index_marked(CHUNK).unwrap(), 4);
    assert_eq!(deferred.marker_count(&t), 0);
    assert_eq!(index_keys(&deferred), index_keys(&inline));
    for q in QUERIES {
        assert_eq!(found(&deferred, &t, q), found(&inline, &t, q), "{q}");
    }
}

#[test]
fn a_write_after_indexing_moves_the_postings_from_what_was_indexed() {
    let t = TenantId::local();
    let inline = Store::temporary().unwrap();
    let deferred = Store::temporary().unwrap();
    deferred.defer_indexing();
    for store in [&inline, &deferred] {
        add_unit(store, &t);
        add_note(store, &t, "vendor demo slipped");
    }
    deferred.index_marked(CHUNK).unwrap();
    for store in [&inline, &deferred] {
        amend_note(store, &t, 1, "vendor contract signed");
        add_note(store, &t, "contract renewal");
    }
    assert_eq!(deferred.marker_count(&t), 2);
    for q in ["demo", "contract", "vendor", "signed renewal"] {
        assert_eq!(found(&deferred, &t, q), found(&inline, &t, q), "{q}");
    }
    assert!(found(&deferred, &t, "demo").is_empty(), "the old words leave");
    // Indexing in small batches gives the same index as one large one.
    assert_eq!(deferred.index_marked(1).unwrap(), 1);
    assert_eq!(deferred.index_marked(1).unwrap(), 1);
    assert_eq!(deferred.index_marked(1).unwrap(), 0);
    assert_eq!(index_keys(&deferred), index_keys(&inline));
}

#[test]
fn markers_a_stop_left_behind_are_indexed_when_the_store_opens() {
    let t = TenantId::local();
    let inline = Store::temporary().unwrap();
    history(&inline, &t);
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        store.defer_indexing();
        history(&store, &t);
        store.flush().unwrap();
        assert_eq!(store.marker_count(&t), 4);
    }
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.marker_count(&t), 0);
    assert_eq!(index_keys(&store), index_keys(&inline));
    for q in QUERIES {
        assert_eq!(found(&store, &t, q), found(&inline, &t, q), "{q}");
    }
}

#[test]
fn a_failed_flush_undoes_the_indexing_with_the_write() {
    let t = TenantId::local();
    let store = Store::temporary().unwrap();
    store.keep_undo();
    store.defer_indexing();
    add_unit(&store, &t);
    store.index_marked(CHUNK).unwrap();
    store.flush().unwrap();
    let durable = index_keys(&store);
    add_note(&store, &t, "vendor demo slipped");
    store.index_marked(CHUNK).unwrap();
    assert!(!found(&store, &t, "vendor").is_empty());
    store.set_flush_fault(Some(std::sync::Arc::new(|| {
        Err(std::io::Error::from_raw_os_error(28))
    })));
    assert!(store.flush().is_err());
    store.set_flush_fault(None);
    assert!(found(&store, &t, "vendor").is_empty(), "the note was undone");
    assert_eq!(store.marker_count(&t), 0);
    assert_eq!(index_keys(&store), durable);
}
