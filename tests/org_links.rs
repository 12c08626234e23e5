//! One organisation across Slack and Discord, end to end: two workspaces linked with
//! `valuebridge org link` share records, names and ids; each platform's signed requests
//! reach the same register, and a digest from either covers both.

#[path = "support/discord_fake/mod.rs"]
mod discord_fake;
#[path = "support/slack_fake.rs"]
mod slack_fake;
#[path = "support/slack_signing.rs"]
mod slack_signing;
mod support;

use slack_fake::{Users, Workspace};

use chrono::{TimeZone, Utc};
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::cli::{execute, OrgAction, StoreCommand};
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const SLACK_SECRET: &str = "test-signing-secret";

fn discord_key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

fn tenant(s: &str) -> TenantId {
    s.parse().unwrap()
}

fn discord_workspace() -> String {
    format!("discord:{}", discord_fake::GUILD)
}

/// Slack's Web API: nobody is found by `users.info`, so records carry the user id.
async fn start_fake_slack() -> SocketAddr {
    let workspace = Workspace {
        bot_user: "UBOT",
        users: Users::Nobody,
        ..Workspace::default()
    };
    slack_fake::start(workspace).await.0
}

struct Both {
    addr: SocketAddr,
    store: Store,
    clock: ManualClock,
    discord_fake: Arc<discord_fake::FakeDiscord>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start_both(store: Store) -> Both {
    let slack_addr = start_fake_slack().await;
    let (discord_addr, discord_fake) = discord_fake::start().await;
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.slack.api_url = format!("http://{slack_addr}/api");
    config.discord.api_url = format!("http://{discord_addr}");
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap());
    let service = valuebridge::service::Service::new(
        store.clone(),
        Arc::new(config),
        Arc::new(clock.clone()),
    )
    .unwrap();
    let env = [
        ("SLACK_BOT_TOKEN".to_string(), "xoxb-test".to_string()),
        ("SLACK_SIGNING_SECRET".to_string(), SLACK_SECRET.to_string()),
        (
            "DISCORD_PUBLIC_KEY".to_string(),
            hex::encode(discord_key().verifying_key().to_bytes()),
        ),
    ]
    .into();
    let running = support::run_bot(service, &env).await.unwrap();
    Both {
        addr: running.addr,
        store,
        clock,
        discord_fake,
        _stop: running.stop,
    }
}

impl Both {
    /// `/value <text>` from Slack workspace T1: the reply's text.
    async fn slack(&self, text: &str) -> String {
        static TRIGGERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let trigger = TRIGGERS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let body = serde_urlencoded::to_string([
            ("team_id", "T1"),
            ("channel_id", "C1"),
            ("user_id", "U1"),
            ("user_name", "alice"),
            ("command", "/value"),
            ("text", text),
            ("response_url", "https://hooks.slack.com/commands/T1/1/x"),
            ("trigger_id", &format!("{trigger}.2.3")),
        ])
        .unwrap();
        let [(ts_name, ts), (sig_name, sig)] = slack_signing::headers(SLACK_SECRET, &body);
        let res = reqwest::Client::new()
            .post(format!("http://{}/slack/commands", self.addr))
            .header("content-type", "application/x-www-form-urlencoded")
            .header(ts_name, ts)
            .header(sig_name, sig)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let v: Value = res.json().await.unwrap();
        v.to_string()
    }

    /// `/value <sub>` from the Discord guild: the interaction response.
    async fn discord(&self, id: &str, sub: &str, opts: &[(&str, &str)]) -> String {
        self.discord_raw(discord_fake::slash(id, "2001", sub, opts))
            .await
    }

    /// `/value <group> <sub>` from the Discord guild.
    async fn discord_group(&self, id: &str, group: &str, sub: &str) -> String {
        let data = json!({"type": 1, "name": "value", "id": "771825006014889984",
            "options": [{"type": 2, "name": group,
                "options": [{"type": 1, "name": sub, "options": []}]}]});
        self.discord_raw(discord_fake::interaction(2, id, "2001", data))
            .await
    }

    async fn discord_raw(&self, interaction: Value) -> String {
        let body = interaction.to_string();
        let ts = valuebridge::clock::Clock::now(&self.clock)
            .timestamp()
            .to_string();
        let sig = hex::encode(
            discord_key()
                .sign(format!("{ts}{body}").as_bytes())
                .to_bytes(),
        );
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
        res.text().await.unwrap()
    }
}

fn org(store: &Store, action: OrgAction) -> (u8, String, String) {
    let out = execute(
        store,
        &Config::default(),
        &TenantId::local(),
        &StoreCommand::Org {
            action,
            by: "ops".into(),
        },
    );
    (out.code, out.stdout, out.stderr)
}

fn link(store: &Store, records_imported: bool) -> (u8, String, String) {
    org(
        store,
        OrgAction::Link {
            organisation: "slack:T1".into(),
            workspace: discord_workspace(),
            records_imported,
        },
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_linked_slack_and_discord_share_one_register_and_one_digest() {
    let store = Store::temporary().unwrap();
    let (code, out, err) = link(&store, false);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Linked discord:"), "{out}");
    let both = start_both(store).await;

    assert!(both.slack("unit add Sales").await.contains("UNIT-1"));
    let invest = both
        .slack("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01")
        .await;
    assert!(invest.contains("INV-1"), "{invest}");

    // Discord names the Slack side's investment by name and gets the next shared id.
    let decided = both
        .discord(
            "11",
            "decide",
            &[
                ("investment", "CRM replacement"),
                ("verdict", "approve"),
                ("because", "it pays back in a year"),
            ],
        )
        .await;
    assert!(decided.contains("DEC-1"), "{decided}");
    let noted = both
        .discord(
            "12",
            "note",
            &[
                ("unit", "Sales"),
                ("text", "Sales want the CRM live by spring"),
            ],
        )
        .await;
    assert!(noted.contains("NOTE-1"), "{noted}");

    // And Slack sees what Discord logged.
    let shown = both.slack("show DEC-1").await;
    assert!(shown.contains("it pays back in a year"), "{shown}");
    assert!(
        both.slack("list notes").await.contains("NOTE-1"),
        "the Discord note is listed on Slack"
    );
    let from_discord = both.discord("13", "show", &[("id", "INV-1")]).await;
    assert!(from_discord.contains("CRM replacement"), "{from_discord}");

    // A digest from either side covers both: the same figures, the Discord decision in it.
    let slack_digest = both.slack("digest").await;
    // Discord defers a digest and edits its answer in afterwards.
    both.discord("14", "digest", &[]).await;
    let edit = "token-14/messages/@original";
    both.discord_fake
        .wait_for("the digest", |f| !f.calls_to("PATCH", edit).is_empty())
        .await;
    let discord_digest = both.discord_fake.calls_to("PATCH", edit)[0]
        .body
        .to_string();
    for digest in [&slack_digest, &discord_digest] {
        assert!(digest.contains("CRM replacement"), "{digest}");
        assert!(
            digest.contains("£250,000") || digest.contains("£250k"),
            "{digest}"
        );
    }

    // Grouped subcommands reach the same grammar: `connect me` names the organisation.
    let me = both.discord_group("15", "connect", "me").await;
    assert!(me.contains("slack:T1"), "{me}");
    let subs = both.discord_group("16", "subscriptions", "list").await;
    assert!(!subs.contains("out of date"), "{subs}");

    // Everything is in the organisation's tenant; the Discord guild's own holds nothing.
    let root = tenant("slack:T1");
    assert_eq!(both.store.live(&root, Kind::Decision).unwrap().len(), 1);
    assert_eq!(both.store.live(&root, Kind::Note).unwrap().len(), 1);
    assert_eq!(
        both.store.log_len(&tenant(&discord_workspace())).unwrap(),
        0
    );
    // Records say where they came from: the Discord channel, named with its platform.
    let history = both.slack("history DEC-1").await;
    assert!(
        history.contains(&format!("discord:{}", discord_fake::CHANNEL)),
        "{history}"
    );
}

#[tokio::test]
async fn a_workspace_holding_records_is_not_merged_and_the_operator_is_told_how() {
    let store = Store::temporary().unwrap();
    let bot = support::Bot::on_store(store.clone(), Config::default());
    let discord = discord_workspace();
    bot.say_as(&discord, "2001", None, "unit add Ops").await;
    let (code, out, err) = link(&store, false);
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("already holds 1 history entries"), "{err}");
    assert!(err.contains("export") && err.contains("import"), "{err}");
    // Nothing was linked: the guild still sees its own unit, and the list says no links.
    let units = bot.say_as(&discord, "2001", None, "units").await;
    assert!(valuebridge_chat::render_plain(&units).contains("Ops"));
    let (_, listed, _) = org(&store, OrgAction::List);
    assert!(listed.contains("No workspaces are linked"), "{listed}");

    // Once the operator says the records were brought over, it links, and is audited.
    let (code, _, err) = link(&store, true);
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = org(
        &store,
        OrgAction::Unlink {
            workspace: discord.clone(),
        },
    );
    assert_eq!(code, 0);
    let (_, listed, _) = org(&store, OrgAction::List);
    assert!(
        listed.contains(&format!("link {discord} to slack:T1 by ops")),
        "{listed}"
    );
    assert!(
        listed.contains(&format!("unlink {discord} from slack:T1 by ops")),
        "{listed}"
    );
    // Unlinked, the guild has its own records back.
    let units = bot.say_as(&discord, "2001", None, "units").await;
    assert!(valuebridge_chat::render_plain(&units).contains("Ops"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscription_from_slack_posts_to_a_linked_discord_channel() {
    let store = Store::temporary().unwrap();
    let bot = support::Bot::on_store(store.clone(), Config::default());
    // Before the organisation has a Discord workspace, a Discord channel is refused.
    let target = format!("channel:discord:{}", discord_fake::CHANNEL);
    let refused = bot
        .say_as(
            "slack:T1",
            "U1",
            None,
            &format!("subscribe weekly mon 09:00 {target}"),
        )
        .await;
    assert_eq!(refused.kind, valuebridge_chat::ReplyKind::UserError);
    assert!(
        valuebridge_chat::render_plain(&refused).contains("no discord workspace"),
        "{}",
        valuebridge_chat::render_plain(&refused)
    );
    let malformed = bot
        .say_as(
            "slack:T1",
            "U1",
            None,
            "subscribe weekly mon 09:00 channel:teams:x",
        )
        .await;
    assert_eq!(malformed.kind, valuebridge_chat::ReplyKind::UserError);

    assert_eq!(link(&store, false).0, 0);
    let made = bot
        .say_as(
            "slack:T1",
            "U1",
            None,
            &format!("subscribe weekly mon 09:00 {target}"),
        )
        .await;
    assert_eq!(made.kind, valuebridge_chat::ReplyKind::Recorded);
    let subs = valuebridge::schedule::Subscriptions::open(&store)
        .unwrap()
        .of_tenant(&tenant("slack:T1"))
        .unwrap();
    let channel = format!("discord:{}", discord_fake::CHANNEL);
    assert_eq!(subs[0].channel, channel);

    // The Slack organisation's post to that channel goes to Discord, not Slack.
    let (fake_addr, fake) = discord_fake::start().await;
    let router = valuebridge::platforms::posters::Router {
        console: Default::default(),
        slack: None,
        discord: Some(valuebridge_discord::DiscordRest::new(
            &format!("http://{fake_addr}"),
            "discord-test-token",
        )),
    };
    let reply = valuebridge_chat::Reply::info().heading("Weekly digest");
    valuebridge::schedule::Poster::post(&router, &tenant("slack:T1"), &channel, &reply)
        .await
        .unwrap();
    let posts = fake.calls_to(
        "POST",
        &format!("/channels/{}/messages", discord_fake::CHANNEL),
    );
    assert_eq!(posts.len(), 1);
    // A reply of one text is the message's text alone.
    assert_eq!(posts[0].body["content"], "Weekly digest");
}

#[tokio::test]
async fn each_new_decision_is_announced_once_to_a_channel_on_the_other_platform() {
    let store = Store::temporary().unwrap();
    assert_eq!(link(&store, false).0, 0);
    let bot = support::Bot::on_store(store.clone(), Config::default());
    let discord = discord_workspace();
    for line in [
        "unit add Sales",
        "invest CRM unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01",
    ] {
        bot.say_as("slack:T1", "U1", None, line).await;
    }
    let target = format!("discord:{}", discord_fake::CHANNEL);
    let made = bot
        .say_as(
            "slack:T1",
            "U1",
            None,
            &format!("announce decisions in {target}"),
        )
        .await;
    assert!(valuebridge_chat::render_plain(&made).contains("ANN-1"));
    let refused = bot
        .say_as("slack:T1", "U1", None, "announce decisions in teams:x")
        .await;
    assert_eq!(refused.kind, valuebridge_chat::ReplyKind::UserError);

    // A decision logged on the Discord side, and a note that is not announced.
    bot.say_as(
        &discord,
        "2001",
        None,
        "decide CRM approve £250k because churn costs more",
    )
    .await;
    bot.say_as(&discord, "2001", None, "note Sales: pricing review")
        .await;
    let now = valuebridge::clock::Clock::now(&bot.clock);
    let relay = valuebridge::schedule::Relay::new(&store).unwrap();
    assert_eq!(relay.pass(now).unwrap(), 1);
    assert_eq!(relay.pass(now).unwrap(), 0, "an event is queued once");
    let pending = valuebridge::schedule::Outbox::open(&store)
        .unwrap()
        .pending()
        .unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].channel, target);
    let text = valuebridge_chat::render_plain(&pending[0].reply);
    assert!(
        text.contains("New decision DEC-1: approve INV-1 CRM"),
        "{text}"
    );
    assert!(text.contains("churn costs more"), "{text}");
    // Pushed to a channel that did not ask: it notifies what was decided, on what.
    assert_eq!(
        pending[0].reply.notification.as_deref(),
        Some("New decision DEC-1: approve INV-1 CRM (£250,000)")
    );

    bot.say_as("slack:T1", "U1", None, "announce stop ANN-1")
        .await;
    bot.say_as("slack:T1", "U1", None, "decide CRM defer because budget")
        .await;
    assert_eq!(
        relay.pass(now).unwrap(),
        0,
        "a stopped announcement posts nothing"
    );
}

#[tokio::test]
async fn discord_autocomplete_suggests_the_organisations_names() {
    let store = Store::temporary().unwrap();
    assert_eq!(link(&store, false).0, 0);
    let bot = support::Bot::on_store(store.clone(), Config::default());
    bot.say_as("slack:T1", "U1", None, "unit add Sales").await;
    let bridge = valuebridge::platforms::bridge::Bridge {
        service: bot.service.clone(),
        deliveries: valuebridge::platforms::deliveries::Deliveries::open(&store).unwrap(),
    };
    let found = valuebridge_discord::DiscordHandler::suggest(
        &bridge,
        discord_workspace(),
        valuebridge_discord::Suggest::Unit,
        "Sa".into(),
    )
    .await;
    assert_eq!(found, [("Sales".to_string(), "Sales".to_string())]);
}
