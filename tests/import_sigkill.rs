//! SIGKILL the real bot while it imports an investment register over its admin socket, at
//! several moments: after a restart every acknowledged note is there, and the import is all
//! or nothing (every row, or none), never part of it.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const ROWS: usize = 2000;
const NOTES: usize = 40;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_valuebridge"));
    c.current_dir(std::env::temp_dir()).env_remove("RUST_LOG");
    c
}

#[path = "support/child.rs"]
mod child;
use child::KillOnDrop as Guard;

fn register(path: &Path) {
    let mut csv =
        String::from("name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor\n");
    for k in 1..=ROWS {
        csv.push_str(&format!(
            "Register item {k},Sales,run,£1k,,£2k,3,2026-01-01,\n"
        ));
    }
    std::fs::write(path, csv).unwrap();
}

/// Starts the bot, logs `NOTES` notes through its console and returns once all are
/// acknowledged.
fn bot_with_acknowledged_notes(dir: &Path) -> Guard {
    let mut child = bin()
        .arg("--data-dir")
        .arg(dir)
        .arg("run")
        .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let guard = Guard::new(child);
    writeln!(stdin, "unit add Sales").unwrap();
    for k in 1..=NOTES {
        writeln!(stdin, "note Sales: acknowledged {k}").unwrap();
    }
    let mut acknowledged = 0;
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap();
        if line.starts_with("Logged note NOTE-") {
            acknowledged += 1;
            if acknowledged == NOTES {
                break;
            }
        }
    }
    assert_eq!(acknowledged, NOTES);
    // Keep stdin open: at end of input a piped console may stop taking lines, not the bot.
    std::mem::forget(stdin);
    guard
}

#[test]
fn a_sigkill_during_an_import_keeps_every_acknowledged_note_and_all_or_none_of_the_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("register.csv");
    register(&file);
    let mut outcomes = Vec::new();
    for (i, delay_ms) in [0u64, 20, 60, 150, 300, 600, 1200, 2500]
        .into_iter()
        .enumerate()
    {
        let dir = tmp.path().join(format!("data{i}"));
        let mut bot = bot_with_acknowledged_notes(&dir);
        let import = bin()
            .arg("--data-dir")
            .arg(&dir)
            .arg("import")
            .arg(&file)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let import = Guard::new(import);
        // Choose the moment of the kill; what survives is checked below, whatever it is.
        std::thread::sleep(Duration::from_millis(delay_ms));
        bot.kill().unwrap();
        bot.wait().unwrap();
        let out = import.into_inner().wait_with_output().unwrap();
        let acknowledged_import = out.status.success()
            && String::from_utf8_lossy(&out.stdout)
                .contains(&format!("Imported {ROWS} investments"));

        let store = Store::open(&dir).unwrap();
        let t = TenantId::local();
        let notes = store.live(&t, Kind::Note).unwrap().len();
        assert_eq!(
            notes, NOTES,
            "an acknowledged note was lost (kill after {delay_ms} ms)"
        );
        let rows = store.live(&t, Kind::Investment).unwrap().len();
        assert!(
            rows == 0 || rows == ROWS,
            "{rows} of {ROWS} rows after a kill at {delay_ms} ms"
        );
        if acknowledged_import {
            assert_eq!(
                rows, ROWS,
                "the import was acknowledged, so all its rows stay"
            );
        }
        assert_eq!(store.verify().unwrap(), Vec::<String>::new());
        outcomes.push((delay_ms, rows, acknowledged_import));
    }
    eprintln!("(kill after ms, rows after restart, import acknowledged): {outcomes:?}");
}
