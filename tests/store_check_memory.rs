//! The store's full check reads every record once, around sled's page cache
//! (`Tree::without_caching`, in the copy of sled under vendor/sled): read through it, the
//! pages stayed in memory long after the check (at 1M records, 24,000 pages, about 210 MB
//! of the bot's memory). sled is opened here without its background flusher, whose log
//! cleaning would bring pages in at times of its own.

fn sled_with_pages(dir: &std::path::Path) -> sled::Db {
    let config = || sled::Config::new().path(dir).flush_every_ms(None);
    {
        let db = config().open().unwrap();
        for n in 0u32..30_000 {
            db.insert(n.to_be_bytes(), vec![b'x'; 100]).unwrap();
        }
        db.flush().unwrap();
    }
    config().open().unwrap()
}

#[test]
fn a_read_without_caching_leaves_no_page_it_read_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let db = sled_with_pages(dir.path());
    let (before, _) = db.resident_pages();

    let read = db.without_caching(|| db.iter().values().map(|v| v.unwrap().len()).sum::<usize>());
    assert_eq!(read, 30_000 * 100, "every value is read whole");
    assert_eq!(db.resident_pages().0, before);

    // The same read through the cache keeps every page it read.
    db.iter().for_each(|item| drop(item.unwrap()));
    let (cached, _) = db.resident_pages();
    assert!(
        cached > before + 100,
        "{cached} pages in memory, {before} before"
    );
}

#[test]
fn writes_made_while_not_caching_are_kept_and_the_pages_written_are_given_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = sled_with_pages(dir.path());
    let (before, _) = db.resident_pages();
    db.without_caching(|| {
        for n in (0u32..30_000).step_by(7) {
            db.insert(n.to_be_bytes(), b"changed".to_vec()).unwrap();
        }
    });
    assert_eq!(db.resident_pages().0, before);
    assert_eq!(db.get(7u32.to_be_bytes()).unwrap().unwrap(), b"changed");
    assert_eq!(db.get(8u32.to_be_bytes()).unwrap().unwrap().len(), 100);
}

#[test]
fn the_full_check_still_finds_a_whole_store_whole() {
    let dir = tempfile::tempdir().unwrap();
    let tenant = valuebridge::ids::TenantId::local();
    let store = valuebridge::store::Store::open(dir.path()).unwrap();
    valuebridge::digest::dataset::generate_dataset(&store, &tenant, 2_000).unwrap();
    assert_eq!(store.verify().unwrap(), Vec::<String>::new());
}
