//! Kill the real bot with SIGKILL the moment it has acknowledged a number of Slack commands
//! sent on many connections at once (so writes are applied while earlier ones are being
//! flushed), start it again, and check that every acknowledged note is in the store, whole.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

#[path = "support/child.rs"]
mod child;
#[path = "support/slack_signing.rs"]
mod slack_signing;
use child::KillOnDrop;
use valuebridge::domain::Record;
use valuebridge::ids::{NoteId, TenantId};
use valuebridge::store::Store;

const SECRET: &str = "crash-test-secret";
const CONNECTIONS: usize = 16;
const KILL_AFTER: usize = 300;

/// A signed `/value` slash command, with its own `trigger_id`.
fn signed_command(addr: &str, text: &str, trigger: u64) -> reqwest::RequestBuilder {
    let body = serde_urlencoded::to_string([
        ("team_id", "T0CRASH01"),
        ("channel_id", "C1"),
        ("user_id", "U1"),
        ("command", "/value"),
        ("text", text),
        ("response_url", "https://hooks.slack.com/commands/T1/1/x"),
        ("trigger_id", &format!("{trigger}.2.3")),
    ])
    .unwrap();
    // The bot checks the signature's age against its own clock, which is the system's.
    let [(ts_name, ts), (sig_name, sig)] = slack_signing::headers(SECRET, &body);
    reqwest::Client::new()
        .post(format!("http://{addr}/slack/commands"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header(ts_name, ts)
        .header(sig_name, sig)
        .body(body)
}

/// The note id in an acknowledgement (`… NOTE-12 …`).
fn note_id(reply: &str) -> Option<u64> {
    let at = reply.find("NOTE-")? + "NOTE-".len();
    let digits: String = reply[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_right_after_acks_on_many_connections_loses_no_acknowledged_note() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap().to_string();
    let tenant = "slack:T0CRASH01";
    let seeded = Command::new(env!("CARGO_BIN_EXE_valuebridge"))
        .args(["--data-dir", &data, "--tenant", tenant, "chat"])
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(b"unit add Sales\n")?;
            c.wait()
        })
        .unwrap();
    assert!(seeded.success());

    let mut child = KillOnDrop::new(
        Command::new(env!("CARGO_BIN_EXE_valuebridge"))
            .args(["--data-dir", &data, "run"])
            .current_dir(std::env::temp_dir())
            .env_remove("RUST_LOG")
            .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:0")
            .env("SLACK_SIGNING_SECRET", SECRET)
            .env("SLACK_BOT_TOKEN", "xoxb-crash-test")
            // Nothing listens there: the bot's own calls to Slack fail at once, on loopback.
            .env("VALUEBRIDGE_SLACK__API_URL", "http://127.0.0.1:9/api")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let pid = child.id() as libc::pid_t;
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("valuebridge is running") {
        line.clear();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "the bot exited before it was running"
        );
    }
    let at = line
        .find("127.0.0.1:")
        .expect("the running line names its address");
    let addr: String = line[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':')
        .collect();
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));

    // Acknowledged notes (id → text); the bot is killed as the KILL_AFTER-th arrives.
    let acked = Arc::new(Mutex::new(BTreeMap::<u64, String>::new()));
    let triggers = Arc::new(AtomicU64::new(1));
    let senders = (0..CONNECTIONS).map(|_| {
        let (acked, triggers, addr) = (acked.clone(), triggers.clone(), addr.clone());
        tokio::spawn(async move {
            loop {
                let trigger = triggers.fetch_add(1, Ordering::Relaxed);
                let text = format!("crash test {trigger}.");
                let Ok(res) = signed_command(&addr, &format!("note Sales: {text}"), trigger)
                    .send()
                    .await
                else {
                    return; // the bot is gone
                };
                if res.status() != 200 {
                    return;
                }
                let Ok(reply) = res.text().await else { return };
                let id = note_id(&reply).unwrap_or_else(|| panic!("not logged: {reply}"));
                let mut acked = acked.lock().unwrap();
                if acked.len() >= KILL_AFTER {
                    return; // arrived after the kill
                }
                acked.insert(id, text);
                if acked.len() == KILL_AFTER {
                    // SAFETY: `pid` is our child, not yet waited for.
                    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
                    return;
                }
            }
        })
    });
    for sender in senders.collect::<Vec<_>>() {
        sender.await.unwrap();
    }
    child.wait().unwrap();
    let acked = acked.lock().unwrap().clone();
    assert_eq!(
        acked.len(),
        KILL_AFTER,
        "the bot acknowledged too few notes"
    );

    let store = Store::open(dir.path()).unwrap();
    let t: TenantId = tenant.parse().unwrap();
    for (n, text) in &acked {
        let state = store
            .get(&t, NoteId(*n).record())
            .unwrap()
            .unwrap_or_else(|| panic!("NOTE-{n} was acknowledged but is lost"));
        let Record::Note(note) = state.record else {
            panic!("NOTE-{n} is not a note")
        };
        assert_eq!(&note.text, text);
    }
    // The unit and every acknowledged note are in the history.
    let history = store.log_len(&t).unwrap();
    assert!(
        history > KILL_AFTER as u64,
        "history holds {history} entries"
    );
}
