//! Intents, verdicts and dates the reader missed, each read in another writer's words (a zoo
//! and aquarium trust): money a team is going to spend on a new thing, a business case moved
//! to a later board that is not yet a decision, a go-live that went well, plans whose months
//! are still to come, the end of a month as a stop's date, a product the vendor sunset or a
//! supplier that left the market as the reason to stop, "over budget again" as news, idioms
//! for a verdict ("green light", "a non-starter", "decision … slipped to …"), a sign-off that
//! is due, and "after Easter" as a look-again date.
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// A zoo and aquarium trust: units named by ordinary words ("Estates", "Digital") and
/// investments whose words are everyday ones ("Keeper Rota App", "Ticketing Kiosks").
pub(super) fn dir() -> StaticDirectory {
    StaticDirectory {
        units: vec![
            test_names::unit("Animal Care", &["Keepers"]),
            test_names::unit("Visitor Services", &["Visitors"]),
            test_names::unit("Estates", &["Facilities"]),
            test_names::unit("Digital", &["ICT"]),
            test_names::unit("Finance", &[]),
        ],
        investments: vec![
            test_names::inv("Keeper Rota App", "Animal Care"),
            test_names::inv("Life Support Systems Upgrade", "Animal Care"),
            test_names::inv("Ticketing Kiosks", "Visitor Services"),
            test_names::inv("Membership CRM", "Visitor Services"),
            test_names::inv("Boiler Replacement", "Estates"),
            test_names::inv("Finance System Upgrade", "Finance"),
        ],
    }
}

pub(super) fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

pub(super) fn gbp(minor: i64) -> Option<Money> {
    Some(Money::new(minor, Currency::GBP))
}

/// Read on the tests' today, Friday 2026-11-27.
pub(super) fn read_zoo(text: &str) -> Reading {
    test_names::read_on_test_day(text, "nina", &dir())
}

/// The intent the rules alone give `text`, with no model to override them.
pub(super) fn rules_intent(text: &str) -> Intent {
    test_names::read_by_rules_on_test_day(text, "nina", &dir(), ReaderSettings::default()).intent
}

pub(super) fn assert_intent(text: &str, want: Intent) -> Reading {
    assert_eq!(rules_intent(text), want, "rules: {text}");
    let r = read_zoo(text);
    assert_eq!(r.intent, want, "{text}");
    r
}

#[test]
fn money_a_team_is_going_to_spend_on_a_new_thing_is_a_new_investment() {
    for (text, name, minor) in [
        (
            "we're going to spend £80k on a new intranet",
            "intranet",
            8_000_000,
        ),
        (
            "Visitors are going to spend about £25k on a new audio guide",
            "audio guide",
            2_500_000,
        ),
        (
            "we plan to spend £40k on new penguin cams",
            "penguin cams",
            4_000_000,
        ),
    ] {
        let r = assert_intent(text, Intent::Investment);
        assert_eq!(r.investment.as_deref(), Some(name), "{text}");
        assert!(r.new_investment, "{text}");
        assert_eq!(r.amount, gbp(minor), "{text}");
    }
    // Money spent already, or a question about spending, is not a new investment.
    assert_eq!(
        read_zoo("how much are we going to spend on the kiosks?").intent,
        Intent::None
    );
}

#[test]
fn a_business_case_moved_to_a_later_board_but_not_decided_is_a_note() {
    let text = "Estates: boiler replacement BC pushed to the Jan board, not a decision yet";
    let r = assert_intent(text, Intent::Note);
    assert_eq!(r.verdict, None);
    assert_eq!(r.unit.as_deref(), Some("Estates"));
    assert_eq!(r.review_date, None);
    // Without the unit it is still news about the investment it names.
    let r = assert_intent(
        "boiler replacement BC pushed to the Jan board, not a decision yet",
        Intent::Note,
    );
    assert_eq!(r.investment.as_deref(), Some("Boiler Replacement"));
    // Pushed to a later board with no such words, it is a deferral (the corpus's convention).
    let r = read_zoo("boiler replacement pushed to the Feb board, the second quote isn't in");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-02-01"));
}

#[test]
fn a_go_live_that_went_well_is_a_note_about_the_investment() {
    for text in [
        "keeper rota app go live on the reptile house went well 🎉 zero missed feeds in the first week",
        "Membership CRM go-live went smoothly, renewals up 4%",
    ] {
        let r = assert_intent(text, Intent::Note);
        assert!(r.investment.is_some(), "{text}");
        assert_eq!(r.date, None, "{text}");
    }
}

#[test]
fn months_and_days_in_a_plan_are_still_to_come_not_the_records_date() {
    for text in [
        "re the membership CRM - we're going back out with an RFQ in Feb",
        "Keeper rota app goes to the ops committee on Jan 15th for approval",
        "Ticketing kiosks go-live set for March 3rd, installs start after Xmas",
    ] {
        let r = read_zoo(text);
        assert_eq!(r.intent, Intent::Note, "{text}");
        assert_eq!(r.date, None, "{text}");
        assert!(r.investment.is_some(), "{text}");
    }
    // A day that has passed is still the record's date.
    let r = read_zoo("Membership CRM went live on Monday, 300 renewals through it");
    assert_eq!(r.date, d("2026-11-23"));
}

#[test]
fn the_end_of_a_month_is_a_stops_date() {
    for (text, want) in [
        (
            "we're stopping the keeper rota app at end of month",
            "2026-11-30",
        ),
        ("stopping the keeper rota app at month-end", "2026-11-30"),
        ("we're stopping the keeper rota app EOM", "2026-11-30"),
        (
            "ticketing kiosks pilot is toast, we're shutting it down at the end of the month",
            "2026-11-30",
        ),
        ("Membership CRM: we're stopping it end of Dec", "2026-12-31"),
    ] {
        let r = read_zoo(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}");
        assert_eq!(r.date, d(want), "{text}");
    }
}

#[test]
fn a_product_sunset_or_a_supplier_gone_is_the_reason_to_stop() {
    let r = read_zoo("Ticketing kiosks? nope. killing it, vendor sunset the product");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.rationale.as_deref(), Some("vendor sunset the product"));
    let text =
        "the ticketing kiosks pilot is dead in the water, we're stopping it. The supplier left the market.";
    let r = assert_intent(text, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.rationale.as_deref(), Some("The supplier left the market"));
    // Said alone, a supplier leaving is news about the investment, not chat.
    let r = assert_intent(
        "kiosks: the supplier has left the UK market, we need a plan B by 8 Jan",
        Intent::Note,
    );
    assert_eq!(r.investment.as_deref(), Some("Ticketing Kiosks"));
    assert_eq!(r.due, d("2027-01-08"));
}

#[test]
fn over_budget_again_is_news_not_a_verdict() {
    for text in [
        "over budget again on the keeper rota app",
        "over budget again on the life support upgrade 😬 Estates are looking at why",
    ] {
        let r = assert_intent(text, Intent::Note);
        assert_eq!(r.verdict, None, "{text}");
        assert!(r.investment.is_some(), "{text}");
    }
    let r = assert_intent(
        "the kiosk pilot is dead in the water, we're stopping it",
        Intent::Decision,
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
}

#[test]
fn idioms_for_a_verdict() {
    for (text, verdict) in [
        (
            "Ticketing kiosks: we're giving it the green light, £340k",
            Verdict::Approve,
        ),
        (
            "membership CRM got the green light from the board",
            Verdict::Approve,
        ),
        (
            "Boiler replacement is a non-starter this year, quotes came back at 3x the budget",
            Verdict::Reject,
        ),
    ] {
        let r = assert_intent(text, Intent::Decision);
        assert_eq!(r.verdict, Some(verdict), "{text}");
    }
    let r = read_zoo(
        "Boiler replacement is a non-starter this year, quotes came back at 3x the budget",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("quotes came back at 3x the budget")
    );
}

#[test]
fn a_decision_slipped_to_a_day_is_a_deferral_to_that_day() {
    let r = assert_intent(
        "decision on the membership CRM slipped to Jan 12th, legal still redlining",
        Intent::Decision,
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-01-12"));
    assert_eq!(r.date, None);
    // A go-live that slipped is still news, not a deferral.
    let r = read_zoo("membership CRM go-live slipped to Jan 12th");
    assert_eq!(r.verdict, None);
}

#[test]
fn a_sign_off_that_is_due_is_not_an_approval() {
    let r = assert_intent(
        "Finance system upgrade sign-off is due Friday the 11th",
        Intent::Note,
    );
    assert_eq!(r.verdict, None);
    assert_eq!(r.due, d("2026-12-11"));
    assert_eq!(r.date, None);
    // Signed off, it is.
    let r = read_zoo("Finance system upgrade signed off on Friday the 20th, £90k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.date, d("2026-11-20"));
}

#[test]
fn after_easter_is_easter_monday() {
    let r = read_zoo(
        "boiler replacement: parking it till after Easter, the grant rules aren't out yet",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-03-29"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the grant rules aren't out yet")
    );
    // Easter's own day, in a year where it falls in April.
    assert_eq!(
        read_date(
            "Easter",
            "2027-06-01".parse().unwrap(),
            true,
            Looking::Ahead
        ),
        d("2028-04-16")
    );
}

#[test]
fn a_decision_said_to_slip_is_a_decision_whatever_the_model_reads() {
    // A zoo whose unit is named by the word that opens the thing decided ("the ticketing
    // contract"), which the intent model alone reads as chat.
    let dir = test_names::directory(
        &[("Ticketing", &["Box Office"]), ("Animal Care", &[])],
        &[
            ("Ticketing Platform Replacement", "Ticketing"),
            ("Box Office Kiosks", "Ticketing"),
        ],
    );
    let text = "decision on the ticketing contract slipped to Jan 12th, legal still redlining";
    let r = read(
        text,
        "nina",
        "2026-12-02".parse().unwrap(),
        &dir,
        &ReaderSettings::default(),
    )
    .unwrap();
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-01-12"));
}

#[test]
fn when_the_work_lands_or_is_installed_is_no_date_of_the_decision() {
    let r = read_zoo("Ticketing kiosks approved, £340k, go-live before the Easter holidays");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!((r.date, r.due, r.review_date), (None, None, None));
    let r = read_zoo("Approved: ticketing kiosks, £96k, install wk of Jan 11");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!((r.date, r.due, r.review_date), (None, None, None));
    let r = read_zoo("Approved the ticketing kiosks on 20/11, £96k, install 11/1");
    assert_eq!(r.date, d("2026-11-20"));
    // A deadline someone owns is still due.
    let r = read_zoo("@sam to get the kiosks signed off before Easter");
    assert_eq!(r.due, d("2027-03-28"));
}

#[test]
fn a_no_until_a_time_is_a_deferral() {
    for text in [
        "the ticketing kiosks are a no until Q2",
        "Boiler replacement: a no till March, the grant isn't confirmed",
    ] {
        let r = read_zoo(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert!(r.review_date.is_some(), "{text}");
    }
    // Until a condition, it stays a refusal.
    let r = read_zoo("the ticketing kiosks are a no, too dear");
    assert_eq!(r.verdict, Some(Verdict::Reject));
}

#[test]
fn saying_nothing_was_decided_about_a_named_thing_is_a_note() {
    let text =
        "stop-gap: we'll run the paper rotas until the keeper rota app lands. no decision needed";
    let r = assert_intent(text, Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Keeper Rota App"));
    let r = assert_intent(
        "Membership CRM go-live is on track, nothing for the board to decide",
        Intent::Note,
    );
    assert_eq!(r.verdict, None);
    // Nothing decided yet tells no news; chat that names nothing stays chat.
    assert_eq!(
        rules_intent("no decision on the membership CRM yet"),
        Intent::None
    );
    assert_eq!(
        read_zoo("no decision needed on the pizza order, pepperoni it is").intent,
        Intent::None
    );
}

#[test]
fn a_month_someone_wants_to_revisit_or_a_run_through_a_month_is_no_date() {
    let r = read_zoo("Visitors want to revisit the membership CRM budget in Q1; I'll prep numbers");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.date, None);
    let r = read_zoo(
        "Steering group voted to continue the kiosk pilot at 6 more sites through June, queues are down 35%",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!((r.date, r.review_date), (None, None));
}

#[test]
fn thanks_and_see_you_at_a_meeting_to_come_is_chat() {
    for text in [
        "Thanks everyone for a productive planning day 🙏 see you all at the 9/12 board meeting",
        "cheers all, see you at the finance meeting on Tuesday 👋",
    ] {
        assert_eq!(rules_intent(text), Intent::None, "rules: {text}");
        assert_eq!(read_zoo(text).intent, Intent::None, "{text}");
    }
    // A meeting that happened is still a note.
    assert_eq!(
        read_zoo("Finance meeting Tuesday: the boiler replacement quote is in").intent,
        Intent::Note
    );
}

#[test]
fn new_people_who_were_waiting_are_the_reason() {
    let r = read_zoo(
        "Keeper rota app approved by the head keeper on 20/11, £75k — new keepers were waiting 3 weeks for a rota slot",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("new keepers were waiting 3 weeks for a rota slot")
    );
    // What is new about the work is its next step, not its reason.
    let r = read_zoo("Keeper rota app approved, £75k, new go-live date is 3 March");
    assert_eq!(r.rationale, None);
}

#[test]
fn the_thing_named_after_a_verdicts_colon_is_what_was_decided_not_why() {
    let r = read_zoo("Approved: ticketing kiosks for the north and south gates, £96k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Ticketing Kiosks"));
    assert_eq!(r.rationale, None);
    // A reason after the colon is still the reason.
    let r = read_zoo("Boiler replacement rejected: too dear for what it saves");
    assert_eq!(r.rationale.as_deref(), Some("too dear for what it saves"));
}

#[test]
fn more_idioms_for_a_verdict() {
    for (text, verdict) in [
        ("life support upgrade is go!", Verdict::Approve),
        (
            "Boiler replacement: the board kicked it into the long grass",
            Verdict::Defer,
        ),
        (
            "membership CRM kicked into the long grass again",
            Verdict::Defer,
        ),
        ("Agreed at ELT 25/11 to stop the kiosk pilot", Verdict::Stop),
    ] {
        let r = assert_intent(text, Intent::Decision);
        assert_eq!(r.verdict, Some(verdict), "{text}");
    }
    let r = read_zoo("Agreed at ELT 25/11 to stop the kiosk pilot");
    assert_eq!(r.date, d("2026-11-25"));
    // A purpose after an amount is still no stop.
    let r = read_zoo("boiler replacement approved, £90k, to stop the winter outages");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    // "Is it go?" asks.
    assert_eq!(read_zoo("is the kiosk pilot a go?").verdict, None);
}

#[test]
fn work_that_kicks_off_is_news_about_it() {
    let r = assert_intent("FYI boiler replacement kicks off 4 Jan", Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Boiler Replacement"));
    assert_eq!(r.date, None);
}

#[test]
fn a_stop_as_of_a_day_takes_the_nearest_reading_of_it() {
    let r = read_zoo("kiosks cancelled as of 1 Dec");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.date, d("2026-12-01"));
    let r = read_zoo("kiosks cancelled as of 1 Nov");
    assert_eq!(r.date, d("2026-11-01"));
}
