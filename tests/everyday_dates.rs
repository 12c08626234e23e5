//! One date language: typed commands read the same dates as plain words, resolved against
//! the tenant's local date and echoed in the reply; notes keep the day of the meeting.

mod support;

use chrono::{NaiveDate, TimeZone, Utc};
use support::Bot;
use valuebridge::config::Config;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

async fn notes(bot: &Bot) -> Vec<valuebridge::domain::Note> {
    bot.store
        .live(&TenantId::local(), Kind::Note)
        .unwrap()
        .into_iter()
        .filter_map(|st| match st.record {
            Record::Note(n) => Some(n),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn typed_follow_ups_accept_every_plain_words_date_and_echo_it() {
    // The bot's clock says Friday 2026-11-27.
    let bot = Bot::new();
    bot.seed().await;
    let cases = [
        ("Friday", "2026-11-27"),
        ("next Tuesday", "2026-12-01"),
        ("tomorrow", "2026-11-28"),
        ("end of month", "2026-11-30"),
        ("EOM", "2026-11-30"),
        ("Q3", "2027-07-01"),
        ("in 2 weeks", "2026-12-11"),
        ("31/01/2027", "2027-01-31"),
        ("the 20th", "2026-12-20"),
        ("next Thu", "2026-12-03"),
    ];
    for (words, expected) in cases {
        let out = bot
            .ok(&format!(
                "note Sales: pricing call follow-up: send the deck @sam by {words}"
            ))
            .await;
        assert!(
            out.contains(&format!("send the deck @sam by {expected}")),
            "{words}: {out}"
        );
    }
    let stored: Vec<_> = notes(&bot)
        .await
        .into_iter()
        .map(|n| n.followups[0].due.unwrap())
        .collect();
    let expected: Vec<_> = cases.iter().map(|(_, e)| d(e)).collect();
    assert_eq!(stored, expected);
}

#[tokio::test]
async fn decisions_and_benefits_read_relative_dates_the_right_way() {
    let bot = Bot::new();
    bot.seed().await;
    let out = bot
        .ok("decide INV-1 defer because waiting on the quote review:next Tuesday on:yesterday")
        .await;
    assert!(out.contains("2026-12-01"), "{out}");
    assert!(out.contains("on 2026-11-26"), "{out}");
    // "Tuesday" for a benefit is the one that has passed.
    let out = bot
        .ok("benefit INV-1 £5k on Tuesday evidence: churn down")
        .await;
    assert!(out.contains("2026-11-24"), "{out}");
    let out = bot
        .ok("amend DEC-1 review:end of next month because the vendor slipped")
        .await;
    assert!(out.contains("review: 2026-12-01 → 2026-12-31"), "{out}");
}

#[tokio::test]
async fn a_date_that_cannot_be_read_is_explained_and_nothing_is_stored() {
    let bot = Bot::new();
    bot.seed().await;
    let out = bot
        .fails("note Sales: pricing follow-up: send deck by someday")
        .await;
    assert!(out.contains("`someday` is not a date"), "{out}");
    assert!(
        out.contains("next Tuesday"),
        "the error lists the forms: {out}"
    );
    let out = bot
        .fails("decide INV-1 defer because quote review:whenever")
        .await;
    assert!(out.contains("`whenever` is not a date"), "{out}");
    assert!(notes(&bot).await.is_empty());
}

#[tokio::test]
async fn relative_dates_resolve_against_the_tenants_local_date() {
    let mut config = Config::default();
    config.schedule.timezone = "Pacific/Auckland".into();
    let bot = Bot::with_config(config);
    bot.seed().await;
    // 23:30 UTC on Friday is already Saturday 28 November in Auckland.
    bot.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 27, 23, 30, 0).unwrap());
    let out = bot
        .ok("note Sales: late call follow-up: send notes @sam by tomorrow")
        .await;
    assert!(out.contains("by 2026-11-29"), "{out}");
    // "today" there is not in the future, though it is ahead of UTC.
    let out = bot
        .ok("benefit INV-1 £1k on today evidence: first invoice")
        .await;
    assert!(out.contains("2026-11-28"), "{out}");
}

#[tokio::test]
async fn a_note_keeps_the_day_of_the_meeting() {
    let bot = Bot::new();
    bot.seed().await;
    let out = bot
        .ok("note Sales: on:yesterday met the CFO about renewals")
        .await;
    assert!(out.contains("Met"), "{out}");
    assert!(out.contains("2026-11-26"), "{out}");
    let out = bot.ok("note Sales: quick catch-up").await;
    assert!(out.contains("2026-11-27"), "{out}");
    let stored = notes(&bot).await;
    assert_eq!(stored[0].met_on(), d("2026-11-26"));
    assert_eq!(stored[0].text, "met the CFO about renewals");
    assert_eq!(stored[1].met_on(), d("2026-11-27"));
    let out = bot
        .fails("note Sales: on:next Friday planning session")
        .await;
    assert!(out.contains("in the future"), "{out}");
    let out = bot
        .ok("amend NOTE-2 on:last Tuesday because logged late")
        .await;
    assert!(out.contains("on: 2026-11-27 → 2026-11-24"), "{out}");
}

#[tokio::test]
async fn plain_words_notes_take_the_meeting_day_from_the_message() {
    let bot = Bot::new();
    bot.seed().await;
    let out = bot
        .line("alice", "met Sales yesterday about the renewal")
        .await;
    assert!(out.contains("2026-11-26"), "{out}");
    bot.line("alice", "yes").await;
    let stored = notes(&bot).await;
    assert_eq!(stored.len(), 1, "{out}");
    assert_eq!(stored[0].met_on(), d("2026-11-26"));
}
