//! Reasons still missed after rounds R14 and R15 (round R16), each read in another writer's
//! words (a Norfolk Broads boatyard: moorings, hire fleet, chandlery, the yard office).

use super::*;

/// A Norfolk Broads boatyard: hire fleet, moorings, chandlery, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Hire Fleet", &[]),
            ("Moorings", &[]),
            ("Chandlery", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Mooring Sensors", "Moorings"),
            ("Fleet Trackers", "Hire Fleet"),
            ("Chandlery Tills", "Chandlery"),
            ("Yard Radios", "Hire Fleet"),
            ("Invoice Scanning", "Finance"),
        ],
    )
}

fn reason(text: &str) -> Option<String> {
    test_names::read_on_test_day(text, "wendy", &dir()).rationale
}

/// "turnaround was 3:40 on Saturdays": a clock time (or a duration told as one) is one
/// figure; its colon breaks no clause.
#[test]
fn a_clock_time_is_not_cut_at_its_colon() {
    assert_eq!(
        reason("Wroxham: fleet trackers approved, £31K. Changeover was 3:40 on Saturdays")
            .as_deref(),
        Some("Changeover was 3:40 on Saturdays")
    );
}

/// "Told X no to Y. Three hundred quid for …": after a refusal, the next sentence that
/// opens on the price (in words too) and says what it would buy is why.
#[test]
fn a_price_in_words_after_a_refusal_is_the_reason() {
    assert_eq!(
        reason("Told the hire crews no to the new yard radios. Three thousand quid for something a mobile already does.")
            .as_deref(),
        Some("Three thousand quid for something a mobile already does")
    );
}

/// "…, supplier delays. Approved by the FD.": a short cause ending the sentence that asks,
/// before a bare verdict, is why.
#[test]
fn a_short_cause_before_a_bare_verdict_is_the_reason() {
    assert_eq!(
        reason("Finance wants £4,500 more for the invoice scanning contractors, supplier delays. Approved by the FD.")
            .as_deref(),
        Some("supplier delays")
    );
}

/// Convention 16: what an approval leaves out or for later, told in a clause or sentence
/// of its own after the verdict ("The other sites will follow in 2028", "the rest waits
/// till …", "The garage ones are dropped"), is the decision's scope and so its reason.
#[test]
fn what_an_approval_leaves_for_later_is_its_scope_and_reason() {
    assert_eq!(
        reason("Mooring sensors: approved for the north basin only, £9k. The other basins will follow in 2028.")
            .as_deref(),
        Some("The other basins will follow in 2028")
    );
    assert_eq!(
        reason("Chandlery tills — approved at £7,300 for the Horning shop, the rest waits till the 2028 budget.")
            .as_deref(),
        Some("the rest waits till the 2028 budget")
    );
    assert_eq!(
        reason("Fleet trackers: approved 20 of the 30, £12k. The day-launch ones are dropped.")
            .as_deref(),
        Some("The day-launch ones are dropped")
    );
}

/// "cut trial→paid time from 21 days to 9": an arrow written between two words joins them;
/// it breaks no clause as a spaced emoji does.
#[test]
fn an_arrow_inside_a_word_breaks_no_reason() {
    assert_eq!(
        reason("Fleet trackers cut booking→handover time from 40 minutes to 15, +£6k extra hires in May 🚀")
            .as_deref(),
        Some("cut booking→handover time from 40 minutes to 15")
    );
}

/// "avg spend per table up $6 at Manly since Sept, roughly $45k extra a year": a benefit's
/// result told as a measure up or down by money is its evidence though money is inside it
/// (less a time it is counted since; "since it went live" stays); "freed up £60k of
/// overtime" is what was done, no measure.
#[test]
fn a_result_told_up_or_down_by_money_is_the_evidence() {
    assert_eq!(
        reason("Chandlery tills are flying - basket size up £4 at Wroxham since June, about £20k extra a year")
            .as_deref(),
        Some("basket size up £4 at Wroxham")
    );
    assert_eq!(
        reason("Invoice scanning: late fees down £9k since it went live, and we're paying about £300 a month less to the temp agency.")
            .as_deref(),
        Some("late fees down £9k since it went live")
    );
    assert_eq!(
        reason("the invoice scanning freed up £6k of clerk time in October").as_deref(),
        None
    );
}

/// "Kitchen fit-out's been knocked on the head. Builder's quote came back at $610k, double
/// what we had": after a stop or refusal, a quote that came back (or in) at a price is the
/// news of the price, read whole with what it is set against.
#[test]
fn a_quote_that_came_back_at_a_price_is_the_reason_whole() {
    assert_eq!(
        reason("Chandlery refit's been knocked on the head. Shopfitter's quote came back at £61k, double what we had set aside")
            .as_deref(),
        Some("Shopfitter's quote came back at £61k, double what we had set aside")
    );
}

/// "Nope on the counter TVs. 12 grand in screens so the guys can watch …? not happening":
/// after a refusal, a sentence opening on the price spent "in" things and what they would
/// be for is the case against it, read from the price.
#[test]
fn a_price_in_things_and_what_for_after_a_refusal_is_the_reason() {
    assert_eq!(
        reason("Nope on the chandlery TVs. 3 grand in screens so customers can watch the racing? not happening")
            .as_deref(),
        Some("3 grand in screens so customers can watch the racing")
    );
}

/// "Phase 2 … approved, €180k; the EU deforestation rules apply from June": after the
/// verdict's amount set off on its own, the clause of its own after the next break is why.
#[test]
fn a_clause_after_the_amount_and_a_semicolon_is_the_reason() {
    assert_eq!(
        reason("Phase 2 of the mooring sensors approved, £18k; the new licensing rules apply from April")
            .as_deref(),
        Some("the new licensing rules apply from April")
    );
}

/// "$9K a year to lease a machine that got used 11 times — we're ending the … lease": a
/// price and what it buys, told before a stop or refusal and its dash, is why.
#[test]
fn a_price_and_what_it_buys_before_a_stop_is_the_reason() {
    assert_eq!(
        reason("£4K a year to rent a pump-out barge that went out 6 times in 2026 — we're ending the pump-out barge hire.")
            .as_deref(),
        Some("£4K a year to rent a pump-out barge that went out 6 times in 2026")
    );
}

/// A message cut short after "but", where a clause of its own would be weighed: the reader
/// reads it, with no clause to look in (it indexed past the last word).
#[test]
fn a_message_cut_short_after_but_reads() {
    assert_eq!(
        reason("Boat lift replacement approved, £5k. It's a pain for the yard crew but"),
        None
    );
}
