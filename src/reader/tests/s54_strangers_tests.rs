//! Readings of forms from round S54's writers, the updates and terse lines of a Zanzibar
//! seaweed cooperative writing Tanzanian English with Swahili, a Nova Scotia wild blueberry
//! freezer writing Maritime English, and an Icelandic geothermal glasshouse writing
//! second-language English, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A coffee curing mill in Moshi, Tanzania: the curing floor, the warehouse and the office,
/// in Tanzanian shillings, dates day first.
fn curing_mill_dir() -> StaticDirectory {
    directory(
        &[
            ("Curing", &["Curing Floor"]),
            ("Warehouse", &["Store"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Hulling Machine", "Curing"),
            ("Bean Sorter", "Curing"),
            ("Warehouse Racking", "Warehouse"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_mill(text: &str) -> Reading {
    read_day_first_in(text, "neema", "TZS", &curing_mill_dir())
}

/// A sheep farm and wool shop near Egilsstaðir, Iceland: the sheds, the wool shop and the
/// office, in Icelandic krónur, dates day first.
fn sheep_farm_dir() -> StaticDirectory {
    directory(
        &[
            ("Sheds", &["Sheep Sheds"]),
            ("Wool Shop", &["Shop"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Shearing Trailer", "Sheds"),
            ("Hay Baler", "Sheds"),
            ("Spinning Machine", "Wool Shop"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_farm(text: &str) -> Reading {
    read_day_first_in(text, "helga", "ISK", &sheep_farm_dir())
}

/// `units` krónur (the króna has no minor unit).
fn isk(units: i64) -> Option<Money> {
    Some(Money::new(units, Currency::from_code("ISK").unwrap()))
}

/// "TSh 38,500,000", "Tsh 7.4m", "TShs 900,000": the Tanzanian shilling's own
/// abbreviation before the figure, wherever the tenant counts; and a bare "Shs" or
/// "shillings" where the tenant counts in Tanzanian shillings.
#[test]
fn the_tanzanian_shilling_is_read_in_its_tanzanian_forms() {
    for (text, units) in [
        (
            "The board approved the hulling machine, TSh 38,500,000.",
            38_500_000,
        ),
        ("Bean sorter approved, Tsh 7.4m.", 7_400_000),
        ("Office laptops approved at TShs 900,000.", 900_000),
        ("Warehouse racking approved, Shs 12m.", 12_000_000),
        (
            "Hulling machine approved, 45 million shillings.",
            45_000_000,
        ),
        ("Bean sorter approved, TZS 30 million.", 30_000_000),
    ] {
        let r = read_mill(text);
        assert_eq!(r.amount, whole(units, "TZS"), "{text}: {r:?}");
    }
    // Written where the tenant counts in pounds, "TSh" is still the Tanzanian shilling;
    // a bare "shillings" there stays the Kenyan one, as before.
    let dir = curing_mill_dir();
    let r = read_day_first_in("Bean sorter approved, TSh 7.4m.", "neema", "GBP", &dir);
    assert_eq!(r.amount, whole(7_400_000, "TZS"), "{r:?}");
    let r = read_day_first_in(
        "Bean sorter approved, 450,000 shillings.",
        "neema",
        "GBP",
        &dir,
    );
    assert_eq!(r.amount, whole(450_000, "KES"), "{r:?}");
}

/// "kr. 6.800.000", "7,2 m.kr.", "3,1 milljón", "12,4 millj. kr.", "ISK 2.400.000": the
/// króna as Icelandic writers put it — dots for thousands, a comma for the decimal, "m.kr."
/// and "millj." for millions, "milljón(ir)" written out.
#[test]
fn the_icelandic_krona_is_read_in_its_icelandic_forms() {
    for (text, units) in [
        ("Shearing trailer approved, kr. 6.800.000.", 6_800_000),
        ("Hay baler approved, 7,2 m.kr.", 7_200_000),
        ("Spinning machine approved, 3,1 milljón.", 3_100_000),
        (
            "Hay baler approved by the board, 12,4 millj. kr.",
            12_400_000,
        ),
        ("Shearing trailer approved at 96 m.kr.", 96_000_000),
        ("Office laptops approved, ISK 2.400.000.", 2_400_000),
        ("Hay baler approved, 4 milljónir króna.", 4_000_000),
        ("Spinning machine approved, 1.800.000 kr.", 1_800_000),
    ] {
        let r = read_farm(text);
        assert_eq!(r.amount, isk(units), "{text}: {r:?}");
    }
    // A Norwegian tenant's "kr" stays its krone.
    let dir = sheep_farm_dir();
    let r = read_day_first_in("Hay baler approved, kr 85.000.", "helga", "NOK", &dir);
    assert_eq!(
        r.amount,
        Some(Money::new(8_500_000, Currency::from_code("NOK").unwrap()))
    );
    let _ = Verdict::Approve;
}
