//! Reasons the reader used to lose or cut short: after a dash that follows the amount, in
//! the sentence after a plan, holding money of their own (before or after the verdict), or
//! holding a unit's alias or a date; and reasons said with "given", "so that", "Why?", "the
//! driver is", "as long as", "on the back of".

use super::*;

/// A botanic garden trust: an industry and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Horticulture", &["Gardens"]),
            ("Visitor Experience", &["Visitors"]),
            ("Estates", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Glasshouse Climate Control", "Horticulture"),
            ("Timed Ticketing System", "Visitor Experience"),
            ("Membership App", "Visitor Experience"),
            ("Irrigation Sensors", "Estates"),
            ("Plant Records Database", "Horticulture"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "isla", &dir())
}

fn reason(text: &str) -> Option<String> {
    read_one(text).rationale
}

#[test]
fn a_reason_after_a_dash_that_follows_the_amount_is_kept() {
    let r = read_one("Glasshouse climate control greenlit, £560k - lottery funding confirmed");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.amount,
        Some(Money::parse("£560k", Currency::GBP).unwrap())
    );
    assert_eq!(r.rationale.as_deref(), Some("lottery funding confirmed"));
    let r = read_one("irrigation sensors approved, £240k - payback is under 4 yrs");
    assert_eq!(r.rationale.as_deref(), Some("payback is under 4 yrs"));
    assert_eq!(r.years, None, "years to pay back are not a benefit horizon");
}

#[test]
fn a_reason_in_the_sentence_after_a_plan_is_kept() {
    let r = read_one(
        "Timed ticketing system is decided!! budget £280k, go-live is planned for May. \
         The current system double-sells the morning slots.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The current system double-sells the morning slots")
    );
}

#[test]
fn a_reason_holding_money_is_kept_and_its_money_is_not_the_amount() {
    let r = read_one(
        "Finance committee 19/11: membership app approved at £310k. \
         Agency spend on gardeners is £1.9m over plan YTD",
    );
    assert_eq!(
        r.amount,
        Some(Money::parse("£310k", Currency::GBP).unwrap())
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Agency spend on gardeners is £1.9m over plan YTD")
    );
    let r = read_one(
        "Overtime in the glasshouses is £310k over plan, so the climate control is approved at £30k",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.amount,
        Some(Money::parse("£30k", Currency::GBP).unwrap()),
        "the money of the reason before the verdict is not what was approved"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Overtime in the glasshouses is £310k over plan")
    );
}

#[test]
fn a_condition_or_a_basis_keeps_its_words() {
    assert_eq!(
        reason(
            "Irrigation sensors approved at £36k, as long as the supplier waives the install fee"
        )
        .as_deref(),
        Some("as long as the supplier waives the install fee")
    );
    assert_eq!(
        reason("Trustees approved the membership app's gift add-on, £18k, on the back of the app taking 38% of renewals")
            .as_deref(),
        Some("on the back of the app taking 38% of renewals")
    );
}
