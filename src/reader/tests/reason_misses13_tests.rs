//! Reasons and dates the reader missed on a stranger's text (issue 16): a benefit's evidence
//! opened by "since" a month, and a look-again after a month's meeting ("revisit after the
//! Feb board") given no review date.

use super::*;

/// An alpine ski-lift operator: an industry the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Lift Operations", &["Lifts"]),
            ("Ski School", &[]),
            ("Rentals", &[]),
            ("IT", &[]),
        ],
        &[
            ("Lift Pass Gates", "Lift Operations"),
            ("Snowmaking Controls", "Lift Operations"),
            ("Lesson Booking App", "Ski School"),
            ("Rental Fitting Kiosks", "Rentals"),
        ],
    )
}

fn read(text: &str) -> Reading {
    super::test_names::read_by_rules_on_test_day(text, "ines", &dir(), ReaderSettings::default())
}

#[test]
fn since_a_month_opening_a_benefits_evidence_stays_in_it() {
    // The rules alone read no benefit in "is giving results"; the shipped model does.
    let r = super::test_names::read_on_test_day(
        "Lesson booking app is giving results: since March the instructors receive 6 more bookings \
         per week each, around £4k per month for all.",
        "ines",
        &dir(),
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("since March the instructors receive 6 more bookings per week each")
    );
    // "since March" opens the result it counts, and is its date too (convention 37: "since
    // <a month>" in a benefit's result is its date; round D46).
    assert_eq!(r.date, Some("2026-03-01".parse().unwrap()));
    // A price inside the result ("£4 more per lesson") is no amount to cut it at.
    let r = super::test_names::read_on_test_day(
        "Lesson booking app is giving results: since March the instructors receive £4 more per \
         lesson in weekend bonus, around £4k per month for all.",
        "ines",
        &dir(),
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("since March the instructors receive £4 more per lesson in weekend bonus")
    );
    assert_eq!(r.date, Some("2026-03-01".parse().unwrap()));
}

#[test]
fn revisit_after_a_months_meeting_is_its_review_date() {
    let r = read("Rental fitting kiosks: parking it, revisit after the March board");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, "2027-03-01".parse().ok());
}

#[test]
fn since_a_month_after_a_perfect_says_from_when_and_the_reason_is_whole() {
    let r = read(
        "Snowmaking controls approved at £58k. The old panel has had four compressor trips since \
         October and every lost night costs us about £6k in missed runs.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "The old panel has had four compressor trips since October and every lost night \
             costs us about £6k in missed runs"
        )
    );
}

#[test]
fn money_someone_wants_in_a_deferrals_reason_stays_in_it_and_is_its_amount() {
    let r = read(
        "Held the lesson booking app till March — the instructors are flat out with the Christmas \
         rush, and the developer wants another £15k",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    // Money asked on top of what was put off is the deferral's amount (the corpus's
    // convention 45, 2026-12-05; before it this test asked for none).
    assert_eq!(r.amount.map(|m| m.minor), Some(1_500_000));
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "the instructors are flat out with the Christmas rush, and the developer wants \
             another £15k"
        )
    );
}

#[test]
fn a_count_of_what_an_approval_buys_is_no_reason() {
    let r = read("aprvd the rental fitting kiosks — 12 kiosks, £30k all in");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.rationale, None);
}

#[test]
fn who_said_so_is_no_reason() {
    let r = read("lesson booking app = dead. directors said so. moving on");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.rationale, None);
}

#[test]
fn a_list_of_results_before_the_money_is_the_evidence_whole() {
    let r = super::test_names::read_on_test_day(
        "Lift pass gates results: 98% read rate, 40% faster per skier, around £12k saved in \
         staff hours in November",
        "ines",
        &dir(),
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("98% read rate, 40% faster per skier")
    );
}

#[test]
fn a_condition_after_the_approvals_amount_is_its_reason() {
    let r = read("Rental fitting kiosks are a go at £30k if the vendor throws in the training");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("if the vendor throws in the training")
    );
}

#[test]
fn what_we_do_next_if_a_pilot_works_is_no_reason() {
    let r = read(
        "Lesson booking app pilot approved, £8k for 3 months at the main school. If bookings go \
         up 20% we roll it out.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.rationale, None);
}

#[test]
fn a_laugh_ending_the_reason_is_no_part_of_it() {
    let r = read(
        "Killing the rental fitting kiosks. Guests queue at the desk anyway and we fixed more \
         kiosks than we fitted boots lol",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(
        r.rationale.as_deref(),
        Some("Guests queue at the desk anyway and we fixed more kiosks than we fitted boots")
    );
}
