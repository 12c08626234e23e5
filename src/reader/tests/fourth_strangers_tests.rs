//! Readings of forms from the fourth round of writers the reader had not met (a whisky
//! distiller, a health insurer, a lottery corporation), worded here for a ski resort: a
//! follow-up handed out by naming who owns it ("Ross owns the cutover, by 22/12"), an owner
//! marked by a dash or a colon ("@mia - send …", "over to Dana: …"), a new figure said as
//! "was £800k, now £950k" and accepted (a rescope to the new figure), and work moved to a
//! place rather than a time ("85 lessons moved to online"), which is no deferral, a name's
//! acronym inside a follow-up's task ("@nadia owns the RFID cutover testing"), and
//! thousands set apart by spaces before the currency ("350 000 €").

use super::test_names::read_on_test_day;
use super::*;

/// A ski resort.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Lifts", &[]),
            ("Snowsports School", &["Ski School"]),
            ("Guest Services", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Chairlift Replacement", "Lifts"),
            ("Snowmaking Automation", "Lifts"),
            ("Lesson Booking App", "Snowsports School"),
            ("Rental Shop Tills", "Guest Services"),
            ("RFID Gate Upgrade", "Lifts"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_on_test_day(text, "sam", &dir())
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn gbp(minor: i64) -> Option<Money> {
    Some(Money::new(minor, Currency::GBP))
}

#[test]
fn naming_who_owns_the_work_hands_them_the_follow_up() {
    for (text, owner, due) in [
        (
            "Priya owns the snowmaking automation handover now, she'll report back by 14 Dec",
            "Priya",
            "2026-12-14",
        ),
        (
            "@nadia owns the booking app load testing, done by the 18th",
            "nadia",
            "2026-12-18",
        ),
        (
            "snowmaking automation - Dana owns the pump house cutover, first draft by 4 Dec",
            "Dana",
            "2026-12-04",
        ),
        (
            "Rental shop tills - pls note Luc owns the card reader swap, by 22/12",
            "Luc",
            "2026-12-22",
        ),
    ] {
        super::test_names::assert_follow_up_note(&read(text), text, owner, due);
    }
}

#[test]
fn a_team_that_owns_something_is_not_handed_a_follow_up() {
    // A unit or a pronoun owning something is a statement, not a task for a person.
    for text in [
        "Finance owns the chairlift budget line",
        "IT owns the rental shop tills now",
        "Nobody owns the snowmaking logs",
    ] {
        let r = read(text);
        assert!(r.action.is_none(), "{text}");
    }
}

#[test]
fn an_owner_marked_by_a_dash_or_a_colon_owns_the_follow_up() {
    let r = read("AI: @mia - send Finance the chairlift tender scores EOD Tue");
    assert_eq!(r.intent, Intent::Note);
    let a = r.action.as_ref().expect("a follow-up");
    assert_eq!((a.owner.as_str(), a.due), ("mia", d("2026-12-01")));
    assert_eq!(r.date, None);
    let r = read("over to Dana: lesson booking app vendor demos, by 11/12 pls");
    assert_eq!(r.intent, Intent::Note);
    let a = r.action.as_ref().expect("a follow-up");
    assert_eq!((a.owner.as_str(), a.due), ("Dana", d("2026-12-11")));
    assert_eq!(r.investment.as_deref(), Some("Lesson Booking App"));
}

#[test]
fn a_new_figure_said_as_now_and_accepted_is_a_rescope_to_it() {
    let r = read(
        "Snowmaking automation was £800k, now £950k after the extra pump house. Board ok'd it.",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, gbp(95_000_000));
    let r = read("£1.2m chairlift replacement is now £1.35m - the towers need new footings. Board approved the increase.");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, gbp(135_000_000));
    assert_eq!(r.investment.as_deref(), Some("Chairlift Replacement"));
}

#[test]
fn a_new_figure_nobody_accepted_is_no_rescope() {
    // News about a cost, with nothing decided about it.
    let r = read("chairlift replacement was £1.2m, now £1.35m with the new footings");
    assert_ne!(r.verdict, Some(Verdict::Rescope));
    // An approval whose money says what changed on the ground ("now 40 lifts") is still one.
    let r =
        read("Board approved the snowmaking automation at £950k, the guns are now 40% automated");
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn work_moved_to_a_place_is_no_deferral() {
    let r = read("Lesson booking app saved £40k in November, 85 lessons moved to online");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.verdict, None);
    assert_eq!(r.review_date, None);
    assert_eq!(r.amount, gbp(4_000_000));
    let r = read(
        "Rental shop tills: card payments moved to the new acquirer, £6k less in fees in October",
    );
    assert_eq!(r.verdict, None);
    assert_eq!(r.review_date, None);
    // Moved to a time is still a deferral.
    let r = read("Snowmaking automation moved to Q3 by the board");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-07-01"));
}

#[test]
fn thousands_set_apart_by_spaces_before_a_trailing_currency_are_one_amount() {
    let eur = |minor: i64| Some(Money::new(minor, Currency::from_code("EUR").unwrap()));
    let r = read("Board approved the chairlift replacement at 350 000 € on Tuesday");
    assert_eq!(r.amount, eur(35_000_000));
    let r = read("Snowmaking automation approved, 1 250 000 EUR");
    assert_eq!(r.amount, eur(125_000_000));
    // Without a currency after them, numbers set apart by spaces are not joined.
    let r = read("Board approved the chairlift replacement, 2 000 skiers a day use it");
    assert_eq!(r.amount, None);
}

#[test]
fn a_names_acronym_inside_a_follow_ups_task_still_names_it() {
    for text in [
        "@nadia owns the RFID cutover testing, done by the 18th",
        "@isabelle can you book the boardroom for the RFID kickoff on the 9th",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Note, "{text}");
        assert_eq!(r.investment.as_deref(), Some("RFID Gate Upgrade"), "{text}");
        assert_eq!(r.unit.as_deref(), Some("Lifts"), "{text}");
    }
    // So does one word of the name: the task is work on that investment.
    let r = read("@kev to book the gate vendor demo by Friday");
    assert_eq!(r.investment.as_deref(), Some("RFID Gate Upgrade"));
}

#[test]
fn a_clause_that_opens_by_saying_when_to_look_again_defers() {
    let r = read(
        "Snowmaking automation: look again at the pump upgrade in April, the current pumps are fine for now",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-04-01"));
    assert_eq!(r.investment.as_deref(), Some("Snowmaking Automation"));
    let r = read(
        "Chairlift replacement - check again in March, the steel quotes are all over the place",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-03-01"));
    // Asked of someone, it is a follow-up, not a deferral.
    let r = read("@kev to look again at the chairlift tender scores by Friday");
    assert_eq!(r.verdict, None);
    // With another verdict, the look-again is that verdict's review date.
    let r = read("Approved the chairlift replacement at £1.2m, look again at phase 2 in March");
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn verdicts_said_in_french_are_read() {
    let eur = |minor: i64| Some(Money::new(minor, Currency::from_code("EUR").unwrap()));
    let r = read("Comité de direction 24/11 — résumé:\n- Chairlift replacement: approuvé, 950 000 €\n- Prochaine rencontre 8/12");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Chairlift Replacement"));
    assert_eq!(r.amount, eur(95_000_000));
    assert_eq!(r.date, d("2026-11-24"));
    for (text, verdict) in [
        (
            "Snowmaking automation : reporté, on attend le budget",
            Verdict::Defer,
        ),
        ("Lesson booking app — on met ça sur pause", Verdict::Defer),
        (
            "La direction a refusé le rental shop tills",
            Verdict::Reject,
        ),
        ("Le projet RFID gate upgrade est annulé", Verdict::Stop),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(verdict), "{text}");
    }
}

#[test]
fn a_line_said_in_french_then_in_english_is_read_from_the_english() {
    let r = read("Le CA a approuvé le remplacement du télésiège — 1,2 M£. Board approved the chairlift replacement at £1.2m on 26/11, the old chair fails its inspection in 2027.");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Chairlift Replacement"));
    assert_eq!(r.date, d("2026-11-26"));
    assert!(!r.new_investment);
}

#[test]
fn keeping_something_for_another_few_yrs_is_a_continue() {
    let r = read("Snowmaking automation - we'll keep the pump vendor for another 3 yrs at £90k, the uptime has been fine");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.amount, gbp(9_000_000));
}

#[test]
fn no_chance_on_something_is_a_reject() {
    for text in [
        "nae chance on the rental shop tills upgrade, 12 folk use them twice a season",
        "No chance on the lesson booking app extras this year",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}");
    }
    // Said of an outcome, "no chance" decides nothing.
    let r = read("there's no chance the chairlift replacement finishes before Christmas");
    assert_ne!(r.verdict, Some(Verdict::Reject));
}

#[test]
fn a_count_said_after_its_noun_is_no_money() {
    let r = read("Lesson booking app: keep going, app downloads 41k in Nov");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.amount, None);
    // A saving said the same way is still money.
    let r = read("Lesson booking app saved 41k in Nov");
    assert_eq!(r.amount, gbp(4_100_000));
}

#[test]
fn what_a_benefit_saved_on_is_no_new_investment() {
    // "£150k in fines avoided" says what the money was, not which investment earned it: the
    // draft asks for the investment rather than inventing one.
    let r = read("~£150k in fines avoided last quarter, the audit found nothing");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.investment, None);
    assert!(r.missing.contains(&Missing::Investment));
    // A name the writer puts first is the one they mean, even when the directory lacks it.
    let r = read("Auto-exclusion: ~£150k in fines avoided, the audit found nothing");
    assert_eq!(r.investment.as_deref(), Some("Auto-exclusion"));
}

#[test]
fn two_verdicts_joined_by_and_are_two_records_even_when_the_first_name_is_new() {
    let r = read(
        "Two from the board: snow cannon upgrade approved at £300k, and the lesson booking app is on hold until Q3.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, gbp(30_000_000));
    assert_eq!(r.review_date, None);
    // The new name is the words before the verdict, after the heading's colon.
    assert_eq!(r.investment.as_deref(), Some("snow cannon upgrade"));
    let r = read(
        "Guest Services: the ski locker app is a go at £40k, queues at the lockers are 20 minutes",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("ski locker app"));
    assert_eq!(r.unit.as_deref(), Some("Guest Services"));
    // A heading that is the name itself stays the name.
    let r = read("ski locker app: phase 2 deferred to July, the vendor is still building it");
    assert_eq!(r.investment.as_deref(), Some("ski locker app"));
    // Two verdict words for one record are not two records.
    let r = read("Approved and signed off the chairlift replacement at £1.2m");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Chairlift Replacement"));
}

#[test]
fn a_term_after_thru_is_no_new_name() {
    let r = read("Finance: the ski pass vendor contract renewed thru 2028 at £150k");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("ski pass vendor contract"));
    let r = read("renewed through March at £150k, the ski pass vendor contract");
    assert_ne!(r.investment.as_deref(), Some("through March"));
}
