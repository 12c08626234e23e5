//! The text rules on investments' aliases: the same as on units' aliases, plus that an
//! alias is not the investment's own name; and that investments stored before they had
//! aliases still load.

use super::*;
use crate::domain::Investment;
use crate::store::test_records;

fn investment(name: &str, aliases: &[&str]) -> Record {
    Record::Investment(test_records::investment(1, name, aliases))
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
