//! Forms on Slack end to end over signed HTTP: a bare `/value invest` opens a modal
//! (`views.open`), its submission is read through the command's grammar (errors shown on the
//! fields, or the record stored and announced), external selects get type-ahead, a draft's
//! **Edit** opens the form pre-filled, the message shortcut drafts a message for the person
//! who used it, and the Home tab is published when opened and after a record. A loopback fake
//! of Slack's Web API records what the bot sends; nothing reaches Slack.
//!
//! The Block Kit of each form is kept in `tests/fixtures/forms/slack/<command>.json`, exactly
//! as `views.open` receives it, so it can be pasted into Block Kit Builder. When a form's
//! declaration changes on purpose, regenerate them with
//! `VALUEBRIDGE_UPDATE_FORMS=1 cargo test --test slack_forms` and review the diff.

mod support;

use chrono::{TimeZone, Utc};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const SECRET: &str = "test-signing-secret";
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
const MANIFEST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/config/slack-app-manifest.yaml"
);
const FORMS: [&str; 5] = ["invest", "decide", "benefit", "note", "service"];

#[path = "support/slack_fake.rs"]
mod slack_fake;
#[path = "support/slack_signing.rs"]
mod slack_signing;
use slack_fake::{FakeSlack, Users, Workspace};

/// Everyone is known by their id, so records and Home pages show it.
async fn start_fake() -> (SocketAddr, Arc<FakeSlack>) {
    slack_fake::start(Workspace {
        users: Users::ByTheirId,
        ..Workspace::default()
    })
    .await
}

struct Bot {
    addr: SocketAddr,
    store: Store,
    fake: Arc<FakeSlack>,
    fake_addr: SocketAddr,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start_bot() -> Bot {
    let (fake_addr, fake) = start_fake().await;
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.slack.api_url = format!("http://{fake_addr}/api");
    let store = Store::temporary().unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    ));
    let service =
        valuebridge::service::Service::new(store.clone(), Arc::new(config), clock).unwrap();
    let env = [
        ("SLACK_BOT_TOKEN".to_string(), "xoxb-test".to_string()),
        ("SLACK_SIGNING_SECRET".to_string(), SECRET.to_string()),
    ]
    .into();
    let running = support::run_bot(service, &env).await.unwrap();
    Bot {
        addr: running.addr,
        store,
        fake,
        fake_addr,
        _stop: running.stop,
    }
}

impl Bot {
    /// Waits until `ready` holds of what the fake received, or fails after 20 s.
    async fn wait_for(&self, ready: impl Fn(&FakeSlack) -> bool) {
        tokio::time::timeout(Duration::from_secs(20), async {
            loop {
                let notified = self.fake.notify.notified();
                if ready(&self.fake) {
                    break;
                }
                notified.await;
            }
        })
        .await
        .expect("the bot called Slack");
    }

    /// A signed POST as Slack sends it: status and body.
    async fn signed(&self, path: &str, content_type: &str, body: &str) -> (u16, String) {
        slack_signing::post_signed(self.addr, SECRET, path, content_type, body).await
    }

    /// `/value <text>` from U1 in C1; each gets its own trigger, as Slack gives each.
    async fn command(&self, text: &str) -> (u16, String, String) {
        static TRIGGERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let trigger = format!(
            "{}.2.3",
            TRIGGERS.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        let form = serde_urlencoded::to_string([
            ("token", "x"),
            ("team_id", "T1"),
            ("team_domain", "acme"),
            ("channel_id", "C1"),
            ("channel_name", "sales"),
            ("user_id", "U1"),
            ("user_name", "alice"),
            ("command", "/value"),
            ("text", text),
            (
                "response_url",
                &format!("http://{}/respond", self.fake_addr),
            ),
            ("trigger_id", &trigger),
        ])
        .unwrap();
        let (status, body) = self
            .signed(
                "/slack/commands",
                "application/x-www-form-urlencoded",
                &form,
            )
            .await;
        (status, body, trigger)
    }

    async fn ok(&self, text: &str) {
        let (status, body, _) = self.command(text).await;
        assert_eq!(status, 200, "{text}: {body}");
        assert!(body.contains("in_channel"), "{text}: {body}");
    }

    /// An interaction payload, form-encoded and signed.
    async fn interact(&self, payload: &Value) -> (u16, String) {
        let body = serde_urlencoded::to_string([("payload", payload.to_string())]).unwrap();
        self.signed(
            "/slack/interactions",
            "application/x-www-form-urlencoded",
            &body,
        )
        .await
    }

    /// Opens `command`'s form with a bare slash command; the view `views.open` received.
    async fn open(&self, command: &str) -> Value {
        let before = self.fake.opened.lock().unwrap().len();
        let (status, body, trigger) = self.command(command).await;
        assert_eq!(
            (status, body.as_str()),
            (200, ""),
            "a form opened: an empty acknowledgement"
        );
        self.wait_for(|f| f.opened.lock().unwrap().len() > before)
            .await;
        let opened = self.fake.opened.lock().unwrap()[before].clone();
        assert_eq!(opened["trigger_id"], trigger.as_str());
        opened["view"].clone()
    }

    fn tenant(&self) -> TenantId {
        "slack:T1".parse().unwrap()
    }
}

fn fixture(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURES}/slack/{name}")).unwrap())
        .unwrap()
}

/// Slack's `view_submission` payload for `view` (as the bot opened it) with `values` typed
/// into its fields by block id, from U1 in T1. An input nothing is typed into submits what
/// it started with, as in Slack.
fn submission(view: &Value, values: &[(&str, &str)]) -> Value {
    let mut p = fixture("view_submission.json");
    p["team"] = json!({"id": "T1", "domain": "acme"});
    p["user"] = json!({"id": "U1", "username": "alice", "name": "alice", "team_id": "T1"});
    let mut v = p["view"].clone();
    for key in [
        "blocks",
        "private_metadata",
        "callback_id",
        "title",
        "submit",
        "close",
    ] {
        v[key] = view[key].clone();
    }
    v["team_id"] = json!("T1");
    let mut state = serde_json::Map::new();
    for block in view["blocks"].as_array().unwrap() {
        let (id, element) = (block["block_id"].as_str().unwrap(), &block["element"]);
        let action = element["action_id"].as_str().unwrap();
        let typed = values
            .iter()
            .find(|(k, _)| *k == id)
            .map(|(_, v)| *v)
            .or(element["initial_value"]
                .as_str()
                .or(element["initial_date"].as_str())
                .or(element["initial_option"]["value"].as_str()));
        let value = match (element["type"].as_str().unwrap(), typed) {
            ("datepicker", t) => json!({"type": "datepicker", "selected_date": t}),
            ("static_select" | "external_select", Some(t)) => {
                json!({"type": element["type"], "selected_option": {"text": {"type": "plain_text", "text": t}, "value": t}})
            }
            ("static_select" | "external_select", None) => {
                json!({"type": element["type"], "selected_option": null})
            }
            (kind, t) => json!({"type": kind, "value": t}),
        };
        state.insert(id.to_string(), json!({ action: value }));
    }
    v["state"] = json!({ "values": state });
    p["view"] = v;
    p
}

fn block_ids(view: &Value) -> Vec<String> {
    view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["block_id"].as_str().unwrap().to_string())
        .collect()
}

fn element<'a>(view: &'a Value, block: &str) -> &'a Value {
    &view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["block_id"] == block)
        .unwrap_or_else(|| panic!("no field {block}: {view}"))["element"]
}

#[test]
fn the_manifest_declares_the_shortcut_the_home_tab_and_the_interactivity_forms_need() {
    let yaml = std::fs::read_to_string(MANIFEST).unwrap();
    let m: Value = serde_yaml_ng::from_str(&yaml).unwrap();
    // Slack's manifest schema as slack-morphism models it: a misspelt key would be dropped
    // here and the checks below would fail.
    let typed: slack_morphism::prelude::SlackAppManifest =
        serde_json::from_value(m.clone()).unwrap();
    let m2 = serde_json::to_value(&typed).unwrap();
    for v in [&m, &m2] {
        let home = &v["features"]["app_home"];
        assert_eq!(home["home_tab_enabled"], true, "{home}");
        assert_eq!(home["messages_tab_enabled"], true, "{home}");
        assert_eq!(home["messages_tab_read_only_enabled"], false, "{home}");
        let shortcut = &v["features"]["shortcuts"][0];
        assert_eq!(
            (
                shortcut["name"].as_str(),
                shortcut["type"].as_str(),
                shortcut["callback_id"].as_str()
            ),
            (
                Some("Log with valuebridge"),
                Some("message"),
                Some(valuebridge_slack::SHORTCUT_CALLBACK)
            )
        );
        let interactivity = &v["settings"]["interactivity"];
        assert_eq!(interactivity["is_enabled"], true);
        assert!(interactivity["request_url"]
            .as_str()
            .unwrap()
            .ends_with("/slack/interactions"));
        assert!(interactivity["message_menu_options_url"]
            .as_str()
            .unwrap()
            .ends_with("/slack/options"));
        let events: Vec<&str> = v["settings"]["event_subscriptions"]["bot_events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap())
            .collect();
        for needed in ["app_home_opened", "app_mention", "message.im"] {
            assert!(events.contains(&needed), "{events:?}");
        }
        let scopes: Vec<&str> = v["oauth_config"]["scopes"]["bot"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap())
            .collect();
        // The shortcut needs `commands`; ephemeral replies and posts need `chat:write`.
        for needed in ["commands", "chat:write", "im:history", "users:read"] {
            assert!(scopes.contains(&needed), "{scopes:?}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_form_opens_from_a_bare_slash_command_as_its_kept_block_kit() {
    let bot = start_bot().await;
    let update = std::env::var_os("VALUEBRIDGE_UPDATE_FORMS").is_some();
    for command in FORMS {
        let view = bot.open(command).await;
        assert_eq!(view["type"], "modal");
        assert!(view["title"]["text"].as_str().unwrap().chars().count() <= 24);
        let meta: Value = serde_json::from_str(view["private_metadata"].as_str().unwrap()).unwrap();
        assert_eq!(
            (meta["command"].as_str(), meta["channel"].as_str()),
            (Some(command), Some("C1"))
        );
        let text = serde_json::to_string_pretty(&view).unwrap() + "\n";
        let path = format!("{FIXTURES}/forms/slack/{command}.json");
        if update {
            std::fs::create_dir_all(format!("{FIXTURES}/forms/slack")).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("no kept form {path}: {e}; run with VALUEBRIDGE_UPDATE_FORMS=1 to write it")
        });
        assert_eq!(
            text, kept,
            "the {command} form differs from {path}; if meant, regenerate with VALUEBRIDGE_UPDATE_FORMS=1"
        );
    }
    assert!(
        bot.fake.posts.lock().unwrap().is_empty(),
        "opening a form posts nothing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_message_shortcut_drafts_the_message_only_for_the_person_who_used_it() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let mut p = fixture("message_action.json");
    p["team"] = json!({"id": "T1", "domain": "acme"});
    p["user"] = json!({"id": "U1", "name": "alice"});
    p["channel"] = json!({"id": "C1", "name": "sales"});
    p["callback_id"] = json!(valuebridge_slack::SHORTCUT_CALLBACK);
    p["message"]["text"] =
        json!("<@U0BOT> we approved £250k for the CRM replacement because churn is rising");
    p["message"]["user"] = json!("U7");
    p["response_url"] = json!(format!("http://{}/respond", bot.fake_addr));
    let (status, body) = bot.interact(&p).await;
    assert_eq!((status, body.as_str()), (200, ""));
    bot.wait_for(|f| !f.responses.lock().unwrap().is_empty())
        .await;
    let draft = bot.fake.responses.lock().unwrap()[0].clone();
    // A response_url message is ephemeral unless it says `in_channel`.
    assert_ne!(draft["response_type"], "in_channel", "{draft}");
    let buttons: Vec<&str> = draft["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "actions")
        .flat_map(|b| b["elements"].as_array().unwrap())
        .map(|e| e["value"].as_str().unwrap())
        .collect();
    assert!(
        buttons.iter().any(|b| b.starts_with("confirm draft ")),
        "{draft}"
    );
    assert!(
        draft.to_string().contains("£250"),
        "the message was read: {draft}"
    );
    assert!(
        bot.fake.posts.lock().unwrap().is_empty(),
        "nothing posted for everyone"
    );
    assert!(bot
        .store
        .live(&bot.tenant(), Kind::Decision)
        .unwrap()
        .is_empty());

    // Confirming the private card stores the decision and replaces the card in place.
    let mut press = fixture("block_actions.json");
    press["team"]["id"] = json!("T1");
    press["user"]["id"] = json!("U1");
    press["container"] = json!({"type": "message", "message_ts": "1700000000.000200", "channel_id": "C1", "is_ephemeral": true});
    press["channel"]["id"] = json!("C1");
    press["response_url"] = json!(format!("http://{}/respond", bot.fake_addr));
    press["actions"][0]["value"] = json!(buttons[0]);
    assert_eq!(bot.interact(&press).await.0, 200);
    bot.wait_for(|f| f.responses.lock().unwrap().len() >= 2)
        .await;
    let replaced = bot.fake.responses.lock().unwrap()[1].clone();
    assert_eq!(replaced["replace_original"], true, "{replaced}");
    assert!(
        replaced["text"]
            .as_str()
            .unwrap()
            .contains("Logged decision DEC-1"),
        "{replaced}"
    );
    assert_eq!(
        bot.store.live(&bot.tenant(), Kind::Decision).unwrap().len(),
        1
    );
    assert!(
        bot.fake.updates.lock().unwrap().is_empty(),
        "an ephemeral card is not chat.update's"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opening_home_publishes_the_persons_follow_ups_and_a_new_record_publishes_it_again() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    // Storing the unit published U1's Home once already.
    bot.wait_for(|f| f.published.lock().unwrap().len() == 1)
        .await;
    let published_before = 1;
    let mut event = fixture("app_home_opened.json");
    // A workspace install: the fixture is an org-wide install, whose authorization has no
    // team (slack-morphism 2.31 cannot read that; the bot is installed per workspace).
    event["team_id"] = json!("T1");
    event["authorizations"][0]["team_id"] = json!("T1");
    event["event"]["user"] = json!("U1");
    let (status, body) = bot
        .signed("/slack/events", "application/json", &event.to_string())
        .await;
    assert_eq!(status, 200, "{body}");
    bot.wait_for(|f| f.published.lock().unwrap().len() > published_before)
        .await;
    let first = bot.fake.published.lock().unwrap().last().unwrap().clone();
    assert_eq!(first["user_id"], "U1");
    assert_eq!(first["view"]["type"], "home");
    let text = first["view"].to_string();
    assert!(text.contains("nothing is waiting on you"), "{text}");
    let buttons: Vec<String> = first["view"]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "actions")
        .flat_map(|b| b["elements"].as_array().unwrap().clone())
        .map(|e| e["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(buttons, FORMS);

    // A note with a follow-up for U1: their Home is published again, with it.
    let seen = bot.fake.published.lock().unwrap().len();
    bot.ok("note Sales: kickoff follow-up: send the cost breakdown @U1 by 2026-12-04")
        .await;
    bot.wait_for(|f| f.published.lock().unwrap().len() > seen)
        .await;
    let again = bot.fake.published.lock().unwrap()[seen].clone();
    assert_eq!(again["user_id"], "U1");
    let text = again["view"].to_string();
    assert!(
        text.contains("send the cost breakdown") && text.contains("NOTE-1"),
        "{text}"
    );

    // The Messages tab opening is not the Home tab: nothing is published for it.
    let seen = bot.fake.published.lock().unwrap().len();
    event["event"]["tab"] = json!("messages");
    event["event_id"] = json!("Ev112");
    assert_eq!(
        bot.signed("/slack/events", "application/json", &event.to_string())
            .await
            .0,
        200
    );
    bot.ok("unit add Ops").await;
    bot.wait_for(|f| f.published.lock().unwrap().len() > seen)
        .await;
    let last = bot.fake.published.lock().unwrap().clone();
    assert_eq!(
        last.len(),
        seen + 1,
        "one publish, for the record: {last:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_records_publishes_the_home_tab_a_few_times_ending_with_the_last() {
    let bot = start_bot().await;
    let began = std::time::Instant::now();
    bot.ok("unit add Sales").await;
    const NOTES: usize = 30;
    for k in 1..=NOTES {
        bot.ok(&format!(
            "note Sales: call {k} follow-up: send figures {k} @U1 by 2026-12-04"
        ))
        .await;
    }
    // The last publish shows every follow-up: the burst's final state is never left out.
    let heading = format!("Your open follow-ups ({NOTES})");
    bot.wait_for(|f| {
        f.published
            .lock()
            .unwrap()
            .iter()
            .any(|p| p["view"].to_string().contains(&heading))
    })
    .await;
    // Publishing after every record read the whole workspace once per record; now it is
    // one publish at once and then at most one a second, however fast records arrive.
    let published = bot.fake.published.lock().unwrap().len();
    let seconds = began.elapsed().as_secs() as usize;
    assert!(
        published <= 2 + seconds,
        "{published} publishes for {} records in {seconds} s",
        NOTES + 1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_home_button_opens_its_form_and_the_submission_answers_in_direct_messages() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    let mut press = fixture("block_actions.json");
    press["team"]["id"] = json!("T1");
    press["user"]["id"] = json!("U1");
    press["container"] = json!({"type": "view", "view_id": "V2"});
    press.as_object_mut().unwrap().remove("channel");
    press.as_object_mut().unwrap().remove("message");
    press.as_object_mut().unwrap().remove("response_url");
    press["trigger_id"] = json!("9.9.home");
    press["actions"][0]["value"] = json!("note");
    assert_eq!(bot.interact(&press).await.0, 200);
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let opened = bot.fake.opened.lock().unwrap()[0].clone();
    assert_eq!(opened["trigger_id"], "9.9.home");
    let meta: Value =
        serde_json::from_str(opened["view"]["private_metadata"].as_str().unwrap()).unwrap();
    assert_eq!(
        meta["channel"], "U1",
        "answered in the person's DM with the app"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_valid_submission_stores_what_the_typed_command_would_and_announces_it() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    let view = bot.open("invest").await;
    let typed = [
        ("name", "CRM replacement"),
        ("unit", "Sales"),
        ("cost", "250000"),
        ("run", "20000"),
        ("benefit", "400000"),
        ("years", "3"),
        ("start", "2027-01-01"),
        ("category", "transform"),
    ];
    for id in block_ids(&view) {
        assert!(
            typed.iter().any(|(k, _)| *k == id)
                || element(&view, &id).get("initial_option").is_some()
                || !view["blocks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|b| b["block_id"] == id.as_str() && b["optional"] == false),
            "a required field {id} this test does not fill"
        );
    }
    let (status, body) = bot.interact(&submission(&view, &typed)).await;
    assert_eq!((status, body.as_str()), (200, ""), "the modal closes");
    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let post = bot.fake.posts.lock().unwrap()[0].clone();
    assert_eq!(post["channel"], "C1");
    assert!(post["text"].as_str().unwrap().contains("INV-1"), "{post}");
    // The same line typed in another workspace stores the same investment.
    let twin = support::Bot::new();
    twin.ok("unit add Sales").await;
    let line = typed
        .iter()
        .skip(1)
        .filter(|(k, _)| block_ids(&view).iter().any(|id| id == k))
        .map(|(k, v)| format!("{k}:{v}"))
        .collect::<Vec<_>>()
        .join(" ");
    twin.ok(&format!("invest \"CRM replacement\" {line}")).await;
    let from_form = bot.store.live(&bot.tenant(), Kind::Investment).unwrap();
    let from_line = twin
        .store
        .live(&TenantId::local(), Kind::Investment)
        .unwrap();
    let (Record::Investment(a), Record::Investment(b)) =
        (&from_form[0].record, &from_line[0].record)
    else {
        panic!("{from_form:?} {from_line:?}")
    };
    assert_eq!(
        (
            &a.name,
            a.cost,
            a.run_cost,
            a.annual_benefit,
            a.years,
            a.start,
            a.category
        ),
        (
            &b.name,
            b.cost,
            b.run_cost,
            b.annual_benefit,
            b.years,
            b.start,
            b.category
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_submission_shows_the_error_on_its_field_and_stores_nothing() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    let view = bot.open("invest").await;
    let before = bot.store.log_len(&bot.tenant()).unwrap();
    let (status, body) = bot
        .interact(&submission(
            &view,
            &[
                ("name", "CRM replacement"),
                ("unit", "Sales"),
                // Slack's number input lets this through; pence have two places.
                ("cost", "250000.001"),
                ("benefit", "400000"),
                ("years", "3"),
                ("start", "2027-01-01"),
                ("category", "transform"),
            ],
        ))
        .await;
    assert_eq!(status, 200, "{body}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["response_action"], "errors", "{answer}");
    let errors = answer["errors"].as_object().unwrap();
    assert_eq!(
        errors.keys().collect::<Vec<_>>(),
        ["cost"],
        "on the amount's own input: {answer}"
    );
    let said = errors["cost"].as_str().unwrap();
    assert!(
        said.contains("250000.001 GBP") && said.contains("decimal places"),
        "{answer}"
    );
    assert_eq!(bot.store.log_len(&bot.tenant()).unwrap(), before);
    assert!(bot.fake.posts.lock().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_amount_is_a_number_beside_a_currency_and_is_stored_in_minor_units() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    let view = bot.open("invest").await;
    for field in ["cost", "benefit", "run"] {
        let number = element(&view, field);
        assert_eq!(
            (
                number["type"].as_str(),
                number["is_decimal_allowed"].as_bool(),
                number["min_value"].as_str()
            ),
            (Some("number_input"), Some(true), Some("0")),
            "{field}: {number}"
        );
        let ids = block_ids(&view);
        let at = ids.iter().position(|id| id == field).unwrap();
        let currency_block = format!("{field}__currency");
        assert_eq!(
            ids[at + 1],
            currency_block,
            "the currency sits under its amount"
        );
        let currency = element(&view, &currency_block);
        assert_eq!(currency["type"], "static_select");
        assert_eq!(
            currency["initial_option"]["value"], "GBP",
            "the default first"
        );
        assert_eq!(currency["options"][0]["value"], "GBP");
        assert!(
            currency["options"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["value"] == "USD"),
            "{currency}"
        );
    }
    assert!(view["blocks"].as_array().unwrap().len() <= 100);

    // As Slack sends it: `{"type": "number_input", "value": "250000"}` and the option chosen.
    let p = submission(
        &view,
        &[
            ("name", "CRM replacement"),
            ("unit", "Sales"),
            ("cost", "250000"),
            ("cost__currency", "USD"),
            ("benefit", "400000.50"),
            ("benefit__currency", "USD"),
            ("years", "3"),
            ("category", "transform"),
        ],
    );
    let state = &p["view"]["state"]["values"];
    assert_eq!(
        state["cost"]["cost"],
        json!({"type": "number_input", "value": "250000"})
    );
    assert_eq!(
        state["cost__currency"]["cost__currency"]["selected_option"]["value"],
        "USD"
    );
    let (status, body) = bot.interact(&p).await;
    assert_eq!((status, body.as_str()), (200, ""), "the modal closes");
    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let stored = bot.store.live(&bot.tenant(), Kind::Investment).unwrap();
    let Record::Investment(i) = &stored[0].record else {
        panic!("{stored:?}")
    };
    let usd = valuebridge::money::Currency::USD;
    assert_eq!((i.cost.minor, i.cost.currency), (25_000_000, usd));
    assert_eq!(
        (i.annual_benefit.minor, i.annual_benefit.currency),
        (40_000_050, usd),
        "a yearly amount"
    );
    assert_eq!(i.run_cost.minor, 0, "left empty");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_drafts_amount_starts_as_its_number_in_its_own_currency() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let mention = std::fs::read_to_string(format!("{FIXTURES}/slack/app_mention.json"))
        .unwrap()
        .replace("T123ABC456", "T1")
        .replace("U123ABC456", "U1")
        .replace("C123ABC456", "C1")
        .replace(
            "What is the hour of the pearl, <@U0LAN0Z89>?",
            "<@U0LAN0Z89> we approved €240k for the CRM replacement because churn",
        );
    assert_eq!(
        bot.signed("/slack/events", "application/json", &mention)
            .await
            .0,
        200
    );
    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let card = bot.fake.posts.lock().unwrap()[0].clone();
    let edit = card["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "actions")
        .flat_map(|b| b["elements"].as_array().unwrap())
        .map(|e| e["value"].as_str().unwrap().to_string())
        .find(|v| v.starts_with("edit draft "))
        .unwrap_or_else(|| panic!("an Edit button: {card}"));
    let mut press = fixture("block_actions.json");
    press["team"]["id"] = json!("T1");
    press["user"]["id"] = json!("U1");
    press["container"] = json!({"type": "message", "message_ts": "1700000000.000100", "channel_id": "C1", "is_ephemeral": false});
    press["channel"]["id"] = json!("C1");
    press["response_url"] = json!(format!("http://{}/respond", bot.fake_addr));
    press["trigger_id"] = json!("7.7.edit");
    press["actions"][0]["value"] = json!(edit);
    assert_eq!(bot.interact(&press).await.0, 200);
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let view = bot.fake.opened.lock().unwrap()[0]["view"].clone();
    let amount = element(&view, "amount");
    assert_eq!(
        (amount["type"].as_str(), amount["initial_value"].as_str()),
        (Some("number_input"), Some("240000")),
        "{amount}"
    );
    assert_eq!(
        element(&view, "amount__currency")["initial_option"]["value"],
        "EUR",
        "the draft's currency, not the default"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn type_ahead_offers_the_workspaces_units_and_investments() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    bot.ok("unit add \"Finance & Risk\" alias fin").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let view = bot.open("decide").await;
    let investment = block_ids(&view)
        .into_iter()
        .find(|id| element(&view, id)["type"] == "external_select")
        .expect("a lookup field");
    let mut p = fixture("block_suggestion.json");
    p["team"] = json!({"id": "T1", "domain": "acme"});
    p["user"] = json!({"id": "U1", "username": "alice", "name": "alice", "team_id": "T1"});
    p["block_id"] = json!(investment);
    p["action_id"] = element(&view, &investment)["action_id"].clone();
    p["value"] = json!("crm");
    p["view"]["blocks"] = view["blocks"].clone();
    p["view"]["private_metadata"] = view["private_metadata"].clone();
    p["view"]["callback_id"] = view["callback_id"].clone();
    let body = serde_urlencoded::to_string([("payload", p.to_string())]).unwrap();
    let (status, answer) = bot
        .signed("/slack/options", "application/x-www-form-urlencoded", &body)
        .await;
    assert_eq!(status, 200, "{answer}");
    let answer: Value = serde_json::from_str(&answer).unwrap();
    let options = answer["options"].as_array().unwrap();
    assert!(
        options
            .iter()
            .any(|o| o["value"] == "INV-1" && o["text"]["text"].as_str().unwrap().contains("CRM")),
        "{answer}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edit_on_a_draft_card_opens_the_form_filled_in_and_its_record_replaces_the_card() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let mention = std::fs::read_to_string(format!("{FIXTURES}/slack/app_mention.json"))
        .unwrap()
        .replace("T123ABC456", "T1")
        .replace("U123ABC456", "U1")
        .replace("C123ABC456", "C1")
        .replace(
            "What is the hour of the pearl, <@U0LAN0Z89>?",
            "<@U0LAN0Z89> we approved £250k for the CRM replacement because churn",
        );
    assert_eq!(
        bot.signed("/slack/events", "application/json", &mention)
            .await
            .0,
        200
    );
    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let card = bot.fake.posts.lock().unwrap()[0].clone();
    let edit = card["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "actions")
        .flat_map(|b| b["elements"].as_array().unwrap())
        .map(|e| e["value"].as_str().unwrap().to_string())
        .find(|v| v.starts_with("edit draft "))
        .unwrap_or_else(|| panic!("an Edit button: {card}"));
    let mut press = fixture("block_actions.json");
    press["team"]["id"] = json!("T1");
    press["user"]["id"] = json!("U1");
    press["container"] = json!({"type": "message", "message_ts": "1700000000.000100", "channel_id": "C1", "is_ephemeral": false});
    press["channel"]["id"] = json!("C1");
    press["response_url"] = json!(format!("http://{}/respond", bot.fake_addr));
    press["trigger_id"] = json!("7.7.edit");
    press["actions"][0]["value"] = json!(edit);
    assert_eq!(bot.interact(&press).await.0, 200);
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let opened = bot.fake.opened.lock().unwrap()[0].clone();
    assert_eq!(opened["trigger_id"], "7.7.edit");
    let view = &opened["view"];
    let text = view.to_string();
    assert!(text.contains("250"), "the amount is filled in: {text}");
    assert!(text.contains("churn"), "the rationale is filled in: {text}");

    // Submitted as filled in: the decision is logged once and takes the card's place.
    let filled: Vec<(String, String)> = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| {
            let e = &b["element"];
            let v = e["initial_value"]
                .as_str()
                .or(e["initial_date"].as_str())
                .or(e["initial_option"]["value"].as_str())?;
            Some((b["block_id"].as_str().unwrap().to_string(), v.to_string()))
        })
        .collect();
    let filled: Vec<(&str, &str)> = filled
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let (status, body) = bot.interact(&submission(view, &filled)).await;
    assert_eq!((status, body.as_str()), (200, ""), "the modal closes");
    bot.wait_for(|f| !f.updates.lock().unwrap().is_empty())
        .await;
    let update = bot.fake.updates.lock().unwrap()[0].clone();
    assert_eq!(
        (update["channel"].as_str(), update["ts"].as_str()),
        (Some("C1"), Some("1700000000.000100"))
    );
    assert!(
        update["text"]
            .as_str()
            .unwrap()
            .contains("Logged decision DEC-1"),
        "{update}"
    );
    let decisions = bot.store.live(&bot.tenant(), Kind::Decision).unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(
        bot.fake.posts.lock().unwrap().len(),
        1,
        "only the card was posted"
    );
}
