//! Currencies of tenants the corpus had not met: the Ghanaian cedi, the Malaysian ringgit,
//! the Trinidad and Tobago dollar, and the Pakistani and Sri Lankan rupees (whose "Rs" and
//! "rupees" are the tenant's own, not India's), worded for invented organisations.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A Kumasi cocoa buying company: the depots, the haulage, the office.
fn kumasi_dir() -> StaticDirectory {
    directory(
        &[
            ("Depots", &["Buying Depots"]),
            ("Haulage", &["Trucks"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Depot Scales", "Depots"),
            ("Truck Tracking", "Haulage"),
            ("Accounts System", "Office"),
        ],
    )
}

fn amount(text: &str, currency: &str) -> Option<Money> {
    read_day_first_in(text, "ama", currency, &kumasi_dir()).amount
}

#[test]
fn a_ghanaian_tenants_cedi_is_read_written_every_way() {
    for (text, units) in [
        ("Depot scales approved at GH₵ 450,000", 450_000),
        ("Truck tracking approved, GHS 1.2m for the fleet", 1_200_000),
        ("Depot scales approved at ₵85,000", 85_000),
        ("Accounts system approved, 300k cedis", 300_000),
    ] {
        assert_eq!(amount(text, "GHS"), whole(units, "GHS"), "{text}");
    }
    // Written where the tenant counts in pounds, the cedi is still the cedi.
    assert_eq!(
        amount("Depot scales approved at GH₵ 450,000", "GBP"),
        whole(450_000, "GHS")
    );
}

#[test]
fn a_malaysian_tenants_ringgit_is_read_with_its_rm() {
    for (text, units) in [
        ("Depot scales approved at RM 450,000", 450_000),
        ("Truck tracking approved, RM1.2m for the fleet", 1_200_000),
        ("Accounts system approved, 300k ringgit", 300_000),
        ("Truck tracking approved, MYR 80k", 80_000),
    ] {
        assert_eq!(amount(text, "MYR"), whole(units, "MYR"), "{text}");
    }
}

#[test]
fn a_trinidad_tenants_dollar_is_the_tt_dollar() {
    for (text, units, code) in [
        ("Depot scales approved at TT$450,000", 450_000, "TTD"),
        (
            "Truck tracking approved, $1.2m for the fleet",
            1_200_000,
            "TTD",
        ),
        ("Accounts system approved, US$30,000", 30_000, "USD"),
    ] {
        assert_eq!(amount(text, "TTD"), whole(units, code), "{text}");
    }
}

#[test]
fn rupees_are_the_tenants_own_where_it_counts_in_rupees() {
    for code in ["PKR", "LKR"] {
        for (text, units) in [
            ("Depot scales approved at Rs 4.5m", 4_500_000),
            ("Truck tracking approved, 900,000 rupees", 900_000),
        ] {
            assert_eq!(amount(text, code), whole(units, code), "{code}: {text}");
        }
    }
    // Elsewhere "Rs" stays the Indian rupee.
    assert_eq!(
        amount("Depot scales approved at Rs 4.5m", "GBP"),
        whole(4_500_000, "INR")
    );
}

#[test]
fn the_new_financial_year_is_the_one_each_new_currencys_country_keeps() {
    // Pakistan's and Uganda's financial years start on 1 July, Trinidad and Tobago's on 1 October, Sri
    // Lanka's (its year of assessment), Hong Kong's and New Zealand's on 1 April; Ghana's and
    // Malaysia's are the calendar year. Today is Friday 2026-11-27.
    let text = "Truck tracking is parked till the new financial year, no budget left.";
    for (currency, starts) in [
        ("PKR", "2027-07-01"),
        ("UGX", "2027-07-01"),
        ("TTD", "2027-10-01"),
        ("LKR", "2027-04-01"),
        ("HKD", "2027-04-01"),
        ("NZD", "2027-04-01"),
        ("GHS", "2027-01-01"),
        ("MYR", "2027-01-01"),
    ] {
        let r = read_day_first_in(text, "ama", currency, &kumasi_dir());
        assert_eq!(r.verdict, Some(Verdict::Defer), "{currency}: {r:?}");
        assert_eq!(
            r.review_date,
            starts.parse().ok(),
            "{currency}: the new financial year starts on {starts}"
        );
    }
}
