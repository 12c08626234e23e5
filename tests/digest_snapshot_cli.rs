//! A one-shot `valuebridge digest` keeps a snapshot of the digest's aggregates beside the
//! store, and the next one answers from it without opening the store; any opening of the
//! store (which may write) throws the snapshot away.

mod support;

use support::run_binary as run;

const SCRIPT: &str = r#"
unit add Sales
unit add Ops
invest CRM unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2026-01-01 category:transform
decide CRM approve £240k on:2026-01-10 review:2026-12-05
benefit CRM £100k on 2026-06-01
note Sales: review. follow-up: send the numbers @alice by 2026-11-02
"#;

fn digest(dir: &std::path::Path, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["digest", "--period", "month", "--as-of", "2026-11-30"];
    args.extend_from_slice(extra);
    run(dir, &args, "")
}

fn snapshots(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir.join("digest-snapshots"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// The one snapshot file a digest left in `dir`.
fn snapshot_file(dir: &std::path::Path) -> std::path::PathBuf {
    std::fs::read_dir(dir.join("digest-snapshots"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path()
}

/// A new store holding what `SCRIPT` logs.
fn logged_store() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = run(tmp.path(), &["chat"], SCRIPT);
    assert_eq!(code, 0, "{err}");
    tmp
}

#[test]
fn a_second_digest_reads_the_snapshot_and_a_write_throws_it_away() {
    let tmp = logged_store();
    let dir = tmp.path();
    assert_eq!(snapshots(dir), 0);

    // Each answered by the store (the snapshot thrown away before each).
    let (code, first_sales, err) = digest(dir, &["--unit", "Sales", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    std::fs::remove_dir_all(dir.join("digest-snapshots")).unwrap();
    let (code, first, err) = digest(dir, &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(snapshots(dir), 1, "the digest kept a snapshot");

    // The next digests answer exactly as the store did, without opening it: an opening
    // deletes the snapshot (a digest that opened the store would then write a new file).
    let file = snapshot_file(dir);
    let made = std::fs::metadata(&file).unwrap();
    let (code, again, err) = digest(dir, &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(again, first);
    let (code, again, err) = digest(dir, &["--unit", "sales", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(again, first_sales);
    let still = std::fs::metadata(&file).unwrap();
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        (still.ino(), still.mtime_nsec(), still.mtime()),
        (made.ino(), made.mtime_nsec(), made.mtime()),
        "the snapshot was read, not made again"
    );

    // A change made behind the store's back (sled opened directly) is seen: the snapshot
    // no longer matches sled's file, and the store answers.
    {
        let db = sled::open(dir).unwrap();
        db.flush().unwrap();
    }
    let (code, again, err) = digest(dir, &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(again, first);
    let remade = std::fs::metadata(&file).unwrap();
    assert_ne!(
        (remade.ino(), remade.mtime_nsec(), remade.mtime()),
        (made.ino(), made.mtime_nsec(), made.mtime()),
        "the store answered and made a new snapshot"
    );

    // Opening the store to write throws the snapshot away, so the next digest is current.
    let (code, _, err) = run(
        dir,
        &["chat"],
        "invest Shop unit:Ops cost:£60k benefit:£365k/yr years:3 start:2026-01-01 category:grow\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        snapshots(dir),
        0,
        "the snapshot went when the store was opened"
    );
    let (code, after, err) = digest(dir, &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_ne!(after, first);
    let d: serde_json::Value = serde_json::from_str(&after).unwrap();
    let names: Vec<&str> = d["investments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["CRM", "Shop"]);
}

#[test]
fn the_snapshot_answers_in_every_format_exactly_as_the_store_does() {
    let tmp = logged_store();
    let dir = tmp.path();
    for format in ["text", "markdown", "json"] {
        for unit in [None, Some("Sales")] {
            let mut extra = vec!["--format", format];
            extra.extend(unit.map(|u| ["--unit", u]).into_iter().flatten());
            let _ = std::fs::remove_dir_all(dir.join("digest-snapshots"));
            let (code, by_store, err) = digest(dir, &extra);
            assert_eq!(code, 0, "{err}");
            assert_eq!(snapshots(dir), 1, "the digest kept a snapshot");
            let (code, by_snapshot, err) = digest(dir, &extra);
            assert_eq!(code, 0, "{err}");
            assert_eq!(by_snapshot, by_store, "{format} {unit:?}");
            assert!(by_store.contains("CRM"), "{by_store}");
        }
    }
}

#[test]
fn a_damaged_or_old_snapshot_is_not_used_and_is_made_again() {
    let tmp = logged_store();
    let dir = tmp.path();
    let (code, first, err) = digest(dir, &["--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(first.contains("send the numbers"), "{first}");
    let file = snapshot_file(dir);
    let good = std::fs::read(&file).unwrap();
    // After the header (the format's name, the schema, sled's file's size and time, the
    // checksum), the body: the same for the same store, whenever it is made.
    let body = |bytes: &[u8]| bytes[8 + 4 + 16 + 4..].to_vec();

    // The follow-up's text changed: "send the numbers" would read as "numbars".
    let mut damaged = good.clone();
    let at = damaged.windows(7).position(|w| w == b"numbers").unwrap() + 4;
    damaged[at] = b'a';
    // A snapshot of the format before, otherwise as it was.
    let mut old = good.clone();
    old[..8].copy_from_slice(b"vbaggs03");
    for (what, bytes) in [("damaged", damaged), ("of the format before", old)] {
        std::fs::write(&file, &bytes).unwrap();
        let (code, again, err) = digest(dir, &["--format", "json"]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(again, first, "a snapshot {what} is not read");
        let made = std::fs::read(&file).unwrap();
        assert_eq!(&made[..8], &good[..8], "made again in the current format");
        assert_eq!(body(&made), body(&good), "a snapshot {what} is made again");
    }
}
