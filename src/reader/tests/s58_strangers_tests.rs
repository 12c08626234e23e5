//! Readings of forms from round S58's writers, the emails and minutes of a Botswana tannery,
//! the Kriol lines of a Belize pepper sauce factory and the Orcadian notes of an Orkney
//! auction mart, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A honey cooperative in the Okavango panhandle: the extraction room, the hives and the
/// office.
fn honey_dir() -> StaticDirectory {
    directory(
        &[
            ("Extraction", &["Extraction Room"]),
            ("Apiary", &["Hives"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Honey Press", "Extraction"),
            ("Hive Stands", "Apiary"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the honey cooperative, counting in `currency`.
fn read_honey(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "mpho", currency, &honey_dir())
}

#[test]
fn a_botswana_tenants_p_is_the_pula() {
    for (text, units) in [
        ("Honey press approved at P 1 250 000", 1_250_000),
        ("Hive stands approved, P85k", 85_000),
        ("Office laptops approved, P 610k", 610_000),
        ("Honey press approved, BWP 2.3m", 2_300_000),
        ("Hive stands approved, 40,000 pula", 40_000),
    ] {
        assert_eq!(
            read_honey(text, "BWP").amount,
            whole(units, "BWP"),
            "{text}"
        );
    }
    // Elsewhere a "P" written onto a number stays the Philippine peso.
    assert_eq!(
        read_honey("Hive stands approved, P85k", "PHP").amount,
        whole(85_000, "PHP")
    );
}

#[test]
fn a_belize_tenants_dollar_is_its_own() {
    for (text, units, code) in [
        ("Honey press approved, $38,500", 38_500, "BZD"),
        ("Hive stands approved, BZ$62,000", 62_000, "BZD"),
        ("Office laptops approved, US$4,800", 4_800, "USD"),
    ] {
        assert_eq!(
            read_honey(text, "BZD").amount,
            whole(units, code),
            "{text}"
        );
    }
}

#[test]
fn botswana_and_belize_start_their_financial_year_in_april() {
    let text = "Honey press is parked till the new financial year, no budget left.";
    for currency in ["BWP", "BZD"] {
        let r = read_honey(text, currency);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{currency}: {r:?}");
        assert_eq!(r.review_date, "2027-04-01".parse().ok(), "{currency}");
    }
}
