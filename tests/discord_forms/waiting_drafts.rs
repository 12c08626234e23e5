//! A draft still waiting for an answer ("What benefit a year do you expect from it?") on
//! Discord: its question comes with **Edit** and **Cancel** (no Confirm); the Edit form's two
//! steps fill the asked field and settle the question; a bad value is refused on step 1,
//! storing nothing, and the question can still be answered by typing. A note asking for its
//! follow-up's action keeps the owner said on its form.

use super::forms_kept::*;
use super::*;

/// A decision on a name nobody registered, with no benefit said: the bot asks for it.
const WAITING: &str = "ServiceTitan renewal for Ops approved at £40k";

/// `text` said to the bot in the channel by user 2001 (message `id`): what the bot posts back.
async fn said(bot: &Bot, id: &str, text: &str) -> Value {
    said_and_sent(bot, id, text).await.0
}

/// The same, and the message the bot's answer became, as Discord hands it back on a press.
async fn said_and_sent(bot: &Bot, id: &str, text: &str) -> (Value, Value) {
    let mut said = discord_fake::message(
        id,
        CHANNEL,
        "2001",
        &format!("<@{}> {text}", discord_fake::BOT_USER),
    );
    said["guild_id"] = json!(GUILD);
    said["mentions"] = json!([{"id": discord_fake::BOT_USER, "username": "testbot",
                               "discriminator": "0", "avatar": null, "bot": true}]);
    let path = format!("/channels/{CHANNEL}/messages");
    let before = bot.fake.calls_to("POST", &path).len();
    bot.fake.dispatch("MESSAGE_CREATE", said);
    bot.fake
        .wait_for("the bot's answer", |f| {
            f.calls_to("POST", &path).len() > before
        })
        .await;
    let sent = bot.fake.sent.lock().unwrap()[before].clone();
    (bot.fake.calls_to("POST", &path)[before].body.clone(), sent)
}

fn labels(answer: &Value) -> Vec<String> {
    buttons(answer)
        .into_iter()
        .map(|(label, _)| label)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_drafts_question_has_edit_and_cancel_and_its_two_steps_fill_it() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let (asked, first, card) = edit_on_the_draft_of(&bot, WAITING, ["860", "861", "905"]).await;
    assert!(
        text(&asked).contains("What benefit a year do you expect"),
        "{asked}"
    );
    assert_eq!(labels(&asked), ["Edit", "Cancel"], "{asked}");
    let typed = [("benefit", "£10k"), ("years", "3")];
    let step = bot.submit_on(&card, &first, "862", &typed).await;
    assert!(text(&step).contains("Step 1 of 2"), "{step}");
    let second = bot.next_step(&card, &step, "863").await;
    let done = bot
        .submit_on(&card, &second, "864", &[("category", "run")])
        .await;
    assert!(text(&done).contains("INV-2"), "{done}");
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(!text(&done).contains("What benefit"), "{done}");
    assert_eq!(bot.live(Kind::Investment).len(), 2);
    assert_eq!(bot.live(Kind::Decision).len(), 1);
    // The question is settled: nothing of the draft is left to answer or confirm.
    let after = said(&bot, "865", "yes").await;
    assert!(
        after
            .to_string()
            .contains("There is no draft waiting for you"),
        "{after}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_value_on_a_waiting_drafts_form_stores_nothing_and_the_typed_answer_still_works() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let (_, first, card) = edit_on_the_draft_of(&bot, WAITING, ["870", "871", "906"]).await;
    let typed = [("benefit", "£10k"), ("years", "99")];
    let step = bot.submit_on(&card, &first, "872", &typed).await;
    assert!(!text(&step).contains("Step 1 of 2"), "{step}");
    assert!(text(&step).contains("99"), "{step}");
    assert_eq!(bot.live(Kind::Investment).len(), 1);
    assert!(bot.live(Kind::Decision).is_empty());
    // The question still waits, and a typed answer fills it as before.
    let next = said(&bot, "873", "£10k a year").await;
    assert!(next.to_string().contains("Over how many years"), "{next}");
    let next_labels: Vec<String> = next["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|b| b["label"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(next_labels, ["Edit", "Cancel"], "{next}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_asking_for_its_action_keeps_the_owner_on_its_form() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    said(&bot, "880", "met Ops today about pricing").await;
    let (asked, card) = said_and_sent(&bot, "881", "edit owner raj").await;
    assert!(
        asked.to_string().contains("What is the follow-up action?"),
        "{asked}"
    );
    let edit = asked["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["label"] == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {asked}"))["custom_id"]
        .as_str()
        .unwrap()
        .to_string();
    let form = bot
        .gateway(on_card(press("882", "2001", &edit), &card))
        .await;
    drawable(&form);
    let follow_up = inputs(&form)
        .into_iter()
        .find(|i| i["custom_id"] == "follow_up")
        .unwrap_or_else(|| panic!("a follow-up input: {form}"));
    assert_eq!(follow_up["value"], "@raj", "{form}");
    // Sent as it is, the follow-up says nothing to do: refused, nothing stored.
    let refused = bot.submit_on(&card, &form, "883", &[]).await;
    assert!(text(&refused).contains("nothing to do"), "{refused}");
    assert!(bot.live(Kind::Note).is_empty());
    let typed = [("follow_up", "send the price list @raj")];
    let done = bot.submit_on(&card, &form, "884", &typed).await;
    assert!(text(&done).contains("NOTE-1"), "{done}");
    let notes = bot.live(Kind::Note);
    assert_eq!(notes.len(), 1, "{done}");
    assert!(notes[0].to_string().contains("raj"), "{}", notes[0]);
}

/// The fields of a message's embeds, as Discord shows them: name and value.
fn embed_fields(message: &Value) -> Vec<(String, String)> {
    message["embeds"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|e| e["fields"].as_array().cloned().unwrap_or_default())
        .map(|f| {
            (
                f["name"].as_str().unwrap_or_default().to_string(),
                f["value"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_drafts_message_shows_what_was_read_then_the_question() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let asked = said(&bot, "890", WAITING).await;
    let embeds = asked["embeds"].as_array().cloned().unwrap_or_default();
    assert_eq!(
        embeds[0]["title"], "Draft 1, as read so far: new investment and its decision",
        "{asked}"
    );
    let fields = embed_fields(&asked);
    for (name, value) in [
        ("Name", "ServiceTitan renewal"),
        ("Unit", "Ops"),
        ("Cost", "£40,000"),
        ("Benefit a year", "asked below"),
        ("Years", "still needed"),
    ] {
        assert!(
            fields.contains(&(name.to_string(), value.to_string())),
            "{name}: {asked}"
        );
    }
    // The question above the fields, as the message's content; Edit and Cancel under it.
    assert!(
        asked["content"]
            .as_str()
            .unwrap_or_default()
            .contains("What benefit a year do you expect"),
        "{asked}"
    );
    assert_eq!(
        labels(&json!({ "data": asked })),
        ["Edit", "Cancel"],
        "{asked}"
    );
    let next = said(&bot, "891", "£10k a year").await;
    let fields = embed_fields(&next);
    assert!(
        fields.contains(&("Benefit a year".into(), "£10,000".into())),
        "{next}"
    );
    assert!(
        fields.contains(&("Years".into(), "asked below".into())),
        "{next}"
    );
}

/// A message of embeds alone notifies with nothing to read (Discord's push and channel
/// preview show a message's `content`): a waiting draft's says its question and which draft.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_drafts_message_content_is_its_question() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let asked = said(&bot, "892", WAITING).await;
    assert_eq!(
        asked["content"], "Draft 1: What benefit a year do you expect from it?",
        "{asked}"
    );
    assert_eq!(
        asked["allowed_mentions"]["parse"],
        json!([]),
        "nothing in it may ping: {asked}"
    );
}

/// The question is said once: as the content, which notifies, and not again in the embeds
/// under it; what the embeds say besides (the fields, how to answer) is all there. Answered,
/// the next question takes its place the same way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_waiting_drafts_question_is_said_once() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let asked = said(&bot, "893", WAITING).await;
    let embeds = asked["embeds"].to_string();
    assert!(
        !embeds.contains("What benefit a year"),
        "said twice: {asked}"
    );
    assert!(embeds.contains("Reply with your answer"), "{asked}");
    assert!(
        embed_fields(&asked).contains(&("Benefit a year".into(), "asked below".into())),
        "{asked}"
    );
    let next = said(&bot, "894", "£10k a year").await;
    let question = next["content"].as_str().unwrap_or_default().to_string();
    assert!(
        question.starts_with("Draft 1: Over how many years"),
        "{next}"
    );
    let question = question.trim_start_matches("Draft 1: ");
    assert!(
        !next["embeds"].to_string().contains(question),
        "said twice: {next}"
    );
}

/// A draft card notifies what confirming would log; confirmed, the card becomes the record,
/// whose content is its heading, not said again as the embed's title.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cards_content_says_what_it_logs_and_its_records_says_what_was_logged() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let (card, sent) = said_and_sent(
        &bot,
        "895",
        "we approved £50k for the field service platform",
    )
    .await;
    assert_eq!(
        card["content"], "Draft 1: approve Field service platform at £50,000 — confirm?",
        "{card}"
    );
    let logged = bot
        .gateway(on_card(press("896", "2001", "confirm draft 1"), &sent))
        .await;
    assert_eq!(
        logged["data"]["content"], "Logged decision DEC-1 approve Field service platform (INV-1)",
        "{logged}"
    );
    let embeds = logged["data"]["embeds"].to_string();
    assert!(!embeds.contains("Logged decision"), "said twice: {logged}");
    assert!(embeds.contains("£50,000"), "{logged}");
    assert_eq!(
        logged["data"]["allowed_mentions"]["parse"],
        json!([]),
        "{logged}"
    );
}
