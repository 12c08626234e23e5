//! The digest's standard measures against hand computations: each expected value was
//! worked out with exact fractions and rounded to the minor unit once, at the end.

use chrono::NaiveDate;
use valuebridge::digest::measures::{self, Rate};

const GREEN_BOOK: Rate = Rate(35_000);

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn two(r: Option<f64>) -> Option<String> {
    r.map(|r| format!("{r:.4}"))
}

#[test]
fn present_value_of_an_annual_amount() {
    // (annual minor units, rate, years, Σ_{t=1..N} B/(1+r)^t rounded to the minor unit)
    let cases = [
        (40_000_000, GREEN_BOOK, 3, 112_065_479),  // 1,120,654.7923…
        (2_000_000, GREEN_BOOK, 3, 5_603_274),     // 56,032.7396…
        (3_000_000, GREEN_BOOK, 5, 13_545_157),    // 135,451.5712…
        (12_345_678, GREEN_BOOK, 30, 227_062_270), // thirty years of discounting
        (100_000_000, GREEN_BOOK, 10, 831_660_532), // 8,316,605.3225…
        (10_000, Rate(100_000), 1, 9_091),         // 100 / 1.1 = 90.909…
        (99, Rate(50_000), 2, 184),                // 0.99/1.05 + 0.99/1.05² = 1.8408…
        (40_000_000, Rate(0), 3, 120_000_000),     // no discounting: N · B
        (40_000_000, GREEN_BOOK, 0, 0),            // N = 0: no benefit years
        (0, GREEN_BOOK, 5, 0),
        // An exact half rounds away from zero: 5 / (1 + 100%) = 2.5 → 3.
        (5, Rate(1_000_000), 1, 3),
        (-5, Rate(1_000_000), 1, -3),
    ];
    for (annual, rate, years, expected) in cases {
        assert_eq!(
            measures::pv_annual(annual, rate, years),
            expected,
            "{annual} a year for {years} years at {rate:?}"
        );
    }
}

#[test]
fn npv_bcr_roi_and_payback() {
    struct Case {
        what: &'static str,
        c: i64,
        r: i64,
        b: i64,
        n: u32,
        npv: i128,
        bcr: Option<&'static str>,
        roi: Option<&'static str>,
        payback: Option<&'static str>,
    }
    let cases = [
        Case {
            // PV benefits 1,120,654.79; PV costs 250,000 + 56,032.74.
            what: "the CRM replacement: C 250k, R 20k, B 400k, N 3",
            c: 25_000_000,
            r: 2_000_000,
            b: 40_000_000,
            n: 3,
            npv: 112_065_479 - 30_603_274,
            bcr: Some("3.6619"),
            roi: Some("2.8710"),     // (1,200,000 − 310,000) / 310,000
            payback: Some("0.6579"), // 250,000 / 380,000
        },
        Case {
            what: "no running cost: C 100k, B 30k, N 5",
            c: 10_000_000,
            r: 0,
            b: 3_000_000,
            n: 5,
            npv: 13_545_157 - 10_000_000,
            bcr: Some("1.3545"),
            roi: Some("0.5000"),     // (150,000 − 100,000) / 100,000
            payback: Some("3.3333"), // 100,000 / 30,000
        },
        Case {
            what: "N = 0: only the one-off cost counts",
            c: 100_000,
            r: 50_000,
            b: 90_000,
            n: 0,
            npv: -100_000,
            bcr: Some("0.0000"),
            roi: Some("-1.0000"),
            payback: None, // 100,000 / 40,000 = 2.5 > 0 years
        },
        Case {
            what: "B = R: never pays back",
            c: 10_000,
            r: 5_000,
            b: 5_000,
            n: 4,
            npv: -10_000,
            bcr: Some("0.6475"),  // 18,365 / (10,000 + 18,365)
            roi: Some("-0.3333"), // (20,000 − 30,000) / 30,000
            payback: None,
        },
        Case {
            what: "B < R",
            c: 10_000,
            r: 6_000,
            b: 5_000,
            n: 2,
            // PV benefits 9,498.47 → 9,498; PV costs 10,000 + 11,398.17 → 21,398.
            npv: 9_498 - 21_398,
            bcr: Some("0.4439"),
            roi: Some("-0.5455"), // (10,000 − 22,000) / 22,000
            payback: None,
        },
        Case {
            what: "payback beyond the horizon: 1,000 / 100 = 10 years > 3",
            c: 1_000,
            r: 0,
            b: 100,
            n: 3,
            npv: 280 - 1_000, // 100 · 2.8016… = 280.16 → 280
            bcr: Some("0.2800"),
            roi: Some("-0.7000"),
            payback: None,
        },
        Case {
            what: "payback exactly at the horizon counts",
            c: 300,
            r: 0,
            b: 100,
            n: 3,
            npv: 280 - 300,
            bcr: Some("0.9333"),
            roi: Some("0.0000"),
            payback: Some("3.0000"),
        },
        Case {
            what: "nothing spent: ratios undefined",
            c: 0,
            r: 0,
            b: 0,
            n: 3,
            npv: 0,
            bcr: None,
            roi: None,
            payback: None,
        },
    ];
    for c in cases {
        let m = measures::measures(c.c, c.r, c.b, c.n, GREEN_BOOK);
        assert_eq!(m.npv, m.pv_benefits - m.pv_costs, "{}", c.what);
        assert_eq!(
            m.pv_costs,
            i128::from(c.c) + measures::pv_annual(c.r, GREEN_BOOK, c.n),
            "{}",
            c.what
        );
        assert_eq!(m.npv, c.npv, "{}: NPV", c.what);
        assert_eq!(two(m.bcr).as_deref(), c.bcr, "{}: BCR", c.what);
        assert_eq!(two(m.roi).as_deref(), c.roi, "{}: ROI", c.what);
        assert_eq!(
            two(m.payback_years).as_deref(),
            c.payback,
            "{}: payback",
            c.what
        );
    }
}

#[test]
fn forecast_to_date() {
    let b = 36_500_000; // 365,000.00 a year: 1,000.00 a day
                        // (start, years, as of, expected minor units)
    let cases = [
        ("2027-01-01", 3, "2026-12-31", 0), // before the start
        ("2027-01-01", 3, "2027-01-01", 0), // on the start day: no days yet
        ("2027-01-01", 3, "2027-01-02", 100_000),
        ("2027-01-01", 3, "2027-01-31", 3_000_000),
        // 2028 is a leap year: 28 Feb → 1 Mar is two days.
        ("2028-02-28", 1, "2028-03-01", 200_000),
        // A leap year has 366 days but a benefit year is 365: the cap is reached a day early.
        ("2028-01-01", 1, "2028-12-31", 36_500_000),
        ("2028-01-01", 1, "2029-01-01", 36_500_000),
        ("2024-01-01", 2, "2026-06-01", 73_000_000), // capped at 365 · N days
        ("2024-01-01", 0, "2026-06-01", 0),          // N = 0: nothing forecast
    ];
    for (start, years, as_of, expected) in cases {
        assert_eq!(
            measures::forecast_to_date(b, d(start), years, d(as_of)),
            expected,
            "start {start}, {years} years, as of {as_of}"
        );
    }
    // Rounded to the minor unit: 100.00 a year for one day is 27.397… → 27.
    assert_eq!(
        measures::forecast_to_date(10_000, d("2027-01-01"), 1, d("2027-01-02")),
        27
    );
}

#[test]
fn ratios_are_undefined_over_zero() {
    assert_eq!(measures::ratio(5, 0), None);
    assert_eq!(measures::ratio(0, 4), Some(0.0));
    assert_eq!(two(measures::ratio(3, 4)).as_deref(), Some("0.7500"));
    assert_eq!(two(measures::ratio(-1, 4)).as_deref(), Some("-0.2500"));
}

#[test]
fn currency_conversion() {
    // (minor, rate in millionths, from exponent, to exponent, expected)
    let cases = [
        (100_000, 790_000, 2, 2, 79_000),   // $1,000.00 at 0.79 → £790.00
        (1, 790_000, 2, 2, 1),              // $0.01 → £0.0079 → £0.01
        (-100_000, 790_000, 2, 2, -79_000), // refunds convert symmetrically
        (1_000, 5_300, 0, 2, 530),          // ¥1,000 at 0.0053 → £5.30
        (12_345, 1_000_000, 2, 2, 12_345),  // rate 1
    ];
    for (minor, rate, from, to, expected) in cases {
        assert_eq!(
            measures::convert(minor, rate, from, to),
            expected,
            "{minor} at {rate}"
        );
    }
    assert_eq!(measures::convert_from_base(79_000, 790_000, 2, 2), 100_000);
    assert_eq!(measures::convert_from_base(530, 5_300, 2, 0), 1_000);
}

#[test]
fn the_discount_rate_from_configuration() {
    assert_eq!(Rate::from_f64(0.035), GREEN_BOOK);
    assert_eq!(Rate::from_f64(0.0), Rate(0));
    assert_eq!(Rate::from_f64(0.1), Rate(100_000));
}
