//! Readings of forms from round S12's writers the reader had not met (a New Zealand surf
//! lifesaving region, a US community development credit union's compliance memos, a Lake
//! District mountain-rescue team's updates), worded here for a Cornish rowing trust:
//! "got the tick from", "have agreed to replace it", "agreed it at £…", a reason in the
//! sentence after "… is approved - £…" or a stop, "That's about £… we didn't spend on …".

use super::test_names::{assert_reads, directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Cornish gig-rowing trust: gigs, a safety launch, the boathouse, coaching, a café.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Boats", &["Fleet", "Boat Shed"]),
            ("Boathouse", &["Premises"]),
            ("Coaching", &["Coaches"]),
            ("Safety", &["Water Safety"]),
            ("Finance", &["Treasurer"]),
        ],
        &[
            ("Safety Launch Replacement", "Safety"),
            ("Boathouse Roof Repair", "Boathouse"),
            ("Gig Trailer", "Boats"),
            ("Rowing Machines", "Coaching"),
            ("Club Booking App", "Coaching"),
            ("VHF Radio Upgrade", "Safety"),
            ("Card Reader Service", "Finance"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &dir())
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    assert_reads(
        text,
        "tamsin",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// "got the tick from the trustees": a tick given is an approval (New Zealand and
/// Australian English), as "got the nod" is.
#[test]
fn got_the_tick_approves() {
    let text = "Safety launch replacement got the tick from the trustees on Tuesday, £52k.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Safety Launch Replacement"));
    assert_eq!(r.amount, Money::parse("£52k", Currency::GBP).ok(), "{text}");
    assert_eq!(r.date, day("2026-11-24"), "{text}");
}

/// "the committee agreed it at £6,400", "have agreed to replace it": agreeing the thing
/// at a price, or agreeing to buy or replace it, approves it.
#[test]
fn agreed_it_at_a_price_or_agreed_to_replace_approves() {
    let text = "VHF radios - the committee agreed it at £6,400 on Monday. Half our sets can't reach the coastguard from the bay.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("VHF Radio Upgrade"), "{text}");
    assert_eq!(
        r.amount,
        Money::parse("£6,400", Currency::GBP).ok(),
        "{text}"
    );
    let text = "The gig trailer's axle cracked again at Newquay, so the trustees have agreed to replace it. £7,900 for a new braked one.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Gig Trailer"), "{text}");
    assert_eq!(
        r.amount,
        Money::parse("£7,900", Currency::GBP).ok(),
        "{text}"
    );
}

/// "That's about £2k we didn't spend on repairs": money not spent because of the work is
/// a benefit realised, told without a saving verb.
#[test]
fn money_we_did_not_spend_is_a_benefit() {
    let text = "The new rowing machines have done 900 sessions with no breakdowns, where the old ones lost us a week a month. That's about £2k we didn't spend on repairs";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Rowing Machines"), "{text}");
    assert_eq!(r.amount, Money::parse("£2k", Currency::GBP).ok(), "{text}");
}

/// "someone's backed into them": a vehicle backed into something is driving, no funding
/// backed.
#[test]
fn backed_into_a_thing_is_no_approval() {
    let text = "Heads up the gig trailer lights at Porthleven are smashed again, someone's backed into them";
    let r = read(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
}

/// "going ahead as planned": work already under way that carries on, not a new approval.
#[test]
fn going_ahead_as_planned_continues() {
    let text = "Boathouse roof repair is going ahead as planned, the roofers start on the 7th.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(
        r.investment.as_deref(),
        Some("Boathouse Roof Repair"),
        "{text}"
    );
}

/// "back to full scope … approved": a cut reversed is a rescope to the new figure.
#[test]
fn back_to_full_scope_rescopes() {
    let text = "Booking app back to full scope now the grant has landed, £12,500 approved by the trustees last night.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(
        r.amount,
        Money::parse("£12,500", Currency::GBP).ok(),
        "{text}"
    );
}

/// "Roof repair done.", "VHF radio upgrade wrapped up": the work said finished is news
/// about it, a note, even with no money or date.
#[test]
fn work_said_done_or_wrapped_up_is_a_note() {
    for (text, investment) in [
        (
            "Roof repair done. All the slates on the north side replaced and the gutters cleared.",
            "Boathouse Roof Repair",
        ),
        (
            "VHF radio upgrade wrapped up, 14 sets handed out to the coxes",
            "VHF Radio Upgrade",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}");
    }
}

/// "yeah nah, not this winter." puts the work off for the season, as "not this year" does;
/// the reason is the sentence after it.
#[test]
fn not_this_season_defers_with_the_reason_after_it() {
    let text = "Booking app - yeah nah, not this winter. The coaches want the spring rota settled first. We'll look at it again in March.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, day("2027-03-01"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The coaches want the spring rota settled first"),
        "{text}"
    );
}

/// "not this year, the MD wants it revisited in April": someone wanting the work looked at
/// again says when, not why; no reason.
#[test]
fn wanted_revisited_is_no_reason() {
    for text in [
        "Rowing machines – not this year, the head coach wants it revisited in April.",
        "Rowing machines – not this winter, the head coach wants it revisited in April.",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, day("2027-04-01"), "{text}");
        assert_eq!(r.rationale, None, "{text}");
    }
}

/// "we are keeping the card reader service at £900": a thing we keep goes on.
#[test]
fn we_are_keeping_the_thing_continues() {
    for text in [
        "Committee decision today: we are keeping the card reader service at the current £900.",
        "After the review we're keeping the club booking app for another season.",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert!(r.investment.is_some(), "{text}: {r:?}");
    }
}

/// "slow on Sunday nights", "on Saturday mornings": a part of the day said in the plural
/// tells a habit, no day to record.
#[test]
fn a_weekday_part_in_the_plural_is_no_date() {
    let text = "Club booking app has been a bit slow on Sunday nights when everyone books, the coaches reckon it's the hosting plan";
    let r = read(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
    let text = "Rowing machines keep tripping the fuse on Saturday mornings";
    let r = read(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "carrying on, 8 done of 20", "carries on - 6 of the 11 swapped so far": how far the work
/// has got is why it goes on (convention 79, round R57; this test said the opposite before
/// the labels were counted).
#[test]
fn progress_counted_after_going_on_is_its_reason() {
    for (text, why) in [
        (
            "Rowing machines - carrying on with the swap, 8 done of 20.",
            "8 done of 20",
        ),
        (
            "VHF radio upgrade carries on - 6 of the 11 sets swapped so far",
            "6 of the 11 sets swapped so far",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}");
    }
}
