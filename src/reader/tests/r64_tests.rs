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

/// "order them this week pls", "Kindly place the PO asap.", "Buy am this week.": an
/// instruction to buy the thing now, told after its approval, is the follow-up (convention
/// 47), no reason.
#[test]
fn an_instruction_to_buy_after_an_approval_is_no_reason() {
    for text in [
        "Nurlan: the office laptops are approved, 3 x $900. order them this week pls",
        "Dear Bakyt, the dye vats for the dye house are approved, $4,200 each. Kindly place the PO asap.",
        "Dye vats — approved by Apa Gulnara, $4,200. Buy am this week.",
    ] {
        let r = read_felt(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a reason told after the approval stays, and so does an order's own trouble.
    let r = read_felt(
        "Dye vats — approved, $4,200. The old ones leak onto the dye house floor every week.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old ones leak onto the dye house floor every week"),
        "{r:?}"
    );
    let r = read_felt("Dye vats — approved, $4,200. Orders from Bishkek have doubled this year.");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Orders from Bishkek have doubled this year"),
        "{r:?}"
    );
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

/// "Since we put de solar on de office roof last year, de light bill drop from $14,000 to
/// $8,500 a month.": a benefit's "since" clause told alone, with only money after its comma,
/// says no result (conventions 1 and 15): no reason.
#[test]
fn a_since_clause_alone_before_money_is_no_reason() {
    for text in [
        "Since we put the solar water heater on the dye house last year, the firewood bill drop from $900 to $400 a month.",
        "Aibek reports that since we started heating the dye house with the solar water heater, the firewood bill has gone down from $900 to $400 a month.",
    ] {
        let r = read_felt(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a result in other words after the "since" clause keeps both, whether a comma
    // or no comma comes between them.
    let r = read_felt(
        "Since the solar water heater went in we've had no cold vats at all, and Accounts took $400 a month off the firewood budget.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Since the solar water heater went in we've had no cold vats at all"),
        "{r:?}"
    );
    // And with a comma between them:
    let r = read_felt(
        "Since the rolling machine went in, the felting time went from 3 hours per rug to 40 minutes, about $9,000 a year saved.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Since the rolling machine went in, the felting time went from 3 hours per rug to 40 minutes"),
        "{r:?}"
    );
}

/// "…, payback in 5 years. Diesel eating us alive, we spending over $14,000 a month on fuel.":
/// a sentence after an approval's payback telling what the trouble costs us now is the reason
/// instead (convention 100).
#[test]
fn the_troubles_cost_after_a_payback_is_the_reason() {
    let r = read_felt(
        "MINUTES — Board, 30 November 2026\n1. Solar water heater: Board approved the solar water heater for the dye house, $24,000, payback in 4 years. Firewood eating us alive, we spending over $600 a month on wood.\n2. Rolling machine: deferred to the April meeting.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Firewood eating us alive, we spending over $600 a month on wood"),
        "{r:?}"
    );
    // Near: a sentence after the payback that tells no money going out leaves the payback.
    let r = read_felt(
        "MINUTES — Board, 30 November 2026\n1. Solar water heater: Board approved the solar water heater for the dye house, $24,000, payback in 4 years. Work starts in January.\n2. Rolling machine: deferred to the April meeting.",
    );
    assert_eq!(r.rationale.as_deref(), Some("payback in 4 years"), "{r:?}");
}
