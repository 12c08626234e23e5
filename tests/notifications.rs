//! What a person reads on the lock screen: each reply pushed to them says, in one line, what
//! it is about — Slack's fallback `text` and Discord's first message's `content` — and
//! Discord's embeds do not say that line again under it.

mod support;

use chrono::{DateTime, Duration, Utc};
use std::sync::{Arc, Mutex};
use support::Bot;
use valuebridge::ids::TenantId;
use valuebridge::schedule::{PostFuture, Poster, Scheduler};
use valuebridge_chat::{Reply, Role};

/// The line Slack's notification shows and the one Discord's does.
fn lines(reply: &Reply) -> (String, String) {
    let (_, slack) = valuebridge_slack::blocks::render(reply);
    let discord = valuebridge_discord::embeds::render(reply)[0]
        .content
        .clone()
        .unwrap_or_default();
    (slack, discord)
}

/// Every title and description of a reply's first Discord message.
fn embed_texts(reply: &Reply) -> Vec<String> {
    valuebridge_discord::embeds::render(reply)[0]
        .embeds
        .iter()
        .flat_map(|e| e.title.clone().into_iter().chain([e.description.clone()]))
        .collect()
}

/// Says `line` in both notifications, and Discord's embeds do not say it again.
fn notifies(reply: &Reply, line: &str) {
    assert_eq!(
        lines(reply),
        (line.to_string(), line.to_string()),
        "{reply:?}"
    );
    for text in embed_texts(reply) {
        assert!(
            text.is_empty() || !line.contains(&text),
            "said twice: {text:?} under {line:?}"
        );
    }
}

/// A message in plain words from `user` in the channel.
async fn said(bot: &Bot, user: &str, text: &str) -> Reply {
    bot.line_reply(user, text).await
}

async fn bot() -> Bot {
    let bot = Bot::new(); // Friday 2026-11-27 09:00 UTC
    for line in [
        "unit add Harbour",
        "unit add Freight",
        "invest \"Crane telemetry\" unit:Harbour cost:£180k benefit:£90k/yr years:4 category:grow start:2026-01-01",
    ] {
        bot.ok(line).await;
    }
    bot
}

#[tokio::test]
async fn a_draft_card_says_what_it_would_log_and_asks_to_confirm() {
    let bot = bot().await;
    let card = said(&bot, "mo", "we approved £180k for the crane telemetry").await;
    notifies(
        &card,
        "Draft 1: approve Crane telemetry at £180,000 — confirm?",
    );
}

#[tokio::test]
async fn a_logged_record_says_which_record_it_logged() {
    let bot = bot().await;
    said(&bot, "mo", "we approved £180k for the crane telemetry").await;
    let logged = said(&bot, "mo", "yes").await;
    notifies(
        &logged,
        "Logged decision DEC-1 approve Crane telemetry (INV-1)",
    );
    // A typed command's record says the same.
    let logged = bot
        .say_as("local", "mo", Some(Role::Admin), "unit add Docks")
        .await;
    notifies(&logged, "Logged business unit UNIT-3 Docks");
}

#[tokio::test]
async fn a_new_investment_logged_with_its_decision_says_both() {
    let bot = bot().await;
    let mut out = said(
        &bot,
        "mo",
        "Freight knocked back the new yard cameras, £60k is too much this year",
    )
    .await;
    for answer in ["£20k", "3", "grow"] {
        if out
            .plain_text()
            .contains("log this new investment and its decision?")
        {
            break;
        }
        out = said(&bot, "mo", answer).await;
    }
    let logged = said(&bot, "mo", "yes").await;
    let (slack, discord) = lines(&logged);
    assert_eq!(slack, discord);
    assert!(
        slack.starts_with("Logged investment INV-2 ")
            && slack.contains(" — decision DEC-1 reject "),
        "{slack}"
    );
}

#[tokio::test]
async fn a_question_answered_from_the_register_names_the_best_match() {
    let bot = bot().await;
    let answer = said(&bot, "mo", "what did we decide on the crane telemetry?").await;
    notifies(&answer, "Found in the register: INV-1 Crane telemetry");
}

/// An error answering a message in plain words is posted where it notifies (a DM, a
/// mention): the push says what went wrong, as Slack's does, and Discord shows it once, as
/// the message's text, rather than an embed under a blank notification.
#[tokio::test]
async fn an_error_answering_plain_words_says_what_went_wrong() {
    let bot = bot().await;
    let refused = said(&bot, "mo", "note Nowhere: the quay cameras are in").await;
    assert_eq!(
        refused.kind,
        valuebridge_chat::ReplyKind::UserError,
        "{refused:?}"
    );
    let (slack, discord) = lines(&refused);
    assert!(!discord.is_empty(), "a blank notification: {refused:?}");
    assert_eq!(slack, discord);
    let messages = valuebridge_discord::embeds::render(&refused);
    assert_eq!(messages.len(), 1);
    assert!(messages[0].embeds.is_empty(), "said twice: {messages:?}");
    // Any answer of one paragraph is its own line, an error or not.
    let help = said(
        &bot,
        "mo",
        "log a note for Nowhere: the quay cameras are in",
    )
    .await;
    let messages = valuebridge_discord::embeds::render(&help);
    assert!(
        messages[0]
            .content
            .as_deref()
            .is_some_and(|c| c.starts_with("I can log engagement notes")),
        "{messages:?}"
    );
    assert!(messages[0].embeds.is_empty(), "said twice: {messages:?}");
    // An error reply of several parts keeps them below its line, not said again.
    let several = Reply::user_error("That date is in the past.")
        .paragraph("Give a date from today on, e.g. `2026-12-01`.");
    notifies(&several, "That date is in the past.");
    // Internal errors too: the apology and its reference.
    let internal = Reply::new(
        valuebridge_chat::ReplyKind::InternalError,
        valuebridge_chat::Visibility::Ephemeral,
    )
    .paragraph("Sorry, something went wrong on our side (ref 7f3a).");
    assert_eq!(
        lines(&internal).1,
        "Sorry, something went wrong on our side (ref 7f3a)."
    );
}

#[derive(Default)]
struct Recorder {
    posts: Mutex<Vec<Reply>>,
}

impl Poster for Recorder {
    fn post<'a>(&'a self, _t: &'a TenantId, _c: &'a str, reply: &'a Reply) -> PostFuture<'a> {
        Box::pin(async move {
            self.posts.lock().unwrap().push(reply.clone());
            Ok(())
        })
    }
}

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// What the schedule `subscribe` posts at `slot`, delivered `late` after it.
async fn posted(bot: &Bot, subscribe: &str, slot: &str, late: Duration) -> Reply {
    bot.ok(subscribe).await;
    let scheduler = Scheduler::new(
        &bot.store,
        Arc::new(bot.service.clone()),
        Duration::hours(6),
    )
    .unwrap();
    let now = at(slot) + late;
    bot.clock.set(now);
    assert_eq!(scheduler.tick(now).unwrap().queued.len(), 1);
    let poster = Recorder::default();
    scheduler
        .outbox
        .deliver_due(&scheduler.subs, &poster, now)
        .await
        .unwrap();
    let posts = poster.posts.lock().unwrap().clone();
    posts.into_iter().next().expect("a post")
}

#[tokio::test]
async fn a_scheduled_follow_up_post_says_how_many_are_due() {
    let bot = bot().await;
    bot.ok("note Harbour: crane review follow-up: send the quote @sam by 2026-11-20 follow-up: book the survey by 2026-11-30")
        .await;
    let post = posted(
        &bot,
        "subscribe follow-ups daily 08:30 tz:Europe/London",
        "2026-11-30T08:30:00Z",
        Duration::zero(),
    )
    .await;
    notifies(
        &post,
        "Follow-ups overdue or due today (2026-11-30) — 2 to do",
    );
}

#[tokio::test]
async fn a_scheduled_digest_says_its_scope_and_figures_even_when_late() {
    let bot = bot().await;
    said(&bot, "mo", "we approved £180k for the crane telemetry").await;
    said(&bot, "mo", "yes").await;
    // Monday 30 November 09:00 London, posted two hours late: the "(late: …)" line goes
    // first in the post, but is not what it notifies.
    let post = posted(
        &bot,
        "subscribe weekly mon 09:00 unit:Harbour tz:Europe/London",
        "2026-11-30T09:00:00Z",
        Duration::hours(2),
    )
    .await;
    let (slack, discord) = lines(&post);
    assert_eq!(slack, discord);
    assert!(
        slack.starts_with("Value for money: Harbour, ") && slack.contains(" — "),
        "{slack}"
    );
    assert!(!slack.contains("late"), "{slack}");
    notifies(&post, &slack);
}

#[tokio::test]
async fn a_change_to_the_register_says_what_changed_on_which_record() {
    let bot = bot().await;
    let amended = bot
        .say_as(
            "local",
            "mo",
            Some(Role::Admin),
            "amend INV-1 cost:£170k because the vendor's discount",
        )
        .await;
    notifies(
        &amended,
        "Amended INV-1 Crane telemetry: cost: £180,000 → £170,000",
    );
    let retracted = bot
        .say_as(
            "local",
            "mo",
            Some(Role::Admin),
            "retract INV-1 because logged twice",
        )
        .await;
    notifies(&retracted, "Retracted INV-1 Crane telemetry");
    let restored = bot
        .say_as(
            "local",
            "mo",
            Some(Role::Admin),
            "restore INV-1 because it was not a duplicate",
        )
        .await;
    notifies(&restored, "Restored INV-1 Crane telemetry");
    let undone = bot.say_as("local", "mo", Some(Role::Admin), "undo").await;
    let (slack, discord) = lines(&undone);
    assert_eq!(slack, discord);
    assert!(slack.starts_with("Undid "), "{slack}");
}

#[tokio::test]
async fn a_scorecard_shared_in_the_channel_says_which_unit_and_period() {
    let bot = bot().await;
    let card = bot
        .say_as("local", "mo", None, "scorecard Harbour last-month")
        .await;
    notifies(
        &card,
        "Scorecard: Harbour, last month (2026-10-01 to 2026-10-31)",
    );
}

#[tokio::test]
async fn a_chart_shared_in_the_channel_says_its_title() {
    let bot = Bot::new();
    for line in ["unit add Harbour", "unit add Freight"] {
        bot.say_as("slack:T2", "mo", Some(Role::Admin), line).await;
    }
    let chart = bot.say_as("slack:T2", "mo", None, "chart units").await;
    assert!(chart.image.is_some(), "{chart:?}");
    let (slack, discord) = lines(&chart);
    assert_eq!(slack, discord);
    assert!(slack.starts_with("Value by unit: "), "{slack}");
    notifies(&chart, &slack);
}
