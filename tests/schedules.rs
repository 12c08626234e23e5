//! Scheduled digests on a controlled clock: exactly one post per slot across restarts,
//! catch-up within and beyond the grace window, outbox retries, pause and unsubscribe.

mod support;

use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex};
use support::Bot;
use valuebridge::ids::TenantId;
use valuebridge::schedule::{DigestSource, PostError, PostFuture, Poster, Scheduler, Subscription};
use valuebridge::store::Store;
use valuebridge_chat::{render_plain, Reply};

struct Digests;
impl DigestSource for Digests {
    fn digest(&self, sub: &Subscription, slot: DateTime<Utc>) -> Result<Reply, String> {
        Ok(Reply::info().paragraph(format!("digest {} for {}", sub.id, slot.to_rfc3339())))
    }
}

/// Records posts; fails the first `fail` of them (with an optional Retry-After).
#[derive(Default)]
struct Recorder {
    posts: Mutex<Vec<String>>,
    failures: Mutex<Vec<PostError>>,
}
impl Poster for Recorder {
    fn post<'a>(&'a self, _t: &'a TenantId, channel: &'a str, reply: &'a Reply) -> PostFuture<'a> {
        Box::pin(async move {
            if let Some(e) = self.failures.lock().unwrap().pop() {
                return Err(e);
            }
            self.posts
                .lock()
                .unwrap()
                .push(format!("{channel}: {}", render_plain(reply).trim()));
            Ok(())
        })
    }
}

/// A post that never completes: the process "dies" while sending.
struct Hangs;
impl Poster for Hangs {
    fn post<'a>(&'a self, _t: &'a TenantId, _c: &'a str, _r: &'a Reply) -> PostFuture<'a> {
        Box::pin(std::future::pending())
    }
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn scheduler(store: &Store) -> Scheduler {
    Scheduler::new(store, Arc::new(Digests), Duration::hours(6)).unwrap()
}

async fn bot_with_daily_subscription(now: &str) -> Bot {
    let bot = Bot::new();
    bot.clock.set(at(now));
    let out = bot.ok("subscribe daily 09:00 tz:Europe/London").await;
    assert!(out.contains("Subscribed SUB-1"), "{out}");
    bot
}

#[tokio::test]
async fn subscribe_replies_with_the_next_three_fire_times_in_its_zone() {
    let bot = Bot::new();
    bot.clock.set(at("2027-03-24T12:00:00Z"));
    bot.ok("unit add Sales").await;
    let out = bot
        .ok("subscribe weekly mon 09:00 unit:Sales tz:Europe/London")
        .await;
    assert!(
        out.contains("Subscribed SUB-1: the week digest for Sales"),
        "{out}"
    );
    assert!(
        out.contains(
            "Mon 29 Mar 2027 09:00 BST\nMon 5 Apr 2027 09:00 BST\nMon 12 Apr 2027 09:00 BST"
        ),
        "{out}"
    );
    let out = bot
        .ok("subscribe cron \"0 9 * * MON\" tz:America/New_York period:month")
        .await;
    assert!(out.contains("Mon 29 Mar 2027 09:00 EDT"), "{out}");
    let list = bot.ok("subscriptions").await;
    assert!(
        list.contains("SUB-1")
            && list.contains("SUB-2")
            && list.contains("0 9 * * MON (America/New_York)"),
        "{list}"
    );
}

#[tokio::test]
async fn bad_schedules_are_rejected_and_store_nothing() {
    let bot = Bot::new();
    for (line, fragment) in [
        (
            "subscribe cron \"0 25 * * *\"",
            "not a valid cron expression",
        ),
        ("subscribe weekly mon 09:00 tz:Mars/Base", "not a time zone"),
        (
            "subscribe cron \"*/5 * * * *\"",
            "at most once every 1 hour(s)",
        ),
        ("subscribe fortnightly", "could not read that schedule"),
        (
            "subscribe weekly mon 09:00 unit:Nowhere",
            "no business unit called 'Nowhere'",
        ),
        ("subscribe weekly mon 09:00 period:decade", "not a period"),
        ("unsubscribe SUB-9", "There is no SUB-9"),
        // The hint names a command that exists.
        ("show SUB-9", "Check the id with `/value subscriptions`"),
        ("history SUB-9", "Check the id with `/value subscriptions`"),
        ("show NOTE-9", "Check the id with `/value list notes`"),
    ] {
        let out = bot.fails(line).await;
        assert!(out.contains(fragment), "{line}\n{out}");
    }
    assert!(bot
        .ok("subscriptions")
        .await
        .contains("There are no digest subscriptions"));
}

#[tokio::test]
async fn each_slot_is_posted_once_even_across_restarts() {
    let bot = bot_with_daily_subscription("2027-01-04T08:00:00Z").await;
    let s = scheduler(&bot.store);
    assert!(
        s.tick(at("2027-01-04T08:59:59Z"))
            .unwrap()
            .queued
            .is_empty(),
        "not due yet"
    );
    let report = s.tick(at("2027-01-04T09:00:00Z")).unwrap();
    assert_eq!(
        report.queued,
        vec![("SUB-1".to_string(), at("2027-01-04T09:00:00Z"))]
    );
    // A restart before delivery: a new scheduler on the same store queues nothing more.
    let s2 = scheduler(&bot.store);
    assert!(s2
        .tick(at("2027-01-04T09:00:30Z"))
        .unwrap()
        .queued
        .is_empty());
    let poster = Recorder::default();
    assert_eq!(
        s2.outbox
            .deliver_due(&s2.subs, &poster, at("2027-01-04T09:00:30Z"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        s2.outbox
            .deliver_due(&s2.subs, &poster, at("2027-01-04T09:01:00Z"))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        poster.posts.lock().unwrap().as_slice(),
        ["C1: digest SUB-1 for 2027-01-04T09:00:00+00:00\n\nScheduled digest SUB-1 for 09:00 GMT on Mon 4 Jan 2027. `/value subscriptions` lists the schedules."]
    );
    // The next day's slot is posted once too.
    s2.tick(at("2027-01-05T09:00:00Z")).unwrap();
    s2.outbox
        .deliver_due(&s2.subs, &poster, at("2027-01-05T09:00:00Z"))
        .await
        .unwrap();
    assert_eq!(poster.posts.lock().unwrap().len(), 2);
}

#[tokio::test]
async fn a_post_interrupted_mid_send_is_never_sent_twice_and_is_reported() {
    let bot = bot_with_daily_subscription("2027-01-04T08:00:00Z").await;
    let s = scheduler(&bot.store);
    s.tick(at("2027-01-04T09:00:00Z")).unwrap();
    // The process "dies" while the platform call is in flight.
    let sending = s
        .outbox
        .deliver_due(&s.subs, &Hangs, at("2027-01-04T09:00:00Z"));
    tokio::select! {
        _ = sending => panic!("cannot finish"),
        _ = tokio::task::yield_now() => {}
    }
    let restarted = scheduler(&bot.store);
    assert_eq!(restarted.outbox.recover(&restarted.subs).unwrap(), 1);
    let poster = Recorder::default();
    assert_eq!(
        restarted
            .outbox
            .deliver_due(&restarted.subs, &poster, at("2027-01-04T09:05:00Z"))
            .await
            .unwrap(),
        0
    );
    assert!(restarted
        .tick(at("2027-01-04T09:05:00Z"))
        .unwrap()
        .queued
        .is_empty());
    assert!(poster.posts.lock().unwrap().is_empty());
    let list = bot.ok("subscriptions").await;
    assert!(list.contains("may not have arrived"), "{list}");
}

#[tokio::test]
async fn downtime_catches_up_the_latest_slot_within_grace_and_skips_older_ones() {
    let bot = bot_with_daily_subscription("2027-01-04T08:00:00Z").await;
    let s = scheduler(&bot.store);
    // Down from Monday 08:00 to Wednesday 12:00: Monday's and Tuesday's slots are skipped,
    // Wednesday's 09:00 is posted once, marked late.
    let report = s.tick(at("2027-01-06T12:00:00Z")).unwrap();
    assert_eq!(
        report.queued,
        vec![("SUB-1".to_string(), at("2027-01-06T09:00:00Z"))]
    );
    assert_eq!(report.skipped.len(), 2);
    let poster = Recorder::default();
    s.outbox
        .deliver_due(&s.subs, &poster, at("2027-01-06T12:00:00Z"))
        .await
        .unwrap();
    let posts = poster.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1);
    assert!(
        posts[0].starts_with("C1: (late: scheduled 09:00 GMT on Wed 6 Jan)"),
        "{posts:?}"
    );
    // Beyond the grace window (6 h): skipped and logged, not posted.
    let report = s.tick(at("2027-01-07T15:30:00Z")).unwrap();
    assert!(report.queued.is_empty());
    assert_eq!(
        report.skipped,
        vec![("SUB-1".to_string(), at("2027-01-07T09:00:00Z"))]
    );
    assert!(bot
        .ok("subscriptions")
        .await
        .contains("skipped the digest scheduled 2027-01-07 09:00 UTC"));
}

#[tokio::test]
async fn failed_posts_are_retried_with_backoff_and_survive_a_restart() {
    let bot = bot_with_daily_subscription("2027-01-04T08:00:00Z").await;
    let s = scheduler(&bot.store);
    s.tick(at("2027-01-04T09:00:00Z")).unwrap();
    let poster = Recorder::default();
    poster.failures.lock().unwrap().extend([
        PostError {
            message: "rate limited".into(),
            retry_after: Some(Duration::seconds(30)),
            permanent: false,
        },
        PostError {
            message: "connection reset".into(),
            retry_after: None,
            permanent: false,
        },
    ]);
    let t0 = at("2027-01-04T09:00:00Z");
    assert_eq!(s.outbox.deliver_due(&s.subs, &poster, t0).await.unwrap(), 0); // connection reset
    let next = s.outbox.next_due().unwrap().unwrap();
    assert!(
        next > t0 && next <= t0 + Duration::milliseconds(1200),
        "backoff about 1 s: {next}"
    );
    assert_eq!(
        s.outbox
            .deliver_due(&s.subs, &poster, t0 + Duration::seconds(2))
            .await
            .unwrap(),
        0
    ); // 429
    assert_eq!(
        s.outbox.next_due().unwrap(),
        Some(t0 + Duration::seconds(32)),
        "Retry-After is respected"
    );
    assert_eq!(
        s.outbox
            .deliver_due(&s.subs, &poster, t0 + Duration::seconds(20))
            .await
            .unwrap(),
        0,
        "not before Retry-After"
    );
    // Restart: the pending post is still there and goes out.
    let restarted = scheduler(&bot.store);
    restarted.outbox.recover(&restarted.subs).unwrap();
    assert_eq!(
        restarted
            .outbox
            .deliver_due(&restarted.subs, &poster, t0 + Duration::seconds(40))
            .await
            .unwrap(),
        1
    );
    assert_eq!(poster.posts.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn a_post_failing_for_a_day_is_given_up_and_shown() {
    let bot = bot_with_daily_subscription("2027-01-04T08:00:00Z").await;
    let s = scheduler(&bot.store);
    let t0 = at("2027-01-04T09:00:00Z");
    s.tick(t0).unwrap();
    let poster = Recorder::default();
    poster.failures.lock().unwrap().push(PostError {
        message: "channel_not_found".into(),
        retry_after: None,
        permanent: false,
    });
    s.outbox
        .deliver_due(&s.subs, &poster, t0 + Duration::hours(25))
        .await
        .unwrap();
    assert!(s.outbox.pending().unwrap().is_empty());
    assert!(bot
        .ok("subscriptions")
        .await
        .contains("failed after 1 attempt(s): channel_not_found"));
}

#[tokio::test]
async fn pause_resume_and_unsubscribe() {
    let bot = bot_with_daily_subscription("2027-01-04T08:00:00Z").await;
    let s = scheduler(&bot.store);
    bot.ok("subscription SUB-1 pause").await;
    assert!(s
        .tick(at("2027-01-04T09:00:00Z"))
        .unwrap()
        .queued
        .is_empty());
    assert!(bot
        .fails("subscription SUB-1 pause")
        .await
        .contains("already paused"));
    bot.clock.set(at("2027-01-05T10:00:00Z"));
    assert!(bot
        .ok("subscription SUB-1 resume")
        .await
        .contains("Next digest: Wed 6 Jan 2027 09:00 GMT"));
    // Slots missed while paused are not caught up.
    assert!(s
        .tick(at("2027-01-05T10:00:01Z"))
        .unwrap()
        .queued
        .is_empty());
    assert_eq!(s.tick(at("2027-01-06T09:00:00Z")).unwrap().queued.len(), 1);
    bot.ok("unsubscribe SUB-1").await;
    assert!(s
        .tick(at("2027-01-07T09:00:00Z"))
        .unwrap()
        .queued
        .is_empty());
    assert!(bot
        .fails("unsubscribe SUB-1")
        .await
        .contains("already stopped"));
}
