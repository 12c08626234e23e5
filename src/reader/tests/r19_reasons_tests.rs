//! Reasons still cut wrong after round R18 (round R19), each read in another writer's words
//! (a Cornish harbour commission: the slipway, the fuel berth, the harbour office).

use super::*;

/// A Cornish harbour commission: slipway, fuel berth, harbour office.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[("Harbour Office", &[]), ("Marine Ops", &[])],
        &[
            ("Berth Booking App", "Harbour Office"),
            ("Fuel Berth Meters", "Marine Ops"),
            ("Slipway Winch", "Marine Ops"),
            ("Mooring Buoy Sensors", "Marine Ops"),
        ],
    )
}

fn reason(text: &str) -> Option<String> {
    test_names::read_on_test_day(text, "kerensa", &dir()).rationale
}

/// "Sunk $160k and only 3 customers log in per month, the rest still call CS": a reason
/// sentence after the verdict's that opens with money is read from its start, not cut to
/// the clause after its comma.
#[test]
fn a_reason_sentence_opening_with_money_is_read_whole() {
    let text = "Berth booking app - stopping it. Spent £90k already and only 12 skippers \
                book online, the rest still ring the office.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Spent £90k already and only 12 skippers book online, the rest still ring the office"),
        "{text}"
    );
}

/// "The SIM costs $8 per box per month, across 2,000 boxes cannot make it": the price and
/// the judgement after its comma are one reason.
#[test]
fn a_price_and_its_judgement_after_the_comma_are_one_reason() {
    let text = "Mooring buoy sensors, full rollout, not going ahead. The data plan is £6 per \
                buoy per month, across 400 buoys we can't carry it.";
    assert_eq!(
        reason(text).as_deref(),
        Some("The data plan is £6 per buoy per month, across 400 buoys we can't carry it"),
        "{text}"
    );
}

/// Convention 30: "It was £60k on top of the £85k we already spent, and the board want to
/// see …": money already spent told with the reason stays in it.
#[test]
fn money_already_spent_stays_in_the_reason_sentence() {
    let text = "Fuel berth meters phase 2 is on hold till May. It was £18k on top of the £25k \
                we already spent, and the commissioners want a full season of figures first.";
    assert_eq!(
        reason(text).as_deref(),
        Some(
            "It was £18k on top of the £25k we already spent, and the commissioners want a \
             full season of figures first"
        ),
        "{text}"
    );
}

/// "The old one can't cope with the damp and mould jobs since the Ombudsman report.": a
/// reason sentence after the verdict's is not cut to the "since" that dates it.
#[test]
fn a_reason_sentence_is_not_cut_to_its_since() {
    let text = "Commission yesterday: slipway winch replacement approved, £48k. The old one \
                can't lift the bigger crabbers since the harbour was dredged.";
    assert_eq!(
        reason(text).as_deref(),
        Some("The old one can't lift the bigger crabbers since the harbour was dredged"),
        "{text}"
    );
}

/// "Disrepair claims are our biggest legal cost after the Ombudsman's report.": nor to the
/// "after" that dates it.
#[test]
fn a_reason_sentence_is_not_cut_to_its_after() {
    let text = "Mooring buoy sensors for the outer harbour, £30k - the commission approved it \
                Tuesday. Lost moorings are our biggest insurance cost after the surveyor's report.";
    assert_eq!(
        reason(text).as_deref(),
        Some("Lost moorings are our biggest insurance cost after the surveyor's report"),
        "{text}"
    );
}

/// "rest of it waits till oil's back over 70": the sentence after a rescope tells what
/// waits and on what; read whole, not from its "till".
#[test]
fn what_waits_and_its_condition_are_one_reason() {
    let text = "Berth booking app rescoped to just visitor berths, £20k instead of £55k. \
                the rest waits till the lottery bid comes back.";
    assert_eq!(
        reason(text).as_deref(),
        Some("the rest waits till the lottery bid comes back"),
        "{text}"
    );
}

/// "approved $48k to replace the lot. 40% of em failed bump tests last month.": "em" is
/// "them" written as it is said, so the sentence after the slight fragment is the reason.
#[test]
fn em_for_them_is_read_as_them() {
    let text = "Fuel berth meters: approved £14k to replace the lot. 30% of em failed \
                calibration last month.";
    assert_eq!(
        reason(text).as_deref(),
        Some("30% of em failed calibration last month"),
        "{text}"
    );
}
