//! The scorecard's "follow-ups closed on time vs late": `done` records the day a follow-up
//! was closed, `undo` takes it back, and each period counts the follow-ups due in it as on
//! time, late, or closed on a day nobody recorded (closed before the day was kept).

mod support;

use chrono::{DateTime, NaiveDate, Utc};
use support::Bot;
use valuebridge::config::Config;
use valuebridge::digest::{self, DigestRequest, DigestSettings, Period};
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, RecordId, TenantId, UnitId};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn note(n: u64) -> RecordId {
    RecordId {
        kind: Kind::Note,
        n,
    }
}

fn follow_ups_of(bot: &Bot, n: u64) -> Vec<valuebridge::domain::FollowUp> {
    let state = bot.store.get(&TenantId::local(), note(n)).unwrap().unwrap();
    match state.record {
        Record::Note(n) => n.followups,
        other => panic!("not a note: {other:?}"),
    }
}

fn row<'a>(text: &'a str, measure: &str) -> Vec<&'a str> {
    let line = text
        .lines()
        .find(|l| l.starts_with(measure))
        .unwrap_or_else(|| panic!("no {measure}:\n{text}"));
    line[measure.len()..]
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// Sales in October and November 2026, each follow-up closed (or not) on a given day.
async fn sales() -> Bot {
    let bot = Bot::new();
    bot.clock.set(at("2026-10-01T09:00:00Z"));
    bot.ok("unit add Sales").await;
    for (text, due) in [
        ("a", "2026-10-10"), // NOTE-1: closed 8 Oct, on time (October)
        ("b", "2026-10-20"), // NOTE-2: closed 3 Nov, late (October)
        ("c", "2026-11-10"), // NOTE-3: closed 10 Nov, on its due day: on time (November)
        ("d", "2026-11-15"), // NOTE-4: still open, late (November)
        ("e", "2026-11-12"), // NOTE-5: closed 20 Nov, late (November)
        ("f", "2026-11-27"), // NOTE-6: open, due today: not late yet
        ("g", "2026-11-30"), // NOTE-7: open, due after the period so far
    ] {
        bot.ok(&format!("note Sales: met follow-up: {text} @bob by {due}"))
            .await;
    }
    for (day, n) in [
        ("2026-10-08", 1),
        ("2026-11-03", 2),
        ("2026-11-10", 3),
        ("2026-11-20", 5),
    ] {
        bot.clock.set(at(&format!("{day}T09:00:00Z")));
        bot.ok(&format!("done NOTE-{n} 1")).await;
    }
    bot.clock.set(at("2026-11-27T09:00:00Z"));
    bot
}

#[tokio::test]
async fn done_records_the_tenant_local_day_and_undo_takes_it_back() {
    let mut config = Config::default();
    config.schedule.timezone = "Pacific/Auckland".into();
    let bot = Bot::with_config(config);
    bot.clock.set(at("2026-11-09T09:00:00Z"));
    bot.ok("unit add Sales").await;
    bot.ok("note Sales: met follow-up: send it @bob by 2026-11-20")
        .await;
    // 23:30 UTC on the 9th is the 10th in Auckland.
    bot.clock.set(at("2026-11-09T23:30:00Z"));
    bot.ok("done NOTE-1 1").await;
    let f = &follow_ups_of(&bot, 1)[0];
    assert!(f.done);
    assert_eq!(f.done_on, Some(d("2026-11-10")));

    bot.ok("undo").await;
    let f = &follow_ups_of(&bot, 1)[0];
    assert!(!f.done);
    assert_eq!(f.done_on, None, "undoing the done clears its day");
    let report = bot.store.check_aggregates(&TenantId::local()).unwrap();
    assert_eq!(report.disagreements, Vec::<String>::new());
}

#[tokio::test]
async fn the_scorecard_counts_follow_ups_closed_on_time_and_late_against_the_period_before() {
    let bot = sales().await;
    let text = bot.ok("scorecard Sales").await;
    // Measure | this period | previous | change
    assert_eq!(
        row(&text, "Follow-ups closed on time"),
        ["1", "1", "no change"],
        "{text}"
    );
    assert_eq!(row(&text, "Follow-ups late"), ["2", "1", "up 1"], "{text}");
    assert!(
        !text.contains("date not recorded"),
        "nothing unknown to say: {text}"
    );

    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    let today = d("2026-11-27");
    let period = Period::parse("month", today).unwrap();
    let sc = digest::scorecard(
        &bot.store,
        &TenantId::local(),
        &settings,
        UnitId(1),
        period,
        today,
    )
    .unwrap();
    let j = digest::scorecard::to_json(&sc);
    assert_eq!(j["figures"]["follow_ups_on_time"], 1);
    assert_eq!(j["figures"]["follow_ups_late"], 2);
    assert_eq!(j["previous"]["follow_ups_on_time"], 1);
    assert_eq!(j["previous"]["follow_ups_late"], 1);

    // The portfolio digest's line per unit carries the same figures.
    let dg = bot
        .service
        .digest_value(&TenantId::local(), None, period, today)
        .unwrap();
    assert_eq!(dg.units[0].figures.follow_ups_on_time, 1);
    assert_eq!(dg.units[0].figures.follow_ups_late, 2);
    let text = bot.ok("digest month").await;
    let section = &text[text.find("8. Units").unwrap_or_else(|| panic!("{text}"))..];
    assert!(
        section.contains("On time") && section.contains("Late"),
        "{section}"
    );

    // As of 31 October, NOTE-2 (due 20 Oct, closed 3 Nov) was open past its due date.
    let october = Period::parse("last-month", today).unwrap();
    let req = DigestRequest {
        unit: Some(UnitId(1)),
        period: october,
        as_of: d("2026-10-31"),
    };
    let then = digest::build(&bot.store, &TenantId::local(), &settings, &req).unwrap();
    assert_eq!(then.units[0].figures.follow_ups_on_time, 1);
    assert_eq!(then.units[0].figures.follow_ups_late, 1);
    let oracle =
        digest::build_from_records(&bot.store, &TenantId::local(), &settings, &req).unwrap();
    assert_eq!(then, oracle);
}

#[tokio::test]
async fn a_follow_up_closed_before_days_were_kept_is_said_to_be_unknown_not_guessed() {
    let bot = sales().await;
    // A follow-up closed by an older build: done, with no day recorded.
    let t = TenantId::local();
    let state = bot.store.get(&t, note(4)).unwrap().unwrap();
    let Record::Note(mut n) = state.record else {
        panic!()
    };
    n.followups[0].done = true;
    n.followups[0].done_on = None;
    let meta = n.meta.clone();
    bot.store
        .write(|tx| {
            tx.amend(
                &t,
                &meta,
                Record::Note(n.clone()),
                vec![],
                "older build".into(),
            )
        })
        .unwrap();

    let text = bot.ok("scorecard Sales").await;
    assert_eq!(
        row(&text, "Follow-ups closed on time"),
        ["1", "1", "no change"]
    );
    // NOTE-4 is no longer open past due, and when it was closed is unknown.
    assert_eq!(row(&text, "Follow-ups late"), ["1", "1", "no change"]);
    assert_eq!(
        row(&text, "Follow-ups closed, date not recorded"),
        ["1", "0", "up 1"]
    );
    let settings = DigestSettings::from_config(&Config::default()).unwrap();
    let today = d("2026-11-27");
    let req = DigestRequest {
        unit: None,
        period: Period::parse("month", today).unwrap(),
        as_of: today,
    };
    let fast = digest::build(&bot.store, &t, &settings, &req).unwrap();
    assert_eq!(fast.units[0].figures.follow_ups_closed_undated, 1);
    assert_eq!(
        fast,
        digest::build_from_records(&bot.store, &t, &settings, &req).unwrap()
    );
    let report = bot.store.check_aggregates(&t).unwrap();
    assert_eq!(report.disagreements, Vec::<String>::new());

    // `digest-agg check` sees a lost count.
    let data = bot.store.db().open_tree("data").unwrap();
    let counts: Vec<_> = data
        .iter()
        .keys()
        .map(|k| k.unwrap())
        .filter(|k| k.windows(3).any(|w| w == [0, b'A', b'c']))
        .collect();
    assert_eq!(
        counts.len(),
        5,
        "one count per due date with closed follow-ups"
    );
    data.remove(&counts[0]).unwrap();
    let report = bot.store.check_aggregates(&t).unwrap();
    assert_eq!(
        report.disagreements,
        ["missing: the closed follow-ups of UNIT-1 due 2026-10-10"]
    );
}
