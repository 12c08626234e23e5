//! Confirm pressed on a card that no longer shows the draft: after an edit made the draft
//! incomplete (it asks its question and stores nothing), after an edit that kept it complete
//! (the draft as it is now is stored, once), and after it was cancelled (nothing is stored).
//! A press that asked the question must not leave the draft marked as confirmed: the typed
//! answer, a `yes` or a later press still log it, exactly once.

mod support;

use support::Bot;
use valuebridge::domain::{Note, Record};
use valuebridge::ids::{Kind, TenantId};

const NOTE: &str = "met the Sales team today, they want faster laptop refresh";

async fn bot() -> Bot {
    let bot = Bot::new();
    for line in ["unit add Sales", "unit add Service"] {
        bot.ok(line).await;
    }
    bot
}

fn notes(bot: &Bot) -> Vec<Note> {
    bot.store
        .live(&TenantId::local(), Kind::Note)
        .unwrap()
        .into_iter()
        .map(|s| match s.record {
            Record::Note(n) => n,
            other => panic!("not a note: {other:?}"),
        })
        .collect()
}

/// A complete note's card (draft 1), then `edit owner raj`: a follow-up with an owner and no
/// action, so the draft asks for the action.
async fn card_then_incomplete(bot: &Bot) {
    let card = bot.line("alice", NOTE).await;
    assert!(
        card.contains("Draft 1: log this engagement note?"),
        "{card}"
    );
    let asked = bot.line("alice", "edit owner raj").await;
    assert!(asked.contains("What is the follow-up action?"), "{asked}");
    assert!(!asked.contains("log this engagement note?"), "{asked}");
}

/// The one note stored, with the fields the card showed after the answer.
fn assert_the_answered_note(bot: &Bot) {
    let stored = notes(bot);
    assert_eq!(stored.len(), 1, "{stored:#?}");
    let note = &stored[0];
    assert_eq!(note.unit.to_string(), bot.unit_id("Sales"));
    assert!(note.text.contains("faster laptop refresh"), "{note:?}");
    assert_eq!(note.followups.len(), 1, "{note:?}");
    assert_eq!(note.followups[0].text, "send the laptop options");
    assert_eq!(note.followups[0].owner.as_deref(), Some("raj"));
}

/// The old card's Confirm while the draft waits for its answer asks the question and stores
/// nothing; the draft still takes its answer.
async fn press_asks_and_stores_nothing(bot: &Bot) {
    let out = bot.line("alice", "confirm draft 1").await;
    assert!(out.contains("What is the follow-up action?"), "{out}");
    // Said as a typed `yes` says it: the press did not log it, and why.
    assert!(
        out.contains("Draft 1 can't be logged yet: it still needs an answer"),
        "{out}"
    );
    assert!(!out.contains("already confirmed"), "{out}");
    assert!(!out.contains("Logged"), "{out}");
    assert!(notes(bot).is_empty());
    // A second press before the answer: the same, still nothing stored.
    let again = bot.line("alice", "confirm draft 1").await;
    assert!(again.contains("What is the follow-up action?"), "{again}");
    assert!(!again.contains("already confirmed"), "{again}");
    assert!(notes(bot).is_empty());
}

async fn answer(bot: &Bot) {
    let card = bot.line("alice", "send the laptop options").await;
    assert!(card.contains("log this engagement note?"), "{card}");
    assert!(
        card.contains("Follow-up  send the laptop options") && card.contains("Owner      raj"),
        "{card}"
    );
    assert!(
        notes(bot).is_empty(),
        "the answer shows the card, logs nothing"
    );
}

#[tokio::test]
async fn an_old_confirm_on_a_draft_made_incomplete_asks_then_yes_logs_once() {
    let bot = bot().await;
    card_then_incomplete(&bot).await;
    press_asks_and_stores_nothing(&bot).await;
    answer(&bot).await;
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged note NOTE-1 (Sales)"), "{out}");
    assert!(out.contains("send the laptop options @raj"), "{out}");
    assert_the_answered_note(&bot);
    // The old card's Confirm again: told what was stored, nothing stored twice.
    let late = bot.line("alice", "confirm draft 1").await;
    assert_eq!(
        late.trim(),
        "Draft 1 is already confirmed as NOTE-1; nothing more was logged."
    );
    assert_eq!(notes(&bot).len(), 1);
    let yes = bot.line("alice", "yes").await;
    assert!(yes.contains("There is no draft waiting for you"), "{yes}");
    assert_eq!(notes(&bot).len(), 1);
}

#[tokio::test]
async fn an_old_confirm_pressed_after_the_answer_logs_the_answered_draft_once() {
    let bot = bot().await;
    card_then_incomplete(&bot).await;
    press_asks_and_stores_nothing(&bot).await;
    answer(&bot).await;
    let out = bot.line("alice", "confirm draft 1").await;
    assert!(out.contains("Logged note NOTE-1 (Sales)"), "{out}");
    assert_the_answered_note(&bot);
    let late = bot.line("alice", "confirm draft 1").await;
    assert!(late.contains("already confirmed as NOTE-1"), "{late}");
    let yes = bot.line("alice", "yes").await;
    assert!(yes.contains("There is no draft waiting for you"), "{yes}");
    assert_eq!(notes(&bot).len(), 1);
}

#[tokio::test]
async fn an_old_confirm_after_an_edit_that_kept_the_draft_complete_stores_it_as_edited() {
    let bot = bot().await;
    let card = bot.line("alice", NOTE).await;
    assert!(card.contains("Unit       Sales"), "{card}");
    let edited = bot.line("alice", "edit unit Service").await;
    assert!(edited.contains("Unit       Service"), "{edited}");
    let out = bot.line("alice", "confirm draft 1").await;
    assert!(out.contains("Logged note NOTE-1 (Service)"), "{out}");
    let stored = notes(&bot);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].unit.to_string(), bot.unit_id("Service"));
    let late = bot.line("alice", "confirm draft 1").await;
    assert!(late.contains("already confirmed as NOTE-1"), "{late}");
    assert_eq!(notes(&bot).len(), 1);
}

#[tokio::test]
async fn an_old_confirm_on_a_cancelled_draft_stores_nothing() {
    let bot = bot().await;
    for cancel in ["cancel draft 1", "no"] {
        let card = bot.line("alice", NOTE).await;
        let id = if cancel == "no" { 2 } else { 1 };
        assert!(
            card.contains(&format!("Draft {id}: log this engagement note?")),
            "{card}"
        );
        let out = bot.line("alice", cancel).await;
        assert!(out.contains("nothing was logged"), "{out}");
        let press = bot.line("alice", &format!("confirm draft {id}")).await;
        assert!(
            press.contains(&format!("Draft {id} is not yours, or it has expired or been handled already; nothing changed.")),
            "{press}"
        );
        assert!(!press.contains("already confirmed"), "{press}");
        assert!(
            notes(&bot).is_empty(),
            "`{cancel}` then Confirm stored a note"
        );
    }
}

/// Once incomplete, then answered: the claim the question-asking press took is released,
/// so two presses at once after the answer still store one note.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presses_at_once_after_the_answer_store_one_note() {
    let bot = bot().await;
    card_then_incomplete(&bot).await;
    press_asks_and_stores_nothing(&bot).await;
    answer(&bot).await;
    let answers =
        futures_util::future::join_all((0..3).map(|_| bot.line("alice", "confirm draft 1"))).await;
    let logged = answers
        .iter()
        .filter(|a| a.contains("Logged note NOTE-1"))
        .count();
    assert_eq!(logged, 1, "{answers:#?}");
    assert_the_answered_note(&bot);
}
