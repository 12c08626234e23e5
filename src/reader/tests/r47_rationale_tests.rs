//! Round R47: the rationale's misses on the training corpus sorted by cause (twelfth pass),
//! the causes seen in several organisations, above all the newest first-seen ones, each
//! worded here for another invented organisation: a cider maker in the Wye valley (its
//! orchards, press house and office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cider maker's units and investments.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Orchards", &["Orchard"]),
            ("Press House", &["Pressing"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Juice Press", "Press House"),
            ("Cold Store", "Press House"),
            ("Bottling Line", "Press House"),
            ("Orchard Sprayer", "Orchards"),
            ("Radio Adverts", "Office"),
            ("Shop Website", "Office"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "megan", "GBP", &cider_dir())
}

/// "batching plant controls - quote's in at £62k, bit more than we'd reckoned on. leaving it
/// till the new year", "Case management upgrade - Tyler wants $210K now, was $140K in the
/// spring quote. We're pausing it til …": a price told and judged over what was expected,
/// in the sentence before a hold, is why it waits; the hold's "till …" is only how long.
#[test]
fn a_price_over_what_was_expected_before_a_hold_is_its_reason() {
    for (text, why) in [
        (
            "cold store - the quote landed at £48k, a fair bit more than we'd budgeted. leaving it till the spring",
            "the quote landed at £48k, a fair bit more than we'd budgeted",
        ),
        (
            "Juice press upgrade - the supplier wants £74k now, was £52k in the summer quote. We're pausing it til the board sees the new numbers in March.",
            "the supplier wants £74k now, was £52k in the summer quote",
        ),
        (
            "bottling line phase 2 - quotation came in at £31k, more than budget. wait until next financial year (April)",
            "quotation came in at £31k, more than budget",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "stop the foodpanda ads already, spent 30k and orders no change", "done with the radio
/// ads on WALB, $11k this year and not one grower said they heard em": after a stop, the
/// money spent and nothing to show for it, joined by "and" or "but", is the case
/// (convention 30).
#[test]
fn money_spent_for_nothing_after_a_stop_is_its_reason() {
    for (text, why) in [
        (
            "stop the radio adverts now, spent £9k and the shop's no busier",
            "spent £9k and the shop's no busier",
        ),
        (
            "done with the radio adverts on Sunshine FM, £6k this year and not one customer said they heard them",
            "£6k this year and not one customer said they heard them",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}
