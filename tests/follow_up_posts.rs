//! `/value subscribe follow-ups daily 08:30`: each owner's overdue and due-today follow-ups,
//! posted where it was asked for (a channel, or a direct message) through the digests'
//! scheduler and outbox, exactly once per slot.

mod support;

use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex};
use support::Bot;
use valuebridge::ids::TenantId;
use valuebridge::schedule::{PostFuture, Poster, Scheduler};
use valuebridge_chat::{render_plain, Actor, Invocation, Reply, ReplyKind, Role};

#[derive(Default)]
struct Recorder {
    posts: Mutex<Vec<(String, String)>>,
}

impl Poster for Recorder {
    fn post<'a>(&'a self, _t: &'a TenantId, channel: &'a str, reply: &'a Reply) -> PostFuture<'a> {
        Box::pin(async move {
            self.posts
                .lock()
                .unwrap()
                .push((channel.to_string(), render_plain(reply)));
            Ok(())
        })
    }
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// A command typed in a given channel (a direct message is a channel of its own).
async fn in_channel(bot: &Bot, channel: &str, text: &str) -> String {
    let reply = bot
        .service
        .handle(&Invocation {
            tenant: "local".into(),
            channel: channel.into(),
            actor: Actor {
                user_id: "alice".into(),
                display_name: "alice".into(),
                role: Some(Role::Admin),
            },
            text: text.into(),
            is_command: true,
        })
        .await;
    assert!(
        !matches!(reply.kind, ReplyKind::UserError | ReplyKind::InternalError),
        "{text}: {}",
        render_plain(&reply)
    );
    render_plain(&reply)
}

#[tokio::test]
async fn owners_get_their_overdue_and_due_today_follow_ups_once_per_slot() {
    let bot = Bot::new(); // Friday 2026-11-27 09:00 UTC
    bot.seed().await;
    bot.ok("note Sales: pricing follow-up: send price list @sam by 2026-11-20 follow-up: book demo @raj by Monday")
        .await;
    bot.ok("note fin: budget follow-up: draft the case @raj by 2026-11-30 follow-up: circulate minutes by 2026-11-29")
        .await;
    let out = in_channel(
        &bot,
        "D42",
        "subscribe follow-ups daily 08:30 tz:Europe/London",
    )
    .await;
    assert!(out.contains("Subscribed SUB-1"), "{out}");
    assert!(out.contains("follow-ups"), "{out}");
    let listed = bot.ok("subscriptions").await;
    assert!(listed.contains("follow-ups"), "{listed}");

    let scheduler = Scheduler::new(
        &bot.store,
        Arc::new(bot.service.clone()),
        Duration::hours(6),
    )
    .unwrap();
    let poster = Recorder::default();
    // Monday 30 November, 08:30 London: raj's two are due today, sam's is late, the
    // unowned one (due Sunday) is late too.
    let slot = at("2026-11-30T08:30:00Z");
    bot.clock.set(slot);
    assert_eq!(scheduler.tick(slot).unwrap().queued.len(), 1);
    let again = Scheduler::new(
        &bot.store,
        Arc::new(bot.service.clone()),
        Duration::hours(6),
    )
    .unwrap();
    assert!(again.tick(slot).unwrap().queued.is_empty(), "once per slot");
    assert_eq!(
        scheduler
            .outbox
            .deliver_due(&scheduler.subs, &poster, slot)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        again
            .outbox
            .deliver_due(&again.subs, &poster, slot + Duration::minutes(1))
            .await
            .unwrap(),
        0
    );
    let posts = poster.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1);
    let (channel, text) = &posts[0];
    assert_eq!(channel, "D42", "posted where it was asked for");
    for expected in [
        "Follow-ups overdue or due today (2026-11-30)",
        "@raj",
        "book demo (NOTE-1 2, due today)",
        "draft the case (NOTE-2 1, due today)",
        "@sam",
        "send price list (NOTE-1 1, 10 days late)",
        "No owner",
        "circulate minutes (NOTE-2 2, 1 day late)",
        "Scheduled follow-ups SUB-1",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    // Owners in name order, unowned last.
    let (raj, sam, none) = (
        text.find("@raj").unwrap(),
        text.find("@sam").unwrap(),
        text.find("No owner").unwrap(),
    );
    assert!(raj < sam && sam < none, "{text}");
}

#[tokio::test]
async fn a_unit_scoped_follow_up_post_says_when_nothing_is_due() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: pricing follow-up: send price list @sam by 2026-11-20")
        .await;
    bot.ok("subscribe follow-ups daily 08:30 unit:fin tz:Europe/London")
        .await;
    let scheduler = Scheduler::new(
        &bot.store,
        Arc::new(bot.service.clone()),
        Duration::hours(6),
    )
    .unwrap();
    let slot = at("2026-11-28T08:30:00Z");
    bot.clock.set(slot);
    scheduler.tick(slot).unwrap();
    let poster = Recorder::default();
    scheduler
        .outbox
        .deliver_due(&scheduler.subs, &poster, slot)
        .await
        .unwrap();
    let posts = poster.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1);
    assert!(
        posts[0].1.contains("Nothing is overdue or due today"),
        "{}",
        posts[0].1
    );
    assert!(!posts[0].1.contains("send price list"), "{}", posts[0].1);
}
