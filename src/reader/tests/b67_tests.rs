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

/// A salon, a dental surgery and a caravan works under one owner: their makers' names.
fn makers_dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Salon", &["Hair"]),
            ("Surgery", &["Dental"]),
            ("Works", &["Chassis"]),
            ("Yard", &["Scaffolding"]),
        ],
        &[
            ("Booking System Migration", "Salon"),
            ("Card Terminals", "Salon"),
            ("Practice Management System Upgrade", "Surgery"),
            ("Robotic Welder", "Works"),
            ("System Scaffold Stock", "Yard"),
            ("Yard Racking", "Yard"),
        ],
    )
}

/// "@gemma need the phorest deposit rules signed off", "does the fronius quote include the
/// jigs", "the Dentrix upgrade quote", "the layher delivery", "the dojo terminals": a trade's
/// maker named for its kit or software is the registered thing of its kind (convention 74).
#[test]
fn a_trade_makers_name_is_the_registered_thing_of_its_kind() {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("GBP").unwrap(),
    };
    for reader in super::test_names::rules_alone_and_with_model(&makers_dir(), settings) {
        for (text, name, unit) in [
            (
                "@gemma need the phorest deposit rules signed off by EOM pls x",
                "Booking System Migration",
                "Salon",
            ),
            (
                "@tam can u check if the dojo terminals come with the tap to pay app by tmrw?",
                "Card Terminals",
                "Salon",
            ),
            (
                "@josh can you get the Dentrix upgrade quote to me by Thurs arvo",
                "Practice Management System Upgrade",
                "Surgery",
            ),
            (
                "@jacko does the fronius quote include the jigs or is that extra? need to know by wed",
                "Robotic Welder",
                "Works",
            ),
            (
                "@kieran is the layher delivery going to the yard or straight to site? need to know by weds",
                "System Scaffold Stock",
                "Yard",
            ),
        ] {
            let r = reader.read(text, "mia", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
        }
        // Someone called Dojo, before what they say, stays a person.
        let r = reader
            .read("Dojo says the racking quote is fine, £4k.", "mia", today())
            .unwrap();
        assert_ne!(r.investment.as_deref(), Some("Card Terminals"), "{r:?}");
    }
}

/// A crawfish farm's trucks: "a second reefer truck" is one more Refrigerated Truck
/// (convention 52), "reefer" being the trade's word for refrigerated, as "a second
/// refrigerated truck" is; a reefer trailer is still a new thing.
#[test]
fn a_second_reefer_truck_is_one_more_refrigerated_truck() {
    let dir = test_names::directory(
        &[("Trucking", &["Trucks"]), ("Ponds", &["Farm"])],
        &[("Refrigerated Truck", "Trucking"), ("Trap Boat", "Ponds")],
    );
    let settings = ReaderSettings {
        day_first: false,
        default_currency: crate::money::Currency::from_code("USD").unwrap(),
    };
    for reader in super::test_names::rules_alone_and_with_model(&dir, settings) {
        let r = reader
            .read(
                "Owner turned down the idea of a second reefer truck. Not enough volume to keep two full.",
                "mia",
                today(),
            )
            .unwrap();
        assert_eq!(r.investment.as_deref(), Some("Refrigerated Truck"), "{r:?}");
        assert_eq!(r.unit.as_deref(), Some("Trucking"), "{r:?}");
        let r = reader
            .read(
                "Owner turned down a second reefer trailer, $38k.",
                "mia",
                today(),
            )
            .unwrap();
        assert_ne!(r.investment.as_deref(), Some("Refrigerated Truck"), "{r:?}");
    }
}

/// "Stopping the Paylocity trial", "happy with the starlink quote", "the extra Nurtura
/// reporting module", "the extra Berthwise modules": a product named for its trial, quote or
/// module is the registered thing doing its job (convention 74), not a new one.
#[test]
fn a_products_trial_quote_or_module_is_the_registered_thing_of_its_kind() {
    let dir = test_names::directory(
        &[
            ("People", &["HR"]),
            ("Vessels", &["Boats"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Payroll System", "People"),
            ("Satellite Internet", "Vessels"),
            ("Childcare Software Migration", "IT"),
            ("Marina Management System Replacement", "IT"),
        ],
    );
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("GBP").unwrap(),
    };
    for reader in super::test_names::rules_alone_and_with_model(&dir, settings) {
        for (text, name) in [
            (
                "Stopping the Paylocity trial. We paid £4,000 for the setup and it still can't do piece rates.",
                "Payroll System",
            ),
            (
                "Ewan's happy with the starlink quote so go ahead – £3.9k hardware plus £250/mth.",
                "Satellite Internet",
            ),
            (
                "Moira knocked back the extra Nurtura reporting module, £8k – we're not live in half the rooms yet",
                "Childcare Software Migration",
            ),
            (
                "Moira knocked back the extra Berthwise modules, £10k – we haven't gone live on the basics yet",
                "Marina Management System Replacement",
            ),
        ] {
            let r = reader.read(text, "mia", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        }
    }
}
