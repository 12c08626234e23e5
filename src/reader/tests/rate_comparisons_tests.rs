//! Amounts that are not the record's: a price per thing set against another ("$48 a bushel
//! vs $30 at harvest": both prices of one thing, never what a benefit brought, which is the
//! sum the message works out after them), and a refusal's price in a later item of minutes.

use super::*;

/// A creamery: the dairy, the shop, finance.
fn creamery() -> StaticDirectory {
    test_names::directory(
        &[
            ("Dairy", &["Parlour"]),
            ("Farm Shop", &["Shop"]),
            ("Finance", &[]),
        ],
        &[
            ("Cheese Cave Cooling", "Dairy"),
            ("Shop Tills", "Farm Shop"),
        ],
    )
}

#[test]
fn a_price_set_against_a_price_per_thing_is_no_benefit() {
    for (text, want) in [
        (
            "Cheese cave cooling is paying off: we sold the aged cheddar at $14 a pound vs $9 \
             fresh, roughly $36k more than last year",
            36_000,
        ),
        (
            "Cheese cave cooling has earned its keep. Cheddar went at $14 a pound versus $9 \
             last winter, about $31k more in sales",
            31_000,
        ),
    ] {
        let r = test_names::read_us(text, "Wren", "2026-11-27", &creamery());
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.amount, test_names::whole(want, "USD"), "{text}: {r:?}");
    }
}

/// "<running thing> gets another year (of support)" gives it a further term: a continue, as
/// "renewed for another year" is; an item of minutes of its own among others.
#[test]
fn a_running_thing_given_another_year_goes_on() {
    let text = "From the dairy board: the shop tills get another year of support, $3K.";
    let r = test_names::read_us(text, "Wren", "2026-11-27", &creamery());
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Shop Tills"), "{text}: {r:?}");
}

/// Three items of a committee's outcome parted by ";", the last a refusal with its price:
/// the refusal's price is never the first item's amount.
#[test]
fn a_refusals_price_in_a_later_item_is_not_the_first_items_amount() {
    let text = "From today's board: cheese cave cooling goes ahead, $85K; the shop tills get \
                another year of support, $12K; and we said no to a new milk float, $210K is \
                way too rich this year.";
    let first = test_names::read_us(text, "Wren", "2026-11-27", &creamery());
    assert_eq!(
        first.investment.as_deref(),
        Some("Cheese Cave Cooling"),
        "{first:?}"
    );
    assert_eq!(first.amount, test_names::whole(85_000, "USD"), "{first:?}");
    assert!(
        first
            .also
            .iter()
            .any(|r| r.verdict == Some(Verdict::Reject)
                && r.amount == test_names::whole(210_000, "USD")),
        "{first:?}"
    );
}

/// Under a deciding body's heading, items parted by ";": a last item where "we" say a verdict
/// of our own on a thing the directory lacks is a record of its own, its price its own.
#[test]
fn a_verdict_we_say_in_a_later_item_under_a_boards_heading_is_its_own_record() {
    let text = "From today's board: cheese cave cooling goes to the north barn, $85K; the shop \
                tills get another year of support, $12K; and we said no to the dairy's new milk \
                float, $210K is way too rich this year.";
    let first = test_names::read_us(text, "Wren", "2026-11-27", &creamery());
    assert_ne!(first.amount, test_names::whole(210_000, "USD"), "{first:?}");
    let refusal = first
        .also
        .iter()
        .find(|r| r.verdict == Some(Verdict::Reject))
        .unwrap_or_else(|| panic!("no refusal of its own: {first:?}"));
    assert_eq!(
        refusal.amount,
        test_names::whole(210_000, "USD"),
        "{first:?}"
    );
    assert_ne!(
        refusal.investment.as_deref(),
        Some("Shop Tills"),
        "{first:?}"
    );
}
