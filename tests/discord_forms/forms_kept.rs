//! The message command, each form as kept, and a submitted form storing what the typed
//! command stores.

use super::*;

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
pub(super) fn examples(command: &str) -> BTreeMap<String, String> {
    DECLARATIONS
        .find(command)
        .unwrap_or_else(|| panic!("{command} is declared"))
        .fields
        .iter()
        .map(|f| (f.name.to_string(), f.example.to_string()))
        .collect()
}

/// The text inputs of a modal answer.
pub(super) fn inputs(modal: &Value) -> Vec<Value> {
    modal["data"]["components"]
        .as_array()
        .unwrap_or_else(|| panic!("not a modal: {modal}"))
        .iter()
        .map(|row| row["components"][0].clone())
        .collect()
}

pub(super) fn input_names(modal: &Value) -> Vec<String> {
    inputs(modal)
        .iter()
        .map(|i| i["custom_id"].as_str().unwrap().to_string())
        .collect()
}

/// The modal submitted as Discord submits it: every input of `modal` with the value typed
/// into it (what it was prefilled with, when `typed` has nothing for it). `from_card`: the
/// modal was opened by a button on a message of the bot's.
pub(super) fn fill(
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
pub(super) fn matches_kept(name: &str, modal: &Value) {
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
pub(super) fn drawable(modal: &Value) {
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
pub(super) async fn setup_crm(bot: &Bot) {
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
pub(super) async fn typed_stores(
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
pub(super) async fn submit_all(
    bot: &Bot,
    command: &str,
    values: &BTreeMap<String, String>,
) -> Value {
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
