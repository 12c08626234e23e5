//! Verdicts, intents and amounts the strangers of round S14 showed (round V16), each read in
//! another writer's words (a small-town community arts centre, in dollars): a payment let go
//! told with the money it saves, a benefit (convention 29); a renewal for another term; an
//! approval said first with its reason after; an offer taken; a personal "no" said in chat;
//! a cost cut down to nothing with the money less than last year; another party's delay; a
//! running thing knocked on the head; and a bill gone from one figure to another with the
//! year's saving after it.

use super::*;

/// A community arts centre: front of house, facilities, programming, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Front of House", &["FOH", "Box Office"]),
            ("Facilities", &[]),
            ("Programming", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Ticketing System Replacement", "Front of House"),
            ("Gallery Lighting Upgrade", "Facilities"),
            ("Lobby Wi-Fi", "Front of House"),
            ("Community Van", "Programming"),
            ("Accounting Software", "Finance"),
            ("Rooftop Solar", "Facilities"),
            ("Kiln Replacement", "Programming"),
        ],
    )
}

/// `text` as "odile" writes it on the tests' day (Friday 27 November 2026).
fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "odile", &dir())
}

fn usd(dollars: i64) -> Option<Money> {
    Some(Money {
        minor: dollars * 100,
        currency: Currency::USD,
    })
}

#[test]
fn a_payment_let_go_told_with_the_money_it_saves_is_a_benefit() {
    for text in [
        "Lobby wifi: we cancelled the old DSL line at the box office, saves us $3,600 a year.",
        "Accounting software means we've dropped the payroll bureau, $4,800 a year saved.",
        "The new accounting software saves the bookkeeper about 4 hours a week, and we've ditched the payroll bureau, $4,800 a year.",
    ] {
        let r = read(text);
        assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{text}: {r:?}");
        assert!(
            r.amount == usd(3_600) || r.amount == usd(4_800),
            "{text}: {r:?}"
        );
        assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
    }
    // A stop of work with its running cost as the reason stays a stop.
    let text = "Community van - we're cancelling the lease. $6k a year and it sits in the yard most weeks.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

#[test]
fn renewing_for_another_term_goes_on() {
    let text = "Lobby wifi - renewing the Rogers contract for another year, $2,400. Half the gallery visitors use it to buy tickets.";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Continue)),
        "{r:?}"
    );
    assert_eq!(r.amount, usd(2_400), "{r:?}");
}

#[test]
fn an_approval_said_first_is_not_turned_by_its_reason() {
    let text = "Approved by the board: ticketing system replacement, $95,000. The old vendor's sunsetting the hosted version at the end of next year.";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{r:?}"
    );
}

#[test]
fn an_offer_taken_is_an_approval() {
    let text = "The board took the province's offer on the kiln replacement: a refurbished one from the college, $18k. New was $40k.";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{r:?}"
    );
    assert_eq!(r.investment.as_deref(), Some("Kiln Replacement"), "{r:?}");
}

#[test]
fn a_personal_no_said_in_jest_is_chat() {
    let text = "He's a no from me on the staff room espresso machine haha";
    let r = read(text);
    assert_eq!((r.intent, r.verdict), (Intent::None, None), "{r:?}");
}

#[test]
fn a_cost_cut_down_to_nothing_with_money_less_than_last_year_is_a_benefit() {
    let text = "The accounting software's cut the invoice rework down to nothing - $5,200 less this year than last.";
    let r = read(text);
    assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{r:?}");
    assert_eq!(r.amount, usd(5_200), "{r:?}");
}

#[test]
fn another_partys_delay_is_news() {
    let text = "Community van: the dealer pushed delivery to March, so we're borrowing the church bus til then. @remi to book it by 12/10";
    let r = read(text);
    assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{r:?}");
    assert_eq!(r.review_date, None, "{r:?}");
}

#[test]
fn knocking_running_work_on_the_head_stops_it() {
    let text = "Gallery lighting sensors - knocking it on the head. $3k a year in licences and half of them never trip anyway.";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Stop)),
        "{r:?}"
    );
    assert_eq!(r.amount, None, "{r:?}");
}

#[test]
fn a_bill_gone_from_one_figure_to_another_gives_the_years_saving() {
    let text = "Rooftop solar: the hydro bill's gone from about $900 a quarter to $150, near enough $3k a year saved.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(r.amount, usd(3_000), "{r:?}");
}

#[test]
fn a_fiscal_year_told_with_its_starting_month_starts_then() {
    let text = "Kiln replacement - we're pushing it to next fiscal year (April), nothing left in the capital pot.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-04-01".parse().ok(), "{r:?}");
    // Without the month, the calendar year.
    let text =
        "Kiln replacement - we're pushing it to next fiscal year, nothing left in the capital pot.";
    assert_eq!(read(text).review_date, "2027-01-01".parse().ok());
}

/// Convention 25: "tonight" is no date to record, said as "tonight's" either.
#[test]
fn tonights_meeting_gives_no_date() {
    let text = "From tonight's board meeting: the kiln replacement is approved at $18K, and the community van got turned down.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.date, None, "{r:?}");
}

#[test]
fn a_greeting_or_a_places_closing_hours_is_chat() {
    for text in [
        "Happy holidays everyone, the gallery closes at 2 on the 31st 🎉",
        "FOH team, heads up: the box office and the gift shop close at 4 Saturday for the winter market",
    ] {
        let r = read(text);
        assert_eq!((r.intent, r.date), (Intent::None, None), "{text}: {r:?}");
    }
    // A closing told with work to do is a record.
    let text = "Box office closes at 4 Saturday for the market. @remi can you check the ticketing system replacement quote by Friday?";
    assert_eq!(read(text).intent, Intent::Note);
}

#[test]
fn done_with_a_thing_no_one_uses_or_that_costs_to_run_stops_it() {
    for text in [
        "We're done with the audio guide app, hardly anyone downloads it and it's $1,800 a year. Pulling it from the store next week.",
        "We're done with the lobby wifi, no one's logged on since the summer.",
    ] {
        let r = read(text);
        assert_eq!(
            (r.intent, r.verdict),
            (Intent::Decision, Some(Verdict::Stop)),
            "{text}: {r:?}"
        );
        assert_eq!(r.amount, None, "{text}: {r:?}");
    }
    // Work finished is not given up.
    let r =
        read("We're done with the ticketing system replacement, all three venues are live on it.");
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

#[test]
fn a_running_cost_binned_after_a_result_is_the_benefits_money() {
    let text = "The new ticketing system has taken the faff out of the box office. Patrons are through the door 5 minutes quicker on average than with the paper list, and we've binned the $900 a year we paid for the answering service.";
    let r = read(text);
    assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{r:?}");
    assert_eq!(r.amount, usd(900), "{r:?}");
}

#[test]
fn new_ones_approved_are_the_work_not_some_of_it() {
    let text = "Gallery lighting - the two worst track rails are going, new ones approved at $5k the pair. One dropped a spotlight on Tuesday 😬";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{r:?}"
    );
    // Some of the things, told as "the garage ones", stay a part.
    let text = "Gallery lighting: approved for the main hall. The studio ones are dropped for now.";
    assert_eq!(read(text).verdict, Some(Verdict::Approve));
}

#[test]
fn an_election_named_for_its_month_is_an_event_not_the_date() {
    let text = "Lobby wifi - the town has asked us to hold it until after the January elections, so it's on hold till February.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-02-01".parse().ok(), "{r:?}");
}

#[test]
fn waiting_till_after_a_day_waits_till_the_next() {
    let text = "Accounting software: Finance want to hold off til after 31 March, not changing systems at year end.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-04-01".parse().ok(), "{r:?}");
}

#[test]
fn a_reminder_of_when_a_committee_meets_is_chat() {
    let text = "Reminder — Programming committee meets 12/9 at 7pm in the studio. Agenda: kiln replacement, community van, lobby wifi.";
    let r = read(text);
    assert_eq!(r.intent, Intent::None, "{r:?}");
}

#[test]
fn only_doing_part_of_the_work_rescopes_it() {
    let text = "Gallery lighting - the Ferris quote came in at $52k, way over the $30k we budgeted, so we're only doing the main hall this year, $24k";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Rescope)),
        "{r:?}"
    );
    assert_eq!(r.amount, usd(24_000), "{r:?}");
}

#[test]
fn a_question_about_the_seasons_social_do_is_chat() {
    let text = "The Box Office crew rang, they want to know if we're doing the Christmas BBQ on the 12th or the 13th?";
    let r = read(text);
    assert_eq!((r.intent, r.unit.as_deref()), (Intent::None, None), "{r:?}");
}

#[test]
fn money_we_were_giving_away_is_a_benefit() {
    let text = "Ticketing system replacement - the new scanners catch the duplicate tickets the old ones let through. Ushers have stopped arguing at the door and we reckon it's about $8k a year we were giving away.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(r.amount, usd(8_000), "{r:?}");
}
