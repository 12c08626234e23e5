//! Verdicts, intents, people, dates and numbers missed on strangers' wording (round V62),
//! each worded for an invented boatyard and sawmill at Gizo in the Western Province of the
//! Solomon Islands (its boatyard, its sawmill, its fuel dock and its office, counting in
//! dollars; its people write English, and Pijin's "i" before a verb), and set against the
//! same words recording something else. The test day is Friday 27 November 2026.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A boatyard and sawmill at Gizo: the boatyard, the sawmill, the fuel dock, the office.
fn gizo_dir() -> StaticDirectory {
    directory(
        &[
            ("Boatyard", &["Yard"]),
            ("Sawmill", &["Mill"]),
            ("Fuel Dock", &["Dock"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Slipway Winch", "Boatyard"),
            ("Blade Grinder", "Sawmill"),
            ("Fuel Dock App", "Fuel Dock"),
            ("Payroll System", "Office"),
            ("Solar Array", "Office"),
            ("Staff Bus", "Office"),
        ],
    )
}

fn read_gizo(text: &str) -> Reading {
    read_day_first_in(text, "rosie", "USD", &gizo_dir())
}

/// Pijin's and Bislama's "i" between a body or a titled name and its verb, and their "no"
/// before the verb: the one before the marker decided. The writer's own "i" ("so i approve
/// …") stays the writer's, and a day before it names no one.
#[test]
fn the_predicate_marker_i_names_who_decided() {
    for (text, who) in [
        (
            "The board i approve the slipway winch, $38,000. The old one cannot pull the big boats.",
            "The board",
        ),
        (
            "Halo olgeta, few things. First the GM i approve the blade grinder, $6,500.",
            "the GM",
        ),
        (
            "The board i no approve the solar array this year. The diesel is still cheaper.",
            "The board",
        ),
        (
            "Mr. Kera no approve the staff bus. He say we give the fare allowance for now.",
            "Mr. Kera",
        ),
    ] {
        let r = read_gizo(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "so i approve the slipway winch, $38,000.",
        "Tuesday i approved the slipway winch, $38,000.",
    ] {
        let r = read_gizo(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// A bare "ok" / "okay" or "agree for" as the verb of a named one, with the thing after it,
/// is their approval; the same words after no one named are no verdict.
#[test]
fn a_named_ones_bare_ok_approves() {
    for (text, who) in [
        (
            "Kemo seh the old grinder stop cutting straight, so Miss Aruhu ok di blade grinder after all, $6,500.",
            "Miss Aruhu",
        ),
        (
            "Just come off the phone with Mr Pitakaka — him okay the staff bus, $41,000 for the year.",
            "Mr Pitakaka",
        ),
        (
            "Chief Pitakaka i agree for the blade grinder, $6,500, and he want Kemo to set it up.",
            "Chief Pitakaka",
        ),
    ] {
        let r = read_gizo(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "the slipway winch is ok the way it is, $38,000 can wait",
        "I agree for the most part, the blade grinder still cuts straight",
    ] {
        let r = read_gizo(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// A price said "for the year" (or the creoles' "fi di year") is a price by the year, no
/// approval's amount (convention 39), as "a year" is; the same price with no period is.
#[test]
fn a_price_for_the_year_is_by_the_year() {
    for text in [
        "The fuel dock app is approved — $4,100 for the year for both pumps.",
        "so Miss Aruhu ok di fuel dock app after all, $2,900 fi di year.",
    ] {
        let r = read_gizo(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, None, "{text}: {r:?}");
    }
    let text = "The fuel dock app is approved — $4,100 for both pumps.";
    let r = read_gizo(text);
    assert_eq!(r.amount.map(|m| m.minor), Some(410_000), "{text}: {r:?}");
}
/// A bare verdict signed off with a dash and a name, closing the message, is that one's;
/// a day or the speaker's own name after the dash names no one else.
#[test]
fn a_verdict_signed_with_a_dash_is_the_signers() {
    for (text, who) in [
        (
            "payroll system: hold, after the audit. maybe February. — Mr. Kera",
            "Mr. Kera",
        ),
        ("slipway winch ❌ — Chief Pitakaka", "Chief Pitakaka"),
        ("staff bus approved, $41,000 — Miss Aruhu", "Miss Aruhu"),
    ] {
        let r = read_gizo(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "staff bus approved, $41,000 — Monday",
        "staff bus approved, $41,000 — Rosie",
        "staff bus approved, $41,000 — thanks all",
    ] {
        let r = read_gizo(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// Convention 60: "not this year" after a thing's refusal mark, a colon or a dash, with no
/// look-again, is a refusal; with one it is a deferral.
#[test]
fn not_this_year_after_a_mark_is_a_refusal() {
    for text in [
        "blade grinder ❌ not this year",
        "blade grinder ❌ not this year — Miss Aruhu",
    ] {
        let r = read_gizo(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
    let text = "blade grinder ❌ not this year, look again in April";
    let r = read_gizo(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// An opening heading that says whom its news is from — a titled name, a body or a head —
/// closed by a colon or a dash, gives that one the verdicts that name no one else; a
/// meeting or the writer's own side in the heading names no one.
#[test]
fn a_headings_from_names_who_decided() {
    for (text, who) in [
        ("Just from Mr Kera: no to the staff bus this year.", "Mr Kera"),
        (
            "Quick one from the GM office:\n- Slipway winch: approved, $38,000\n- Staff bus: still on hold",
            "the GM office",
        ),
        (
            "Good afternoon all. Feedback from Chief Pitakaka after his visit to the mill yesterday:\n1. The blade grinder is approved, $6,500.",
            "Chief Pitakaka",
        ),
        (
            "Message from the board (via Mr Kera): the solar array is approved in principle at $120,000.",
            "the board",
        ),
        (
            "Two things from Finance (Mrs Aruhu): the payroll system is approved, $9,000.",
            "Mrs Aruhu",
        ),
    ] {
        let r = read_gizo(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Update from the management meeting: the slipway winch is approved, $38,000.",
        "Notes from Tuesday's yard meeting: the slipway winch is approved, $38,000.",
        "Two things from my side: the slipway winch is approved, $38,000.",
    ] {
        let r = read_gizo(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// "The blade grinder we did in June has really paid off", "the winch we buy in June making
/// life easy": when the work was done or bought, said of the thing, is no date of the news
/// about what it has done since; a month the result was counted in still is.
#[test]
fn when_the_work_was_done_is_no_date_of_its_news() {
    for text in [
        "The blade grinder upgrade we did in June has really paid off: the mill cuts 60 boards a day instead of 40.",
        "The slipway winch we buy in June making life easy. Before, we pull the boats by hand with ten men.",
    ] {
        let r = read_gizo(text);
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // The result's own month still dates it.
    let text =
        "The slipway winch we bought in June pulled 14 boats in November, $3,000 saved on hire.";
    let r = read_gizo(text);
    assert_eq!(r.date, "2026-11-01".parse().ok(), "{text}: {r:?}");
}

/// "…, Mr Kera signed this morning." closing the verdict's line: the part of today it was
/// signed in closes the line as a day does; a thing signed names no one.
#[test]
fn signed_this_morning_closing_names_the_signer() {
    let text = "Staff bus approved!! $41,000, Mr Kera signed this morning.";
    let r = read_gizo(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Mr Kera"), "{text}: {r:?}");
    let text = "Staff bus approved!! $41,000, contract signed this morning.";
    let r = read_gizo(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// "till the new financial year in April", "till di new financial year, April": the month
/// said straight after the financial year is when it starts; without one it is the tenant's.
#[test]
fn a_financial_years_month_said_after_it() {
    for text in [
        "Mr Kera hold the payroll system till the new financial year in April. No money left in the budget.",
        "Mr Kera seh leave the staff bus till the new financial year, April. Cashflow tight.",
    ] {
        let r = read_gizo(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, "2027-04-01".parse().ok(), "{text}: {r:?}");
    }
    let text =
        "Mr Kera hold the payroll system till the new financial year. No money left in the budget.";
    let r = read_gizo(text);
    assert_eq!(r.review_date, "2027-01-01".parse().ok(), "{text}: {r:?}");
}

/// "Kindly note that the solar array will proceed as rescoped": a rescope already decided
/// carries on, a continue; "the solar array is rescoped to $80,000" is the rescope itself.
#[test]
fn proceeding_as_rescoped_goes_on() {
    let text = "Kindly note that the Solar Array will proceed as rescoped. The contractor starts on 11 January 2027.";
    let r = read_gizo(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    let text = "The Solar Array is rescoped to $80,000, the east roof only.";
    let r = read_gizo(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}
