//! Round B67: names, units and the records split, twenty-third pass, each worded here for
//! an invented organisation: a Yorkshire heating engineers' firm with its service vans,
//! a clinic it runs for its staff's physio, a caravan site it owns and a solar team. Each is
//! checked with the rules alone (an empty model) and with the shipped model.

use super::*;

/// A Yorkshire heating engineers' firm.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Service", &["Engineers", "Dispatch"]),
            ("Clinic", &["Physio"]),
            ("Caravan Park", &["Site"]),
            ("Solar", &["Renewables"]),
            ("Fleet", &["Vans"]),
            ("Office", &["Admin", "Accounts"]),
        ],
        &[
            ("Dispatch Software", "Service"),
            ("Practice Software", "Clinic"),
            ("Booking System", "Caravan Park"),
            ("Design Software", "Solar"),
            ("Van Replacement", "Fleet"),
            ("Laptop Refresh", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-08".parse().unwrap()
}

/// Pounds are the firm's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("GBP").unwrap(),
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// "Update on ServiceTitan.", "@kyle servicetitan price book import": a trade's well-known
/// product (field-service dispatch, a clinic's practice software, a park's bookings, solar
/// design) names the registered investment of its kind (convention 74) where an update is
/// "on" it and where a task addressed to someone opens with it, as "servicetitan still a go"
/// does.
#[test]
fn a_trade_products_update_or_task_names_the_registered_thing_of_its_kind() {
    for reader in readers() {
        for (text, name, unit) in [
            (
                "Update on ServiceTitan. Joan signed the contract Monday. Leeds goes live first on 11/1.",
                "Dispatch Software",
                "Service",
            ),
            (
                "@ellie cliniko invoice templates - how we going? need em done by 15/12",
                "Practice Software",
                "Clinic",
            ),
            (
                "@morag newbook rate plans - how far along? need them loaded by 14/12",
                "Booking System",
                "Caravan Park",
            ),
            (
                "Update on Aurora. Joan signed the contract Wednesday, after a fortnight's trial.",
                "Design Software",
                "Solar",
            ),
        ] {
            let r = reader.read(text, "mia", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
        }
        // A place of the same name, not updated on nor tasked, stays no investment.
        let r = reader
            .read(
                "Our engineers drove to Aurora for the boiler show.",
                "mia",
                today(),
            )
            .unwrap();
        assert_ne!(r.investment.as_deref(), Some("Design Software"), "{r:?}");
    }
}
