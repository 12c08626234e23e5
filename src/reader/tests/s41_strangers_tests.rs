//! Readings of forms from round S41's writers, the long Slack paragraphs and terse Discord
//! lines of a Galveston aquarium, a Northamptonshire scaffolder and a Queensland caravan
//! maker, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Cairns dive-boat operator: the boats, the dive shop, bookings, IT, in dollars.
fn dive_dir() -> StaticDirectory {
    directory(
        &[
            ("Boats", &["Fleet", "Skippers"]),
            ("Dive Shop", &["Retail", "Hire"]),
            ("Bookings", &["Reservations"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Hull Resurfacing", "Boats"),
            ("Compressor Upgrade", "Dive Shop"),
            ("Booking Engine", "Bookings"),
            ("Payroll System", "IT"),
            ("Website Rebuild", "IT"),
        ],
    )
}

fn read_dive(text: &str) -> Reading {
    read_day_first_in(text, "bec", "AUD", &dive_dir())
}

/// A Tulsa chain of climbing gyms: the walls, the cafe, memberships, IT.
fn climb_dir() -> StaticDirectory {
    directory(
        &[
            ("Walls", &["Setting", "Route Setting"]),
            ("Cafe", &["Food"]),
            ("Memberships", &["Front Desk"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Auto Belay Units", "Walls"),
            ("Cafe Refit", "Cafe"),
            ("Member App", "Memberships"),
            ("Payroll System", "IT"),
        ],
    )
}

fn read_climb(text: &str) -> Reading {
    read_us(text, "jordan", "2026-12-04", &climb_dir())
}

/// "the bloody thing still delaminates on anything over 6m": a few metres said of a thing's
/// size, no money; a bare "6m" approved is still money.
#[test]
fn a_length_in_metres_is_no_money() {
    for text in [
        "pulling the pin on the hull resurfacing, the coating still lifts on anything over 6m \
         and the supplier's given up",
        "hull resurfacing: the coating lifts on boats longer than 12m, supplier back next week",
        "the compressor upgrade is stuck, the hose has to run 8m long to reach the fill bay",
    ] {
        let r = read_dive(text);
        assert_eq!(r.amount, None, "{text}: {r:?}");
    }
    let text = "hull resurfacing approved, 6m over five years for the whole fleet";
    let r = read_dive(text);
    assert_eq!(r.amount, whole(6_000_000, "AUD"), "{text}: {r:?}");
}

/// "tech back 12/8", "supplier back 9/12", "drains guy back on the 15th": the day the one
/// doing the work comes back is the day it is to be done by, as "rest by 9/12" is.
#[test]
fn the_day_a_worker_comes_back_is_due() {
    for text in [
        "compressor upgrade: new filters in, still tripping on long fills, tech back 2/12",
        "hull resurfacing on the second boat: half done, supplier back 2/12",
        "compressor upgrade at the shop: fitted, still leaking at the manifold, \
         electrician back on the 2nd",
    ] {
        let r = read_dive(text);
        assert_eq!(r.due, Some("2026-12-02".parse().unwrap()), "{text}: {r:?}");
    }
    // Someone back from leave is no due of the work; a date moved back neither.
    let text = "compressor upgrade: Bec is back 2/12, we'll talk then";
    let r = read_dive(text);
    assert_eq!(r.due, None, "{text}: {r:?}");
}

/// "payroll move bumped to feb, year end close is a nightmare already": work bumped to a
/// time is put off to it, as "pushed to" is; a figure bumped to more money is a rescope.
#[test]
fn work_bumped_to_a_time_is_deferred() {
    let text = "payroll system bumped to feb, year end is busy enough already";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-02-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "booking engine budget bumped to $40k for the extra languages";
    let r = read_dive(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "We're putting the website rebuild back to March; the agency can't start before then":
/// work we put back to a later time is put off to it.
#[test]
fn work_put_back_to_a_time_is_deferred() {
    let text = "We're putting the website rebuild back to March; the agency can't start \
                before then.";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-03-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "we're putting the old compressor back to work while the new one is fixed";
    let r = read_dive(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "pulling the cafe refit for good, the city won't let us touch the grease line": work
/// named after "pulling the" is stopped; pulling a thing about is no verdict.
#[test]
fn pulling_named_work_stops_it() {
    let text = "pulling the cafe refit for good, the landlord won't let us move the sink and \
                that was the whole point";
    let r = read_climb(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Cafe Refit"), "{text}: {r:?}");
    let text = "we're pulling the member app, the vendor went bust";
    let r = read_climb(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    let text = "pulling the auto belay units off the wall for their yearly service tmrw";
    let r = read_climb(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "cracking on with the estimating software, the rates import is a pain": work we crack
/// on with goes on.
#[test]
fn cracking_on_with_work_continues_it() {
    let text = "cracking on with the booking engine, the import is a pain but nobody wants \
                to go back to the diary";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Booking Engine"),
        "{text}: {r:?}"
    );
}

/// "marisol gave the green light on the gift shop pos", "leanne gave the thumbs up on the
/// cnc router", "lorraine's ok'd the wash bay": the one who gave it decided.
#[test]
fn who_gave_the_green_light_decided() {
    for (text, who) in [
        (
            "bec gave the green light on the compressor upgrade, 14k 🙌",
            "bec",
        ),
        (
            "sam gave the thumbs up on the compressor upgrade, 14k, goes in over xmas",
            "sam",
        ),
        ("sam's ok'd the compressor upgrade, 14k 👍", "sam"),
    ] {
        let r = read_dive(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
}

/// "MFA's on ice till the new year. … We'll pick it up again on 11 January.": the day we
/// pick the work up again is its review date.
#[test]
fn the_day_we_pick_it_up_again_is_the_review() {
    let text = "The website rebuild is on ice till the new year. Half the office is off from \
                the 18th. We'll pick it up again on 11 January.";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-01-11".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// "we're pulling the design software, the licences cost more …": a document's word
/// ("design", "spec") naming the work it is part of is no document, and the verdict is the
/// work's; "signed off the design for the new deck" still signs off a document.
#[test]
fn a_document_word_naming_work_is_no_document() {
    let dir = directory(
        &[("Design", &["Engineering"]), ("Boats", &["Fleet"])],
        &[("Design Software", "Design"), ("Hull Resurfacing", "Boats")],
    );
    let text = "we're pulling the design software, the licences cost more than the drawings";
    let r = read_day_first_in(text, "bec", "AUD", &dir);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Design Software"),
        "{text}: {r:?}"
    );
    let text = "Engineering signed off the design for the hull resurfacing today";
    let r = read_day_first_in(text, "bec", "AUD", &dir);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "cnc router in joinery has cut the cabinet rework from about 1 in 5 to hardly any, call
/// it $3k a month …": a count cut, said roughly or cut to nothing left, is a result.
#[test]
fn a_count_cut_roughly_or_to_nothing_is_a_result() {
    for text in [
        "compressor upgrade in the shop has cut the failed fills from about 1 in 5 to hardly \
         any, call it $3k a month we're not wasting",
        "the compressor upgrade has cut the failed fills from around 20 a week to 2, call it \
         $3k a month",
    ] {
        let r = read_dive(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
    let text = "compressor upgrade cut to $40k, the second fill panel can wait";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// "We're buying the Layher system scaffold at £145k, because …", "we're buying new after
/// all, $58k": work we are buying at a price in its sentence is approved.
#[test]
fn work_we_are_buying_at_a_price_is_approved() {
    let text = "We're buying the compressor upgrade at $45k, because the old one trips \
                every second fill. The booking engine waits till Q2.";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(45_000, "AUD"), "{text}: {r:?}");
    let text = "FYI Bec's reversed herself on the compressor upgrade — we're buying new after \
                all, $45k, because the used one failed its test.";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "we're buying pizza for the crew on friday, the hull resurfacing is done";
    let r = read_dive(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    // Others buying is no verdict of ours: a result of the work told.
    let text = "The booking engine is doing what we hoped. People are buying the night dive \
                online instead of skipping it, roughly $9k a month we weren't getting.";
    let r = read_dive(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "We're done with the dealer portal's mobile app: …. She's ok with the paint booth getting
/// new filters …, another $9k, …": someone ok with a priced thing approves it in a record
/// of its own after another, as "she's fine with" does.
#[test]
fn someone_ok_with_a_priced_thing_after_a_record_approves_it() {
    let text = "We're done with the booking engine: $18k spent and nobody books online anyway. \
                She's ok with the compressor upgrade getting a new filter stack, another $9k, \
                since we had two bad fills last month.";
    let r = read_dive(text);
    let all = super::test_names::records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        all[1].investment.as_deref(),
        Some("Compressor Upgrade"),
        "{text}: {r:?}"
    );
}

/// "Glenn came back from the board with a yes and a no.": the answers counted open the
/// news, no verdict of their own; the records are the sentences after.
#[test]
fn a_yes_and_a_no_counted_is_no_verdict() {
    let text = "Bec came back from the bank with a yes and a no. The compressor upgrade goes \
                ahead at $45k, because the old one trips. The booking engine is a no — she won't \
                take on another subscription.";
    let r = read_dive(text);
    let all = super::test_names::records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Compressor Upgrade"),
        "{text}: {r:?}"
    );
    assert_eq!(all[1].verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "Glenn came back from the board with a yes and a no. …": who came back with the answers
/// decided each verdict after it that names no one else.
#[test]
fn who_came_back_with_the_answers_decided_them() {
    let text = "Bec came back from the bank with a yes and a no. The compressor upgrade goes \
                ahead at $45k, because the old one trips. The booking engine is a no — she \
                won't take on another subscription.";
    let r = read_dive(text);
    let all = super::test_names::records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].decided_by.as_deref(), Some("Bec"), "{text}: {r:?}");
    assert_eq!(all[1].decided_by.as_deref(), Some("Bec"), "{text}: {r:?}");
}

/// "Tendering reckon we should pay for a bid-writing course, maybe £2,500", "Dealers reckon
/// we should build a demo van for every dealer, no idea what it'd cost yet": what a unit
/// reckons we should get is a proposal of that thing.
#[test]
fn what_a_unit_reckons_we_should_get_is_proposed() {
    for (text, name) in [
        (
            "Skippers reckon we should pay for a radar upgrade, maybe $25k, nothing agreed",
            "radar upgrade",
        ),
        (
            "Skippers reckon we should build a second pontoon, no idea what it'd cost yet",
            "second pontoon",
        ),
    ] {
        let r = read_dive(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some("Boats"), "{text}: {r:?}");
    }
}

/// "is the townsville thing dead or just parked": a yes/no question without its mark asks,
/// and records no verdict; said with a verdict before it, the verdict stands.
#[test]
fn a_question_without_its_mark_records_nothing() {
    let text = "is the booking engine dead or just parked";
    let r = read_dive(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    let text = "booking engine parked till March, is that ok with everyone";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Craig got back from the bank yesterday with one yes and one no. …": the lead-in that
/// announces the answers gives its day to every item after it.
#[test]
fn a_lead_in_announcing_answers_dates_its_items() {
    let text = "Bec got back from the bank yesterday with one yes and one no. The compressor \
                upgrade goes ahead at $45k, because the old one trips. The booking engine is \
                a no — she won't take on another subscription.";
    let r = read_dive(text);
    let all = super::test_names::records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    for rec in all {
        assert_eq!(
            rec.date,
            Some("2026-11-26".parse().unwrap()),
            "{text}: {r:?}"
        );
    }
}

/// "Walt came back from the bank with two answers. The second digital press is a yes, …,
/// because we turned away … in October alone.": with no day in the lead-in, a month in an
/// item's reason dates nothing.
#[test]
fn a_lead_in_without_a_day_dates_nothing() {
    let text = "Bec came back from the bank with two answers. The compressor upgrade is a yes, \
                $45k, because we turned away twenty fills in October alone. The booking \
                engine is a no — she won't take on another subscription.";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "Heads up: Steve's changed his mind on the crane wagon, it's back on at £128k", "FYI
/// Glenn's reversed himself on the outreach van — we're buying new after all, $58k": who
/// changed their mind decided the verdict after it.
#[test]
fn who_changed_their_mind_decided() {
    for text in [
        "Heads up: Sam's changed his mind on the compressor upgrade, it's back on at $45k, \
         since the hired one costs us $3,200 a month.",
        "FYI Sam's reversed herself on the compressor upgrade — we're buying new after all, \
         $45k, because the used one failed its test.",
    ] {
        let r = read_dive(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some("Sam"), "{text}: {r:?}");
    }
}
