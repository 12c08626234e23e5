//! Readings of forms from round S42's writers, the long Slack paragraphs and terse Discord
//! lines of an Appleton minor league ball club, a Burnley skip hire and recycling firm and a
//! Kochi spice exporter, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Boise trampoline park: the courts, the cafe, bookings, IT, in dollars.
fn bounce_dir() -> StaticDirectory {
    directory(
        &[
            ("Courts", &["Floor", "Jump Staff"]),
            ("Cafe", &["Food"]),
            ("Bookings", &["Front Desk", "Parties"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Online Booking", "Bookings"),
            ("Court Resurfacing", "Courts"),
            ("Cafe Refit", "Cafe"),
            ("Payroll System", "IT"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

pub(super) fn read_bounce(text: &str) -> Reading {
    read_us(text, "casey", "2026-12-04", &bounce_dir())
}

/// A Leicester indoor karting track: the karts, the track, bookings, IT, in pounds.
fn kart_dir() -> StaticDirectory {
    directory(
        &[
            ("Karts", &["Fleet", "Pit"]),
            ("Track", &["Circuit"]),
            ("Bookings", &["Events", "Parties"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Electric Kart Fleet", "Karts"),
            ("Timing System", "Track"),
            ("Barrier Replacement", "Track"),
            ("Booking App", "Bookings"),
            ("Payroll System", "IT"),
        ],
    )
}

pub(super) fn read_kart(text: &str) -> Reading {
    read_day_first_in(text, "jas", "GBP", &kart_dir())
}

/// "we sold the lawn at $14 instead of $9 and still sold out, roughly $38k more than last
/// year": prices set against each other are a rate, not what the benefit brought.
#[test]
fn prices_set_against_each_other_are_no_benefit_amount() {
    let text = "online booking paid off on the summer weekends, we sold the evening slots at \
                $22 instead of $15 and still filled them, about $31k more than last year";
    let r = read_bounce(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(31_000, "USD"), "{text}: {r:?}");
    // A rescope's figure said against the old one is still its amount.
    let text = "court resurfacing cut back to the two big courts, $48k instead of $90k";
    let r = read_bounce(text);
    assert_eq!(r.amount, whole(48_000, "USD"), "{text}: {r:?}");
}

/// A Pune co-working operator: the spaces, the cafe, members, IT, in rupees.
fn cowork_dir() -> StaticDirectory {
    directory(
        &[
            ("Spaces", &["Facilities", "Fit-out"]),
            ("Cafe", &["Pantry"]),
            ("Members", &["Sales", "Community"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Meeting Room Booking", "Members"),
            ("Solar Rooftop", "Spaces"),
            ("Access Control", "Spaces"),
            ("Member App", "Members"),
            ("Payroll System", "IT"),
        ],
    )
}

pub(super) fn read_cowork(text: &str) -> Reading {
    read_day_first_in(text, "priya", "INR", &cowork_dir())
}

/// "approved at ₹38 lakh, since the EU buyer rejected two containers this year": things
/// counted, turned back by someone in the reason, are no refusal of the work.
#[test]
fn goods_turned_back_in_a_reason_are_no_refusal() {
    let text = "Barrier replacement is approved at £38k, since the tyre recycler rejected two \
                loads this year for old rubber.";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "Access control approved at ₹12 lakh, because the auditor rejected three \
                shipments of cards for missing logs";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    // Refusing the work itself still refuses it.
    let text = "We rejected the member app, ₹9 lakh for something nobody asked for";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "dropping the farmer traceability app, 9L spent and …": a terse line opening on
/// "dropping the <work>" stops it, as "we're dropping the …" does.
#[test]
fn a_line_opening_on_dropping_the_work_stops_it() {
    let text = "dropping the member app, 4L spent and hardly anyone logged in";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Member App"), "{text}: {r:?}");
    // A call dropping is no stop.
    let text = "the wifi keeps dropping the video calls in the big room";
    let r = read_cowork(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "We're a go on the LED field lights at $412k": a go on the work approves it.
#[test]
fn a_go_on_the_work_approves_it() {
    let text = "We're a go on the court resurfacing at $84k, the foam pits are tearing again.";
    let r = read_bounce(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Court Resurfacing"),
        "{text}: {r:?}"
    );
}

/// "ERP migration we are keeping in abeyance till the GST audit is over", "is kept in
/// abeyance till April": held over, a deferral.
#[test]
fn kept_in_abeyance_is_a_deferral() {
    for text in [
        "Solar rooftop we are keeping in abeyance till the audit is over. We will take it up \
         again on 15 February.",
        "The member app is kept in abeyance till April — the board wants the new budget first.",
    ] {
        let r = read_cowork(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert!(r.review_date.is_some(), "{text}: {r:?}");
    }
}

/// "Dynamic pricing stays for next season.": kept on for another term.
#[test]
fn work_that_stays_for_next_season_goes_on() {
    for text in [
        "Online booking stays for next season. The desk worried about walk-ins, but we had two \
         complaints all year.",
        "the cafe refit stays for another year, nobody has a better idea",
    ] {
        let r = read_bounce(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
}

/// "Bev had a change of heart on the picnic pavilion. It's back in at $135k …", "Suresh
/// has reconsidered the laptop refresh. It is on again, ₹12 lakh …": work back in at a
/// price, or on again, is approved.
#[test]
fn work_back_in_or_on_again_is_approved() {
    let text = "Heads up: Casey had a change of heart on the cafe refit. It's back in at $52k \
                after the franchise agreed to cover the ovens.";
    let r = read_bounce(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(52_000, "USD"), "{text}: {r:?}");
    let text = "FYI — the board has reconsidered the solar rooftop. It is on again, ₹40 lakh, \
                since the tariff went up in October.";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(4_000_000, "INR"), "{text}: {r:?}");
}

/// "The payroll move is off altogether: …", "we have wound up the gulf e-commerce store,
/// 7L gone …": work called off altogether or wound up is stopped.
#[test]
fn work_off_altogether_or_wound_up_is_stopped() {
    let text = "The booking app is off altogether: we've paid £6k to an agency who produced a \
                mock-up.";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    let text = "we have wound up the member app, 7L gone on the build and zero repeat logins";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    // "wound up paying more" is how things ended, no stop.
    let text = "we wound up paying the access control vendor twice for the same readers";
    let r = read_cowork(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "Lorna wants to sleep on it over the holidays, so nothing's decided yet.": the message
/// says it records no verdict, however "nothing's" is written.
#[test]
fn nothings_decided_yet_records_no_verdict() {
    let text = "Recap of Monday's call with the council: they'd fund half the solar rooftop if \
                we sign a longer lease. The board wants to sleep on it, so nothing's decided yet.";
    let r = read_cowork(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
}

/// "We're pressing ahead with thermal cameras over the wood pile as well, £46k, …": pressing
/// ahead with the work approves it.
#[test]
fn pressing_ahead_with_the_work_approves_it() {
    let text = "We're pressing ahead with the barrier replacement on the back straight, £46k, \
                after two karts went through the old tyres in August.";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(46_000, "GBP"), "{text}: {r:?}");
}

/// "the MRF gets its spare conveyor motor, another £7k, because …", "The commissary does
/// get its walk-in freezer, another $22k": a unit or work given its thing at a price is an
/// approval.
#[test]
fn getting_its_thing_at_a_price_approves_it() {
    let text = "On the other hand the track gets its new timing loops, another £7k, because a \
                race night without timing costs more than that.";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(7_000, "GBP"), "{text}: {r:?}");
    // Getting its money back is a result, no verdict.
    let text = "the cafe refit gets its money back in about two years at this rate";
    let r = read_bounce(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "Howard signed the lease on the Colne yard extension on Monday": signing the lease on
/// the work approves it, as signing its contract does.
#[test]
fn signing_the_lease_on_the_work_approves_it() {
    let text = "Jas signed the lease on the booking app kiosk unit on Monday, so that's \
                happening.";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "tonnage disputes with the council have stopped dead": things that stopped happening are
/// a result, not work stopped.
#[test]
fn things_that_stopped_dead_are_no_stop() {
    let text = "timing system paying its way already, lap disputes with the league have \
                stopped dead and we've clawed back about £1k a month in refunds";
    let r = read_kart(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "Procurement has suggested an e-auction portal for …, no cost estimate yet": a thing
/// suggested with no price yet is proposed, as one floated is.
#[test]
fn a_thing_suggested_without_a_price_is_proposed() {
    let text = "Community has suggested a podcast booth for the members, no cost estimate yet";
    let r = read_cowork(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("podcast booth"),
        "{text}: {r:?}"
    );
}

/// "tech coming back 12/9 to re-aim the APs", "technician coming 8/12 to change bearings":
/// the day the one doing the work comes is its due, as "tech back 12/8" is.
#[test]
fn the_day_a_worker_is_coming_is_due() {
    let text = "timing system still dropping laps on the hairpin, technician coming 8/12 to \
                swap the loop";
    let r = read_kart(text);
    assert_eq!(r.due, Some("2026-12-08".parse().unwrap()), "{text}: {r:?}");
    let text = "court resurfacing: the seams are lifting again, tech coming back 12/9 to glue \
                them";
    let r = read_bounce(text);
    assert_eq!(r.due, Some("2026-12-09".parse().unwrap()), "{text}: {r:?}");
}
