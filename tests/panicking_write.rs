//! A command that panics on the commit thread, after it wrote or while its round is
//! applied: nothing of it is stored, the person gets the short apology with a reference,
//! the panic is logged in full (where at error, what it said and its backtrace at debug,
//! as people's text can be in it), and the bot goes on serving.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use support::Bot;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::WriteFault;
use valuebridge_chat::{Actor, Invocation, ReplyKind, Role};

const SAID: &str = "the disk driver broke in an unexpected way";

/// Panics at the `at`-th write of the store (0 first), as a bug deep in a write would.
fn panic_at(at: usize) -> Option<Arc<dyn WriteFault>> {
    let made = AtomicUsize::new(0);
    Some(Arc::new(move || {
        if made.fetch_add(1, Ordering::SeqCst) == at {
            panic!("{SAID}");
        }
        Ok(())
    }))
}

use support::captured::Captured;

/// Every thread's logs (the commit thread's too), at debug, from here on.
fn logs() -> &'static Captured {
    static LOGS: OnceLock<Captured> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Captured::default();
        let writer = logs.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("one subscriber");
        logs
    })
}

fn log_lines_with(needle: &str) -> Vec<String> {
    let logs = logs().0.lock().unwrap();
    String::from_utf8_lossy(&logs)
        .lines()
        .filter(|l| l.contains(needle))
        .map(str::to_string)
        .collect()
}

fn notes(bot: &Bot) -> Vec<String> {
    bot.store
        .live(&TenantId::local(), Kind::Note)
        .unwrap()
        .into_iter()
        .map(|s| format!("{:?}", s.record))
        .collect()
}

/// A console line from Alice, in plain words (not a command).
fn plain_words(text: &str) -> Invocation {
    Invocation {
        tenant: "local".into(),
        channel: "C1".into(),
        actor: Actor {
            user_id: "alice".into(),
            display_name: "alice".into(),
            role: Some(Role::Admin),
        },
        text: text.into(),
        is_command: false,
    }
}

/// The reference of an apology, checked to be one.
fn reference_of(reply: &valuebridge_chat::Reply) -> String {
    assert_eq!(
        reply.kind,
        ReplyKind::InternalError,
        "{}",
        reply.plain_text()
    );
    let text = reply.plain_text();
    assert!(text.contains("Something went wrong on our side"), "{text}");
    assert!(!text.contains(SAID), "the panic is shown: {text}");
    text.split("(ref ")
        .nth(1)
        .and_then(|r| r.split(')').next())
        .expect("a reference")
        .to_string()
}

/// The panic is logged under the request's reference: where at error, the rest at debug.
fn assert_logged_in_full(reference: &str) {
    let lines = log_lines_with(reference);
    let at_error = lines
        .iter()
        .find(|l| l.contains("ERROR") && l.contains("panicked"))
        .unwrap_or_else(|| panic!("no error line for the panic: {lines:#?}"));
    assert!(at_error.contains("panicking_write.rs"), "{at_error}");
    assert!(
        !at_error.contains(SAID),
        "people's words at error: {at_error}"
    );
    let in_full = lines
        .iter()
        .find(|l| l.contains(SAID))
        .unwrap_or_else(|| panic!("what the panic said is not logged: {lines:#?}"));
    assert!(in_full.contains("DEBUG"), "{in_full}");
    assert!(in_full.contains("backtrace"), "{in_full}");
}

#[tokio::test]
async fn a_command_that_panics_after_its_writes_leaves_nothing_and_the_bot_goes_on() {
    logs();
    let bot = Bot::new();
    bot.seed().await;
    let card = bot
        .line(
            "alice",
            "met the Sales team today, they want faster laptops",
        )
        .await;
    assert!(card.contains("log this engagement note?"), "{card}");
    let before = notes(&bot);

    // The note is written, then closing the draft panics.
    bot.store.set_write_fault(panic_at(1));
    let reply = bot.service.handle(&plain_words("yes")).await;
    let reference = reference_of(&reply);
    assert_eq!(
        notes(&bot),
        before,
        "the note of the panicked command stayed"
    );
    assert_logged_in_full(&reference);

    // The commit thread still writes. (A draft whose confirmation failed on our side is
    // dropped by the conversation, so it cannot fail the same way again.)
    bot.store.set_write_fault(None);
    bot.ok("note Sales: the bot still serves").await;
    assert_eq!(notes(&bot).len(), before.len() + 1);
}

#[tokio::test]
async fn a_round_whose_batch_panics_stores_nothing_and_the_next_command_lands() {
    logs();
    let bot = Bot::new();
    bot.seed().await;
    let before = notes(&bot);

    // The note is written into the round; applying the round's batch panics.
    bot.store.set_write_fault(panic_at(1));
    let reply = bot
        .say_as(
            "local",
            "alice",
            Some(Role::Admin),
            "note Sales: lost to a panic",
        )
        .await;
    let reference = reference_of(&reply);
    assert_eq!(notes(&bot), before);
    assert!(!log_lines_with("panicked").is_empty(), "{reference}");

    bot.store.set_write_fault(None);
    bot.ok("note Sales: the commit thread is still there").await;
    assert_eq!(notes(&bot).len(), before.len() + 1);
}
