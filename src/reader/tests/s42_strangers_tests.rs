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

fn read_bounce(text: &str) -> Reading {
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

fn read_kart(text: &str) -> Reading {
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
    let _ = (read_kart, Verdict::Approve);
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

fn read_cowork(text: &str) -> Reading {
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

/// "bev said yes to the pitch tracker for the bullpen, 38k": a lowercase name saying yes to
/// the thing decided it, as "sam gave the thumbs up on …" did.
#[test]
fn a_lowercase_name_saying_yes_decided_it() {
    let text = "casey said yes to the court resurfacing, 38k, has to be done before the \
                spring break camps";
    let r = read_bounce(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("casey"), "{text}: {r:?}");
}

/// "Heads up: Bev had a change of heart on the picnic pavilion. It's back in at $135k …",
/// "Suresh has reconsidered the laptop refresh. It is on again, …": the one whose mind
/// changed, named in the sentence before the verdict on "it", decided it.
#[test]
fn a_change_of_heart_the_sentence_before_decided_it() {
    let text = "Heads up: Morgan had a change of heart on the cafe refit. It's back in at $52k \
                after the franchise agreed to cover the ovens.";
    let r = read_bounce(text);
    assert_eq!(r.decided_by.as_deref(), Some("Morgan"), "{text}: {r:?}");
    let text = "FYI — Ravi has reconsidered the solar rooftop. It is on again, ₹40 lakh, since \
                the tariff went up in October.";
    let r = read_cowork(text);
    assert_eq!(r.decided_by.as_deref(), Some("Ravi"), "{text}: {r:?}");
}

/// "thomas sir rejected the branded retail packs idea", "Thomas sir signed the purchase
/// order for the colour sorter": the name before an honorific decided it.
#[test]
fn a_name_before_an_honorific_decided_it() {
    let text = "ravi sir rejected the podcast booth idea, 25L for a room nobody books";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("ravi"), "{text}: {r:?}");
    let text = "Ravi sir signed the contract for the access control on Tuesday itself, so the \
                readers ship in January.";
    let r = read_cowork(text);
    assert_eq!(r.decided_by.as_deref(), Some("Ravi"), "{text}: {r:?}");
}

/// "Howard came back from the bank on Wednesday with good news and bad.": a lead-in bringing
/// news on a day it names dates its items.
#[test]
fn a_lead_in_bringing_news_on_a_day_dates_its_items() {
    let text = "Jas came back from the bank on Wednesday with good news and bad. The timing \
                system is a yes at £30k, because the old loops fail every wet night. The \
                booking app is a no — £20k for an app nobody asked for.";
    let r = read_kart(text);
    assert_eq!(r.date, Some("2026-11-25".parse().unwrap()), "{text}: {r:?}");
}

/// "howard's binned the idea of a trade counter at colne, 70k …", "declined the offer of a
/// used optical grader …": the new thing is what the idea or the offer was of.
#[test]
fn the_thing_an_idea_or_offer_was_of_is_named() {
    let text = "jas has binned the idea of a drift school at the track, 70k for 30 bookings a \
                month isn't worth it";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("drift school"),
        "{text}: {r:?}"
    );
    let text = "we have declined the offer of a used espresso machine from the Baner branch — \
                ₹4 lakh for a ten-year-old machine with no spares";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("espresso machine"),
        "{text}: {r:?}"
    );
}

/// "are we still doing the turf thing or did it die in the budget meeting": a question
/// without its mark about named work is chat, as one with the mark is.
#[test]
fn a_question_without_its_mark_is_chat() {
    let text = "are we still doing the cafe refit or did it die in the budget meeting";
    let r = read_bounce(text);
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
}

/// "Update from Thomas sir after the board meeting: the effluent treatment plant upgrade is
/// approved at ₹1.6 crore, because the Pollution Control Board has given us till March …": a
/// heading naming no day gives its items none, and a time inside an item's reason is no
/// date of the decision.
#[test]
fn a_time_in_the_reason_is_no_date_of_the_decision() {
    let text = "Update from Ravi after the board meeting: access control is approved at ₹12 \
                lakh, because the insurer has given us till March to fit proper readers. He has said \
                no to the podcast booth.";
    let r = read_cowork(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "ok, replace it, don't patch it. up to $12k is fine": a ceiling on the spend said to be
/// fine approves it.
#[test]
fn a_ceiling_said_to_be_fine_approves_it() {
    let text = "[9:14 AM] Sam Reyes: cafe refit fryer died again overnight\n[9:20 AM] Casey \
                Lee: ugh. ok, replace it, don't patch it. up to $12k is fine\n[9:21 AM] Sam \
                Reyes: on it";
    let r = read_bounce(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(12_000, "USD"), "{text}: {r:?}");
    // A limit told as a fact is no verdict.
    let text = "the cafe refit fryers run up to $12k each, the supplier says";
    let r = read_bounce(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "laptop refresh shoved back to april, not doing it over year end": work shoved back to a
/// time is put off to it, as work bumped to one is.
#[test]
fn work_shoved_back_to_a_time_is_deferred_to_it() {
    let text = "payroll system shoved back to april, not doing it over year end";
    let r = read_kart(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-04-01".parse().unwrap()),
        "{text}: {r:?}"
    );
}
