//! A heading of minutes ("Board 3/12 recap:") says who met and when: a word of it that an
//! investment's name starts with ("Board" for the board portal) names no item.

use super::*;

/// A food bank: warehouse, outreach, governance, finance.
fn food_bank() -> StaticDirectory {
    test_names::directory(
        &[
            ("Warehouse", &["Depot"]),
            ("Outreach", &["Volunteers"]),
            ("Governance", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Volunteer Scheduling App", "Outreach"),
            ("Board Portal", "Governance"),
            ("Cold Room Extension", "Warehouse"),
        ],
    )
}

#[test]
fn a_body_heading_the_minutes_is_no_items_investment() {
    let text = "Board 3/12 recap:\n• volunteer app - approved, $12,000\n• board portal - pushed to the Feb meeting\n• carols at the depot again";
    let r = test_names::read_on_test_day(text, "Mo", &food_bank());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Volunteer Scheduling App"),
        "{r:?}"
    );
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Board Portal"),
        "{r:?}"
    );
}
