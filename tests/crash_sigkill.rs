//! Kill the real bot with SIGKILL in the middle of a stream of commands, start it again,
//! and check that every command that got a confirmation is in the store, whole.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

#[path = "support/child.rs"]
mod child;
use child::KillOnDrop;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, NoteId, TenantId};
use valuebridge::store::{Change, Store};

#[test]
fn sigkill_mid_stream_loses_nothing_that_was_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = KillOnDrop::new(
        Command::new(env!("CARGO_BIN_EXE_valuebridge"))
            .args(["--data-dir", dir.path().to_str().unwrap(), "run"])
            .current_dir(std::env::temp_dir())
            .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:0")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = writeln!(stdin, "unit add Sales");
        for k in 1..=400 {
            if writeln!(
                stdin,
                "note Sales: crash test {k}. follow-up: check @ops by 2027-01-01"
            )
            .is_err()
            {
                break; // the bot is gone
            }
        }
        stdin
    });
    let mut confirmed = BTreeSet::new();
    for line in BufReader::new(child.stdout.take().unwrap()).lines() {
        let Ok(line) = line else { break };
        if let Some(rest) = line.strip_prefix("Logged note NOTE-") {
            let n: u64 = rest.split_whitespace().next().unwrap().parse().unwrap();
            confirmed.insert(n);
            if confirmed.len() == 150 {
                child.kill().unwrap(); // SIGKILL
                break;
            }
        }
    }
    child.wait().unwrap();
    drop(writer.join());
    assert_eq!(
        confirmed.len(),
        150,
        "the bot confirmed fewer commands than expected"
    );

    let store = Store::open(dir.path()).unwrap();
    let t = TenantId::local();
    for n in &confirmed {
        let state = store
            .get(&t, NoteId(*n).record())
            .unwrap()
            .unwrap_or_else(|| panic!("NOTE-{n} was confirmed but is lost"));
        let Record::Note(note) = state.record else {
            panic!("NOTE-{n} is not a note")
        };
        assert_eq!(note.text, format!("crash test {n}."));
        assert_eq!(note.followups.len(), 1);
    }
    // Nothing is half-written: every record has its history entry and every entry its record,
    // and numbering continues without reuse.
    let log = store.log(&t).unwrap();
    let notes = store.all(&t, Kind::Note).unwrap();
    let created: BTreeSet<_> = log
        .iter()
        .filter(|e| matches!(e.change, Change::Created { .. }))
        .map(|e| e.record)
        .collect();
    let states: BTreeSet<_> = notes
        .iter()
        .map(|s| s.record.id())
        .chain(std::iter::once(valuebridge::ids::UnitId(1).record()))
        .collect();
    assert_eq!(created, states);
    // Search is whole too: every stored note is found by the number in its text, whether or
    // not its indexing had run before the kill.
    for note in &notes {
        let id = note.record.id();
        let hits = store.search(&t, &id.n.to_string(), 5).unwrap();
        assert!(
            hits.iter().any(|h| h.state.record.id() == id),
            "{id} is stored but search does not find it"
        );
    }
    for (i, e) in log.iter().enumerate() {
        assert_eq!(e.seq, i as u64 + 1, "history is contiguous");
    }
    drop(store);
    let out = Command::new(env!("CARGO_BIN_EXE_valuebridge"))
        .args(["--data-dir", dir.path().to_str().unwrap(), "chat"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin
                .take()
                .unwrap()
                .write_all(b"note Sales: after the crash\n")?;
            c.wait_with_output()
        })
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let next = notes.len() + 1;
    assert!(
        text.contains(&format!("Logged note NOTE-{next} ")),
        "{text}"
    );
}
