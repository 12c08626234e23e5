//! The text rules on investments' aliases: the same as on units' aliases, plus that an
//! alias is not the investment's own name; and that investments stored before they had
//! aliases still load.

use super::*;
use crate::domain::{Category, Investment, Meta};
use crate::ids::{InvestmentId, UnitId};
use crate::money::{Currency, Money};
use chrono::NaiveDate;

fn investment(name: &str, aliases: &[&str]) -> Record {
    Record::Investment(Investment {
        id: InvestmentId(1),
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        unit: UnitId(1),
        category: Category::Run,
        cost: Money::new(4_000_000, Currency::GBP),
        run_cost: Money::zero(Currency::GBP),
        annual_benefit: Money::new(6_000_000, Currency::GBP),
        years: 3,
        start: NaiveDate::from_ymd_opt(2026, 7, 1).unwrap(),
        sponsor: None,
        meta: Meta {
            logged_by: "alice".into(),
            logged_by_name: "Alice".into(),
            channel: "console".into(),
            at: chrono::DateTime::UNIX_EPOCH,
        },
    })
}

#[test]
fn an_investment_stored_before_aliases_loads_with_none_and_is_stored_as_before() {
    let Record::Investment(old) = investment("Field service platform", &[]) else {
        unreachable!()
    };
    let json = serde_json::to_string(&old).unwrap();
    assert!(!json.contains("aliases"), "{json}");
    let back: Investment = serde_json::from_str(&json).unwrap();
    assert!(back.aliases.is_empty());
    assert_eq!(back, old);
}

#[test]
fn investment_aliases_are_cleaned_and_checked_as_units_aliases_are() {
    let Record::Investment(i) = tidy(investment(
        "Field service platform",
        &[" Service\u{200b}Titan "],
    )) else {
        unreachable!()
    };
    assert_eq!(i.aliases, vec!["ServiceTitan"]);
    for (alias, says) in [
        ("FS:1", "contains `:`"),
        ("\u{200b}", "empty"),
        (&*"n".repeat(201), "201 characters long"),
        ("FIELD  service Platform", "the investment's own name"),
    ] {
        let problems = problems(&tidy(investment("Field service platform", &[alias])));
        assert!(
            problems.iter().any(|p| p.contains(says)),
            "{alias:?}: {problems:?}"
        );
    }
    assert!(problems(&investment(
        "Field service platform",
        &["ServiceTitan", "FSP"]
    ))
    .is_empty());
}
