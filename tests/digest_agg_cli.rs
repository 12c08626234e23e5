//! `valuebridge digest-agg check|rebuild` on a real store: a store that agrees passes;
//! damaged aggregates are reported (exit 1) and a rebuild restores exactly the digest the
//! records give; a store written before the aggregates existed gets them on open; and a
//! running bot's in-memory copy follows its writes and passes the same check.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use support::child::KillOnDrop;

mod support;

use support::run_binary as run;

const SCRIPT: &str = r#"
unit add Sales
unit add Ops
invest CRM unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2025-01-01 category:transform
invest Laptops unit:Ops cost:£100k benefit:£50k/yr years:4 start:2026-03-01 category:run
decide INV-1 approve £240k because churn on:2025-01-10 review:2026-07-05
decide INV-2 defer because budget on:2026-02-01
decide INV-2 approve because budget found on:2026-06-20
benefit INV-1 £300k on 2025-12-31
benefit INV-1 £100k on 2026-06-01
benefit INV-1 £999k on 2026-06-02
retract BEN-3 because typo
service Email unit:All cost:£120k/yr users:1500
note Sales: quarterly review. follow-up: send the numbers @alice by 2026-06-01
note Ops: kick-off
"#;

fn digest_json(dir: &std::path::Path) -> String {
    let (code, out, err) = run(
        dir,
        &[
            "digest",
            "--format",
            "json",
            "--period",
            "month",
            "--as-of",
            "2026-06-30",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    out
}

/// The stored aggregate key of `tail` for the local tenant.
fn key(tail: &[u8]) -> Vec<u8> {
    let mut k = b"local\0A".to_vec();
    k.extend_from_slice(tail);
    k
}

fn numbered(sub: u8, n: u64) -> Vec<u8> {
    let mut t = vec![sub];
    t.extend_from_slice(&n.to_be_bytes());
    t
}

#[test]
fn check_finds_damaged_aggregates_and_rebuild_mends_them() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(dir.path(), &["chat"], SCRIPT);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("Usage:"), "the script is valid:\n{out}");
    let before = digest_json(dir.path());
    assert!(
        before.contains("\"overdue_followups\": [\n    {"),
        "{before}"
    );

    let (code, out, _) = run(dir.path(), &["digest-agg", "check"], "");
    assert_eq!(code, 0, "{out}");
    // 2 units, 2 investments, 3 decisions, 2 benefits, 1 service, 2 notes.
    assert!(
        out.starts_with("The digest aggregates of local agree with its 12 live records"),
        "{out}"
    );

    // Damage them behind the bot's back: lose an investment, rename a unit, invent one.
    {
        let db = sled::open(dir.path()).unwrap();
        let data = db.open_tree("data").unwrap();
        assert!(data.remove(key(&numbered(b'i', 1))).unwrap().is_some());
        assert!(data
            .insert(key(&numbered(b'u', 2)), b"Opps".to_vec())
            .unwrap()
            .is_some());
        data.insert(key(&numbered(b'u', 9)), b"Ghost".to_vec())
            .unwrap();
        db.flush().unwrap();
    }
    let (code, out, _) = run(dir.path(), &["digest-agg", "check"], "");
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("disagree with its records in 3 places"),
        "{out}"
    );
    assert!(out.contains("missing: investment INV-1"), "{out}");
    assert!(
        out.contains("differs from the records: the name of UNIT-2"),
        "{out}"
    );
    assert!(
        out.contains("not backed by any record: the name of UNIT-9"),
        "{out}"
    );
    assert!(out.contains("valuebridge digest-agg rebuild"), "{out}");
    assert_ne!(digest_json(dir.path()), before, "damaged aggregates show");

    let (code, out, err) = run(dir.path(), &["digest-agg", "rebuild"], "");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "Rebuilt the digest aggregates of local from its 12 live records.\n"
    );
    let (code, out, _) = run(dir.path(), &["digest-agg", "check"], "");
    assert_eq!(code, 0, "{out}");
    assert_eq!(digest_json(dir.path()), before);
}

#[test]
fn check_covers_each_investments_category() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(dir.path(), &["chat"], SCRIPT);
    assert_eq!(code, 0, "{err}");
    let before = digest_json(dir.path());
    // INV-1's stored aggregate: id (8 bytes), name (4-byte length, "CRM"), unit (8), then
    // its category: 2 (transform). Make it 0 (run) behind the bot's back.
    {
        let db = sled::open(dir.path()).unwrap();
        let data = db.open_tree("data").unwrap();
        let k = key(&numbered(b'i', 1));
        let mut v = data.get(&k).unwrap().unwrap().to_vec();
        assert_eq!((&v[12..15], v[23]), (&b"CRM"[..], 2));
        v[23] = 0;
        data.insert(&k, v).unwrap();
        db.flush().unwrap();
    }
    let damaged = digest_json(dir.path());
    let d: serde_json::Value = serde_json::from_str(&damaged).unwrap();
    assert_eq!(
        d["run_change"]["transform_minor"], 0,
        "the damaged category shows"
    );
    let (code, out, _) = run(dir.path(), &["digest-agg", "check"], "");
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("differs from the records: investment INV-1"),
        "{out}"
    );
    let (code, _, err) = run(dir.path(), &["digest-agg", "rebuild"], "");
    assert_eq!(code, 0, "{err}");
    assert_eq!(digest_json(dir.path()), before);
}

#[test]
fn a_store_from_before_the_aggregates_gives_the_same_digest() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) = run(dir.path(), &["chat"], SCRIPT);
    assert_eq!(code, 0, "{err}");
    let before = digest_json(dir.path());
    // What the previous version left: no aggregate section, schema 1.
    {
        let db = sled::open(dir.path()).unwrap();
        let data = db.open_tree("data").unwrap();
        let prefix = b"local\0A";
        let keys: Vec<_> = data
            .scan_prefix(prefix)
            .keys()
            .map(|k| k.unwrap())
            .collect();
        // 2 unit names, 2 investments, 1 service, 2 note days, 1 open follow-up.
        assert_eq!(keys.len(), 8);
        for k in keys {
            data.remove(k).unwrap();
        }
        db.insert("schema_version", &1u32.to_be_bytes()).unwrap();
        db.flush().unwrap();
    }
    assert_eq!(digest_json(dir.path()), before);
    let (code, out, _) = run(dir.path(), &["digest-agg", "check"], "");
    assert_eq!(code, 0, "{out}");
}

/// Starts `valuebridge run` and returns once it serves (its "running" line follows the
/// admin socket's bind).
fn start(dir: &std::path::Path) -> KillOnDrop {
    let mut child = Command::new(env!("CARGO_BIN_EXE_valuebridge"))
        .args(["--data-dir", dir.to_str().unwrap(), "run"])
        .current_dir(std::env::temp_dir())
        .env_remove("RUST_LOG")
        .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("valuebridge is running") {
        line.clear();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "the bot exited before it was running"
        );
    }
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    KillOnDrop::new(child)
}

#[test]
fn a_running_bots_aggregates_follow_its_writes() {
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start(dir.path());
    let (code, _, err) = run(dir.path(), &["chat"], SCRIPT);
    assert_eq!(code, 0, "{err}");
    // 12 records, then a benefit and a note more and a decision retracted: 13.
    // The first digest loads the bot's in-memory copy; the writes after it must update it.
    let first = digest_json(dir.path());
    let more = "benefit INV-1 £5k on 2026-06-10\nretract DEC-2 because wrong investment\nnote Ops: supplier call. follow-up: order laptops @bob by 2026-06-15\n";
    let (code, out, err) = run(dir.path(), &["chat"], more);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("Usage:"), "{out}");
    let after = digest_json(dir.path());
    assert_ne!(after, first);
    assert!(after.contains("order laptops"), "{after}");

    // Through the bot, check compares its in-memory copy as well as the stored aggregates.
    let (code, out, _) = run(dir.path(), &["digest-agg", "check"], "");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("agree with its 13 live records"), "{out}");
    let (code, out, _) = run(dir.path(), &["digest-agg", "rebuild"], "");
    assert_eq!(code, 0, "{out}");
    assert_eq!(digest_json(dir.path()), after, "rebuilt: the same digest");

    Command::new("kill")
        .args(["-TERM", &bot.id().to_string()])
        .status()
        .unwrap();
    assert!(bot.wait().unwrap().success());
    assert_eq!(digest_json(dir.path()), after, "offline: the same digest");
}
