//! Round V17's misses, each read in another writer's words (a county leisure trust, in
//! pounds, day-first): two decisions in one message about things the directory lacks, a
//! meeting held "today" that dates its action, and an ask said as "fixing to ask for".

use super::*;

/// A county leisure trust: pools, gyms, facilities, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Aquatics", &["Pools", "Swim Team"]),
            ("Fitness", &["Gyms"]),
            ("Facilities", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Booking System Replacement", "Fitness"),
            ("Pool Plant Upgrade", "Aquatics"),
            ("Finance System", "Finance"),
        ],
    )
}

/// `text` as "gwen" writes it on the tests' day (Friday 27 November 2026), in pounds,
/// day-first.
fn read(text: &str) -> Reading {
    test_names::read_day_first_in(text, "gwen", "GBP", &dir())
}

#[test]
fn a_second_verdict_after_a_semicolon_with_its_own_subject_is_a_second_record() {
    let text = "Budget round outcome for Fitness: spin bike kit approved, £30k; the members' app rebuild is deferred to 2028.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

#[test]
fn a_message_counting_two_decisions_reads_each_joined_clause_as_a_record() {
    for text in [
        "Two decisions from the trust board today: we are keeping the minibus lease at the current £9K a year, and we're pulling the plug on the climbing wall booking app.",
        "Two from the managers' meeting on Monday: the lifeguard rota app carries on for another year at £800, and we're knocking the paper swim registers on the head.",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
    // One decision and what follows from it stays one record.
    let text = "The trust board approved the pool plant upgrade at £40k, and we're going ahead with the works in January.";
    let r = read(text);
    assert_eq!(r.also.len(), 0, "{text}: {r:?}");
}

#[test]
fn knocking_a_named_thing_on_the_head_stops_it() {
    let text =
        "Gyms: we're knocking the paper induction forms on the head, everyone books online now.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

#[test]
fn an_action_from_todays_meeting_is_dated_today() {
    let text = "@owain and @cerys - action from today's pool safety meeting: get the lifeguard rota into the shared drive by 4/12";
    let r = read(text);
    assert_eq!(r.date, "2026-11-27".parse().ok(), "{text}: {r:?}");
    assert_eq!(r.due, "2026-12-04".parse().ok(), "{text}: {r:?}");
    let text = "@owain - actions from yesterday's pool safety huddle: get the lifeguard rota into the shared drive by 4/12";
    let r = read(text);
    assert_eq!(r.date, "2026-11-26".parse().ok(), "{text}: {r:?}");
}

#[test]
fn fixing_to_ask_for_a_thing_is_an_ask() {
    let text = "Swim team is fixing to ask for a new pace clock, lol, no price on it yet";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
}

#[test]
fn the_new_financial_year_starts_when_the_tenants_country_starts_it() {
    // A British tenant's financial year starts on 1 April.
    for text in [
        "Sauna refit, £12k — deferred to the new financial year, the old heaters will last till then.",
        "Sauna refit parked until the new fiscal year, no budget left.",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, "2027-04-01".parse().ok(), "{text}: {r:?}");
    }
    // An Australian one's on 1 July.
    let text = "Sauna refit is parked till the new financial year.";
    let r = test_names::read_day_first_in(text, "gwen", "AUD", &dir());
    assert_eq!(r.review_date, "2027-07-01".parse().ok(), "{text}: {r:?}");
    // A month said with it still wins.
    let text = "Sauna refit pushed to the new financial year (October), no budget left.";
    let r = read(text);
    assert_eq!(r.review_date, "2027-10-01".parse().ok(), "{text}: {r:?}");
}

#[test]
fn a_deferral_to_a_year_alone_looks_again_on_its_first_day() {
    for text in [
        "The members' app rebuild is deferred to 2028.",
        "Sauna refit: pushed to 2028, no money left this round.",
        "Budget round outcome for Fitness: spin bike kit approved, £30k; the members' app rebuild is deferred to 2028.",
    ] {
        let r = read(text);
        let deferral = r.also.last().unwrap_or(&r);
        assert_eq!(deferral.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(deferral.review_date, "2028-01-01".parse().ok(), "{text}: {r:?}");
    }
}

#[test]
fn a_financial_year_set_in_the_settings_is_the_one_next_fy_and_the_new_one_start() {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: Currency::from_code("GBP").unwrap(),
    };
    let today = "2026-11-27".parse().unwrap();
    let reader = Reader::new(&dir(), settings);
    let october = reader.with_financial_year(Some(chrono::Month::October));
    for text in [
        "Sauna refit, £12k — deferred to the new financial year, the old heaters will last till then.",
        "Sauna refit parked until next FY, no budget left.",
    ] {
        let r = october.read(text, "gwen", today).unwrap();
        assert_eq!(r.review_date, "2027-10-01".parse().ok(), "{text}: {r:?}");
    }
    // Unset, "next FY" alone keeps the calendar year and the new one the country's.
    let r = reader
        .read(
            "Sauna refit parked until next FY, no budget left.",
            "gwen",
            today,
        )
        .unwrap();
    assert_eq!(r.review_date, "2027-01-01".parse().ok(), "{r:?}");
    // Set to January, the new financial year is the calendar one even in pounds.
    let january = reader.with_financial_year(Some(chrono::Month::January));
    let r = january
        .read(
            "Sauna refit parked till the new financial year.",
            "gwen",
            today,
        )
        .unwrap();
    assert_eq!(r.review_date, "2027-01-01".parse().ok(), "{r:?}");
}
