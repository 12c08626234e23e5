//! SIGKILL the real bot the moment a scheduled digest is being posted, three times over:
//! after each restart the post in flight at the kill is never posted again, and posting
//! goes on. Together with the slots seen, every slot posted is posted exactly once.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

#[path = "support/child.rs"]
mod child;
use child::KillOnDrop as Bot;

fn start(dir: &std::path::Path, first: &[&str]) -> (Bot, mpsc::Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_valuebridge"))
        .args(["--data-dir", dir.to_str().unwrap(), "run"])
        .current_dir(std::env::temp_dir())
        .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:0")
        .env("VALUEBRIDGE_SCHEDULE__MIN_INTERVAL_SECONDS", "1")
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for line in first {
        writeln!(stdin, "{line}").unwrap();
    }
    // The console keeps reading while the test runs.
    std::mem::forget(stdin);
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (Bot::new(child), rx)
}

/// The slot of the next scheduled digest posted (60 s without one is a failure).
fn next_post(rx: &mpsc::Receiver<String>) -> String {
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("a scheduled digest within a minute");
        if let Some(slot) = line.strip_prefix("Scheduled digest SUB-1 for ") {
            return slot.to_string();
        }
    }
}

#[test]
fn a_post_in_flight_at_a_sigkill_is_posted_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut posted: BTreeMap<String, usize> = BTreeMap::new();
    let mut in_flight = Vec::new();
    let setup = ["unit add Sales", "subscribe cron \"*/2 * * * * *\" tz:UTC"];
    for round in 0..3 {
        let (mut bot, rx) = start(dir.path(), if round == 0 { &setup } else { &[] });
        let slot = next_post(&rx);
        // SIGKILL while that post is being handed over and recorded.
        bot.kill().unwrap();
        bot.wait().unwrap();
        *posted.entry(slot.clone()).or_default() += 1;
        // Whatever the dying bot still wrote counts too.
        while let Ok(line) = rx.recv_timeout(Duration::from_secs(5)) {
            if let Some(s) = line.strip_prefix("Scheduled digest SUB-1 for ") {
                *posted.entry(s.to_string()).or_default() += 1;
            }
        }
        in_flight.push(slot);
    }
    // A last run: the posts in flight at each kill never come again; new slots do.
    let (_bot, rx) = start(dir.path(), &[]);
    for _ in 0..2 {
        let slot = next_post(&rx);
        *posted.entry(slot).or_default() += 1;
    }
    let twice: Vec<_> = posted.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "posted more than once: {twice:?}");
    for slot in &in_flight {
        assert_eq!(posted.get(slot), Some(&1), "{slot}: {posted:?}");
    }
    assert!(posted.len() >= 5, "{posted:?}");
}
