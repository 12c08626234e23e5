//! Reasons whose boundaries or choice the reader got wrong: a second reason after ", and"
//! or ", plus", a reason told over two sentences, "b/c" after a comma, a description or the
//! record's name taken for the reason, a reason sentence ending in a follow-up, a benefit's
//! source or result, a purpose after what the amount is for, "Given …" before a long name,
//! a share as a sentence's subject.

use super::*;

/// A Canadian ski resort: an industry and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Lifts", &["Lift Ops"]),
            ("Mountain Operations", &["Mountain Ops"]),
            ("Guest Services", &[]),
            ("Rentals", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Lift Ticket Scanners", "Lifts"),
            ("Snowmaking Expansion", "Mountain Operations"),
            ("Avalanche Forecasting Model", "Mountain Operations"),
            ("Rental Fleet Tracker", "Rentals"),
            ("Guest Mobile App", "Guest Services"),
            ("Payroll Integration", "Finance"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "noor", &dir())
}

fn reason(text: &str) -> Option<String> {
    read_one(text).rationale
}

#[test]
fn a_second_reason_joined_by_and_or_plus_stays_with_the_first() {
    assert_eq!(
        reason(
            "Snowmaking expansion approved (£900k). Why: two of the lower runs opened late \
             last season, and the old guns use twice the power."
        )
        .as_deref(),
        Some("two of the lower runs opened late last season, and the old guns use twice the power")
    );
    assert_eq!(
        reason(
            "Rental fleet tracker rejected at £80k: the numbers assume 20% more hires, which \
             nobody believes, and the paper tags worked fine all last winter."
        )
        .as_deref(),
        Some(
            "the numbers assume 20% more hires, which nobody believes, and the paper tags \
             worked fine all last winter"
        )
    );
    // A clause joined on that holds money, gives someone work or says when to look again
    // is not a second reason.
    assert_eq!(
        reason("Rental fleet tracker approved at £40k, the paper tags keep getting lost, and the vendor wants £5k more")
            .as_deref(),
        Some("the paper tags keep getting lost")
    );
    assert_eq!(
        reason("Guest app on hold, the vendor was bought out, and we will look again in March")
            .as_deref(),
        Some("the vendor was bought out")
    );
}

#[test]
fn b_slash_c_after_a_comma_marks_the_reason() {
    assert_eq!(
        reason("Parking the payroll integration until Q2 per Dana, b/c the HR data model is still changing")
            .as_deref(),
        Some("the HR data model is still changing")
    );
}

#[test]
fn a_reason_told_over_two_sentences_is_kept_whole() {
    let r = read_one(
        "Board signed off £75k for the ticket scanners. Couple of reasons. The old gates \
         freeze below minus ten. And the vendor ends support in January.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old gates freeze below minus ten. And the vendor ends support in January")
    );
    assert_eq!(
        r.date, None,
        "January is when support ends, not when it was decided"
    );
    assert_eq!(
        reason(
            "We're stopping the guest app. The agency missed two releases. Plus Guest \
             Services would rather put what's left into the web page."
        )
        .as_deref(),
        Some(
            "The agency missed two releases. Plus Guest Services would rather put what's \
             left into the web page"
        )
    );
    // A sentence that only says "same reasons" gives none.
    assert_eq!(
        reason("Lift ops turned down the ticket scanners again. Same reasons."),
        None
    );
}

#[test]
fn the_sentence_called_the_reason_wins_over_a_description() {
    assert_eq!(
        reason(
            "Approved the rental fleet tracker at £60k. It tags every ski and boot with a \
             chip. Main reason is the 400 pairs lost each season."
        )
        .as_deref(),
        Some("the 400 pairs lost each season")
    );
}

#[test]
fn a_reason_sentence_ends_at_a_follow_up_after_a_dash() {
    let r = read_one(
        "Avalanche forecasting model - keep going. Closures are down 30% since the relaunch \
         and the false alarms are fixed — @raj to send the numbers by EOM",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(
        r.rationale.as_deref(),
        Some("Closures are down 30% since the relaunch and the false alarms are fixed")
    );
}

#[test]
fn what_the_work_holds_is_no_reason() {
    // A list after the colon says what phase 2 is; the brief says what the work is.
    assert_eq!(
        reason(
            "Board approved £120k for the guest mobile app's phase 2: lift queue times, trail \
             status and a new map."
        ),
        None
    );
    assert_eq!(
        reason(
            "Lift ops approved the ticket scanners at £75k. Brief is new gates, a hands-free \
             reader and the pass check on the app."
        ),
        None
    );
    // What becomes of the kit after a stop, and a count of what the money buys, are no
    // reasons either; the sentence after them is.
    let r = read_one(
        "Two from the board: snowmaking approved at £900k; avalanche model formally closed, \
         servers to be sold.",
    );
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].rationale, None);
    assert_eq!(
        reason(
            "Board approved £900k for the snowmaking expansion on the north face, 40 new \
             guns. Those runs lose two weeks of every season."
        )
        .as_deref(),
        Some("Those runs lose two weeks of every season")
    );
}

#[test]
fn where_a_benefits_money_came_from_is_its_evidence() {
    let r = read_one(
        "The guest mobile app brought in an extra £22k in November from in-app lesson bookings",
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale.as_deref(), Some("in-app lesson bookings"));
    // Not who paid, nor the investment itself.
    assert_eq!(
        reason("The guest mobile app brought in £5k from the tour operator in November"),
        None
    );
    assert_eq!(
        reason("Finance banked £20k from the payroll integration work in October"),
        None
    );
}

#[test]
fn a_purpose_after_the_amount_or_what_it_is_for_is_the_reason() {
    assert_eq!(
        reason("Mountain ops: snowmaking expansion gets another £380k to finish the last 12 guns before the season")
            .as_deref(),
        Some("to finish the last 12 guns before the season")
    );
    assert_eq!(
        reason("The board has signed off an extra £60k for the rental fleet tracker to cover the chips for 2,000 skis.")
            .as_deref(),
        Some("to cover the chips for 2,000 skis")
    );
}

#[test]
fn a_reason_led_by_given_is_joined_however_long_the_name_after_it() {
    let r = read_one(
        "Given the Whistler lease runs out in 2028, the snowmaking expansion on the upper mountain is on hold",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the Whistler lease runs out in 2028")
    );
}

#[test]
fn a_sentence_whose_subject_is_a_share_is_the_reason() {
    let r = read_one(
        "Avalanche forecasting model: ops agreed to continue into next season at £190k. 64% of \
         call-outs are now flagged a day ahead and the old contract ends in June.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(
        r.rationale.as_deref(),
        Some("64% of call-outs are now flagged a day ahead and the old contract ends in June")
    );
}

#[test]
fn the_name_before_the_verdict_is_no_reason() {
    assert_eq!(
        reason("rental fleet tracker → OK from the board, £60k"),
        None
    );
    assert_eq!(
        reason("Lifts: ticket scanners 👍 signed off by the GM 2/11, £75k for the base area"),
        None
    );
}

#[test]
fn a_result_told_after_a_scene_setting_sentence_leaves_its_date_out() {
    let r = read_one(
        "Rental fleet tracker is live at both base areas. Lost skis down from 70 to 12 since \
         August, roughly £14k less in write-offs.",
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.rationale.as_deref(), Some("Lost skis down from 70 to 12"));
}

#[test]
fn a_reason_sentence_cut_short_at_its_and_reads_without_panicking() {
    for text in [
        "Board signed off £75k for the ticket scanners. The old gates freeze. And",
        "Board signed off £75k for the ticket scanners. The old gates freeze. And the",
        "We're stopping the guest app. The agency missed two releases. Plus",
    ] {
        let r = read_one(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
    }
}
