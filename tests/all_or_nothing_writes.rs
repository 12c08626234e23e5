//! One action, several writes: either all of them land or none does, and the person sees
//! one clear error. The failure is injected on the second write.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use support::{fail_after, Bot};
use valuebridge::ids::TenantId;
use valuebridge::schedule::Subscriptions;
use valuebridge::store::{Store, WriteFault};
use valuebridge::transfer::{export_json, import_json};

fn local() -> TenantId {
    TenantId::local()
}

/// A tenant with records and subscriptions, exported as JSON.
async fn exported() -> (tempfile::TempDir, std::path::PathBuf) {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: quarterly review").await;
    bot.ok("subscribe weekly mon 09:00 unit:Sales tz:Europe/London")
        .await;
    let dir = tempfile::tempdir().unwrap();
    let file = export_json(&bot.store, &local(), dir.path()).unwrap();
    (dir, file)
}

#[tokio::test]
async fn a_json_import_whose_subscriptions_fail_leaves_none_of_its_records() {
    let (_dir, file) = exported().await;
    let store = Store::temporary().unwrap();
    // The records are the first write, the subscriptions the second.
    store.set_write_fault(fail_after(1));
    let err = import_json(&store, &local(), &file)
        .unwrap_err()
        .to_string();
    assert!(err.contains("the server's disk is full"), "{err}");

    assert_eq!(store.log_len(&local()).unwrap(), 0, "records were kept");
    let subs = Subscriptions::open(&store).unwrap();
    assert!(subs.of_tenant(&local()).unwrap().is_empty());

    // Nothing half-imported stands in the way of trying again.
    store.set_write_fault(None);
    let entries = import_json(&store, &local(), &file).unwrap();
    assert_eq!(store.log_len(&local()).unwrap() as usize, entries);
    assert_eq!(subs.of_tenant(&local()).unwrap().len(), 1);
}

fn notes(bot: &Bot) -> usize {
    bot.store
        .live(&local(), valuebridge::ids::Kind::Note)
        .unwrap()
        .len()
}

/// A bot with alice's draft of a note waiting for her `yes`, and how many notes it holds.
async fn drafted_note() -> (Bot, usize) {
    let bot = Bot::new();
    bot.seed().await;
    let card = bot
        .line(
            "alice",
            "met the Sales team today, they want faster laptop refresh",
        )
        .await;
    assert!(card.contains("log this engagement note?"), "{card}");
    let before = notes(&bot);
    (bot, before)
}

/// With writes working again, alice's `yes` logs her kept draft, and a second `yes` logs
/// nothing more.
async fn confirmed_once_when_writes_work(bot: &Bot, before: usize) {
    bot.store.set_write_fault(None);
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged note"), "the draft was dropped: {out}");
    assert_eq!(notes(bot), before + 1);
    let out = bot.line("alice", "yes").await;
    assert!(!out.contains("Logged"), "{out}");
    assert_eq!(notes(bot), before + 1);
}

#[tokio::test]
async fn a_confirmed_draft_that_cannot_be_closed_logs_nothing_and_stays_to_confirm_again() {
    let (bot, before) = drafted_note().await;

    // The note is the first write, closing the draft the second.
    bot.store.set_write_fault(fail_after(1));
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("the server's disk is full"), "{out}");
    assert!(out.contains("The draft is kept"), "{out}");
    assert_eq!(notes(&bot), before, "the note was kept");

    // Once the disk has room, the same draft is confirmed, once.
    confirmed_once_when_writes_work(&bot, before).await;
}

#[tokio::test]
async fn a_json_import_whose_records_batch_is_refused_leaves_no_subscriptions() {
    let (_dir, file) = exported().await;
    let store = Store::temporary().unwrap();
    // The records and the subscriptions are written; then sled refuses the records' batch.
    store.set_write_fault(fail_after(2));
    let err = import_json(&store, &local(), &file)
        .unwrap_err()
        .to_string();
    assert!(err.contains("the server's disk is full"), "{err}");

    assert_eq!(store.log_len(&local()).unwrap(), 0, "records were kept");
    let subs = Subscriptions::open(&store).unwrap();
    assert!(
        subs.of_tenant(&local()).unwrap().is_empty(),
        "the subscriptions stayed without their records"
    );

    store.set_write_fault(None);
    let entries = import_json(&store, &local(), &file).unwrap();
    assert_eq!(store.log_len(&local()).unwrap() as usize, entries);
    assert_eq!(subs.of_tenant(&local()).unwrap().len(), 1);
}

#[tokio::test]
async fn a_confirmed_draft_whose_records_batch_is_refused_stays_to_confirm_again() {
    let (bot, before) = drafted_note().await;

    // The note is written and the draft closed; then sled refuses the records' batch.
    bot.store.set_write_fault(fail_after(2));
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("the server's disk is full"), "{out}");
    assert!(out.contains("The draft is kept"), "{out}");
    assert_eq!(notes(&bot), before, "the note was kept");

    bot.store.set_write_fault(None);
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged note"), "the draft was closed: {out}");
    assert_eq!(notes(&bot), before + 1);
}

/// Panics at the write after the first `allowed`, as a bug deep in a write would: an
/// error on our side, not the person's nor the disk's.
fn bug_after(allowed: usize) -> Option<Arc<dyn WriteFault>> {
    let made = AtomicUsize::new(0);
    Some(Arc::new(move || {
        if made.fetch_add(1, Ordering::SeqCst) == allowed {
            panic!("a bug while closing a draft");
        }
        Ok(())
    }))
}

#[tokio::test]
async fn a_confirmed_draft_that_fails_on_our_side_is_kept_to_confirm_again() {
    let (bot, before) = drafted_note().await;

    // The note is written, then closing the draft fails on our side.
    bot.store.set_write_fault(bug_after(1));
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Something went wrong on our side"), "{out}");
    assert_eq!(notes(&bot), before, "the note was kept");

    // The person is told to try again, and trying again confirms the same draft, once.
    confirmed_once_when_writes_work(&bot, before).await;
}

#[tokio::test]
async fn a_confirmed_draft_whose_flush_fails_is_undone_and_stays_to_confirm_again() {
    let (bot, before) = drafted_note().await;

    // The note and the draft's closing are applied together; then the disk refuses the flush.
    bot.store.set_flush_fault(Some(Arc::new(|| {
        Err(std::io::Error::from_raw_os_error(28))
    })));
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("the server's disk is full"), "{out}");
    assert_eq!(notes(&bot), before, "the note was kept");

    bot.store.set_flush_fault(None);
    confirmed_once_when_writes_work(&bot, before).await;
}
