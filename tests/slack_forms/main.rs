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

#[path = "../support/mod.rs"]
mod support;

mod home_and_shortcuts;
mod learnt_aliases;
mod old_card_confirm;
mod registered;
mod submissions;
mod waiting_drafts;

use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
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

#[path = "../support/slack_fake.rs"]
mod slack_fake;
#[path = "../support/slack_signing.rs"]
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
    let (running, store) = support::run_slack_bot(fake_addr, SECRET).await;
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
        self.fake.wait_for(ready).await
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

    /// Mentions the bot with `said` (the real `app_mention` payload), presses the Edit button
    /// on the draft card it posts, and returns what `views.open` received.
    async fn edit_on_the_draft_of(&self, said: &str) -> Value {
        self.mention(said).await;
        self.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
        let card = self.fake.posts.lock().unwrap()[0].clone();
        self.press_edit_on(&card).await
    }

    /// Mentions the bot with `said` from U1 in C1 (the real `app_mention` payload, each with
    /// its own event id, as Slack gives each).
    async fn mention(&self, said: &str) {
        static EVENTS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let event = EVENTS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mention = std::fs::read_to_string(format!("{FIXTURES}/slack/app_mention.json"))
            .unwrap()
            .replace("Ev123ABC456", &format!("Ev{event}"))
            .replace("T123ABC456", "T1")
            .replace("U123ABC456", "U1")
            .replace("C123ABC456", "C1")
            .replace(
                "What is the hour of the pearl, <@U0LAN0Z89>?",
                &format!("<@U0LAN0Z89> {said}"),
            );
        assert_eq!(
            self.signed("/slack/events", "application/json", &mention)
                .await
                .0,
            200
        );
    }

    /// Presses the Edit button on `card`, a message the bot posted; what `views.open` received.
    async fn press_edit_on(&self, card: &Value) -> Value {
        let edit = card["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["type"] == "actions")
            .flat_map(|b| b["elements"].as_array().unwrap())
            .map(|e| e["value"].as_str().unwrap().to_string())
            .find(|v| v.starts_with("edit draft "))
            .unwrap_or_else(|| panic!("an Edit button: {card}"));
        let mut press = self.button_press(&edit);
        press["trigger_id"] = json!("7.7.edit");
        assert_eq!(self.interact(&press).await.0, 200);
        self.wait_for(|f| !f.opened.lock().unwrap().is_empty())
            .await;
        self.fake.opened.lock().unwrap()[0].clone()
    }

    /// U1 pressing the button whose value is `value` on a message the bot posted in C1, as
    /// Slack's `block_actions` payload (not yet sent).
    fn button_press(&self, value: &str) -> Value {
        let mut press = fixture("block_actions.json");
        press["team"]["id"] = json!("T1");
        press["user"]["id"] = json!("U1");
        press["container"] = json!({"type": "message", "message_ts": "1700000000.000100", "channel_id": "C1", "is_ephemeral": false});
        press["channel"]["id"] = json!("C1");
        press["response_url"] = json!(format!("http://{}/respond", self.fake_addr));
        press["actions"][0]["value"] = json!(value);
        press
    }

    /// The form the Edit button on the draft of `said` opened (the view `views.open` got).
    async fn edit_form_of(&self, said: &str) -> Value {
        self.edit_on_the_draft_of(said).await["view"].clone()
    }

    /// Submits `view` with `typed` into it; the modal must close. The card update that follows.
    async fn submit_closing(&self, view: &Value, typed: &[(&str, &str)]) -> Value {
        let (status, body) = self.interact(&submission(view, typed)).await;
        assert_eq!((status, body.as_str()), (200, ""), "the modal closes");
        self.wait_for(|f| !f.updates.lock().unwrap().is_empty())
            .await;
        self.fake.updates.lock().unwrap()[0].clone()
    }

    /// Submits `view` with `typed` into it; it must be refused with errors shown on its inputs
    /// and nothing written. The bot's answer.
    async fn submit_refused(&self, view: &Value, typed: &[(&str, &str)]) -> Value {
        let before = self.store.log_len(&self.tenant()).unwrap();
        let (status, body) = self.interact(&submission(view, typed)).await;
        assert_eq!(status, 200, "{body}");
        let answer: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(answer["response_action"], "errors", "{answer}");
        assert_eq!(self.store.log_len(&self.tenant()).unwrap(), before);
        answer
    }

    /// Mentions the bot with `text`; the next message it posts in answer.
    async fn answer_to(&self, text: &str) -> Value {
        let before = self.fake.posts.lock().unwrap().len();
        self.mention(text).await;
        self.wait_for(|f| f.posts.lock().unwrap().len() > before)
            .await;
        self.fake.posts.lock().unwrap()[before].clone()
    }

    /// How many live records of `kind` the workspace holds.
    fn count(&self, kind: Kind) -> usize {
        self.store.live(&self.tenant(), kind).unwrap().len()
    }

    /// Ops (UNIT-1) with the Field service platform (INV-1).
    async fn with_field_service_platform(&self) {
        self.ok("unit add Ops").await;
        self.ok("invest \"Field service platform\" unit:Ops cost:£40k benefit:£60k/yr years:3 category:run start:2026-01-01").await;
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
