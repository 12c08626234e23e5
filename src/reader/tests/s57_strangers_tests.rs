//! Readings of forms from round S57's writers, the updates and terse lines of a Trinidad
//! steelpan maker, a Mauritian model-ship workshop writing English with Kreol and French,
//! and a Samoan beach fale resort, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A vanilla curing house on Rodrigues: the curing sheds, the packing room and the office.
fn vanilla_dir() -> StaticDirectory {
    directory(
        &[
            ("Curing", &["Curing Sheds"]),
            ("Packing", &["Packing Room"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Drying Racks", "Curing"),
            ("Vacuum Sealer", "Packing"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the curing house, counting in `currency`.
fn read_vanilla(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "priya", currency, &vanilla_dir())
}

#[test]
fn a_mauritian_tenants_rupee_is_its_own() {
    for (text, units) in [
        ("Drying racks approved at Rs 450,000", 450_000),
        ("Vacuum sealer approved, Rs 1.2M for the two", 1_200_000),
        ("Office laptops approved, MUR 85,000", 85_000),
        ("Drying racks approved, 300,000 rupees", 300_000),
    ] {
        assert_eq!(
            read_vanilla(text, "MUR").amount,
            whole(units, "MUR"),
            "{text}"
        );
    }
    // Elsewhere "Rs" stays the Indian rupee.
    assert_eq!(
        read_vanilla("Drying racks approved at Rs 450,000", "GBP").amount,
        whole(450_000, "INR")
    );
}

#[test]
fn a_samoan_tenants_dollar_is_the_tala() {
    for (text, units, code) in [
        ("Drying racks approved at $68,000 tala", 68_000, "WST"),
        ("Vacuum sealer approved, WST 98,000", 98_000, "WST"),
        ("Office laptops approved, WS$12,500", 12_500, "WST"),
        ("Drying racks approved, $98k", 98_000, "WST"),
        ("Office laptops approved, NZ$4,000", 4_000, "NZD"),
    ] {
        assert_eq!(read_vanilla(text, "WST").amount, whole(units, code), "{text}");
    }
    // Elsewhere a bare "$" stays the US dollar.
    assert_eq!(
        read_vanilla("Drying racks approved, $98k", "GBP").amount,
        whole(98_000, "USD")
    );
}

#[test]
fn mauritius_and_samoa_start_their_financial_year_in_july() {
    let text = "Drying racks are parked till the new financial year, no budget left.";
    for currency in ["MUR", "WST"] {
        let r = read_vanilla(text, currency);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{currency}: {r:?}");
        assert_eq!(r.review_date, "2027-07-01".parse().ok(), "{currency}");
    }
}
