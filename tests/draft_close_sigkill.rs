//! SIGKILL a process confirming a draft, or finishing a form kept over several pages, at
//! each of the writes it makes, after sled has written to disk everything applied so far
//! (as its background flush may at any moment): after each kill the draft or the form is
//! either still there with no record of it, or gone with its record; never gone without it.
//! Confirming (or submitting the last page) again then logs it exactly once.
//!
//! The process killed is this test binary itself, running [`child_confirms_a_draft`] or
//! [`child_finishes_a_form`] with the store and the kill point in its environment.

mod support;

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use support::forms::{say, submit, INVEST_PAGE_1, INVEST_PAGE_2, TENANT};
use support::Bot;
use valuebridge::config::Config;
use valuebridge::conversation::Drafts;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::{PartialForms, Store};
use valuebridge_chat::{render_plain, FormOutcome, ReplyKind};

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
    kill_at_write(&store);
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged note"), "{out}");
}

#[tokio::test]
#[ignore = "the process the crash test kills; run by it"]
async fn child_finishes_a_form() {
    let dir = std::env::var(DIR).expect("run by the crash test");
    let store = Store::open(std::path::Path::new(&dir)).unwrap();
    let bot = Bot::on_store(store.clone(), Config::default());
    assert_eq!(say(&bot, "unit add Sales").await.kind, ReplyKind::Recorded);
    let page1 = say(&bot, "invest").await.form.expect("a form");
    bot.service
        .submit_form(&submit(&page1, INVEST_PAGE_1))
        .await;
    let page2 = say(&bot, "form page 2 FORM-1").await.form.expect("page 2");
    kill_at_write(&store);
    let FormOutcome::Done { reply } = bot
        .service
        .submit_form(&submit(&page2, INVEST_PAGE_2))
        .await
    else {
        panic!("the last page was refused")
    };
    assert_eq!(reply.kind, ReplyKind::Recorded, "{}", render_plain(&reply));
}

/// Makes this process write everything applied so far to disk and die (SIGKILL) at the
/// write numbered by the environment (from 0).
fn kill_at_write(store: &Store) {
    let kill_at: usize = std::env::var(KILL_AT).unwrap().parse().unwrap();
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
}

/// Runs the test `child` on `dir`, killed at its `kill_at`-th write (from 0). Whether it
/// was killed.
fn run_child(child: &str, dir: &std::path::Path, kill_at: usize) -> bool {
    let status = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", child, "--ignored", "--test-threads=1"])
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
        killed += usize::from(run_child("child_confirms_a_draft", dir.path(), kill_at));

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

fn investments(store: &Store) -> usize {
    let tenant: TenantId = TENANT.parse().unwrap();
    store.live(&tenant, Kind::Investment).unwrap().len()
}

#[tokio::test]
async fn a_kill_while_finishing_a_form_never_leaves_it_cleared_without_its_record() {
    let mut killed = 0;
    for kill_at in 0..KILL_POINTS {
        let dir = tempfile::tempdir().unwrap();
        killed += usize::from(run_child("child_finishes_a_form", dir.path(), kill_at));

        let store = Store::open(dir.path()).unwrap();
        let bot = Bot::on_store(store.clone(), Config::default());
        let forms = PartialForms::open(&store).unwrap();
        let kept = forms.get("FORM-1", bot.service.now()).unwrap().is_some();
        let stored = investments(&store);
        assert!(
            (kept, stored) == (true, 0) || (kept, stored) == (false, 1),
            "killed at write {kill_at}: form kept {kept}, investments stored {stored}"
        );
        // The last page submitted again logs it if it was not; a finished form is gone.
        let page2 = say(&bot, "form page 2 FORM-1").await;
        assert_eq!(page2.form.is_some(), kept, "at write {kill_at}");
        if let Some(page2) = page2.form {
            let outcome = bot
                .service
                .submit_form(&submit(&page2, INVEST_PAGE_2))
                .await;
            assert!(
                matches!(&outcome, FormOutcome::Done { reply } if reply.kind == ReplyKind::Recorded),
                "at write {kill_at}: {outcome:?}"
            );
        }
        assert_eq!(investments(&store), 1, "at write {kill_at}");
        assert!(forms.get("FORM-1", bot.service.now()).unwrap().is_none());
    }
    assert_eq!(killed, 3, "kill points that fell inside the last page");
}
