//! SIGKILL the real bot while it imports an investment register over its admin socket, at
//! several moments picked by the import's own progress lines (as it starts, after each
//! line, once it is done): after a restart every acknowledged note is there, and the import
//! is all or nothing (every row, or none), never part of it.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Stdio;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const ROWS: usize = 2000;
const NOTES: usize = 40;

#[path = "support/binary.rs"]
mod binary;
use binary::bin;

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

/// When the bot is killed, counted from the start of the import.
#[derive(Debug, Clone, Copy)]
enum Moment {
    /// As soon as the import has started, before it says anything.
    Start,
    /// Once the import has printed this many progress lines (rows checked, then the write).
    Progress(usize),
    /// Once the import has finished and said so.
    Done,
}

/// The import's progress lines on stderr: one per `ROWS_PER_LINE` rows checked, then the
/// write of them all.
const ROWS_PER_LINE: usize = 500;
const PROGRESS_LINES: usize = ROWS / ROWS_PER_LINE + 1;

fn is_progress(line: &str) -> bool {
    line.starts_with("Checked ") || line.starts_with("Writing ")
}

#[test]
fn a_sigkill_during_an_import_keeps_every_acknowledged_note_and_all_or_none_of_the_rows() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("register.csv");
    register(&file);
    let mut outcomes = Vec::new();
    let moments = std::iter::once(Moment::Start)
        .chain((1..=PROGRESS_LINES).map(Moment::Progress))
        .chain(std::iter::once(Moment::Done));
    for (i, moment) in moments.enumerate() {
        let dir = tmp.path().join(format!("data{i}"));
        let mut bot = bot_with_acknowledged_notes(&dir);
        let mut import = Guard::new(
            bin()
                .arg("--data-dir")
                .arg(&dir)
                .arg("import")
                .arg(&file)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap(),
        );
        let mut stderr = BufReader::new(import.stderr.take().unwrap()).lines();
        let mut said = Vec::new();
        match moment {
            Moment::Start => {}
            Moment::Progress(k) => {
                while said.iter().filter(|l: &&String| is_progress(l)).count() < k {
                    let line = stderr.next().unwrap_or_else(|| {
                        panic!("the import ended after {said:?}, before progress line {k}")
                    });
                    said.push(line.unwrap());
                }
            }
            Moment::Done => {
                let status = import.wait().unwrap();
                assert!(status.success(), "the import failed before any kill");
            }
        }
        bot.kill().unwrap();
        bot.wait().unwrap();
        said.extend(stderr.map_while(Result::ok));
        let out = import.into_inner().wait_with_output().unwrap();
        let acknowledged_import = out.status.success()
            && String::from_utf8_lossy(&out.stdout)
                .contains(&format!("Imported {ROWS} investments"));
        let progress: Vec<&String> = said.iter().filter(|l| is_progress(l)).collect();
        if acknowledged_import {
            assert_eq!(
                progress.len(),
                PROGRESS_LINES,
                "a finished import said how far it got: {said:?}"
            );
        }

        let store = Store::open(&dir).unwrap();
        let t = TenantId::local();
        let notes = store.live(&t, Kind::Note).unwrap().len();
        assert_eq!(
            notes, NOTES,
            "an acknowledged note was lost (kill at {moment:?})"
        );
        let rows = store.live(&t, Kind::Investment).unwrap().len();
        assert!(
            rows == 0 || rows == ROWS,
            "{rows} of {ROWS} rows after a kill at {moment:?}"
        );
        if acknowledged_import {
            assert_eq!(
                rows, ROWS,
                "the import was acknowledged, so all its rows stay"
            );
        }
        if let Moment::Done = moment {
            assert!(acknowledged_import, "{out:?}");
        }
        assert_eq!(store.verify().unwrap(), Vec::<String>::new());
        outcomes.push((moment, progress.len(), rows, acknowledged_import));
    }
    eprintln!(
        "(kill at, progress lines seen, rows after restart, import acknowledged): {outcomes:?}"
    );
}
