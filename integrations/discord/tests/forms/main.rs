//! Forms through the adapter alone, with a fake bot behind it: a reply asking for a form opens
//! a modal, a submitted modal reaches the bot as a submission, errors come back with a
//! button that reopens the modal as typed, and the message context menu hands a message's
//! words over for the person alone. Interactions are Discord's wire JSON; answers are read
//! as the JSON Discord would receive.
//!
//! This file holds the fake bot, the interactions' JSON and the tests of opening and
//! submitting a modal; `errors`, `slow_answers` and `context_menu` test the rest.

use serde_json::{json, Value};
use serenity::all::Interaction;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use valuebridge_chat::{
    Button, ButtonStyle, Declarations, FieldKind, Form, FormField, FormOutcome, FormSubmission,
    Invocation, Reply, Visibility,
};
use valuebridge_discord::interactions::{self, BoxFuture};
use valuebridge_discord::{Discord, DiscordHandler, DiscordRest, GuildId, Suggest};

mod context_menu;
mod errors;
mod slow_answers;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/discord/application_command.json"
);
const GUILD: &str = "290926798626357999";
const CHANNEL: &str = "645027906669510667";
const EPHEMERAL: u64 = 64;

/// A bot that answers every invocation with `reply` and every submission with `outcome`,
/// and keeps what it was given.
#[derive(Default)]
struct FakeBot {
    reply: Mutex<Reply>,
    outcome: Mutex<Option<FormOutcome>>,
    invocations: Mutex<Vec<Invocation>>,
    submissions: Mutex<Vec<FormSubmission>>,
    /// When set, a submission is answered only once the test sends on its other end.
    gate: Mutex<Option<tokio::sync::oneshot::Receiver<()>>>,
}

impl DiscordHandler for FakeBot {
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply> {
        self.invocations.lock().unwrap().push(inv);
        let reply = self.reply.lock().unwrap().clone();
        Box::pin(async move { reply })
    }
    fn submit_form(&self, submission: FormSubmission) -> BoxFuture<FormOutcome> {
        self.submissions.lock().unwrap().push(submission);
        let outcome = self.outcome.lock().unwrap().clone().expect("an outcome");
        let gate = self.gate.lock().unwrap().take();
        Box::pin(async move {
            if let Some(gate) = gate {
                let _ = gate.await;
            }
            outcome
        })
    }
    fn first_delivery(&self, _key: String) -> BoxFuture<bool> {
        Box::pin(async { true })
    }
    fn suggest(&self, _: String, _: Suggest, _: String) -> BoxFuture<Vec<(String, String)>> {
        Box::pin(async { Vec::new() })
    }
    fn now_unix(&self) -> i64 {
        0
    }
}

struct Adapter {
    bot: Arc<FakeBot>,
    discord: Arc<Discord>,
}

fn adapter() -> Adapter {
    // Nothing reaches it: these answers fit the first response.
    adapter_on("http://127.0.0.1:9")
}

/// The adapter with Discord's REST API at `api_url`.
fn adapter_on(api_url: &str) -> Adapter {
    let bot = Arc::new(FakeBot::default());
    let discord = Arc::new(Discord {
        handler: bot.clone(),
        rest: DiscordRest::new(api_url, "unused"),
        home_guild: None::<GuildId>,
        // No declarations: a bare subcommand is passed on by its name.
        commands: Declarations {
            commands: &[],
            groups: &[],
        },
        forms: Default::default(),
    });
    Adapter { bot, discord }
}

impl Adapter {
    fn replies(&self, reply: Reply) {
        *self.bot.reply.lock().unwrap() = reply;
    }

    fn submits_to(&self, outcome: FormOutcome) {
        *self.bot.outcome.lock().unwrap() = Some(outcome);
    }

    /// The first answer to `interaction`, as the JSON Discord receives.
    async fn answer(&self, interaction: Value) -> Value {
        let interaction: Interaction = serde_json::from_value(interaction).unwrap();
        let answer = interactions::answer(&self.discord, interaction)
            .await
            .expect("answered");
        serde_json::to_value(answer.first).unwrap()
    }
}

fn interaction(kind: u8, id: &str, data: Value) -> Value {
    let mut i: Value = serde_json::from_str(&std::fs::read_to_string(EXAMPLE).unwrap()).unwrap();
    i["type"] = json!(kind);
    i["id"] = json!(id);
    i["token"] = json!(format!("token-{id}"));
    i["member"]["user"]["id"] = json!("2001");
    i["member"]["user"]["username"] = json!("ana");
    i["data"] = data;
    i
}

fn slash(id: &str, sub: &str) -> Value {
    interaction(
        2,
        id,
        json!({"type": 1, "name": "value", "id": "771825006014889984",
               "options": [{"type": 1, "name": sub, "options": []}]}),
    )
}

fn message(id: &str, content: &str) -> Value {
    json!({
        "id": id, "channel_id": CHANNEL,
        "author": {"id": "3003", "username": "bo", "discriminator": "0", "avatar": null},
        "content": content, "timestamp": "2026-11-27T09:00:00+00:00", "edited_timestamp": null,
        "tts": false, "mention_everyone": false, "mentions": [], "mention_roles": [],
        "attachments": [], "embeds": [], "pinned": false, "type": 0
    })
}

fn press(id: &str, custom_id: &str) -> Value {
    let mut i = interaction(3, id, json!({"custom_id": custom_id, "component_type": 2}));
    i["message"] = message("900", "");
    i
}

fn submit(id: &str, custom_id: &str, values: &[(&str, &str)]) -> Value {
    let rows: Vec<Value> = values
        .iter()
        .map(|(k, v)| json!({"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]}))
        .collect();
    interaction(5, id, json!({"custom_id": custom_id, "components": rows}))
}

fn menu(id: &str, content: &str) -> Value {
    interaction(
        2,
        id,
        json!({"type": 3, "name": "Log with valuebridge", "id": "771825006014889985",
               "target_id": "555", "resolved": {"messages": {"555": message("555", content)}}}),
    )
}

fn field(name: &str, label: &str, kind: FieldKind, required: bool) -> FormField {
    FormField {
        name: name.into(),
        label: label.into(),
        kind,
        required,
        hint: format!("e.g. {name}"),
        initial: None,
    }
}

fn benefit_form() -> Form {
    Form {
        command: "benefit".into(),
        title: "Log a benefit".into(),
        submit: "Log".into(),
        fields: vec![
            field("investment", "Investment", FieldKind::Text, true),
            field("amount", "Amount", FieldKind::Amount { number: None }, true),
            field("evidence", "Evidence", FieldKind::LongText, false),
        ],
        context: String::new(),
    }
}

fn inputs(modal: &Value) -> Vec<Value> {
    modal["data"]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["components"][0].clone())
        .collect()
}

/// What the person reads: the message's text and its embeds.
fn text(answer: &Value) -> String {
    format!("{}{}", answer["data"]["content"], answer["data"]["embeds"])
}

fn flags(answer: &Value) -> u64 {
    answer["data"]["flags"].as_u64().unwrap_or(0)
}

#[tokio::test]
async fn a_command_with_no_options_that_answers_a_form_opens_it_as_a_modal() {
    let a = adapter();
    a.replies(Reply::open_form(benefit_form(), "Fill in the form."));
    let answer = a.answer(slash("1", "benefit")).await;
    assert_eq!(answer["type"], 9, "a MODAL response: {answer}");
    assert_eq!(answer["data"]["custom_id"], "form:benefit:");
    assert_eq!(answer["data"]["title"], "Log a benefit");
    let names: Vec<Value> = inputs(&answer)
        .iter()
        .map(|i| i["custom_id"].clone())
        .collect();
    assert_eq!(
        names,
        [json!("investment"), json!("amount"), json!("evidence")]
    );
    let inv = a.bot.invocations.lock().unwrap()[0].clone();
    assert_eq!((inv.text.as_str(), inv.is_command), ("benefit", true));
}

#[tokio::test]
async fn a_form_too_long_for_a_modal_is_refused_and_the_replys_text_shown() {
    let a = adapter();
    let mut form = benefit_form();
    for n in 0..3 {
        form.fields
            .push(field(&format!("extra{n}"), "Extra", FieldKind::Text, false));
    }
    a.replies(Reply::open_form(
        form,
        "Type `/value benefit` with its options instead.",
    ));
    let answer = a.answer(slash("2", "benefit")).await;
    assert_eq!(answer["type"], 4, "a message, not a modal: {answer}");
    assert!(
        text(&answer).contains("with its options instead"),
        "{answer}"
    );
}

#[tokio::test]
async fn a_submitted_modal_reaches_the_bot_and_its_record_is_posted_to_the_channel() {
    let a = adapter();
    a.submits_to(FormOutcome::Done {
        reply: Reply::recorded().heading("BEN-1 logged"),
    });
    let answer = a
        .answer(submit(
            "3",
            "form:benefit:draft 4",
            &[
                ("investment", "INV-1"),
                ("amount", "£35k"),
                ("evidence", ""),
            ],
        ))
        .await;
    assert_eq!(answer["type"], 4, "{answer}");
    assert_eq!(
        flags(&answer) & EPHEMERAL,
        0,
        "shown to the channel: {answer}"
    );
    assert!(text(&answer).contains("BEN-1 logged"), "{answer}");
    let got = a.bot.submissions.lock().unwrap()[0].clone();
    assert_eq!(
        got,
        FormSubmission {
            tenant: format!("discord:{GUILD}"),
            channel: CHANNEL.into(),
            actor: valuebridge_chat::Actor {
                user_id: "2001".into(),
                display_name: "ana".into(),
                role: None,
            },
            command: "benefit".into(),
            context: "draft 4".into(),
            values: BTreeMap::from([
                ("investment".to_string(), "INV-1".to_string()),
                ("amount".to_string(), "£35k".to_string()),
            ]),
            card: None,
        }
    );
}

#[tokio::test]
async fn a_button_whose_answer_is_a_form_opens_it_prefilled() {
    let a = adapter();
    let mut form = benefit_form();
    form.context = "draft:2001".into();
    form.fields[1].initial = Some("£35k".into());
    a.replies(Reply::open_form(form, "Edit the draft."));
    let answer = a.answer(press("9", "edit draft 2001")).await;
    assert_eq!(answer["type"], 9, "{answer}");
    assert_eq!(answer["data"]["custom_id"], "form:benefit:draft:2001");
    assert_eq!(inputs(&answer)[1]["value"], "£35k");
    assert_eq!(a.bot.invocations.lock().unwrap()[0].text, "edit draft 2001");
}

#[tokio::test]
async fn a_form_submitted_from_a_cards_button_may_replace_that_card() {
    let a = adapter();
    let mut updated = Reply::info().heading("Draft: BEN for INV-1");
    updated.replaces_prompt = true;
    a.submits_to(FormOutcome::Done { reply: updated });
    let mut from_card = submit("10", "form:benefit:draft:2001", &[("amount", "£40k")]);
    from_card["message"] = message("900", "");
    assert_eq!(a.answer(from_card).await["type"], 7, "UPDATE_MESSAGE");
    let from_command = submit("11", "form:benefit:draft:2001", &[("amount", "£40k")]);
    assert_eq!(a.answer(from_command).await["type"], 4, "a new message");
}

#[tokio::test]
async fn a_form_in_answer_to_a_submitted_form_is_shown_as_text() {
    let a = adapter();
    let mut next = Reply::info().paragraph("Press Continue for page 2.");
    next.form = Some(benefit_form());
    a.submits_to(FormOutcome::Done { reply: next });
    let answer = a.answer(submit("12", "form:invest:", &[])).await;
    assert_eq!(
        answer["type"], 4,
        "Discord opens no modal from a modal: {answer}"
    );
    assert!(text(&answer).contains("page 2"));
}

#[tokio::test]
async fn a_modal_this_adapter_did_not_open_is_refused_without_asking_the_bot() {
    let a = adapter();
    let answer = a.answer(submit("13", "something-else", &[])).await;
    assert!(text(&answer).contains("out of date"), "{answer}");
    assert!(a.bot.submissions.lock().unwrap().is_empty());
}
