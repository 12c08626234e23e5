//! Reasons the reader missed or invented on a stranger's text: a condition after "yes if",
//! a sentence telling what the work will do ("It'll hold …") taken for the reason, a reason
//! sentence with its own date missed, and a benefit's result told after its name without a
//! count or before "and saved £…".

use super::*;

/// A Québec maple syrup co-operative writing English: an industry and wording the reader's
/// corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Sugarbush", &["Tapping"]),
            ("Grading Lab", &["Lab"]),
            ("Sales", &["Export"]),
            ("Finance", &[]),
            ("IT", &[]),
        ],
        &[
            ("Tubing Line Sensors", "Sugarbush"),
            ("Evaporator Controls", "Sugarbush"),
            ("Lot Tracing System", "Grading Lab"),
            ("Export Web Shop", "Sales"),
            ("Member Payments Portal", "Finance"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "sylvie", &dir())
}

fn reason(text: &str) -> Option<String> {
    read_one(text).rationale
}

#[test]
fn a_yes_on_a_condition_keeps_the_condition_as_its_reason() {
    assert_eq!(
        reason("Tubing line sensors: yes if the federation covers half, £48k").as_deref(),
        Some("if the federation covers half")
    );
    assert_eq!(
        reason("Evaporator controls: yes if the provincial grant covers half, £60k").as_deref(),
        Some("if the provincial grant covers half")
    );
    // "if needed" after a plain approval tells no condition of the verdict.
    assert_eq!(
        reason("Approved the export web shop at £30k, we'll add a French page if needed.")
            .as_deref(),
        None
    );
}

#[test]
fn a_sentence_telling_what_the_work_will_do_is_no_reason() {
    assert_eq!(
        reason(
            "Lot tracing system approved at £22k. It'll hold every barrel's grade, lab \
             results and buyer in one place."
        )
        .as_deref(),
        None
    );
    assert_eq!(
        reason("Approved the member payments portal at £40k. It will let members see their cheques online.")
            .as_deref(),
        None
    );
}

#[test]
fn a_reason_sentence_with_its_own_date_after_the_verdict_is_the_reason() {
    assert_eq!(
        reason(
            "Lot tracing system approved at £30k. Quebec's food code makes lot tracing \
             mandatory for exporters from May."
        )
        .as_deref(),
        Some("Quebec's food code makes lot tracing mandatory for exporters from May")
    );
}

#[test]
fn a_benefits_result_told_after_its_name_is_its_evidence() {
    let r = read_one("Export web shop helped win the Tokyo distributor, £120k in orders");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("helped win the Tokyo distributor")
    );
    let r = read_one(
        "Tubing line sensors cut leak hunting by 9 hours a week and saved £14k in labour in November",
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("cut leak hunting by 9 hours a week")
    );
}

#[test]
fn results_listed_after_a_continue_are_its_reason_together() {
    assert_eq!(
        reason("Evaporator controls: we keep them. Fewer scorched batches, 40 more barrels graded A since March.")
            .as_deref(),
        Some("Fewer scorched batches, 40 more barrels graded A since March")
    );
    assert_eq!(
        reason("Export web shop: continue as planned. 2 300 buyers now, phone orders down 18 %.")
            .as_deref(),
        Some("2 300 buyers now, phone orders down 18 %")
    );
}

#[test]
fn a_place_in_brackets_or_no_change_is_no_reason() {
    assert_eq!(
        reason("Tubing line sensors approved for phase 1 only (Beauce), £210k").as_deref(),
        None
    );
    assert_eq!(
        reason("Evaporator controls: we'll keep going, no change to the budget").as_deref(),
        None
    );
    assert_eq!(
        reason("approved the extra £20k for the export web shop, no biggie").as_deref(),
        None
    );
}

#[test]
fn a_client_renewing_is_news_that_explains_the_verdict() {
    assert_eq!(
        reason(
            "Sales: export web shop approved after all, £48k, the Tokyo client renewed for 3 years"
        )
        .as_deref(),
        Some("the Tokyo client renewed for 3 years")
    );
}

#[test]
fn a_condition_after_a_look_again_date_is_the_reason() {
    assert_eq!(
        reason("Lot tracing system, no-go for now. Revisit in March when the new lab manager is on board.")
            .as_deref(),
        Some("when the new lab manager is on board")
    );
}

#[test]
fn after_a_refusal_the_price_and_what_is_said_with_it_are_the_case_against_it() {
    assert_eq!(
        reason("Member payments portal: no. Vendor quoted £210k and our cheque run already does most of it.")
            .as_deref(),
        Some("Vendor quoted £210k and our cheque run already does most of it")
    );
    assert_eq!(
        reason("Export web shop rejected by the board, £640k and the team sells fine by phone")
            .as_deref(),
        // The price joined by "and" stays in the reason (convention 26).
        Some("£640k and the team sells fine by phone")
    );
}

#[test]
fn a_benefits_result_keeps_its_own_subject_and_leaves_its_heading_out() {
    let r = read_one(
        "Lot tracing system went live on 10/1. Barrel grading work reduced by 60 hours a month, approx. £4,100 saved in November",
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Barrel grading work reduced by 60 hours a month")
    );
    assert_eq!(
        reason(
            "Evaporator controls: the last quarter gave 2,4 GWh less gas burned, approx £19k saved"
        )
        .as_deref(),
        Some("2,4 GWh less gas burned")
    );
    assert_eq!(
        reason("Sugarbush: tubing line sensors pilot result - leaks found 30% → 5%, saved approx. £12k of sap in November")
            .as_deref(),
        Some("leaks found 30% → 5%")
    );
}

#[test]
fn what_would_happen_without_it_is_no_second_result() {
    assert_eq!(
        reason(
            "Lot tracing system: the scanners caught 14 mislabelled barrels in October, \
             without it we would need 2 more graders, that is about £30k per year."
        )
        .as_deref(),
        Some("the scanners caught 14 mislabelled barrels")
    );
}

#[test]
fn a_look_again_ends_the_reason_sentence_after_the_verdict() {
    assert_eq!(
        reason("Evaporator controls v2 is a no from me and Luc. v1 is good enough for now, revisit mid-Jan")
            .as_deref(),
        Some("v1 is good enough for now")
    );
}

#[test]
fn after_a_refusal_what_the_work_is_says_why() {
    assert_eq!(
        reason("Member payments portal — no. It's a spreadsheet with a login page.").as_deref(),
        Some("It's a spreadsheet with a login page")
    );
    // After an approval it only describes the work.
    assert_eq!(
        reason("Member payments portal approved at £40k. It's a web page and a cheque export.")
            .as_deref(),
        None
    );
}

#[test]
fn a_benefits_result_after_its_name_and_what_it_is_for_is_its_evidence() {
    assert_eq!(
        reason("Export web shop for Japan booked 4,100 orders in November, worth about £23k")
            .as_deref(),
        Some("booked 4,100 orders")
    );
}

#[test]
fn a_benefits_result_told_after_its_money_is_its_evidence() {
    assert_eq!(
        reason("Lot tracing system saved us approx. £6,500 in recall costs this year, and we found 37 mislabelled barrels")
            .as_deref(),
        Some("we found 37 mislabelled barrels")
    );
    assert_eq!(
        reason("Evaporator controls saved roughly £21k in November — it caught 41 scorched pans, so 2 staff moved to bottling")
            .as_deref(),
        Some("it caught 41 scorched pans, so 2 staff moved to bottling")
    );
}

#[test]
fn a_condition_with_a_time_inside_it_is_still_the_condition() {
    assert_eq!(
        reason("Member payments portal: CFO said hold off until the Q1 cheque numbers are in. Let's look at it again mid-Feb.")
            .as_deref(),
        Some("until the Q1 cheque numbers are in")
    );
    // "until the spring" is only a time; "till Q1 as …" gives the reason after the time.
    assert_eq!(
        reason("Member payments portal on hold until the spring.").as_deref(),
        None
    );
    assert_eq!(
        reason("Member payments portal on hold till Q1 as member cheques are frozen").as_deref(),
        Some("member cheques are frozen")
    );
}

#[test]
fn what_an_earlier_phase_did_is_the_reason_for_the_next() {
    assert_eq!(
        reason("Evaporator controls phase 2 approved, £260k — phase 1 lifted syrup yield 3.2% on the north lines")
            .as_deref(),
        Some("phase 1 lifted syrup yield 3.2% on the north lines")
    );
}
