//! Investments said by an alias the team taught the bot (the product bought, a code): each
//! alias is a written form of its investment, as a unit's aliases are of the unit.

use super::test_names::{read_on_test_day, read_us, unit};
use super::*;

/// Ops and Salons, each with a platform the team calls by the product it bought.
fn dir(aliases: bool) -> StaticDirectory {
    let also = |a: &[&str]| {
        if aliases {
            a.iter().map(|s| s.to_string()).collect()
        } else {
            vec![]
        }
    };
    StaticDirectory {
        units: vec![unit("Operations", &["Ops"]), unit("Salons", &[])],
        investments: vec![
            InvestmentName {
                name: "Field service platform".into(),
                unit: "Operations".into(),
                aliases: also(&["ServiceTitan"]),
            },
            InvestmentName {
                name: "Salon booking system".into(),
                unit: "Salons".into(),
                aliases: also(&["Phorest", "SBS"]),
            },
        ],
    }
}

#[test]
fn a_decision_on_an_investment_said_by_its_alias_is_on_that_investment() {
    let text = "ServiceTitan renewal approved at $40k";
    let r = read_us(text, "kim", "2026-11-27", &dir(true));
    assert_eq!(r.intent, Intent::Decision, "{r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Field service platform"),
        "{r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Operations"), "{r:?}");
    assert!(!r.new_investment, "{r:?}");
    assert_eq!(r.amount.map(|m| m.minor), Some(4_000_000), "{r:?}");

    for text in [
        "Phorest delivered £3k of benefit in October",
        "we're parking SBS till Q2, waiting on budget",
    ] {
        let r = read_on_test_day(text, "kim", &dir(true));
        assert_eq!(
            r.investment.as_deref(),
            Some("Salon booking system"),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn without_the_alias_the_product_is_a_new_investment() {
    let r = read_us(
        "ServiceTitan renewal approved at $40k",
        "kim",
        "2026-11-27",
        &dir(false),
    );
    assert_ne!(
        r.investment.as_deref(),
        Some("Field service platform"),
        "{r:?}"
    );
}

/// A code ("the WMS") or a product written in lower case ("manhattan") names its
/// investment as the name would, with the verdict and amount read as for the name.
#[test]
fn a_code_or_a_product_in_lower_case_names_its_investment() {
    let dir = StaticDirectory {
        units: vec![unit("Operations", &["Ops"])],
        investments: vec![InvestmentName {
            name: "Warehouse platform".into(),
            unit: "Operations".into(),
            aliases: vec!["WMS".into(), "Manhattan".into()],
        }],
    };
    for (text, verdict, amount) in [
        (
            "Priya approved £90k for the WMS",
            Some(Verdict::Approve),
            Some(9_000_000),
        ),
        (
            "not now on manhattan, revisit in Q1",
            Some(Verdict::Defer),
            None,
        ),
        (
            "met Ops today about the WMS rollout; I'll send options by Friday",
            None,
            None,
        ),
    ] {
        let r = read_on_test_day(text, "kim", &dir);
        assert_eq!(
            r.investment.as_deref(),
            Some("Warehouse platform"),
            "{text}: {r:?}"
        );
        assert!(!r.new_investment, "{text}: {r:?}");
        assert_eq!(r.verdict, verdict, "{text}: {r:?}");
        assert_eq!(r.amount.map(|m| m.minor), amount, "{text}: {r:?}");
    }
}
