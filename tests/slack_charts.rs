//! `/value chart` in Slack: the PNG goes up through Slack's file API (getUploadURLExternal,
//! the upload to the URL it gives, completeUploadExternal into the channel with the chart's
//! words as its message), never the retired `files.upload`; a failed upload falls back to
//! the text. A loopback fake speaks those calls in Slack's wire format.

mod support;

use chrono::{TimeZone, Utc};
use std::net::SocketAddr;
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::store::Store;

const SECRET: &str = "test-signing-secret";

#[path = "support/slack_fake.rs"]
mod slack_fake;
#[path = "support/slack_signing.rs"]
mod slack_signing;
use slack_fake::{FakeSlack, Users, Workspace};

async fn start_fake() -> Arc<FakeSlack> {
    slack_fake::start(Workspace {
        users: Users::Alice,
        ..Workspace::default()
    })
    .await
    .1
}

struct Bot {
    addr: SocketAddr,
    fake: Arc<FakeSlack>,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start_bot() -> Bot {
    let fake = start_fake().await;
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.slack.api_url = format!("http://{}/api", fake.addr.lock().unwrap().unwrap());
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    ));
    let service =
        valuebridge::service::Service::new(Store::temporary().unwrap(), Arc::new(config), clock)
            .unwrap();
    let env = [
        ("SLACK_BOT_TOKEN".to_string(), "xoxb-test".to_string()),
        ("SLACK_SIGNING_SECRET".to_string(), SECRET.to_string()),
    ]
    .into();
    let running = support::run_bot(service, &env).await.unwrap();
    Bot {
        addr: running.addr,
        fake,
        _stop: running.stop,
    }
}

/// A signed slash command, as Slack sends it (each with its own `trigger_id`): the
/// response body.
async fn command(bot: &Bot, text: &str) -> String {
    static TRIGGERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let trigger = format!(
        "{}.2.3",
        TRIGGERS.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    );
    command_with_trigger(bot, text, &trigger).await
}

/// A slash command with a given `trigger_id` (Slack re-sends a request with the same one).
async fn command_with_trigger(bot: &Bot, text: &str, trigger: &str) -> String {
    let body = serde_urlencoded::to_string([
        ("token", "x"),
        ("team_id", "T1"),
        ("team_domain", "acme"),
        ("channel_id", "C1"),
        ("channel_name", "sales"),
        ("user_id", "U1"),
        ("user_name", "alice"),
        ("command", "/value"),
        ("text", text),
        ("response_url", "https://hooks.slack.com/commands/T1/1/x"),
        ("trigger_id", trigger),
    ])
    .unwrap();
    let (status, text) = slack_signing::post_signed(
        bot.addr,
        SECRET,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &body,
    )
    .await;
    assert_eq!(status, 200, "{text}");
    text
}

async fn wait_for(fake: &Arc<FakeSlack>, ready: impl Fn(&FakeSlack) -> bool) {
    fake.wait_for(ready).await
}

async fn seeded() -> Bot {
    let bot = start_bot().await;
    for text in [
        "unit add Sales",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01",
        "decide INV-1 approve £250k on:2026-01-05",
        "benefit INV-1 £120k on 2026-06-30",
    ] {
        let body = command(&bot, text).await;
        assert!(!body.contains("\"ephemeral\""), "{text}: {body}");
    }
    bot
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chart_is_uploaded_into_the_channel_with_its_words_as_the_message() {
    let bot = seeded().await;
    let body = command(&bot, "chart benefits INV-1").await;
    // Acknowledged privately ("Sharing the chart…", or "Working on it…" when drawing takes
    // longer than Slack waits); the chart itself goes to the channel.
    assert!(body.contains("\"ephemeral\""), "{body}");
    wait_for(&bot.fake, |f| !f.completes.lock().unwrap().is_empty()).await;

    let slots = bot.fake.slots.lock().unwrap().clone();
    assert_eq!(slots.len(), 1);
    assert_eq!(slots[0]["filename"], "benefits-INV-1-2026-11-27.png");
    let uploads = bot.fake.uploads.lock().unwrap().clone();
    assert_eq!(uploads.len(), 1);
    let (id, kind, png) = &uploads[0];
    assert_eq!((id.as_str(), kind.as_str()), ("F1", "image/png"));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(
        slots[0]["length"],
        png.len().to_string(),
        "the length announced is the length sent"
    );
    assert!(
        slots[0]["alt_txt"].contains("CRM replacement"),
        "{:?}",
        slots[0]
    );

    let done = bot.fake.completes.lock().unwrap()[0].clone();
    assert_eq!(done["channel_id"], "C1", "{done}");
    assert_eq!(done["files"][0]["id"], "F1", "{done}");
    let message = done["initial_comment"].as_str().unwrap();
    assert!(
        message.contains("Benefit realisation: INV-1 CRM replacement"),
        "{message}"
    );
    assert!(
        message.contains("£120,000"),
        "the figures are in the message: {message}"
    );
    assert!(
        bot.fake.posts.lock().unwrap().is_empty(),
        "posted once, as the file's message"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chart_slack_will_not_take_is_posted_as_text() {
    let bot = seeded().await;
    *bot.fake.refuse_upload.lock().unwrap() = Some("missing_scope".into());
    command(&bot, "chart units").await;
    wait_for(&bot.fake, |f| !f.posts.lock().unwrap().is_empty()).await;
    let posts = bot.fake.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0]["channel"], "C1");
    assert!(
        posts[0]["text"]
            .as_str()
            .unwrap()
            .contains("Value by unit: the portfolio"),
        "{}",
        posts[0]
    );
    assert!(bot.fake.completes.lock().unwrap().is_empty());
}

/// A Slack workspace's service on its own (no HTTP), with the scheduler and outbox driven by
/// hand at chosen instants.
async fn scheduled(fake: &Arc<FakeSlack>) -> (valuebridge::service::Service, Store) {
    let mut config = Config::default();
    config.slack.api_url = format!("http://{}/api", fake.addr.lock().unwrap().unwrap());
    let store = Store::temporary().unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    ));
    let service =
        valuebridge::service::Service::new(store.clone(), Arc::new(config), clock).unwrap();
    for text in [
        "unit add Sales",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01",
        "decide INV-1 approve £250k on:2026-01-05",
        "subscribe weekly mon 09:00 tz:UTC",
    ] {
        let reply = service
            .handle(&valuebridge_chat::Invocation {
                tenant: "slack:T1".into(),
                channel: "C1".into(),
                actor: valuebridge_chat::Actor {
                    user_id: "U1".into(),
                    display_name: "Alice".into(),
                    role: Some(valuebridge_chat::Role::Admin),
                },
                text: text.into(),
                is_command: true,
            })
            .await;
        assert!(
            !matches!(
                reply.kind,
                valuebridge_chat::ReplyKind::UserError | valuebridge_chat::ReplyKind::InternalError
            ),
            "{text}: {}",
            valuebridge_chat::render_plain(&reply)
        );
    }
    (service, store)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scheduled_digest_carries_its_chart_through_a_retry_and_is_posted_once() {
    use valuebridge::schedule::{Outbox, Scheduler, Subscriptions};
    let fake = start_fake().await;
    let (service, store) = scheduled(&fake).await;
    let at = |s: &str| {
        chrono::DateTime::parse_from_rfc3339(s)
            .unwrap()
            .with_timezone(&Utc)
    };
    let scheduler = Scheduler::new(
        &store,
        Arc::new(service.clone()),
        chrono::Duration::hours(6),
    )
    .unwrap();
    scheduler.tick(at("2026-11-30T09:00:00Z")).unwrap();
    let outbox = Outbox::open(&store).unwrap();
    let subs = Subscriptions::open(&store).unwrap();
    let queued = outbox.pending().unwrap();
    assert_eq!(queued.len(), 1);
    let image = queued[0]
        .reply
        .image
        .clone()
        .expect("the digest carries a chart");
    assert_eq!(
        image.file_name, "units-2026-11-29.png",
        "the week that ended"
    );
    assert!(image.alt.contains("Sales: run"), "{}", image.alt);

    let router = valuebridge::platforms::posters::Router {
        console: Default::default(),
        slack: Some(
            valuebridge_slack::SlackWeb::new(
                &format!("http://{}/api", fake.addr.lock().unwrap().unwrap()),
                "xoxb-test",
            )
            .unwrap(),
        ),
        discord: None,
    };
    // Slack asks to wait: nothing is posted, and the post (with its chart) stays queued.
    *fake.rate_limit_upload.lock().unwrap() = 1;
    let sent = outbox
        .deliver_due(&subs, &router, at("2026-11-30T09:00:01Z"))
        .await
        .unwrap();
    assert_eq!(sent, 0);
    assert!(fake.posts.lock().unwrap().is_empty() && fake.completes.lock().unwrap().is_empty());
    let waiting = outbox.pending().unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        waiting[0].reply.image.as_ref(),
        Some(&image),
        "the chart survives the outbox"
    );

    // Later the retry uploads it once, with the digest as its message.
    let sent = outbox
        .deliver_due(&subs, &router, at("2026-11-30T10:00:00Z"))
        .await
        .unwrap();
    assert_eq!(sent, 1);
    let completes = fake.completes.lock().unwrap().clone();
    assert_eq!(completes.len(), 1);
    assert_eq!(completes[0]["channel_id"], "C1");
    let message = completes[0]["initial_comment"].as_str().unwrap();
    assert!(
        message.contains("Value for money: the whole portfolio, last week"),
        "the digest is the message: {message}"
    );
    assert_eq!(fake.uploads.lock().unwrap()[0].2, image.png);
    assert!(
        fake.posts.lock().unwrap().is_empty(),
        "not posted a second time as text"
    );
    assert!(outbox.pending().unwrap().is_empty());
    outbox
        .deliver_due(&subs, &router, at("2026-11-30T11:00:00Z"))
        .await
        .unwrap();
    assert_eq!(fake.completes.lock().unwrap().len(), 1, "never twice");

    // The next week Slack refuses the upload outright: the digest goes out as text, once.
    *fake.refuse_upload.lock().unwrap() = Some("missing_scope".into());
    scheduler.tick(at("2026-12-07T09:00:00Z")).unwrap();
    let sent = outbox
        .deliver_due(&subs, &router, at("2026-12-07T09:00:01Z"))
        .await
        .unwrap();
    assert_eq!(sent, 1);
    let posts = fake.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0]["channel"], "C1");
    assert_eq!(fake.completes.lock().unwrap().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeated_chart_command_is_not_shared_twice() {
    let bot = seeded().await;
    command_with_trigger(&bot, "chart units", "77.2.3").await;
    wait_for(&bot.fake, |f| !f.completes.lock().unwrap().is_empty()).await;
    let again = command_with_trigger(&bot, "chart units", "77.2.3").await;
    assert!(again.contains("\"ephemeral\""), "{again}");
    assert!(again.contains("already shared"), "{again}");
    assert_eq!(bot.fake.completes.lock().unwrap().len(), 1);
    assert!(
        bot.fake.posts.lock().unwrap().is_empty(),
        "nor posted as text"
    );
}
