//! Forms on Discord end to end: the whole bot with both its gateway (against the loopback
//! fake of Discord) and its signed HTTP interactions endpoint. Each form opens as a modal
//! from its command typed with no options, submitting it stores what the typed command
//! stores, errors come back only to the person with a way to reopen the form, the long
//! invest form is paged, a draft's Edit button opens the form filled in, and the message
//! context menu turns a message into a draft only its user sees. Nothing reaches Discord.
//!
//! The modal JSON of each form is kept in `tests/fixtures/forms/discord/<command>.json`
//! (what Discord receives, to compare or paste into a bot of one's own); after changing a
//! form's declaration on purpose, regenerate them with `VALUEBRIDGE_UPDATE_FORMS=1 cargo
//! test --test discord_forms`.

#[path = "support/discord_fake.rs"]
mod discord_fake;
mod support;

use chrono::{DateTime, TimeZone, Utc};
use discord_fake::{FakeDiscord, CHANNEL, GUILD};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::command::declarations::DECLARATIONS;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const EPHEMERAL: u64 = 64;
const MENU: &str = "Log with valuebridge";

fn key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

fn at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

struct Bot {
    addr: SocketAddr,
    store: Store,
    clock: ManualClock,
    fake: Arc<FakeDiscord>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

/// The bot with both Discord paths on, connected to a fresh fake and its commands registered.
async fn started() -> Bot {
    let (fake_addr, fake) = discord_fake::start().await;
    let env: std::collections::BTreeMap<String, String> = [
        (
            "DISCORD_TOKEN".to_string(),
            "discord-test-token".to_string(),
        ),
        (
            "DISCORD_PUBLIC_KEY".to_string(),
            hex::encode(key().verifying_key().to_bytes()),
        ),
        ("DISCORD_GUILD_ID".to_string(), GUILD.to_string()),
    ]
    .into();
    let mut config = Config::load(None, env.clone()).unwrap();
    config.server.bind = "127.0.0.1:0".into();
    config.discord.api_url = format!("http://{fake_addr}");
    let store = Store::temporary().unwrap();
    let clock = ManualClock::new(at());
    let service = valuebridge::service::Service::new(
        store.clone(),
        Arc::new(config),
        Arc::new(clock.clone()),
    )
    .unwrap();
    let running = support::run_bot(service, &env).await.unwrap();
    fake.wait_for("the commands to be registered", |f| {
        !f.calls_to("PUT", "/commands").is_empty()
    })
    .await;
    Bot {
        addr: running.addr,
        store,
        clock,
        fake,
        _stop: running.stop,
    }
}

impl Bot {
    /// Over HTTP: the interaction signed as Discord signs it; the bot's answer.
    async fn signed(&self, interaction: &Value) -> Value {
        let body = interaction.to_string();
        let ts = valuebridge::clock::Clock::now(&self.clock)
            .timestamp()
            .to_string();
        let sig = hex::encode(key().sign(format!("{ts}{body}").as_bytes()).to_bytes());
        let res = reqwest::Client::new()
            .post(format!("http://{}/discord/interactions", self.addr))
            .header("content-type", "application/json")
            .header("x-signature-ed25519", sig)
            .header("x-signature-timestamp", ts)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        res.json().await.unwrap()
    }

    /// Over the gateway: the interaction dispatched; the bot's callback to it.
    async fn gateway(&self, interaction: Value) -> Value {
        let id = interaction["id"].as_str().unwrap().to_string();
        self.fake.dispatch("INTERACTION_CREATE", interaction);
        let path = format!("/interactions/{id}/callback");
        self.fake
            .wait_for("the interaction callback", |f| {
                !f.calls_to("POST", &path).is_empty()
            })
            .await;
        self.fake.calls_to("POST", &path)[0].body.clone()
    }

    fn live(&self, kind: Kind) -> Vec<Value> {
        self.store
            .live(&tenant(), kind)
            .unwrap()
            .iter()
            .map(|s| serde_json::to_value(&s.record).unwrap())
            .collect()
    }
}

fn tenant() -> TenantId {
    format!("discord:{GUILD}").parse().unwrap()
}

fn flags(answer: &Value) -> u64 {
    answer["data"]["flags"].as_u64().unwrap_or(0)
}

fn text(answer: &Value) -> String {
    answer["data"].to_string()
}

/// A press of the button with `custom_id` on a message of the bot's.
fn press(id: &str, user: &str, custom_id: &str) -> Value {
    let mut i = discord_fake::interaction(
        3,
        id,
        user,
        json!({"custom_id": custom_id, "component_type": 2}),
    );
    i["message"] = discord_fake::message("900", CHANNEL, discord_fake::BOT_USER, "");
    i
}

/// The message context menu used by `user` on a message saying `content`.
fn menu(id: &str, user: &str, content: &str) -> Value {
    let target = discord_fake::message("777", CHANNEL, "3003", content);
    discord_fake::interaction(
        2,
        id,
        user,
        json!({"type": 3, "name": MENU, "id": "771825006014889985",
               "target_id": "777", "resolved": {"messages": {"777": target}}}),
    )
}

/// The buttons of an answer, by label: their custom ids.
fn buttons(answer: &Value) -> Vec<(String, String)> {
    answer["data"]["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|b| {
            (
                b["label"].as_str().unwrap_or_default().to_string(),
                b["custom_id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

async fn setup_sales(bot: &Bot) {
    let unit = bot
        .signed(&discord_fake::slash(
            "100",
            "2001",
            "unit",
            &[("name", "Sales")],
        ))
        .await;
    assert!(text(&unit).contains("UNIT-1"), "{unit}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_message_command_is_registered_beside_value() {
    let bot = started().await;
    let put = &bot.fake.calls_to("PUT", "/commands")[0];
    let commands = put.body.as_array().unwrap();
    assert_eq!(commands.len(), 2, "{}", put.body);
    assert_eq!(commands[0]["name"], "value");
    let menu = &commands[1];
    assert_eq!(menu["name"], MENU);
    assert_eq!(menu["type"], 3, "a MESSAGE command: {menu}");
    let name = menu["name"].as_str().unwrap();
    assert!((1..=32).contains(&name.chars().count()));
    assert!(
        menu.get("description").is_none_or(|d| d == ""),
        "message commands carry no description: {menu}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_context_menu_drafts_a_message_for_the_person_alone_and_confirm_stores_it() {
    let bot = started().await;
    setup_sales(&bot).await;
    let said = "Met Sales today: they want the CRM live by March";
    let draft = bot.gateway(menu("200", "2001", said)).await;
    assert_eq!(draft["type"], 4, "{draft}");
    assert_eq!(
        flags(&draft) & EPHEMERAL,
        EPHEMERAL,
        "only for the person: {draft}"
    );
    assert!(text(&draft).contains("Sales"), "{draft}");
    let labels: Vec<String> = buttons(&draft).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, ["Confirm", "Edit", "Cancel"], "{draft}");
    assert!(bot.live(Kind::Note).is_empty(), "a draft stores nothing");

    let confirm = buttons(&draft)[0].1.clone();
    let stored = bot.gateway(press("201", "2001", &confirm)).await;
    assert_eq!(
        stored["type"], 7,
        "the draft is replaced by the record: {stored}"
    );
    let notes = bot.live(Kind::Note);
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0].to_string().contains("CRM live by March"),
        "{}",
        notes[0]
    );

    // Over HTTP too, and a message with no words is explained, storing nothing.
    let empty = bot.signed(&menu("202", "2001", "")).await;
    assert_eq!(flags(&empty) & EPHEMERAL, EPHEMERAL);
    assert!(text(&empty).contains("no text"), "{empty}");
    assert_eq!(bot.live(Kind::Note).len(), 1);
}

const FORMS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/forms/discord");
const FORM_COMMANDS: [&str; 5] = ["invest", "decide", "benefit", "note", "service"];

/// Each field's example value from the command's declaration: what a person would type.
fn examples(command: &str) -> BTreeMap<String, String> {
    DECLARATIONS
        .find(command)
        .unwrap_or_else(|| panic!("{command} is declared"))
        .fields
        .iter()
        .map(|f| (f.name.to_string(), f.example.to_string()))
        .collect()
}

/// The text inputs of a modal answer.
fn inputs(modal: &Value) -> Vec<Value> {
    modal["data"]["components"]
        .as_array()
        .unwrap_or_else(|| panic!("not a modal: {modal}"))
        .iter()
        .map(|row| row["components"][0].clone())
        .collect()
}

fn input_names(modal: &Value) -> Vec<String> {
    inputs(modal)
        .iter()
        .map(|i| i["custom_id"].as_str().unwrap().to_string())
        .collect()
}

/// The modal submitted as Discord submits it: every input of `modal` with the value typed
/// into it (what it was prefilled with, when `typed` has nothing for it). `from_card`: the
/// modal was opened by a button on a message of the bot's.
fn fill(
    modal: &Value,
    id: &str,
    user: &str,
    typed: &BTreeMap<String, String>,
    from_card: bool,
) -> Value {
    let rows: Vec<Value> = inputs(modal)
        .iter()
        .map(|input| {
            let name = input["custom_id"].as_str().unwrap();
            let value = typed
                .get(name)
                .cloned()
                .or_else(|| input["value"].as_str().map(str::to_string))
                .unwrap_or_default();
            json!({"type": 1, "components": [{"type": 4, "custom_id": name, "value": value}]})
        })
        .collect();
    let mut i = discord_fake::interaction(
        5,
        id,
        user,
        json!({"custom_id": modal["data"]["custom_id"], "components": rows}),
    );
    if from_card {
        i["message"] = discord_fake::message("900", CHANNEL, discord_fake::BOT_USER, "");
    }
    i
}

/// `VALUEBRIDGE_UPDATE_FORMS=1` writes the kept JSON; otherwise it must match byte for byte.
fn matches_kept(name: &str, modal: &Value) {
    let path = format!("{FORMS}/{name}.json");
    let now = serde_json::to_string_pretty(modal).unwrap() + "\n";
    if std::env::var_os("VALUEBRIDGE_UPDATE_FORMS").is_some() {
        std::fs::create_dir_all(FORMS).unwrap();
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let kept = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{path} is missing; write it with VALUEBRIDGE_UPDATE_FORMS=1"));
    assert_eq!(
        now, kept,
        "the {name} modal changed; if on purpose, regenerate with VALUEBRIDGE_UPDATE_FORMS=1"
    );
}

/// Within Discord's modal limits.
fn drawable(modal: &Value) {
    let n = |v: &Value| v.as_str().map_or(0, |s| s.chars().count());
    assert_eq!(modal["type"], 9, "a MODAL response: {modal}");
    assert!(n(&modal["data"]["custom_id"]) <= 100);
    assert!((1..=45).contains(&n(&modal["data"]["title"])), "{modal}");
    let inputs = inputs(modal);
    assert!((1..=5).contains(&inputs.len()), "{modal}");
    for i in &inputs {
        assert_eq!(i["type"], 4);
        assert!((1..=45).contains(&n(&i["label"])), "{i}");
        assert!(n(&i["placeholder"]) <= 100, "{i}");
        assert!(n(&i["value"]) <= 4000, "{i}");
        assert!(n(&i["custom_id"]) <= 100, "{i}");
    }
}

/// The same setup on any bot: Sales and INV-1 "CRM replacement".
async fn setup_crm(bot: &Bot) {
    setup_sales(bot).await;
    let invest = bot
        .signed(&discord_fake::slash(
            "101",
            "2001",
            "invest",
            &[
                ("name", "CRM replacement"),
                ("unit", "Sales"),
                ("cost", "£250k"),
                ("benefit", "£400k"),
                ("years", "3"),
                ("category", "transform"),
            ],
        ))
        .await;
    assert!(text(&invest).contains("INV-1"), "{invest}");
}

/// The records of `kind` the typed slash command with `values` as options stores, on a
/// bot of its own with the same setup.
async fn typed_stores(
    command: &str,
    kind: Kind,
    values: &BTreeMap<String, String>,
    with_investment: bool,
) -> Vec<Value> {
    let bot = started().await;
    if with_investment {
        setup_crm(&bot).await;
    } else {
        setup_sales(&bot).await;
    }
    let options: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let reply = bot
        .signed(&discord_fake::slash("300", "2001", command, &options))
        .await;
    assert_eq!(
        flags(&reply) & EPHEMERAL,
        0,
        "stored and announced: {reply}"
    );
    bot.live(kind)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_form_opens_from_its_command_with_no_options_as_kept() {
    let bot = started().await;
    for (n, command) in FORM_COMMANDS.iter().enumerate() {
        let modal = bot
            .signed(&discord_fake::slash(
                &format!("40{n}"),
                "2001",
                command,
                &[],
            ))
            .await;
        drawable(&modal);
        let declared: Vec<String> = DECLARATIONS
            .find(command)
            .unwrap()
            .fields
            .iter()
            .map(|f| f.name.to_string())
            .take(5)
            .collect();
        assert_eq!(input_names(&modal), declared, "{command}: {modal}");
        matches_kept(command, &modal);
    }
    // Over the gateway the same modal opens.
    let over_gateway = bot
        .gateway(discord_fake::slash("410", "2001", "note", &[]))
        .await;
    matches_kept("note", &over_gateway);
}

/// Submits `command`'s form, page after page, with `values` typed in; the last answer.
async fn submit_all(bot: &Bot, command: &str, values: &BTreeMap<String, String>) -> Value {
    let mut modal = bot
        .signed(&discord_fake::slash("500", "2001", command, &[]))
        .await;
    for page in 0..5 {
        drawable(&modal);
        let answer = bot
            .signed(&fill(
                &modal,
                &format!("5{page}1"),
                "2001",
                values,
                page > 0,
            ))
            .await;
        let Some((_, next)) = buttons(&answer)
            .into_iter()
            .find(|(label, _)| label.starts_with("Continue"))
        else {
            return answer;
        };
        modal = bot
            .signed(&press(&format!("5{page}2"), "2001", &next))
            .await;
    }
    panic!("the {command} form never ended");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_submitted_form_stores_what_the_typed_command_stores() {
    for (command, kind) in [
        ("note", Kind::Note),
        ("decide", Kind::Decision),
        ("benefit", Kind::Benefit),
        ("service", Kind::Service),
    ] {
        let bot = started().await;
        setup_crm(&bot).await;
        let values = examples(command);
        let done = submit_all(&bot, command, &values).await;
        assert_eq!(done["type"], 4, "{command}: {done}");
        assert_eq!(flags(&done) & EPHEMERAL, 0, "announced: {done}");
        let stored = bot.live(kind);
        assert_eq!(stored.len(), 1, "{command}: {done}");
        assert_eq!(
            stored,
            typed_stores(command, kind, &values, true).await,
            "{command}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_form_is_explained_to_its_author_alone_and_can_be_fixed() {
    let bot = started().await;
    setup_crm(&bot).await;
    let modal = bot
        .signed(&discord_fake::slash("600", "2001", "benefit", &[]))
        .await;
    let mut typed = examples("benefit");
    typed.insert("amount".into(), "lots".into());
    let wrong = bot
        .signed(&fill(&modal, "601", "2001", &typed, false))
        .await;
    assert_eq!(wrong["type"], 4, "{wrong}");
    assert_eq!(
        flags(&wrong) & EPHEMERAL,
        EPHEMERAL,
        "only its author sees it"
    );
    let field = &wrong["data"]["embeds"][0]["fields"][0];
    assert_eq!(field["name"], "Amount", "the field's label: {wrong}");
    assert!(field["value"].as_str().unwrap().contains("lots"), "{wrong}");
    assert!(bot.live(Kind::Benefit).is_empty(), "nothing stored");

    let (label, retry) = buttons(&wrong)[0].clone();
    assert_eq!(label, "Fix and submit again");
    let again = bot.signed(&press("602", "2001", &retry)).await;
    drawable(&again);
    let amount = inputs(&again)
        .into_iter()
        .find(|i| i["custom_id"] == "amount")
        .unwrap();
    assert_eq!(amount["value"], "lots", "reopened as typed: {again}");
    assert_eq!(inputs(&again)[0]["value"], "INV-1");

    typed.insert("amount".into(), "£35k".into());
    let fixed = bot.signed(&fill(&again, "603", "2001", &typed, true)).await;
    assert_eq!(flags(&fixed) & EPHEMERAL, 0, "{fixed}");
    assert_eq!(bot.live(Kind::Benefit).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drafts_edit_button_opens_its_form_filled_in_and_submitting_logs_it() {
    let bot = started().await;
    setup_crm(&bot).await;
    let draft = bot
        .gateway(menu(
            "800",
            "2001",
            "Met Sales: they want the CRM live by March",
        ))
        .await;
    let (_, edit) = buttons(&draft)
        .into_iter()
        .find(|(label, _)| label == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {draft}"));
    let form = bot.gateway(press("801", "2001", &edit)).await;
    drawable(&form);
    assert!(
        form["data"]["custom_id"]
            .as_str()
            .unwrap()
            .starts_with("form:note:draft:"),
        "{form}"
    );
    let prefilled: BTreeMap<String, Value> = inputs(&form)
        .into_iter()
        .map(|i| {
            (
                i["custom_id"].as_str().unwrap().to_string(),
                i["value"].clone(),
            )
        })
        .collect();
    assert_eq!(prefilled["unit"], "Sales", "{form}");
    assert!(
        prefilled["text"]
            .as_str()
            .unwrap()
            .contains("CRM live by March"),
        "{form}"
    );
    assert!(bot.live(Kind::Note).is_empty());

    let typed = BTreeMap::from([("tags".to_string(), "crm".to_string())]);
    let done = bot.gateway(fill(&form, "802", "2001", &typed, true)).await;
    assert_eq!(
        done["type"], 7,
        "the record takes the draft card's place (UPDATE_MESSAGE): {done}"
    );
    assert!(text(&done).contains("NOTE-1"), "{done}");
    assert!(
        buttons(&done).is_empty(),
        "no Confirm or Edit left on it: {done}"
    );
    let notes = bot.live(Kind::Note);
    assert_eq!(notes.len(), 1, "{done}");
    assert!(notes[0].to_string().contains("crm"), "{}", notes[0]);
}

/// `text` said to the bot in the channel: the draft card it posts there for everyone, as
/// Discord hands that message back with a button pressed on it.
async fn public_card(bot: &Bot, id: &str, user: &str, text: &str) -> (Value, Value) {
    let mut said = discord_fake::message(
        id,
        CHANNEL,
        user,
        &format!("<@{}> {text}", discord_fake::BOT_USER),
    );
    said["guild_id"] = json!(GUILD);
    said["mentions"] = json!([{"id": discord_fake::BOT_USER, "username": "testbot",
                               "discriminator": "0", "avatar": null, "bot": true}]);
    bot.fake.dispatch("MESSAGE_CREATE", said);
    let path = format!("/channels/{CHANNEL}/messages");
    bot.fake
        .wait_for("the draft card", |f| !f.calls_to("POST", &path).is_empty())
        .await;
    let posted = bot.fake.calls_to("POST", &path)[0].body.clone();
    let card = bot.fake.sent.lock().unwrap()[0].clone();
    (posted, card)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_drafts_edit_in_two_steps_shows_the_step_to_its_editor_alone_and_then_turns_the_card_into_the_record(
) {
    let bot = started().await;
    setup_crm(&bot).await;
    let (posted, card) = public_card(
        &bot,
        "810",
        "2001",
        "we approved £250k for the CRM replacement because churn is rising",
    )
    .await;
    let edit = posted["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["label"] == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {posted}"))["custom_id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut on_card = press("811", "2001", &edit);
    on_card["message"] = card.clone();
    let first = bot.gateway(on_card).await;
    drawable(&first);
    assert!(
        first["data"]["title"].as_str().unwrap().contains("(1/2)"),
        "a decision takes two steps: {first}"
    );
    let mut from_card = fill(&first, "812", "2001", &BTreeMap::new(), true);
    from_card["message"] = card.clone();
    let step = bot.gateway(from_card).await;
    assert_eq!(
        step["type"], 4,
        "a message of its own, not the card: {step}"
    );
    assert_eq!(
        flags(&step) & EPHEMERAL,
        EPHEMERAL,
        "only its editor sees the step: {step}"
    );
    assert!(text(&step).contains("Step 1 of 2"), "{step}");
    let labels: Vec<String> = buttons(&step).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, ["Continue to step 2"], "{step}");
    assert!(bot.live(Kind::Decision).is_empty());

    // The step as Discord hands it back with its button pressed: a message only its
    // editor sees.
    let mut step_message = discord_fake::message("901", CHANNEL, discord_fake::BOT_USER, "");
    step_message["flags"] = json!(EPHEMERAL);
    let mut on_step = press("813", "2001", &buttons(&step)[0].1);
    on_step["message"] = step_message.clone();
    let second = bot.gateway(on_step).await;
    drawable(&second);
    let mut from_step = fill(&second, "814", "2001", &BTreeMap::new(), true);
    from_step["message"] = step_message;
    let done = bot.gateway(from_step).await;
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(buttons(&done).is_empty(), "no Continue left: {done}");
    assert_eq!(bot.live(Kind::Decision).len(), 1);

    // In the channel, the card itself became the record.
    let card_path = format!(
        "/channels/{CHANNEL}/messages/{}",
        card["id"].as_str().unwrap()
    );
    bot.fake
        .wait_for("the card's edit", |f| {
            !f.calls_to("PATCH", &card_path).is_empty()
        })
        .await;
    let edits = bot.fake.calls_to("PATCH", &card_path);
    assert_eq!(edits.len(), 1, "{edits:?}");
    assert!(
        edits[0].body.to_string().contains("DEC-1"),
        "{:?}",
        edits[0]
    );
    assert_eq!(
        edits[0].body["components"],
        json!([]),
        "no Confirm or Edit left on the card: {:?}",
        edits[0]
    );
    // And the step was never shown to the channel: only as its editor's own message.
    for call in bot.fake.calls.lock().unwrap().iter() {
        if call.body.to_string().contains("Step 1 of") {
            assert!(
                call.path.ends_with("/callback")
                    && call.body["type"] == 4
                    && flags(&call.body) & EPHEMERAL == EPHEMERAL,
                "the channel saw the step: {call:?}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_only_its_editor_sees_becomes_the_step_and_then_the_record() {
    let bot = started().await;
    setup_crm(&bot).await;
    let draft = bot
        .gateway(menu(
            "820",
            "2001",
            "we approved £250k for the CRM replacement because churn is rising",
        ))
        .await;
    assert_eq!(flags(&draft) & EPHEMERAL, EPHEMERAL, "{draft}");
    // The draft as Discord hands it back with a button pressed: a message only its
    // editor sees.
    let mut card = discord_fake::message("902", CHANNEL, discord_fake::BOT_USER, "");
    card["flags"] = json!(EPHEMERAL);
    let (_, edit) = buttons(&draft)
        .into_iter()
        .find(|(label, _)| label == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {draft}"));
    let mut on_card = press("821", "2001", &edit);
    on_card["message"] = card.clone();
    let first = bot.gateway(on_card).await;
    assert!(first["data"]["title"].as_str().unwrap().contains("(1/2)"));
    let mut from_card = fill(&first, "822", "2001", &BTreeMap::new(), true);
    from_card["message"] = card.clone();
    let step = bot.gateway(from_card).await;
    assert_eq!(step["type"], 7, "the private card becomes the step: {step}");
    assert!(text(&step).contains("Step 1 of 2"), "{step}");

    let mut on_step = press("823", "2001", &buttons(&step)[0].1);
    on_step["message"] = card.clone();
    let second = bot.gateway(on_step).await;
    let mut from_step = fill(&second, "824", "2001", &BTreeMap::new(), true);
    from_step["message"] = card;
    let done = bot.gateway(from_step).await;
    assert_eq!(done["type"], 7, "the record takes the step's place: {done}");
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(buttons(&done).is_empty(), "{done}");
    assert_eq!(bot.live(Kind::Decision).len(), 1);
    assert!(
        bot.fake.calls_to("PATCH", "/channels/").is_empty(),
        "no channel message was edited"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_invest_form_comes_in_pages_and_is_stored_when_the_last_is_in() {
    let bot = started().await;
    setup_sales(&bot).await;
    let declared: Vec<String> = DECLARATIONS
        .find("invest")
        .unwrap()
        .fields
        .iter()
        .map(|f| f.name.to_string())
        .collect();
    assert!(declared.len() > 5, "invest needs more than one modal");
    let values = examples("invest");

    let first = bot
        .signed(&discord_fake::slash("700", "2001", "invest", &[]))
        .await;
    drawable(&first);
    assert_eq!(input_names(&first), declared[..5]);
    let between = bot
        .signed(&fill(&first, "701", "2001", &values, false))
        .await;
    assert!(
        bot.live(Kind::Investment).is_empty(),
        "nothing stored from a page on its own: {between}"
    );
    let (_, more) = buttons(&between)
        .into_iter()
        .find(|(label, _)| label.starts_with("Continue"))
        .unwrap_or_else(|| panic!("a Continue button: {between}"));

    // The next page opens over the gateway just as over HTTP.
    let second = bot.gateway(press("702", "2001", &more)).await;
    drawable(&second);
    assert_eq!(input_names(&second), declared[5..]);
    matches_kept("invest-page-2", &second);
    let done = bot
        .signed(&fill(&second, "703", "2001", &values, true))
        .await;
    assert_eq!(flags(&done) & EPHEMERAL, 0, "announced: {done}");
    assert!(text(&done).contains("INV-1"), "{done}");
    assert_eq!(
        bot.live(Kind::Investment),
        typed_stores("invest", Kind::Investment, &values, false).await
    );
}
