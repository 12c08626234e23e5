//! A price per thing set against another ("$48 a bushel vs $30 at harvest", "£2.10 a
//! litre against £1.70 last year"): both are prices of one thing, never what a benefit
//! brought, which is the sum the message works out after them.

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
