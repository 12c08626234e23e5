//! The Slack adapter in Socket Mode, end to end: a loopback fake of Slack serves
//! `apps.connections.open` and the Web API, and a websocket that speaks Socket Mode's
//! envelopes. Nothing reaches Slack; every wait is on an event, bounded.

mod support;

use chrono::{TimeZone, Utc};
use futures_util::{SinkExt, StreamExt};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/slack");
const WAIT: Duration = Duration::from_secs(20);

#[path = "support/slack_fake.rs"]
mod slack_fake;
use slack_fake::{FakeSlack, Users, Workspace, Ws};

/// Starts the fake: its Web API address, and the websocket connections the bot opens.
async fn start_fake() -> (SocketAddr, Arc<FakeSlack>, mpsc::UnboundedReceiver<Ws>) {
    slack_fake::start_socket_mode(Workspace {
        bot_user: "U0LAN0Z89",
        channel: "C123ABC456",
        users: Users::Alice,
        ..Workspace::default()
    })
    .await
}

struct Bot {
    addr: SocketAddr,
    store: Store,
    fake: Arc<FakeSlack>,
    conns: mpsc::UnboundedReceiver<Ws>,
    stop: tokio::sync::oneshot::Sender<()>,
    run: tokio::task::JoinHandle<anyhow::Result<()>>,
}

/// The bot with only the bot and app tokens: Socket Mode, no HTTP routes for Slack.
async fn start_bot() -> Bot {
    let (fake_addr, fake, conns) = start_fake().await;
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.slack.api_url = format!("http://{fake_addr}/api");
    config.slack.socket_connections = 1;
    let store = Store::temporary().unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    ));
    let service =
        valuebridge::service::Service::new(store.clone(), Arc::new(config), clock).unwrap();
    let env = [
        ("SLACK_BOT_TOKEN".to_string(), "xoxb-test".to_string()),
        ("SLACK_APP_TOKEN".to_string(), "xapp-test".to_string()),
    ]
    .into();
    let running = support::run_bot(service, &env).await.unwrap();
    Bot {
        addr: running.addr,
        store,
        fake,
        conns,
        stop: running.stop,
        run: running.run,
    }
}

impl Bot {
    /// The next websocket connection the bot opens.
    async fn connection(&mut self) -> Ws {
        tokio::time::timeout(WAIT, self.conns.recv())
            .await
            .expect("the bot connected to the Socket Mode websocket")
            .unwrap()
    }

    /// Waits until the fake Web API has seen what `ready` looks for.
    async fn wait_for(&self, ready: impl Fn(&FakeSlack) -> bool) {
        let fake = &self.fake;
        tokio::time::timeout(WAIT, async {
            loop {
                let notified = fake.notify.notified();
                if ready(fake) {
                    break;
                }
                notified.await;
            }
        })
        .await
        .expect("the bot called Slack's Web API");
    }

    async fn readyz(&self) -> (u16, String) {
        let mut s = TcpStream::connect(self.addr).await.unwrap();
        s.write_all(b"GET /readyz HTTP/1.1\r\nHost: bot\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut buf = String::new();
        s.read_to_string(&mut buf).await.unwrap();
        let status = buf.split_whitespace().nth(1).unwrap().parse().unwrap();
        let body = buf.split_once("\r\n\r\n").unwrap().1.to_string();
        (status, body)
    }
}

async fn send(ws: &mut Ws, frame: serde_json::Value) {
    ws.send(Message::Text(frame.to_string().into()))
        .await
        .unwrap();
}

/// The next JSON frame from the bot (pings and pongs skipped).
async fn receive(ws: &mut Ws) -> serde_json::Value {
    tokio::time::timeout(WAIT, async {
        loop {
            match ws.next().await {
                Some(Ok(Message::Text(t))) => return serde_json::from_str(&t).unwrap(),
                Some(Ok(_)) => continue,
                other => panic!("the connection ended: {other:?}"),
            }
        }
    })
    .await
    .expect("the bot answered on the websocket")
}

fn fixture(name: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()).unwrap()
}

async fn hello(ws: &mut Ws) {
    let mut frame = fixture("socket_mode_hello.json");
    frame["num_connections"] = 1.into();
    send(ws, frame).await;
}

/// A `/value` slash command envelope in the fixture's shape; returns the bot's ack.
async fn slash(
    ws: &mut Ws,
    envelope_id: &str,
    team: &str,
    user: &str,
    text: &str,
) -> serde_json::Value {
    let mut frame = fixture("socket_mode_slash_command.json");
    frame["envelope_id"] = envelope_id.into();
    let p = &mut frame["payload"];
    p["team_id"] = team.into();
    p["channel_id"] = "C123ABC456".into();
    p["user_id"] = user.into();
    p["command"] = "/value".into();
    p["text"] = text.into();
    // Each command has its own trigger_id, as Slack gives each; a repeated one is not run.
    static TRIGGERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let trigger = TRIGGERS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    p["trigger_id"] = format!("{trigger}.222.xxx").into();
    send(ws, frame).await;
    receive(ws).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slash_command_envelope_is_acked_with_its_answer_and_the_decision_is_stored() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    assert_eq!(
        *bot.fake.opens.lock().unwrap(),
        ["xapp-test"],
        "the connection is opened with the app-level token"
    );
    let (status, body) = bot.readyz().await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("slack socket mode: waiting for Slack to open"),
        "{body}"
    );

    hello(&mut ws).await;
    for (n, (text, expected)) in [
        ("unit add Sales", "Logged business unit UNIT-1 Sales"),
        ("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01", "INV-1"),
        ("decide INV-1 approve £250k because churn review:2027-06-30", "Logged decision DEC-1 approve"),
    ]
    .into_iter()
    .enumerate()
    {
        let envelope = format!("env-{n}");
        let ack = slash(&mut ws, &envelope, "T1", "U1", text).await;
        assert_eq!(ack["envelope_id"], envelope, "{ack}");
        let answer = &ack["payload"];
        assert_eq!(answer["response_type"], "in_channel", "{ack}");
        assert!(answer["text"].as_str().unwrap().contains(expected), "{ack}");
        assert!(answer["blocks"].as_array().unwrap().len() >= 2, "{ack}");
    }
    let tenant: TenantId = "slack:T1".parse().unwrap();
    let decisions = bot.store.live(&tenant, Kind::Decision).unwrap();
    assert_eq!(decisions.len(), 1);
    let Record::Decision(d) = &decisions[0].record else {
        panic!("{decisions:?}")
    };
    assert_eq!(
        (d.decided_by.as_str(), d.meta.logged_by.as_str()),
        ("Alice", "U1")
    );
    assert_eq!(
        *bot.fake.user_lookups.lock().unwrap(),
        ["U1"],
        "looked up once"
    );

    // An error is answered in the ack, for the caller only.
    let ack = slash(&mut ws, "env-err", "T1", "U1", "decide INV-1 aprove").await;
    assert_eq!(ack["envelope_id"], "env-err");
    assert_eq!(ack["payload"]["response_type"], "ephemeral", "{ack}");
    assert!(ack.to_string().contains("is not a verdict"), "{ack}");

    // Hello arrived before the commands on this connection, so the socket is ready now.
    let (_, body) = bot.readyz().await;
    assert!(!body.contains("slack socket mode"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_connection_is_reopened_and_readiness_says_so_meanwhile() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    let ack = slash(&mut ws, "env-1", "T1", "U1", "units").await;
    assert_eq!(ack["envelope_id"], "env-1");
    drop(ws); // no closing handshake: the connection is simply gone

    let mut ws = bot.connection().await;
    assert_eq!(*bot.fake.opens.lock().unwrap(), ["xapp-test", "xapp-test"]);
    let (status, body) = bot.readyz().await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("slack socket mode: Socket Mode connection lost"),
        "{body}"
    );
    assert!(
        !body.contains("xapp-test") && !body.contains("xoxb-test"),
        "{body}"
    );

    hello(&mut ws).await;
    let ack = slash(&mut ws, "env-2", "T1", "U1", "unit add Ops").await;
    assert_eq!(ack["envelope_id"], "env-2");
    assert!(
        ack["payload"]["text"]
            .as_str()
            .unwrap()
            .contains("UNIT-1 Ops"),
        "{ack}"
    );
    let (_, body) = bot.readyz().await;
    assert!(!body.contains("slack socket mode"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_envelope_posts_a_draft_card_and_a_button_envelope_confirms_it() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    for text in ["unit add Sales", "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01"] {
        slash(&mut ws, "seed", "T123ABC456", "U123ABC456", text).await;
    }
    let mut mention = fixture("app_mention.json");
    mention["event"]["text"] = "<@U0LAN0Z89> we approved £250k for the CRM replacement".into();
    let envelope = serde_json::json!({
        "envelope_id": "env-mention", "type": "events_api",
        "accepts_response_payload": false, "payload": mention,
    });
    send(&mut ws, envelope.clone()).await;
    assert_eq!(
        receive(&mut ws).await,
        serde_json::json!({"envelope_id": "env-mention"})
    );
    // Slack re-delivers the same event in a new envelope: acked, handled once.
    let mut again = envelope;
    again["envelope_id"] = "env-mention-retry".into();
    send(&mut ws, again).await;
    assert_eq!(receive(&mut ws).await["envelope_id"], "env-mention-retry");

    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let card = bot.fake.posts.lock().unwrap()[0].clone();
    let token = bot.fake.post_tokens.lock().unwrap()[0].clone();
    assert_eq!(token, "xoxb-test", "the Web API gets the bot token");
    assert_eq!(card["channel"], "C123ABC456");
    let confirm = card["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["type"] == "actions")
        .expect("a card with buttons")["elements"][0]["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(confirm.starts_with("confirm draft "), "{confirm}");

    let mut press = fixture("block_actions.json");
    press["team"]["id"] = "T123ABC456".into();
    press["user"]["id"] = "U123ABC456".into();
    press["container"] = serde_json::json!({"type": "message", "message_ts": "1700000000.000100", "channel_id": "C123ABC456", "is_ephemeral": false});
    press["channel"]["id"] = "C123ABC456".into();
    press["actions"][0]["value"] = confirm.into();
    send(
        &mut ws,
        serde_json::json!({"envelope_id": "env-press", "type": "interactive", "accepts_response_payload": false, "payload": press}),
    )
    .await;
    assert_eq!(
        receive(&mut ws).await,
        serde_json::json!({"envelope_id": "env-press"})
    );
    bot.wait_for(|f| !f.updates.lock().unwrap().is_empty())
        .await;
    let updated = bot.fake.updates.lock().unwrap()[0].clone();
    assert_eq!(updated["ts"], "1700000000.000100");
    assert!(
        updated["text"]
            .as_str()
            .unwrap()
            .contains("Logged decision DEC-1"),
        "{updated}"
    );
    let tenant: TenantId = "slack:T123ABC456".parse().unwrap();
    assert_eq!(bot.store.live(&tenant, Kind::Decision).unwrap().len(), 1);
    assert_eq!(
        bot.fake.posts.lock().unwrap().len(),
        1,
        "the retried mention posted nothing"
    );
}

/// After a stop, nothing more is handled and nothing is reopened. (slack-morphism sends the
/// closing handshake only if its writer is idle when told to stop, so the test does not
/// insist on one; the process exiting closes the socket in any case.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_stop_no_envelope_is_handled_and_no_connection_reopened() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    assert_eq!(
        slash(&mut ws, "env-1", "T1", "U1", "units").await["envelope_id"],
        "env-1"
    );
    bot.stop.send(()).unwrap();
    tokio::time::timeout(WAIT, bot.run)
        .await
        .expect("the bot stopped")
        .unwrap()
        .unwrap();

    let mut late = fixture("socket_mode_slash_command.json");
    late["payload"]["team_id"] = "T1".into();
    late["payload"]["command"] = "/value".into();
    late["payload"]["text"] = "unit add Late".into();
    let _ = ws.send(Message::Text(late.to_string().into())).await;
    // The listener reads the envelope, sees it was stopped and lets the connection go; had it
    // handled the envelope, it would have done so before letting go.
    tokio::time::timeout(WAIT, async {
        loop {
            match ws.next().await {
                Some(Ok(Message::Text(t))) => panic!("answered after the stop: {t}"),
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await
    .expect("the stopped bot let the connection go");
    let tenant: TenantId = "slack:T1".parse().unwrap();
    assert_eq!(bot.store.log_len(&tenant).unwrap(), 0, "nothing stored");
    assert_eq!(
        bot.fake.opens.lock().unwrap().len(),
        1,
        "no reconnection after the stop"
    );
    assert!(bot.conns.try_recv().is_err());
}

/// An `interactive` envelope carrying `payload`; returns the bot's ack.
async fn interactive(
    ws: &mut Ws,
    envelope_id: &str,
    payload: serde_json::Value,
) -> serde_json::Value {
    send(
        ws,
        serde_json::json!({"envelope_id": envelope_id, "type": "interactive", "accepts_response_payload": true, "payload": payload}),
    )
    .await;
    receive(ws).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_opens_from_a_bare_command_and_its_errors_and_type_ahead_ride_in_the_acks() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    let ack = slash(&mut ws, "env-unit", "T1", "U1", "unit add Sales").await;
    assert_eq!(ack["payload"]["response_type"], "in_channel", "{ack}");

    // A bare command: a bare ack (no message) and the modal opened with its trigger.
    let ack = slash(&mut ws, "env-form", "T1", "U1", "invest").await;
    assert_eq!(ack, serde_json::json!({"envelope_id": "env-form"}));
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let view = bot.fake.opened.lock().unwrap()[0]["view"].clone();
    assert_eq!(view["type"], "modal");

    // Type-ahead for the unit field: the options are the ack's payload.
    let unit = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["element"]["type"] == "external_select")
        .expect("a lookup field")
        .clone();
    let ack = interactive(
        &mut ws,
        "env-options",
        serde_json::json!({
            "type": "block_suggestion",
            "user": {"id": "U1", "username": "alice", "name": "alice", "team_id": "T1"},
            "container": {"type": "view", "view_id": "V1"},
            "api_app_id": "A1",
            "token": "x",
            "action_id": unit["element"]["action_id"],
            "block_id": unit["block_id"],
            "value": "sal",
            "team": {"id": "T1", "domain": "acme"},
            "view": {"id": "V1", "team_id": "T1", "type": "modal", "blocks": view["blocks"], "private_metadata": view["private_metadata"], "callback_id": view["callback_id"], "state": {"values": {}}, "hash": "1.a", "title": view["title"]},
        }),
    )
    .await;
    assert_eq!(ack["envelope_id"], "env-options", "{ack}");
    assert!(
        ack["payload"]["options"].as_array().is_some_and(|o| o
            .iter()
            .any(|o| o["text"]["text"].as_str().unwrap().contains("Sales"))),
        "{ack}"
    );

    // A submission with a cost the grammar cannot read: the errors are the ack's payload.
    let mut values = serde_json::Map::new();
    for block in view["blocks"].as_array().unwrap() {
        let (id, action) = (
            block["block_id"].as_str().unwrap(),
            block["element"]["action_id"].as_str().unwrap(),
        );
        let typed = [
            ("name", "CRM replacement"),
            ("unit", "Sales"),
            ("cost", "£2x"),
            ("benefit", "£400k/yr"),
            ("years", "3"),
            ("start", "2027-01-01"),
            ("category", "transform"),
        ]
        .into_iter()
        .find(|(k, _)| *k == id)
        .map(|(_, v)| v);
        let value = match (block["element"]["type"].as_str().unwrap(), typed) {
            ("datepicker", t) => serde_json::json!({"type": "datepicker", "selected_date": t}),
            (kind @ ("static_select" | "external_select"), Some(t)) => {
                serde_json::json!({"type": kind, "selected_option": {"text": {"type": "plain_text", "text": t}, "value": t}})
            }
            (kind, t) => serde_json::json!({"type": kind, "value": t}),
        };
        values.insert(id.to_string(), serde_json::json!({ action: value }));
    }
    let before = bot.store.log_len(&"slack:T1".parse().unwrap()).unwrap();
    let ack = interactive(
        &mut ws,
        "env-submit",
        serde_json::json!({
            "type": "view_submission",
            "team": {"id": "T1", "domain": "acme"},
            "user": {"id": "U1", "username": "alice", "name": "alice", "team_id": "T1"},
            "api_app_id": "A1",
            "token": "x",
            "trigger_id": "5.5.5",
            "view": {"id": "V1", "team_id": "T1", "type": "modal", "blocks": view["blocks"], "private_metadata": view["private_metadata"], "callback_id": view["callback_id"], "state": {"values": values}, "hash": "1.a", "title": view["title"], "submit": view["submit"], "close": view["close"]},
            "response_urls": [],
        }),
    )
    .await;
    assert_eq!(ack["envelope_id"], "env-submit", "{ack}");
    assert_eq!(ack["payload"]["response_action"], "errors", "{ack}");
    assert!(ack["payload"]["errors"]["cost"].as_str().is_some(), "{ack}");
    assert_eq!(
        bot.store.log_len(&"slack:T1".parse().unwrap()).unwrap(),
        before
    );
}

/// An `events_api` or `interactive` envelope carrying `payload`; returns the bot's ack.
async fn envelope(
    ws: &mut Ws,
    kind: &str,
    envelope_id: &str,
    payload: serde_json::Value,
) -> serde_json::Value {
    send(
        ws,
        serde_json::json!({"envelope_id": envelope_id, "type": kind,
                           "accepts_response_payload": false, "payload": payload}),
    )
    .await;
    receive(ws).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_wide_envelopes_naming_no_workspace_are_answered_as_over_http() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    let respond = format!("http://{}/respond", bot.fake.addr.lock().unwrap().unwrap());
    let units = |bot: &Bot, tenant: &str| {
        let tenant: TenantId = tenant.parse().unwrap();
        bot.store.live(&tenant, Kind::Unit).unwrap().len()
    };

    // A slash command with no workspace at all: the organisation's tenant.
    let mut frame = fixture("socket_mode_slash_command.json");
    frame["envelope_id"] = "env-org-command".into();
    let p = frame["payload"].as_object_mut().unwrap();
    p.remove("team_id");
    p.insert("enterprise_id".into(), "E111".into());
    p.insert("is_enterprise_install".into(), true.into());
    p.insert("command".into(), "/value".into());
    p.insert("text".into(), "unit add Sales".into());
    p.insert("channel_id".into(), "C123ABC456".into());
    p.insert("user_id".into(), "W111".into());
    p.insert("response_url".into(), respond.clone().into());
    send(&mut ws, frame).await;
    assert_eq!(receive(&mut ws).await["envelope_id"], "env-org-command");
    bot.wait_for(|f| {
        !f.posts.lock().unwrap().is_empty() || !f.responses.lock().unwrap().is_empty()
    })
    .await;
    let said = format!(
        "{:?} {:?}",
        bot.fake.posts.lock().unwrap(),
        bot.fake.responses.lock().unwrap()
    );
    assert!(said.contains("UNIT-1 Sales"), "{said}");
    assert_eq!(units(&bot, "slack:E111"), 1, "stored for the organisation");

    // A mention whose authorization names no workspace: the event's own workspace.
    let before = bot.fake.posts.lock().unwrap().len();
    let mut mention = fixture("enterprise/app_mention.json");
    mention["event"]["text"] = "<@W222> unit add Finance".into();
    let ack = envelope(&mut ws, "events_api", "env-org-mention", mention).await;
    assert_eq!(ack["envelope_id"], "env-org-mention");
    bot.wait_for(|f| f.posts.lock().unwrap().len() > before)
        .await;
    assert_eq!(units(&bot, "slack:T111"), 1);

    // A shortcut with `team: null`: the presser's workspace.
    let mut shortcut = fixture("enterprise/message_action.json");
    assert!(
        shortcut["team"].is_null(),
        "the fixture is an org-wide payload"
    );
    shortcut["callback_id"] = valuebridge_slack::SHORTCUT_CALLBACK.into();
    shortcut["message"]["text"] = "unit add Ops".into();
    shortcut["response_url"] = respond.into();
    let before = bot.fake.responses.lock().unwrap().len();
    let ack = envelope(&mut ws, "interactive", "env-org-shortcut", shortcut).await;
    assert_eq!(ack["envelope_id"], "env-org-shortcut");
    bot.wait_for(|f| f.responses.lock().unwrap().len() > before)
        .await;
    let answer = bot.fake.responses.lock().unwrap()[before].to_string();
    assert!(answer.contains("Ops"), "{answer}");
    assert!(
        !answer.contains("went wrong"),
        "answered, not apologised for: {answer}"
    );
}

/// A modal's `state.values` with `typed` in the fields it names (the rest left empty).
fn typed_values(view: &serde_json::Value, typed: &[(&str, &str)]) -> serde_json::Value {
    let mut values = serde_json::Map::new();
    for block in view["blocks"].as_array().unwrap() {
        let (id, action) = (
            block["block_id"].as_str().unwrap(),
            block["element"]["action_id"].as_str().unwrap(),
        );
        let t = typed.iter().find(|(k, _)| *k == id).map(|(_, v)| *v);
        let value = match (block["element"]["type"].as_str().unwrap(), t) {
            ("datepicker", t) => serde_json::json!({"type": "datepicker", "selected_date": t}),
            (kind @ ("static_select" | "external_select"), Some(t)) => {
                serde_json::json!({"type": kind, "selected_option": {"text": {"type": "plain_text", "text": t}, "value": t}})
            }
            (kind, t) => serde_json::json!({"type": kind, "value": t}),
        };
        values.insert(id.to_string(), serde_json::json!({ action: value }));
    }
    values.into()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_wide_form_errors_and_refusals_already_acked_reach_the_person_through_response_url() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    let respond = format!("http://{}/respond", bot.fake.addr.lock().unwrap().unwrap());
    let ack = slash(&mut ws, "env-form", "T1", "U1", "invest").await;
    assert_eq!(ack, serde_json::json!({"envelope_id": "env-form"}));
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let view = bot.fake.opened.lock().unwrap()[0]["view"].clone();

    // Submitted from an org-wide install: `team` is null (the workspace rides in the view),
    // so slack-morphism cannot read it and acknowledges it before the bot sees it. The
    // errors the modal would have shown go to the person through the form's response_url.
    let values = typed_values(
        &view,
        &[
            ("name", "CRM replacement"),
            ("unit", "Sales"),
            ("cost", "£2x"),
            ("benefit", "£400k/yr"),
            ("years", "3"),
            ("category", "transform"),
        ],
    );
    let tenant: TenantId = "slack:T1".parse().unwrap();
    let ack = envelope(
        &mut ws,
        "interactive",
        "env-org-submit",
        serde_json::json!({
            "type": "view_submission",
            "team": null,
            "enterprise": {"id": "E111", "name": "Acme Org"},
            "is_enterprise_install": true,
            "user": {"id": "W111", "username": "alice", "name": "alice"},
            "api_app_id": "A1",
            "token": "x",
            "trigger_id": "6.6.6",
            "view": {"id": "V1", "team_id": "T1", "type": "modal", "blocks": view["blocks"], "private_metadata": view["private_metadata"], "callback_id": view["callback_id"], "state": {"values": values}, "hash": "1.a", "title": view["title"], "submit": view["submit"], "close": view["close"]},
            "response_urls": [{"block_id": "channel", "action_id": "channel", "channel_id": "C123ABC456", "response_url": respond}],
        }),
    )
    .await;
    assert_eq!(ack, serde_json::json!({"envelope_id": "env-org-submit"}));
    bot.wait_for(|f| !f.responses.lock().unwrap().is_empty())
        .await;
    let said = bot.fake.responses.lock().unwrap()[0].clone();
    // A response_url message is the person's alone unless it says otherwise.
    assert_ne!(said["response_type"], "in_channel", "{said}");
    let text = said.to_string();
    assert!(text.contains("The form was not logged"), "{said}");
    assert!(text.contains("cost"), "{said}");
    assert!(!text.contains("went wrong"), "{said}");
    assert_eq!(bot.store.log_len(&tenant).unwrap(), 0, "nothing stored");

    // An org-wide shortcut the bot refuses (its user id is not a Slack id): the person is
    // told so through its response_url, not left without an answer.
    let mut shortcut = fixture("enterprise/message_action.json");
    shortcut["callback_id"] = valuebridge_slack::SHORTCUT_CALLBACK.into();
    shortcut["message"]["text"] = "unit add Ops".into();
    shortcut["response_url"] = respond.into();
    shortcut["user"]["id"] = "not a slack id".into();
    let ack = envelope(&mut ws, "interactive", "env-org-refused", shortcut).await;
    assert_eq!(ack["envelope_id"], "env-org-refused");
    bot.wait_for(|f| f.responses.lock().unwrap().len() > 1)
        .await;
    let said = bot.fake.responses.lock().unwrap()[1].clone();
    assert_ne!(said["response_type"], "in_channel", "{said}");
    assert!(
        said.to_string().contains("This request was refused"),
        "{said}"
    );
}
