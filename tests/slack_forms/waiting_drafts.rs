//! A draft still waiting for an answer ("What benefit a year do you expect from it?") on
//! Slack: its question comes with **Edit** and **Cancel** (no Confirm: it cannot be logged
//! yet); the Edit form fills the asked field or names a registered investment, and settles
//! the question; a bad value is shown on its input and stores nothing, and the question can
//! still be answered by typing.

use super::*;

/// A decision on a name nobody registered, with no benefit said: the bot asks for it.
const WAITING: &str = "ServiceTitan renewal for Ops approved at £40k";

/// The values of the buttons on a message the bot posted.
fn button_values(message: &Value) -> Vec<String> {
    message["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "actions")
        .flat_map(|b| b["elements"].as_array().unwrap())
        .map(|e| e["value"].as_str().unwrap().to_string())
        .collect()
}

/// Everything the bot said back after the first post: later posts, updates, responses.
fn said_since_first(bot: &Bot) -> String {
    let f = &bot.fake;
    let mut all: Vec<Value> = f.posts.lock().unwrap()[1..].to_vec();
    all.extend(f.updates.lock().unwrap().iter().cloned());
    all.extend(f.responses.lock().unwrap().iter().cloned());
    all.extend(f.ephemerals.lock().unwrap().iter().cloned());
    Value::Array(all).to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_drafts_question_has_edit_and_cancel_and_its_form_logs_on_a_registered_one() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let view = bot.edit_form_of(WAITING).await;
    let asked = bot.fake.posts.lock().unwrap()[0].clone();
    assert!(
        asked
            .to_string()
            .contains("What benefit a year do you expect"),
        "{asked}"
    );
    let presses = button_values(&asked);
    assert_eq!(presses.len(), 2, "{asked}");
    assert!(presses[0].starts_with("edit draft "), "{asked}");
    assert!(presses[1].starts_with("cancel draft "), "{asked}");
    assert_eq!(view["callback_id"], "valuebridge_form:invest", "{view}");
    let typed = [
        ("name", "Field service platform"),
        ("aliases", "ServiceTitan"),
    ];
    let update = bot.submit_closing(&view, &typed).await.to_string();
    assert!(update.contains("DEC-1"), "{update}");
    assert!(!update.contains("What benefit"), "{update}");
    assert_eq!(bot.count(Kind::Investment), 1);
    assert_eq!(bot.count(Kind::Decision), 1);
    // The question is settled: an answer typed now finds no draft asking it.
    bot.answer_to("yes").await;
    let after = said_since_first(&bot);
    assert!(
        after.contains("There is no draft waiting for you"),
        "{after}"
    );
    assert!(!after.contains("can't be logged yet"), "{after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_value_on_a_waiting_drafts_form_is_shown_on_it_and_the_typed_answer_still_works() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let view = bot.edit_form_of(WAITING).await;
    let typed = [("benefit", "10000"), ("years", "99"), ("category", "run")];
    let answer = bot.submit_refused(&view, &typed).await;
    assert!(
        answer["errors"]["years"]
            .as_str()
            .unwrap_or_default()
            .contains("99"),
        "{answer}"
    );
    // The question still waits, and a typed answer fills it as before.
    let next = bot.answer_to("£10k a year").await;
    assert!(next.to_string().contains("Over how many years"), "{next}");
    assert_eq!(button_values(&next).len(), 2, "{next}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_on_a_waiting_drafts_question_drops_it() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let asked = bot.answer_to(WAITING).await;
    let cancel = button_values(&asked)
        .into_iter()
        .find(|v| v.starts_with("cancel draft "))
        .unwrap_or_else(|| panic!("a Cancel button: {asked}"));
    assert_eq!(bot.interact(&bot.button_press(&cancel)).await.0, 200);
    bot.wait_for(|f| {
        !f.updates.lock().unwrap().is_empty() || !f.responses.lock().unwrap().is_empty()
    })
    .await;
    let said = said_since_first(&bot);
    assert!(said.contains("cancelled; nothing was logged"), "{said}");
    let after = bot.answer_to("£10k a year").await.to_string();
    assert!(!after.contains("Over how many years"), "{after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn yes_to_a_waiting_draft_asks_again_with_edit_and_cancel() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    bot.answer_to(WAITING).await;
    let again = bot.answer_to("yes").await;
    assert!(again.to_string().contains("can't be logged yet"), "{again}");
    assert!(
        again
            .to_string()
            .contains("What benefit a year do you expect"),
        "{again}"
    );
    let presses = button_values(&again);
    assert_eq!(presses.len(), 2, "{again}");
    assert!(presses[0].starts_with("edit draft "), "{again}");
}

/// The `*label*\nvalue` texts of a message's field sections, as Slack shows them.
fn field_texts(message: &Value) -> Vec<String> {
    message["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["fields"].as_array())
        .flatten()
        .map(|f| f["text"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_drafts_message_shows_what_was_read_then_the_question_then_the_buttons() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let asked = bot.answer_to(WAITING).await;
    let blocks = asked["blocks"].as_array().unwrap();
    assert_eq!(blocks[0]["type"], "header", "{asked}");
    assert_eq!(
        blocks[0]["text"]["text"], "Draft 1, as read so far: new investment and its decision",
        "{asked}"
    );
    let fields = field_texts(&asked);
    for shown in [
        "*Name*\nServiceTitan renewal",
        "*Unit*\nOps",
        "*Cost*\n£40,000",
        "*Then*\nlog the decision: approve",
        "*Benefit a year*\nasked below",
        "*Years*\nstill needed",
    ] {
        assert!(fields.iter().any(|f| f == shown), "{shown}: {asked}");
    }
    // The question comes under the fields, then how to correct them, then Edit and Cancel.
    let texts: Vec<&str> = blocks
        .iter()
        .map(|b| b["text"]["text"].as_str().unwrap_or_default())
        .collect();
    let fields_at = blocks.iter().rposition(|b| b["fields"].is_array());
    let question_at = texts
        .iter()
        .position(|t| t.contains("What benefit a year do you expect"));
    let how_at = texts
        .iter()
        .position(|t| t.contains("to correct a field above"));
    assert!(fields_at < question_at && question_at < how_at, "{asked}");
    assert_eq!(how_at, Some(blocks.len() - 2), "{asked}");
    assert_eq!(blocks[blocks.len() - 1]["type"], "actions", "{asked}");
    // Answered, the next question shows the answer among the fields.
    let next = bot.answer_to("£10k a year").await;
    let fields = field_texts(&next);
    assert!(
        fields.iter().any(|f| f == "*Benefit a year*\n£10,000"),
        "{next}"
    );
    assert!(fields.iter().any(|f| f == "*Years*\nasked below"), "{next}");
    assert!(next.to_string().contains("Over how many years"), "{next}");
}

/// The message's plain `text` is what a push notification, the channel list and a screen
/// reader show: for a waiting draft, its question (and which draft), not the heading.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_drafts_notification_is_its_question() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let asked = bot.answer_to(WAITING).await;
    assert_eq!(
        asked["text"], "Draft 1: What benefit a year do you expect from it?",
        "{asked}"
    );
    let next = bot.answer_to("£10k a year").await;
    let text = next["text"].as_str().unwrap_or_default();
    assert!(text.starts_with("Draft 1: Over how many years"), "{next}");
}
