//! Readings of forms from round S68's writers, the western Pennsylvania English of a Mon
//! Valley water authority, the Goan Indian English of a heritage hotel group and the Quebec
//! English of a Sherbrooke offset printer, each worded here for another invented
//! organisation.

use super::test_names::{directory, read_us};
use super::*;

/// A school district's bus garage and kitchens in Ohio: transportation, food service and
/// the buildings.
fn district_dir() -> StaticDirectory {
    directory(
        &[
            ("Transportation", &["Bus Garage", "Garage"]),
            ("Food Service", &["Cafeteria", "Kitchens"]),
            ("Facilities", &["Buildings"]),
        ],
        &[
            ("Bus Wash", "Transportation"),
            ("Walk-In Freezer", "Food Service"),
            ("Boiler Replacement", "Facilities"),
        ],
    )
}

/// `text` read for the school district, dates month first, on Wednesday 2026-12-16.
fn read_district(text: &str) -> Reading {
    read_us(text, "pat", "2026-12-16", &district_dir())
}

/// "filter media at the Becks Run plant needs replaced, quoted $385K" (the water
/// authority), "the guillotine in finishing needs to be changed, quote is 92 500$" (the
/// printer), "We need a new one, quote is Rs 32,00,000" (the hotels): a thing said to need
/// replacing, changing or a new one, with the price quoted for it, is put forward — a
/// proposal at that price. A quote with a verdict stays the decision; a quote with no need
/// said stays what it was.
#[test]
fn a_need_with_its_quote_is_a_proposal() {
    for text in [
        "the bus wash pump needs replaced, quoted $18,400. seals are shot",
        "the walk-in freezer needs to be changed, quote is $22,500. compressor is cooked again",
        "Boiler at the high school is acting up again. We need a new one, quote is $96,000",
    ] {
        let r = read_district(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert!(r.amount.is_some(), "{text}: {r:?}");
    }
    // A verdict said with it is the decision.
    let text = "The bus wash needs replaced, quoted $18,400. Dana approved it today.";
    assert_eq!(
        read_district(text).verdict,
        Some(Verdict::Approve),
        "{text}"
    );
    // A quote with no need said is no proposal of this shape.
    for text in [
        "Sam quoted $22,500 for the freezer job last year and it went fine.",
        "We needed a plumber last week. The quote is in the shared drive.",
    ] {
        assert_ne!(read_district(text).intent, Intent::Investment, "{text}");
    }
}

/// "system is 7.9 lakh, so roughly 3 years payback" (the hotels), "portal is 118 000 $ all
/// in, so about 2 years payback" (the printer): a payback said with "payback" after its
/// years is how long the work takes to earn its cost back, no benefit horizon (convention
/// 34), as "payback in 3 years" already was. Years the benefit lasts stay.
#[test]
fn years_then_payback_is_no_horizon() {
    for text in [
        "Cafeteria wants a combi oven: saves about $6,000 a year on gas, oven is $17,500, so roughly 3 years payback.",
        "Bus garage LED lights would save $4,000 per year, lights are $9,000, about 2 years payback.",
        "Bus garage LED lights would save $4,000 per year, lights are $9,000, 2-year payback.",
    ] {
        let r = read_district(text);
        assert_eq!(r.years, None, "{text}: {r:?}");
    }
    let text = "Bus garage LED lights would save $4,000 per year for 10 years, lights are $9,000.";
    assert_eq!(read_district(text).years, Some(10), "{text}");
}

/// "Yes it's still happening, we continue. Kickoff with EFI is 2027-01-07." (the printer),
/// "PMS rollout is continuing as planned, Pritesh says training for front office is on 5th
/// Jan …" (the hotels): a sentence telling when the work's next step falls — a kickoff, a
/// training, a cutover "is" on a day — is its plan, no reason, as when the work arrives
/// is (round R42's `work_arrivals`). A reason told instead stays.
#[test]
fn when_the_next_step_falls_is_no_reason() {
    for text in [
        "Walk-in freezer: yes it's still happening, we continue. Kickoff with the contractor is 2027-01-07.",
        "The bus wash rollout is continuing as planned, Dana says training for the drivers is on Jan 5th at the garage.",
        "We continue with the boiler replacement. The cutover is set for Jan 11.",
    ] {
        let r = read_district(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    let text =
        "We continue with the boiler replacement. The training room froze twice last winter.";
    assert!(read_district(text).rationale.is_some(), "{text}");
}

/// "The laundry machines delivery got delayed to 28th Dec due to the truck strike, but we
/// are going ahead as decided." (the hotels): a go-ahead "as decided" or "as agreed" keeps
/// work already decided going, a continue, as "as planned" does (round V54's
/// `ahead_as_planned`); a bare go-ahead still approves.
#[test]
fn ahead_as_decided_goes_on() {
    for text in [
        "The walk-in freezer delivery got delayed to Dec 28 due to the strike, but we are going ahead as decided.",
        "Boiler replacement: we go ahead with it as agreed, no changes.",
    ] {
        let r = read_district(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
    let text = "We are going ahead with the walk-in freezer, $22,500.";
    assert_eq!(
        read_district(text).verdict,
        Some(Verdict::Approve),
        "{text}"
    );
}

/// "Chlorine savings on the UV would run about $40,000 a year according to Carollo, system
/// is $910,000 installed, … Denise is still putting it in the Jan. 12 packet." (the water
/// authority): a saving said as what it "would run" or "would be" by the year, beside the
/// thing's price, is foreseen — a proposal at the price, the yearly money its benefit —
/// not a saving already made.
#[test]
fn a_saving_that_would_run_is_foreseen() {
    for text in [
        "Gas savings on the combi oven would run about $6,000 a year according to the dealer, oven is $17,500 installed. Not great. Pat is still putting it in the Jan. 12 packet.",
        "Gas savings on the combi oven would run about $6,000 a year, oven is $17,500 installed. Not great. Pat is putting it in the Jan. 12 packet.",
        "Gas savings on the freezer would run about $6,000 a year, system is $17,500 installed. Not great. Pat is putting it in the Jan. 12 packet.",
        "Gas savings on the boiler would run about $6,000 a year, system is $17,500 installed, so call it 3 years payback. Not great. Pat is putting it in the Jan. 12 packet.",
    ] {
        let r = read_district(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.amount.map(|m| m.minor), Some(1_750_000), "{text}: {r:?}");
    }
    // A saving made is still a benefit.
    let text = "Gas savings on the walk-in freezer ran about $6,000 last year, nice work.";
    assert_ne!(read_district(text).intent, Intent::Investment, "{text}");
}
