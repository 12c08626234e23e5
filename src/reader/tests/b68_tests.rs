//! Round B68: names, units and the records split, twenty-fourth pass, each worded here for
//! an invented organisation: a Shropshire agricultural college with its soil lab, its farm
//! shop, its dairy unit and its office. Each is checked with the rules alone (an empty
//! model) and with the shipped model.

use super::*;

/// A Shropshire agricultural college.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Lab Services", &["Soil Lab", "Lab"]),
            ("Farm Shop", &["Shop"]),
            ("Dairy", &["Parlour"]),
            ("Office", &["Admin", "Accounts"]),
            ("Fleet", &["Utes"]),
        ],
        &[
            ("Soil Testing Lab", "Lab Services"),
            ("Shop Refit", "Farm Shop"),
            ("Robotic Milking", "Dairy"),
            ("Laptop Refresh", "Office"),
            ("Ute Tyres", "Fleet"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-08".parse().unwrap()
}

/// Pounds are the college's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("GBP").unwrap(),
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// "soil lab - approved by the governors", "they want the soil lab to take water samples":
/// a unit's alias that is one of its own investments' names without the word from its
/// middle (Soil Lab for Soil Testing Lab), said as the thing, is that investment.
#[test]
fn a_units_alias_said_as_its_investment_without_the_middle_word_is_that_investment() {
    for reader in readers() {
        for text in [
            "soil lab - approved by the governors yesterday 👍 £48k, every outside test takes 3 weeks",
            "catch-up w/ the farm manager - they want the soil lab to take water samples too, i'll ask the supplier about cost",
        ] {
            let r = reader.read(text, "mia", today()).unwrap();
            assert_eq!(
                r.investment.as_deref(),
                Some("Soil Testing Lab"),
                "{text}: {r:?}"
            );
            assert_eq!(r.unit.as_deref(), Some("Lab Services"), "{text}: {r:?}");
        }
        // The alias before a team's word is the team, not the thing.
        let text = "The Soil Lab team asked for a new sample fridge, £2,400.";
        let r = reader.read(text, "mia", today()).unwrap();
        assert_ne!(
            r.investment.as_deref(),
            Some("Soil Testing Lab"),
            "{text}: {r:?}"
        );
    }
}

/// "Robbo: new tyres on all the utes before harvest, roughly £7k. ok'd by me, go ahead": a
/// first name opening the message before a colon is who speaks or is told; the thing is the
/// words after the colon (Ute Tyres, of Fleet), not the name. A thing's own heading before
/// its colon ("Laptops: approved, …") stays the thing.
#[test]
fn a_first_name_before_the_opening_colon_is_no_thing() {
    for reader in readers() {
        let text =
            "Robbo: new tyres on all the utes before harvest, roughly £7k. ok'd by me, go ahead";
        let r = reader.read(text, "mia", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("Ute Tyres"), "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some("Fleet"), "{text}: {r:?}");
        let text = "Laptops: approved, £12k for the office";
        let r = reader.read(text, "mia", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Laptop Refresh"),
            "{text}: {r:?}"
        );
    }
}

/// A Shropshire leisure trust, for products whose names are everyday words.
fn leisure() -> StaticDirectory {
    test_names::directory(
        &[
            ("People", &["HR"]),
            ("Fundraising", &["Development"]),
            ("Pools", &["Swimming"]),
            ("Finance", &["Accounts"]),
        ],
        &[
            ("Rostering System", "People"),
            ("Donor CRM Replacement", "Fundraising"),
            ("Pool Covers", "Pools"),
            ("Accounting System", "Finance"),
        ],
    )
}

/// "Deputy pilot at the two pools cut overtime …", "Allegiance export still failing …", "3
/// more Deputy kiosks": a product whose name is an everyday word (Deputy for rostering,
/// Allegiance and Virtuous for donor CRMs), written with its capital before a lower-case
/// word of what it has or does, names the registered thing of its kind. "Deputy head" is
/// someone.
#[test]
fn an_everyday_word_product_before_its_noun_names_the_thing_of_its_kind() {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("GBP").unwrap(),
    };
    for reader in super::test_names::rules_alone_and_with_model(&leisure(), settings) {
        for (text, name, unit) in [
            (
                "Deputy pilot at the two pools cut overtime by about £1,800 a month",
                "Rostering System",
                "People",
            ),
            (
                "Allegiance export still failing, the support ticket is open. @sam chase them tmrw",
                "Donor CRM Replacement",
                "Fundraising",
            ),
            (
                "ok'd the HR ask for 3 more Deputy kiosks, £2,400",
                "Rostering System",
                "People",
            ),
        ] {
            let r = reader.read(text, "mia", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
        }
        let text = "Deputy head asked for a new laptop for the office, £900";
        let r = reader.read(text, "mia", today()).unwrap();
        assert_ne!(
            r.investment.as_deref(),
            Some("Rostering System"),
            "{text}: {r:?}"
        );
    }
}

/// "@sam the invoices from Payday are not going out, please fix before Monday": a product
/// whose name is an everyday word, written with its capital after "from" / "in" / "on"
/// mid-sentence, is the product the work is in (Payday for the Accounting System). In lower
/// case ("paid on payday") it is the everyday word.
#[test]
fn an_everyday_word_product_written_with_its_capital_after_from_is_the_product() {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("GBP").unwrap(),
    };
    for reader in super::test_names::rules_alone_and_with_model(&leisure(), settings) {
        let text = "@sam the invoices from Payday are not going out, please fix before Monday";
        let r = reader.read(text, "mia", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Accounting System"),
            "{text}: {r:?}"
        );
        assert_eq!(r.unit.as_deref(), Some("Finance"), "{text}: {r:?}");
        let text =
            "@sam the lifeguards get paid on payday as usual, please tell them before Monday";
        let r = reader.read(text, "mia", today()).unwrap();
        assert_ne!(
            r.investment.as_deref(),
            Some("Accounting System"),
            "{text}: {r:?}"
        );
    }
}
