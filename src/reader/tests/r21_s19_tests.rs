//! Readings of forms from round S19's writers (a Nelson winery, a Mississippi shipyard, a
//! Yorkshire Dales bus operator) the reader missed, worded here for a Cornish harbour
//! ferry company: two records in one message ("… stays on track, and … is approved",
//! "… approved, and … tbd til the Q2 budget", "… renewed, and we've turned down …, for
//! what … already gives us", "… stays. And … goes up to £90k from £70k"), verdicts said in
//! a register of their own, chat that shares a word with a name, and notes and proposals
//! read as chat.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Cornish harbour ferry company: vessels, the terminals, IT, safety, finance.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Vessels", &["Fleet", "Engineers"]),
            ("Terminals", &["Quayside", "Harbour Office"]),
            ("IT", &["Systems"]),
            ("Safety", &["Marine Safety", "MCA Compliance"]),
            ("Finance", &["Accounts"]),
        ],
        &[
            ("Radar Refit", "Vessels"),
            ("Pontoon Repair", "Terminals"),
            ("Crew Training Simulators", "Vessels"),
            ("Fuel Monitoring System", "Vessels"),
            ("Terminal Wi-Fi", "IT"),
            ("Booking App", "IT"),
            ("Storm Shutters", "Terminals"),
            ("Gangway Replacement", "Terminals"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &dir())
}

fn read_usd(text: &str) -> Reading {
    read_us(text, "tamsin", "2026-11-27", &dir())
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// "Two from the fleet meeting: the radar refit's service contract renewed for another
/// year, £9k, and we've turned down the drone survey, £30k for pictures the radar already
/// gives us": the second decision's reason names the first thing again, but its subject is
/// another thing; two records.
#[test]
fn a_counted_second_decision_whose_reason_names_the_first_is_its_own() {
    let text = "Two from the fleet meeting: the radar refit's service contract renewed for another year, £9k, and we've turned down the drone survey, £30k for pictures the radar already gives us.";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref()),
        (Some(Verdict::Continue), Some("Radar Refit")),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(9_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.also[0].amount, whole(30_000, "GBP"), "{text}: {r:?}");
}

/// "…, and the crew simulators are tbd til the Q2 budget": a thing left to be decided until
/// a time is put off to it, a record of its own after the approval before it.
#[test]
fn tbd_till_a_time_defers_and_is_a_record_of_its_own() {
    let text = "from the 3/11 fleet meeting: pontoon repair approved at $60k, and the crew simulators are tbd til the Q2 budget";
    let r = read_usd(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref(), r.rationale.as_deref()),
        (Some(Verdict::Approve), Some("Pontoon Repair"), None),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let d = &r.also[0];
    assert_eq!(
        (d.verdict, d.investment.as_deref(), d.review_date),
        (
            Some(Verdict::Defer),
            Some("Crew Training Simulators"),
            day("2027-04-01")
        ),
        "{text}: {r:?}"
    );
}

/// "fuel monitoring stays on track, and the terminal wifi is approved at $40k": work that
/// "stays on track" at a meeting goes on; the approval after it is another record.
#[test]
fn stays_on_track_goes_on_and_the_next_approval_is_its_own() {
    let text = "two from the harbour board thursday: fuel monitoring stays on track, and the terminal wifi for the ticket hall is approved at $40k";
    let r = read_usd(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref(), r.amount),
        (
            Some(Verdict::Continue),
            Some("Fuel Monitoring System"),
            None
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (r.also[0].verdict, r.also[0].investment.as_deref()),
        (Some(Verdict::Approve), Some("Terminal Wi-Fi")),
        "{text}: {r:?}"
    );
}

/// "On track" said of work with no meeting's verdict is progress, a note: "stays on track"
/// only goes on when it ends its clause.
#[test]
fn stays_on_track_for_a_date_is_progress() {
    let text =
        "Gangway replacement stays on track for the March changeover, the steel arrived Tuesday";
    let r = read(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "From Monday's board: fuel monitoring stays, …. And the pontoon repair goes up to £90k
/// from £70k, …": a board's minutes telling a thing's money raised to a new figure from its
/// old one is a rescope, a record of its own.
#[test]
fn goes_up_to_a_figure_from_the_old_one_in_a_boards_minutes_rescopes() {
    let text = "From Monday's board: fuel monitoring stays, support renewed for another year at £3k a year. And the pontoon repair goes up to £90k from £70k, the divers found more rot in the piles than we thought";
    let r = read(text);
    assert_eq!(
        (
            r.verdict,
            r.investment.as_deref(),
            r.amount,
            r.annual_benefit
        ),
        (
            Some(Verdict::Continue),
            Some("Fuel Monitoring System"),
            None,
            None
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let d = &r.also[0];
    assert_eq!(
        (d.verdict, d.investment.as_deref(), d.amount),
        (
            Some(Verdict::Rescope),
            Some("Pontoon Repair"),
            whole(90_000, "GBP")
        ),
        "{text}: {r:?}"
    );
}
