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
