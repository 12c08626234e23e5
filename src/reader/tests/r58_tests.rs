//! Round R58: the rationale's misses on the training corpus sorted by cause (twenty-third
//! pass), each cause worded here for another invented organisation: a Welsh hill farm with
//! holiday cottages in the Tywi valley (its sheds, its cottages, its farm office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The hill farm's units and investments.
fn farm_dir() -> StaticDirectory {
    directory(
        &[
            ("Farm", &["Sheds"]),
            ("Cottages", &["Holiday Lets"]),
            ("Office", &["Farm Office"]),
        ],
        &[
            ("Shearing Shed Roof", "Farm"),
            ("Cottage Hot Tubs", "Cottages"),
            ("Booking System", "Office"),
            ("Quad Bike Replacement", "Farm"),
        ],
    )
}

fn read_farm(text: &str) -> Reading {
    read_day_first_in(text, "gwen", "GBP", &farm_dir())
}

/// Convention 82: a hold's season, festival or busy time of year waited out, said alone, is
/// when the thing comes back, no reason — as convention 51's time alone.
#[test]
fn a_holds_season_alone_is_no_reason() {
    for text in [
        "Shearing shed roof - parked till after lambing, revisit 1 May",
        "Cottage hot tubs wait until after the summer rush, look again in September.",
        "Quad bike replacement is on hold until after the long rains",
        "Booking system put on KIV until Christmas over.",
        "Quad bike replacement: parked until after shearing season, we'll revisit it 1/8.",
        "Boss say no to the quad bike replacement fuh now, wait till after spring crop",
        "Booking system: park it until after open enrollment",
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: an event waited for stays the reason (convention 51), and a reason told beside the
    // season is the reason, the season left out.
    for (text, why) in [
        (
            "Shearing shed roof - parked till after the lambing survey results are in",
            "till after the lambing survey results are in",
        ),
        (
            "Cottage hot tubs - hold it till after lambing, money tight right now.",
            "money tight right now",
        ),
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// Convention 30: after a stop, the sentence telling the money already put in — paid,
/// billed, spent or lost — with what went wrong is its reason, not the record's figures.
#[test]
fn money_already_paid_after_a_stop_is_its_reason() {
    for (text, why) in [
        (
            "We have decided to stop the booking system. Already £4,500 spent on the licence, \
             but the supplier has gone bust and the support is not coming.",
            "Already £4,500 spent on the licence, but the supplier has gone bust and the \
             support is not coming",
        ),
        (
            "Cottage hot tubs — we stop the groundworks. Builder already billed £3,800 but the \
             council said no so no point continuing.",
            "Builder already billed £3,800 but the council said no so no point continuing",
        ),
        (
            "We have stopped the quad bike replacement trial. Lost about £2,000 in tyres to the \
             scree.",
            "Lost about £2,000 in tyres to the scree",
        ),
        (
            "Shearing shed roof project is stopped. We already paid the roofer a £900 deposit \
             and he disappeared. Rhys is reporting it to the police.",
            "We already paid the roofer a £900 deposit and he disappeared",
        ),
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: money paid told after an approval, with no "already", is no reason.
    let r = read_farm("Booking system approved at £4,500. Paid the deposit of £500 today.");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// Who signed a decision off is `decided_by`, not its reason: "Mr Pryce ok with it", "Mrs
/// Lloyd signed", and "Board decided yesterday," opening the reason.
#[test]
fn a_sign_off_is_no_reason() {
    for text in [
        "Quad bike replacement rescoped from £14k down to £9k, Mr Pryce ok with it.",
        "Cottage hot tubs ok, £8,500, Mrs Lloyd signed.",
        "Booking system: we cut it to the two big cottages, £6,000 instead of £11,000. Cap ok \
         wid dat.",
    ] {
        let r = read_farm(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    let r = read_farm(
        "No to the booking system. Board decided yesterday, the price of £30k is too high for \
         four cottages.",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the price of £30k is too high for four cottages"),
        "{r:?}"
    );
    // Near: someone pleased with work that goes on is its reason (as labelled).
    let r = read_farm("Booking system — we carry on with it after the trial. Gwen happy.");
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.rationale.as_deref(), Some("Gwen happy"), "{r:?}");
}

/// Money the writer refuses to buy with, told after a no, is the case against the thing, as
/// money refused to pay is (round R56's `refused_spend`): the sentence is the reason.
#[test]
fn a_price_refused_to_buy_is_the_reason() {
    let r = read_farm(
        "Booking system is a no for now. The council's changing the letting rules in the \
         spring and I'm not buying a £6k system that's wrong by April.",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "The council's changing the letting rules in the spring and I'm not buying a £6k \
             system that's wrong by April"
        ),
        "{r:?}"
    );
    // Near: the ground told alone stays the reason, as before.
    let r = read_farm(
        "Booking system is a no for now. The council's changing the letting rules in the \
         spring.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The council's changing the letting rules in the spring"),
        "{r:?}"
    );
}

/// After a no, what we keep using instead — "we'll stick with the oil boiler", "we'll stay on
/// the spreadsheets another year", "Let's get another year out of the old one" — is its
/// reason (as "we'll keep the Echuca handsets another year" is labelled).
#[test]
fn what_we_keep_after_a_no_is_its_reason() {
    for (text, why) in [
        (
            "Booking system: no, we'll stay on the paper diary another year.",
            "we'll stay on the paper diary another year",
        ),
        (
            "The quad bike replacement's a no from Dai, we'll stick with the old Honda for the \
             top fields",
            "we'll stick with the old Honda for the top fields",
        ),
        (
            "Not approved: quad bike replacement. Let's get another year out of the old one.",
            "Let's get another year out of the old one",
        ),
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a plan to look again after a no is no reason.
    let r = read_farm("Booking system: no, we'll look at it again in the spring.");
    assert_ne!(
        r.rationale.as_deref(),
        Some("we'll look at it again in the spring"),
        "{r:?}"
    );
}
