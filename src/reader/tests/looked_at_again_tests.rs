//! "We look at the kiln burners again at the end of January when we have the December
//! firing figures": the thing named between "look at" and "again" does not stop the clause
//! saying when to look again, and the month of the figures waited for is no review date.
//! Worded for an invented Akureyri bakery.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn akureyri_dir() -> StaticDirectory {
    directory(
        &[("Ovens", &["Baking"]), ("Shop", &["Sales"])],
        &[("Kiln Burners", "Ovens"), ("Shop Tills", "Shop")],
    )
}

fn day(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

#[test]
fn the_time_to_look_at_the_named_thing_again_is_the_review_date() {
    for (text, review) in [
        (
            "We look at the kiln burners again in the end of January when we have the December firing figures.",
            "2027-01-31",
        ),
        (
            "Kiln burners on hold. We'll check the kiln burners again at the end of February, once we have the January gas bill.",
            "2027-02-28",
        ),
        (
            "Shop tills: we look at the new tills again in March when the November and December sales are counted.",
            "2027-03-01",
        ),
    ] {
        let r = read_day_first_in(text, "sigga", "ISK", &akureyri_dir());
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, day(review), "{text}: {r:?}");
    }
    // Said without a thing between, as before.
    let text = "Parking the kiln burners, look again end of January when we have the December firing figures.";
    let r = read_day_first_in(text, "sigga", "ISK", &akureyri_dir());
    assert_eq!(r.review_date, day("2027-01-31"), "{text}: {r:?}");
}

#[test]
fn what_the_look_again_waits_for_is_the_reason() {
    for text in [
        "We look at the kiln burners again in the end of January when we have the December firing figures.",
        "Kiln burners on hold, we look at it again in January when we have the December firing figures.",
    ] {
        let r = read_day_first_in(text, "sigga", "ISK", &akureyri_dir());
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(
            r.rationale.as_deref(),
            Some("when we have the December firing figures"),
            "{text}: {r:?}"
        );
    }
}
