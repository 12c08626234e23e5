use super::*;

type Entries = Vec<(Vec<u8>, Vec<u8>)>;

/// A store of a generated portfolio, closed, with a finished snapshot of its tenant,
/// and the store's aggregate entries.
fn snapshotted() -> (tempfile::TempDir, TenantId, Entries) {
    let tmp = tempfile::tempdir().unwrap();
    let tenant = TenantId::local();
    let store = Store::open(tmp.path()).unwrap();
    crate::digest::dataset::generate_dataset(&store, &tenant, 4_000).unwrap();
    store.flush().unwrap();
    let p = prefix(&tenant);
    let entries = store
        .data
        .scan_prefix(&p)
        .map(|e| {
            let (k, v) = e.unwrap();
            (k[p.len()..].to_vec(), v.to_vec())
        })
        .collect();
    let partial = store.start_aggregate_snapshot(&tenant).unwrap().unwrap();
    drop(store);
    finish(tmp.path(), &partial).unwrap();
    (tmp, tenant, entries)
}

/// The image read one entry at a time from the store's entries that `keep` keeps.
fn one_at_a_time(entries: &Entries, keep: impl Fn(&[u8], &[u8]) -> bool) -> Aggregates {
    Aggregates::from_entries(
        entries
            .iter()
            .map(|(t, v)| (&t[..], &v[..]))
            .filter(|(t, v)| keep(t, v)),
    )
    .unwrap()
}

fn whole(snap: &Snapshot, tenant: &TenantId) -> Option<Aggregates> {
    snap.image(tenant, None).map(|i| i.to_aggregates())
}

#[test]
fn a_snapshot_gives_the_image_read_one_entry_at_a_time_whole_and_for_a_unit() {
    let (tmp, tenant, entries) = snapshotted();
    let snap = Snapshot::read(tmp.path(), &tenant).expect("a usable snapshot");
    let all = whole(&snap, &tenant).unwrap();
    assert!(all.all_investments().len() > 100, "a real portfolio");
    assert_eq!(all, one_at_a_time(&entries, |_, _| true));

    let (unit, _) = snap.units().unwrap()[2].clone();
    let part = snap.image(&tenant, Some(unit)).unwrap().to_aggregates();
    let mine = part.all_investments();
    assert!(!mine.is_empty() && mine.iter().all(|i| i.unit == unit));
    assert!(mine.len() < all.all_investments().len());
    let kept = one_at_a_time(&entries, |tail, value| match layout::parse(tail).unwrap() {
        Tail::Unit(_) | Tail::Service(_) => true,
        Tail::Investment(_) => layout::investment_unit(value) == Some(unit),
        Tail::NoteDay(v, _) | Tail::FollowUp(v, ..) | Tail::Closed(v, _) => v == unit,
    });
    assert_eq!(part, kept);
}

#[test]
fn the_digest_read_in_place_is_the_digest_of_the_store_image() {
    use crate::digest::{self, DigestRequest, DigestSettings, Period};
    let (tmp, tenant, entries) = snapshotted();
    let snap = Snapshot::read(tmp.path(), &tenant).unwrap();
    let agg = one_at_a_time(&entries, |_, _| true);
    let s = DigestSettings::from_config(&crate::config::Config::default()).unwrap();
    let as_of = crate::digest::dataset::AS_OF;
    let (unit, _) = snap.units().unwrap()[3].clone();
    for period in ["week", "last-month", "year", "2025-01-01..2025-06-30"] {
        for only in [None, Some(unit)] {
            let req = DigestRequest {
                unit: only,
                period: Period::parse(period, as_of).unwrap(),
                as_of,
            };
            let image = snap.image(&tenant, only).unwrap();
            let d = digest::from_investments(&image.rest, &image.investments, &s, &req);
            assert!(!d.investments.is_empty() && !d.reviews_due.is_empty());
            assert_eq!(
                d,
                digest::from_aggregates(&agg, &s, &req),
                "{period} {only:?}"
            );
        }
    }
}

#[test]
fn a_snapshot_cut_short_damaged_or_of_another_format_is_not_used() {
    let (tmp, tenant, _) = snapshotted();
    let path = file(tmp.path(), &tenant);
    let good = std::fs::read(&path).unwrap();
    let snap = |bytes: Vec<u8>| Snapshot::of(Bytes::Read(bytes));
    assert!(whole(&snap(good.clone()), &tenant).is_some());
    let (named, table) = snap(good.clone())
        .sections()
        .map(|(n, t, _)| (n.len(), t.len()))
        .unwrap();
    let table_at = HEADER + 8 + named + 8;
    let notes_at = table_at + table;

    // Cut anywhere: in the header, in the entries, in the investments' table, in the
    // notes' table, in its texts at the very end.
    for cut in [
        HEADER - 2,
        HEADER + 3,
        HEADER + 40,
        table_at - 9,
        table_at - 1,
        table_at,
        table_at + 30,
        (table_at + notes_at) / 2,
        notes_at - 1,
        notes_at,
        notes_at + 30,
        (notes_at + good.len()) / 2,
        good.len() - 1,
    ] {
        assert!(
            whole(&snap(good[..cut].to_vec()), &tenant).is_none(),
            "cut at {cut}"
        );
    }
    // And read from disk: a file cut short is refused as a whole.
    std::fs::write(&path, &good[..good.len() - 3]).unwrap();
    let read = Snapshot::read(tmp.path(), &tenant);
    assert!(read.is_none_or(|s| whole(&s, &tenant).is_none()));

    // One byte changed anywhere in the body (a figure, a text, an entry): refused,
    // never read as other figures.
    for at in [
        HEADER + 9,
        HEADER + 200,
        table_at + 70,
        table_at + 300,
        (table_at + notes_at) / 2,
        notes_at + 2,
        notes_at + 16 + 9,
        (notes_at + good.len()) / 2,
        good.len() - 1,
    ] {
        let mut damaged = good.clone();
        damaged[at] ^= 0x04;
        assert!(
            whole(&snap(damaged), &tenant).is_none(),
            "byte {at} changed"
        );
    }

    // A snapshot of the previous format (same header, its own name) is not used.
    let mut old = good.clone();
    old[..8].copy_from_slice(b"vbaggs03");
    std::fs::write(&path, &old).unwrap();
    assert!(Snapshot::read(tmp.path(), &tenant).is_none());
    std::fs::write(&path, &good).unwrap();
    assert!(Snapshot::read(tmp.path(), &tenant).is_some());
}
