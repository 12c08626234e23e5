//! SIGKILL a process confirming a draft at each of the writes the confirmation makes, after
//! sled has written to disk everything applied so far (as its background flush may at any
//! moment): after each kill the draft is either still open with no record of it, or closed
//! with its record; never closed without it. Confirming again then logs it exactly once.
//!
//! The process killed is this test binary itself, running [`child_confirms_a_draft`] with
//! the store and the kill point in its environment.

mod support;

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use support::Bot;
use valuebridge::config::Config;
use valuebridge::conversation::Drafts;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const DIR: &str = "VALUEBRIDGE_TEST_CRASH_DIR";
const KILL_AT: &str = "VALUEBRIDGE_TEST_KILL_AT_WRITE";
/// More kill points than a confirmed note makes writes: the last ones let it finish.
const KILL_POINTS: usize = 5;

fn notes(store: &Store) -> usize {
    store.live(&TenantId::local(), Kind::Note).unwrap().len()
}

fn draft_open(store: &Store, bot: &Bot) -> bool {
    Drafts::open(store)
        .unwrap()
        .get(&TenantId::local(), "C1", "alice", bot.service.now())
        .unwrap()
        .is_some()
}

#[tokio::test]
#[ignore = "the process the crash test kills; run by it"]
async fn child_confirms_a_draft() {
    let dir = std::env::var(DIR).expect("run by the crash test");
    let kill_at: usize = std::env::var(KILL_AT).unwrap().parse().unwrap();
    let store = Store::open(std::path::Path::new(&dir)).unwrap();
    let bot = Bot::on_store(store.clone(), Config::default());
    bot.seed().await;
    let card = bot
        .line(
            "alice",
            "met the Sales team today, they want faster laptop refresh",
        )
        .await;
    assert!(card.contains("log this engagement note?"), "{card}");
    let writes = AtomicUsize::new(0);
    let on_disk = store.clone();
    store.set_write_fault(Some(Arc::new(move || {
        if writes.fetch_add(1, Ordering::SeqCst) == kill_at {
            on_disk.flush().unwrap();
            // SAFETY: sends a signal to this very process; nothing is shared with C.
            unsafe { libc::kill(libc::getpid(), libc::SIGKILL) };
        }
        Ok(())
    })));
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged note"), "{out}");
}

/// Runs [`child_confirms_a_draft`] on `dir`, killed at its `kill_at`-th write (from 0).
/// Whether it was killed.
fn confirm_in_child(dir: &std::path::Path, kill_at: usize) -> bool {
    let status = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_confirms_a_draft",
            "--ignored",
            "--test-threads=1",
        ])
        .env(DIR, dir)
        .env(KILL_AT, kill_at.to_string())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(libc::SIGKILL) => true,
        _ => {
            assert!(status.success(), "the child failed: {status}");
            false
        }
    }
}

#[tokio::test]
async fn a_kill_while_confirming_a_draft_never_leaves_it_closed_without_its_record() {
    let mut killed = 0;
    for kill_at in 0..KILL_POINTS {
        let dir = tempfile::tempdir().unwrap();
        killed += usize::from(confirm_in_child(dir.path(), kill_at));

        let store = Store::open(dir.path()).unwrap();
        let bot = Bot::on_store(store.clone(), Config::default());
        let (open, stored) = (draft_open(&store, &bot), notes(&store));
        assert!(
            (open, stored) == (true, 0) || (open, stored) == (false, 1),
            "killed at write {kill_at}: draft open {open}, notes stored {stored}"
        );
        // Saying yes again logs the note if it was not, and never a second one.
        let out = bot.line("alice", "yes").await;
        assert_eq!(
            out.contains("Logged note"),
            open,
            "at write {kill_at}: {out}"
        );
        assert_eq!(notes(&store), 1, "at write {kill_at}");
        assert!(!draft_open(&store, &bot), "at write {kill_at}");
    }
    assert!(
        killed >= 2,
        "only {killed} kill points fell inside the confirmation"
    );
}
