//! Money we pay by the period, the period said at the end of the clause that says who is paid
//! for what: "it will save the 22m we pay the auditors for the reconciliations every year" is
//! 22m a year, not 22m over the thing's years. Worded for an invented Jinja brewery.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn jinja_dir() -> StaticDirectory {
    directory(
        &[("Finance", &["Accounts"]), ("Brewhouse", &["Brewing"])],
        &[
            ("Accounting System", "Finance"),
            ("Bottle Washer", "Brewhouse"),
        ],
    )
}

#[test]
fn money_we_pay_someone_for_something_every_year_is_by_the_year() {
    for (text, yearly) in [
        (
            "Grace proposes a cloud accounting system. 14m setup and 6m per year subscription, but it will save the 22m we pay the auditors for the reconciliations every year. She says we can use it for at least 5 years.",
            22_000_000,
        ),
        (
            "Bottle washer proposal: 40m to buy, and it saves the 9m we spend on casual labour for rinsing each year. Good for 8 years.",
            9_000_000,
        ),
    ] {
        let r = read_day_first_in(text, "grace", "UGX", &jinja_dir());
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(
            r.annual_benefit.map(|m| m.minor),
            Some(yearly),
            "{text}: {r:?}"
        );
    }
    // A saving over the years with no period in its own clause is still spread over them.
    let text = "Bottle washer proposal: 40m to buy, and it saves 72m over its life. Good for 8 years, we wash every day.";
    let r = read_day_first_in(text, "grace", "UGX", &jinja_dir());
    assert_eq!(
        r.annual_benefit.map(|m| m.minor),
        Some(9_000_000),
        "{text}: {r:?}"
    );
}
