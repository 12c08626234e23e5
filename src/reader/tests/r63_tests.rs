//! Round R63: the rationale's misses on the training corpus sorted by cause (twenty-eighth
//! pass), each cause worded here for another invented organisation: a quinoa growers'
//! cooperative at Challapata, Bolivia, with its mill, its grain store and its office.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cooperative's units and investments.
fn coop_dir() -> StaticDirectory {
    directory(
        &[
            ("Mill", &["Milling"]),
            ("Grain Store", &["Store"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Quinoa Scarifier", "Mill"),
            ("Grain Silo", "Grain Store"),
            ("Accounting Software", "Office"),
            ("Delivery Truck", "Grain Store"),
        ],
    )
}

fn read_coop(text: &str) -> Reading {
    read_day_first_in(text, "wilma", "USD", &coop_dir())
}

/// "Work will start from 15th December": when the work starts, told with its ordinal day
/// after "from", "by" or "on", is the plan, no reason (as "… in January" is, round R59).
#[test]
fn work_starting_on_an_ordinal_day_is_no_reason() {
    let r = read_coop(
        "Dear All,\nPlease be informed that management has decided to bring forward the grain silo for the store. Approved budget $62,500/-. Work will start from 15th December. Engr. Mamani will supervise.\nRegards\nAdmin",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a reason sentence after the approval stays.
    let r = read_coop(
        "Management has decided to go ahead with the grain silo, $62,500. The rats got into the sacks twice this winter.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The rats got into the sacks twice this winter"),
        "{r:?}"
    );
}

/// "HR helpdesk overtime was S$5k a month last year", "Current losses from spoilt fish were
/// estimated at ZMW 25,000 per week": what the trouble costs us now, told in the sentence
/// after an approval, is its reason, though it holds money by the month.
#[test]
fn what_the_trouble_costs_told_after_an_approval_is_the_reason() {
    for (text, why) in [
        (
            "Accounting software – approved at $9,500 by the treasurer this morning. Office overtime was $600 a month last year.",
            "Office overtime was $600 a month last year",
        ),
        (
            "Item 2: Grain silo — Approved at $48,000. Current losses from damp grain in the wet season were estimated at $900 per week.",
            "Current losses from damp grain in the wet season were estimated at $900 per week",
        ),
    ] {
        let r = read_coop(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: what the thing itself costs to run, told after it, describes the record.
    let r = read_coop("Accounting software – approved at $9,500. Running cost is $600 a year.");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}
