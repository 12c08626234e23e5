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
