//! The Home index follows every write: follow-ups opened, closed, retracted and restored,
//! records counted per person, nothing kept of a failed write, and built for older stores.

use super::*;
use crate::domain::FollowUp;
use crate::store::test_records::{create_note, create_unit, meta_by};

fn follow_up(text: &str, owner: Option<&str>) -> FollowUp {
    FollowUp {
        text: text.into(),
        owner: owner.map(str::to_string),
        due: None,
        done: false,
        done_on: None,
    }
}

/// A unit called `name`, logged by an admin (so it counts for nobody else).
fn unit(store: &Store, tenant: &TenantId, name: &str) -> UnitId {
    let r = store
        .write(|tx| create_unit(tx, tenant, &meta_by("admin"), name))
        .unwrap();
    UnitId(r.id().n)
}

fn new_note(
    tx: &mut Tx<'_>,
    tenant: &TenantId,
    by: &str,
    unit: UnitId,
    f: Vec<FollowUp>,
) -> Result<Record, StoreError> {
    create_note(tx, tenant, &meta_by(by), unit, "met", f)
}

fn note(store: &Store, tenant: &TenantId, by: &str, unit: UnitId, f: Vec<FollowUp>) -> Record {
    store.write(|tx| new_note(tx, tenant, by, unit, f)).unwrap()
}

fn notes_of(store: &Store, tenant: &TenantId, people: &[&str]) -> Vec<RecordId> {
    store
        .follow_up_notes_of(tenant, people)
        .unwrap()
        .iter()
        .map(|s| s.record.id())
        .collect()
}

/// Every Home key of the tenant, with its value.
fn home_keys(store: &Store, tenant: &TenantId) -> Vec<(Vec<u8>, Vec<u8>)> {
    [FOLLOW_UPS, LOGGED]
        .into_iter()
        .flat_map(|s| store.data.scan_prefix(keys::section(tenant, s)))
        .map(|i| {
            let (k, v) = i.unwrap();
            (k.to_vec(), v.to_vec())
        })
        .collect()
}

#[test]
fn follow_ups_are_found_by_owner_or_by_who_logged_them_while_open() {
    let store = Store::temporary().unwrap();
    let tenant = TenantId::local();
    let u = unit(&store, &tenant, "Sales");
    let n = note(
        &store,
        &tenant,
        "alice",
        u,
        vec![follow_up("deck", Some("@Bob")), follow_up("demo", None)],
    );
    let id = n.id();
    assert_eq!(notes_of(&store, &tenant, &["bob"]), vec![id]);
    assert_eq!(notes_of(&store, &tenant, &["<@BOB>", "bob"]), vec![id]);
    assert_eq!(notes_of(&store, &tenant, &["alice"]), vec![id]);
    assert!(notes_of(&store, &tenant, &["carol"]).is_empty());

    // Bob's follow-up done: the note is no longer his to see.
    let Record::Note(mut updated) = n else {
        unreachable!()
    };
    updated.followups[0].done = true;
    store
        .write(|tx| {
            tx.amend(
                &tenant,
                &meta_by("bob"),
                Record::Note(updated),
                vec![],
                "done".into(),
            )
        })
        .unwrap();
    assert!(notes_of(&store, &tenant, &["bob"]).is_empty());
    assert_eq!(notes_of(&store, &tenant, &["alice"]), vec![id]);

    store
        .write(|tx| tx.retract(&tenant, &meta_by("alice"), id, "wrong".into()))
        .unwrap();
    assert!(notes_of(&store, &tenant, &["alice"]).is_empty());
    store
        .write(|tx| tx.restore(&tenant, &meta_by("alice"), id, "right".into()))
        .unwrap();
    assert_eq!(notes_of(&store, &tenant, &["alice"]), vec![id]);
}

#[test]
fn a_person_s_units_are_counted_while_any_record_of_theirs_there_is_live() {
    let store = Store::temporary().unwrap();
    let tenant = TenantId::local();
    let (sales, ops) = (unit(&store, &tenant, "Sales"), unit(&store, &tenant, "Ops"));
    let a = note(&store, &tenant, "alice", sales, vec![]);
    let b = note(&store, &tenant, "alice", sales, vec![]);
    note(&store, &tenant, "bob", ops, vec![]);
    assert_eq!(
        store.logged_for(&tenant, "alice").unwrap(),
        (vec![sales], vec![])
    );
    assert_eq!(
        store.logged_for(&tenant, "bob").unwrap(),
        (vec![ops], vec![])
    );
    store
        .write(|tx| tx.retract(&tenant, &meta_by("alice"), a.id(), "x".into()))
        .unwrap();
    assert_eq!(
        store.logged_for(&tenant, "alice").unwrap(),
        (vec![sales], vec![])
    );
    store
        .write(|tx| tx.retract(&tenant, &meta_by("alice"), b.id(), "x".into()))
        .unwrap();
    assert_eq!(
        store.logged_for(&tenant, "alice").unwrap(),
        (vec![], vec![])
    );
    assert!(home_keys(&store, &tenant)
        .iter()
        .all(|(k, _)| !k.windows(5).any(|w| w == b"alice")));
}

#[test]
fn a_failed_write_leaves_no_home_keys() {
    let store = Store::temporary().unwrap();
    let tenant = TenantId::local();
    let u = unit(&store, &tenant, "Sales");
    let before = home_keys(&store, &tenant);
    let failed = store.write(|tx| {
        new_note(tx, &tenant, "alice", u, vec![follow_up("deck", None)])?;
        Err::<(), _>(StoreError::EmptyName)
    });
    assert!(failed.is_err());
    assert_eq!(home_keys(&store, &tenant), before);
    assert!(notes_of(&store, &tenant, &["alice"]).is_empty());
    assert_eq!(
        store.logged_for(&tenant, "alice").unwrap(),
        (vec![], vec![])
    );
}

#[test]
fn a_store_from_before_the_index_gets_it_built_at_open_even_after_an_interrupted_build() {
    let dir = tempfile::tempdir().unwrap();
    let tenant = TenantId::local();
    let (u, id, built) = {
        let store = Store::open(dir.path()).unwrap();
        let u = unit(&store, &tenant, "Sales");
        note(&store, &tenant, "alice", u, vec![]);
        let id = note(
            &store,
            &tenant,
            "alice",
            u,
            vec![follow_up("deck", Some("bob"))],
        )
        .id();
        let built = home_keys(&store, &tenant);
        // As an older store: no index, and the leftovers of a build interrupted midway.
        for (k, _) in &built {
            store.data.raw().remove(k).unwrap();
        }
        let mut stale = person_id_key(&tenant, LOGGED, "alice", u.record());
        store
            .data
            .raw()
            .insert(&stale, 7u64.to_be_bytes().to_vec())
            .unwrap();
        stale = person_id_key(&tenant, FOLLOW_UPS, "carol", id);
        store.data.raw().insert(&stale, Vec::new()).unwrap();
        store.db.remove(BUILT_KEY).unwrap();
        store.db.flush().unwrap();
        (u, id, built)
    };
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(home_keys(&store, &tenant), built);
    assert_eq!(notes_of(&store, &tenant, &["bob"]), vec![id]);
    assert_eq!(
        store.logged_for(&tenant, "alice").unwrap(),
        (vec![u], vec![])
    );
}
