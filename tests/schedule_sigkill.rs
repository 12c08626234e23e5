//! The real bot with a digest every 2 seconds (allowed by a test override of the minimum
//! interval), killed with SIGKILL and restarted: no slot is ever posted twice.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{ChildStdin, Command, Stdio};

#[path = "support/child.rs"]
mod child;
use child::KillOnDrop;
use std::sync::mpsc;
use std::time::Duration;

fn start(dir: &std::path::Path) -> (KillOnDrop, ChildStdin, mpsc::Receiver<String>) {
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
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    (KillOnDrop::new(child), stdin, rx)
}

/// Reads output until `n` scheduled digests have been seen (or 60 s pass, a failure).
fn collect_slots(rx: &mpsc::Receiver<String>, n: usize, slots: &mut BTreeMap<String, usize>) {
    let mut seen = 0;
    while seen < n {
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("a scheduled digest within a minute");
        if let Some(rest) = line.strip_prefix("Scheduled digest SUB-1 for ") {
            *slots.entry(rest.to_string()).or_default() += 1;
            seen += 1;
        }
    }
}

#[test]
fn no_slot_is_posted_twice_across_a_sigkill_and_restart() {
    let dir = tempfile::tempdir().unwrap();
    let mut slots = BTreeMap::new();

    let (mut bot, mut stdin, rx) = start(dir.path());
    writeln!(stdin, "unit add Sales").unwrap();
    writeln!(stdin, "subscribe cron \"*/2 * * * * *\" tz:UTC").unwrap();
    collect_slots(&rx, 3, &mut slots);
    bot.kill().unwrap(); // SIGKILL, possibly mid-post
    bot.wait().unwrap();

    let (mut bot, _stdin, rx) = start(dir.path());
    collect_slots(&rx, 3, &mut slots);
    bot.kill().unwrap();
    bot.wait().unwrap();

    let twice: Vec<_> = slots.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "slots posted twice: {twice:?}");
    assert!(slots.len() >= 6, "{slots:?}");
}
