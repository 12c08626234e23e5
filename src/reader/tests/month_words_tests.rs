//! "May" and "March" are words as well as months: right after the "to" of work moved to a
//! time ("put back to May", "moved to March") they are the month.

use super::*;

/// A marina: moorings, the chandlery, finance.
fn marina() -> StaticDirectory {
    test_names::directory(
        &[
            ("Moorings", &["Pontoons"]),
            ("Chandlery", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Pontoon Lighting", "Moorings"),
            ("Chandlery Tills", "Chandlery"),
        ],
    )
}

#[test]
fn work_put_back_to_may_is_deferred_to_may() {
    for text in [
        "The pontoon lighting is put back to May.",
        "Chandlery tills moved to March, the supplier is short of stock.",
    ] {
        let r = test_names::read_on_test_day(text, "Kit", &marina());
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert!(r.review_date.is_some(), "{text}: {r:?}");
    }
}
