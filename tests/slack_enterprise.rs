//! Slack Enterprise Grid: requests from an org-wide install carry `enterprise_id` and may
//! name no workspace (no `team_id`, `team: null`, an authorization whose `team_id` is null).
//! They are answered, in the workspace's tenant when Slack names one and in the
//! organisation's (`slack:E…`) when it does not. Signed requests in, a loopback fake of
//! Slack's Web API out; nothing reaches Slack.

mod support;

use serde_json::json;
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const SECRET: &str = "test-signing-secret";
const FIXTURES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/slack/enterprise"
);

#[path = "support/slack_fake.rs"]
mod slack_fake;
#[path = "support/slack_signing.rs"]
mod slack_signing;
use slack_fake::{FakeSlack, Users, Workspace};

struct Bot {
    addr: SocketAddr,
    store: Store,
    fake: Arc<FakeSlack>,
    fake_addr: SocketAddr,
    _stop: tokio::sync::oneshot::Sender<()>,
}

impl Bot {
    /// Waits until `ready` holds (the fake was called), or fails after 20 s.
    async fn wait_for(&self, ready: impl Fn(&FakeSlack) -> bool) {
        self.fake.wait_for(ready).await
    }

    /// A request signed as Slack signs it: status and body.
    async fn signed(&self, path: &str, content_type: &str, body: &str) -> (u16, String) {
        slack_signing::post_signed(self.addr, SECRET, path, content_type, body).await
    }

    fn units(&self, tenant: &str) -> usize {
        let tenant: TenantId = tenant.parse().unwrap();
        self.store.live(&tenant, Kind::Unit).unwrap().len()
    }
}

async fn start_bot() -> Bot {
    let (fake_addr, fake) = slack_fake::start(Workspace {
        url: "https://acme.enterprise.slack.com/",
        team_id: "T111",
        bot_user: "W222",
        channel: "C111",
        users: Users::Nobody,
    })
    .await;

    let (running, store) = support::run_slack_bot(fake_addr, SECRET).await;
    Bot {
        addr: running.addr,
        store,
        fake,
        fake_addr,
        _stop: running.stop,
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()
}

/// The org-wide slash command fixture as `/value <text>`, with its `response_url` on the fake
/// and its own `trigger_id`; `team` adds a `team_id` (the workspace it was typed in).
fn enterprise_command(bot: &Bot, text: &str, trigger: &str, team: Option<&str>) -> String {
    let mut fields: Vec<(String, String)> =
        serde_urlencoded::from_str(&fixture("slash_command.form")).unwrap();
    for (k, v) in fields.iter_mut() {
        match k.as_str() {
            "command" => *v = "/value".into(),
            "text" => *v = text.into(),
            "response_url" => *v = format!("http://{}/respond", bot.fake_addr),
            "trigger_id" => *v = trigger.into(),
            _ => {}
        }
    }
    if let Some(team) = team {
        fields.insert(0, ("team_id".into(), team.into()));
    }
    serde_urlencoded::to_string(&fields).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_org_wide_slash_command_without_a_workspace_runs_in_the_organisations_tenant() {
    let bot = start_bot().await;
    let form = enterprise_command(&bot, "unit add Sales", "1.2.3", None);
    assert!(!form.contains("team_id="), "the fixture names no workspace");
    let (status, body) = bot
        .signed(
            "/slack/commands",
            "application/x-www-form-urlencoded",
            &form,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(
        v["text"].as_str().unwrap().contains("Logged business unit"),
        "{body}"
    );
    assert_eq!(bot.units("slack:E99DFUT"), 1, "stored for the organisation");

    // The same organisation, from a workspace Slack names: the workspace's tenant, as a
    // workspace install of the app would use.
    let form = enterprise_command(&bot, "unit add Finance", "1.2.4", Some("T1DC2JH3J"));
    let (status, body) = bot
        .signed(
            "/slack/commands",
            "application/x-www-form-urlencoded",
            &form,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(bot.units("slack:T1DC2JH3J"), 1);
    assert_eq!(
        bot.units("slack:E99DFUT"),
        1,
        "nothing more for the organisation"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slash_command_naming_neither_workspace_nor_organisation_is_still_refused() {
    let bot = start_bot().await;
    let form = enterprise_command(&bot, "unit add Sales", "1.2.5", None)
        .replace("enterprise_id=E99DFUT&", "");
    let (status, body) = bot
        .signed(
            "/slack/commands",
            "application/x-www-form-urlencoded",
            &form,
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("team_id"), "says what is missing: {body}");
    // A workspace or organisation id that is not a Slack id is refused as before.
    let form = enterprise_command(&bot, "unit add Sales", "1.2.6", None)
        .replace("enterprise_id=E99DFUT", "enterprise_id=..%2Fetc");
    let (status, _) = bot
        .signed(
            "/slack/commands",
            "application/x-www-form-urlencoded",
            &form,
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(bot.units("slack:E99DFUT"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_org_wide_mention_whose_authorization_names_no_workspace_is_answered() {
    let bot = start_bot().await;
    let mut event: serde_json::Value = serde_json::from_str(&fixture("app_mention.json")).unwrap();
    event["event"]["text"] = json!("<@W222> unit add Sales");
    let (status, body) = bot
        .signed("/slack/events", "application/json", &event.to_string())
        .await;
    assert_eq!(status, 200, "{body}");
    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let post = bot.fake.posts.lock().unwrap()[0].clone();
    assert_eq!(post["channel"], "C111", "{post}");
    // The event names its workspace (`team_id`), so that is the tenant.
    assert_eq!(bot.units("slack:T111"), 1);
    assert_eq!(bot.units("slack:E111"), 0);

    // An event that names no workspace at all: the organisation's tenant.
    let mut event: serde_json::Value = serde_json::from_str(&fixture("app_mention.json")).unwrap();
    event.as_object_mut().unwrap().remove("team_id");
    event["event_id"] = json!("Ev222");
    event["event"]["text"] = json!("<@W222> unit add Finance");
    let (status, body) = bot
        .signed("/slack/events", "application/json", &event.to_string())
        .await;
    assert_eq!(status, 200, "{body}");
    bot.wait_for(|f| f.posts.lock().unwrap().len() >= 2).await;
    assert_eq!(bot.units("slack:E111"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_org_wide_shortcut_with_no_team_runs_in_the_users_workspace() {
    let bot = start_bot().await;
    let mut p: serde_json::Value = serde_json::from_str(&fixture("message_action.json")).unwrap();
    assert!(p["team"].is_null(), "the fixture is an org-wide payload");
    p["callback_id"] = json!(valuebridge_slack::SHORTCUT_CALLBACK);
    p["message"]["text"] = json!("unit add Sales");
    p["response_url"] = json!(format!("http://{}/respond", bot.fake_addr));
    let form = serde_urlencoded::to_string([("payload", p.to_string())]).unwrap();
    let (status, body) = bot
        .signed(
            "/slack/interactions",
            "application/x-www-form-urlencoded",
            &form,
        )
        .await;
    assert_eq!((status, body.as_str()), (200, ""));
    bot.wait_for(|f| !f.responses.lock().unwrap().is_empty())
        .await;
    let answer = bot.fake.responses.lock().unwrap()[0].to_string();
    assert!(answer.contains("Sales"), "{answer}");
    assert!(
        !answer.contains("went wrong"),
        "answered, not apologised for: {answer}"
    );
}
