//! Round B66: names, units and the records split, twenty-second pass, each worded here for
//! an invented organisation: a Tasmanian salmon smokery with its smokehouse, packing room,
//! vans, shop and office. Each is checked with the rules alone (an empty model) and with the
//! shipped model.

use super::*;

/// A Tasmanian salmon smokery.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Smokehouse", &["Kilns"]),
            ("Packing Room", &["Packing"]),
            ("Transport", &["Vans", "Delivery"]),
            ("Shop", &["Retail"]),
            ("Office", &["Admin", "Accounts"]),
        ],
        &[
            ("Kiln Controls", "Smokehouse"),
            ("Slicing Machine", "Packing Room"),
            ("Delivery Truck", "Transport"),
            ("Shop Tills", "Shop"),
            ("ERP System", "Office"),
            ("CRM Replacement", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-07".parse().unwrap()
}

/// Australian dollars are the smokery's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("AUD").unwrap(),
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// "Board said yes to NetSuite": a well-known product taken by the verdict's "yes to" /
/// "no to" is the registered investment of its kind (convention 74), as "approved NetSuite"
/// is; not a new thing named by the product.
#[test]
fn a_product_said_yes_or_no_to_is_the_registered_thing_of_its_kind() {
    for reader in readers() {
        for (text, name) in [
            (
                "Board said yes to NetSuite 👍 $61K, go-live in March.",
                "ERP System",
            ),
            (
                "Owners said no to Salesforce, $40k a year is too much for us.",
                "CRM Replacement",
            ),
        ] {
            let r = reader.read(text, "mia", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some("Office"), "{text}: {r:?}");
        }
        // A product that is someone's name, before what they say, stays a person.
        let r = reader
            .read("Sage said yes to the slicing machine, $9k.", "mia", today())
            .unwrap();
        assert_eq!(r.investment.as_deref(), Some("Slicing Machine"), "{r:?}");
    }
}

/// "Boss said yes to the 10-tonne truck": a size told between "the" and a registered
/// thing's word ("the 10-tonne truck", "the 3 ton truck") says which one, as "the second
/// truck" does; the thing is still pointed at and names Delivery Truck.
#[test]
fn a_size_between_the_and_a_registered_things_word_still_points_at_it() {
    for reader in readers() {
        for text in [
            "Boss said yes to the 8-tonne truck. $96k. We can't keep hiring in for the markets.",
            "Approved the 3 ton truck at $88k, the hire bills are killing us.",
        ] {
            let r = reader.read(text, "mia", today()).unwrap();
            assert_eq!(
                r.investment.as_deref(),
                Some("Delivery Truck"),
                "{text}: {r:?}"
            );
            assert_eq!(r.unit.as_deref(), Some("Transport"), "{text}: {r:?}");
        }
    }
}

/// "Two things for the capex list 2027: 1) … 2) …": things put forward for the list of
/// spending to come are asked for, each a record of its own; a question whether a thing
/// is on the list asks for nothing.
#[test]
fn things_put_forward_for_the_capex_list_are_asked_for() {
    for reader in readers() {
        let text = "Hi Jo\n\nTwo things for the capex list 2027:\n1) Slicing machine – $72,000. The old one is down every other week.\n2) New label printer – $4,500, the old one is out of support in March.\n\nCheers Sam";
        let r = reader.read(text, "mia", today()).unwrap();
        assert_eq!(r.intent, Intent::Investment, "{r:?}");
        assert_eq!(r.investment.as_deref(), Some("Slicing Machine"), "{r:?}");
        let r = reader
            .read(
                "Tina — the label printer, is it in the capex list or no?",
                "mia",
                today(),
            )
            .unwrap();
        assert_ne!(r.intent, Intent::Investment, "{r:?}");
    }
}

/// "Today everything is in one room": "Today" opening a sentence on how things stand these
/// days dates nothing; "Today we approved …" still dates the approval.
#[test]
fn today_opening_how_things_stand_dates_nothing() {
    for reader in readers() {
        let r = reader
            .read(
                "Proposal: a second server room at the shop, $72,000. Today everything is in one room; if that room floods, we stop.",
                "mia",
                today(),
            )
            .unwrap();
        assert_eq!(r.date, None, "{r:?}");
        let r = reader
            .read(
                "Today we approved the slicing machine, $9k.",
                "mia",
                today(),
            )
            .unwrap();
        assert_eq!(r.date, Some(today()), "{r:?}");
    }
}
