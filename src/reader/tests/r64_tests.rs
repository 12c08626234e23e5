//! Round R64: the rationale's misses on the training corpus sorted by cause (twenty-ninth
//! pass), each cause worded here for another invented organisation: a felt-makers'
//! cooperative at Kochkor, Kyrgyzstan, with its felting shop, its dye house and its office.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cooperative's units and investments.
fn felt_dir() -> StaticDirectory {
    directory(
        &[
            ("Felting Shop", &["Felting"]),
            ("Dye House", &["Dyeing"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Rolling Machine", "Felting Shop"),
            ("Dye Vats", "Dye House"),
            ("Solar Water Heater", "Dye House"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_felt(text: &str) -> Reading {
    read_day_first_in(text, "aigul", "USD", &felt_dir())
}

/// "Payback estimated at 6 years.", "payback expected in 2 years": a payback period told
/// after an approval, its only explanation, is its reason (convention 100), as a refusal's
/// is.
#[test]
fn a_payback_told_after_an_approval_is_its_reason() {
    for (text, why) in [
        (
            "MINUTES — Board, 30 November 2026\nItem 2: Solar water heater for the dye house — APPROVED at $24,000. Payback estimated at 5 years.\nItem 3: Rolling machine — DEFERRED to the March meeting.",
            "Payback estimated at 5 years",
        ),
        (
            "we approved forty thousand for the rolling machine, payback expected in 3 years",
            "payback expected in 3 years",
        ),
    ] {
        let r = read_felt(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

