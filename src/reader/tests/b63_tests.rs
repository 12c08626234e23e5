//! Round B63: names, units and the records split, nineteenth pass, each worded here for an
//! invented organisation: an Azorean tea estate with its pluckers, factory, packing shed,
//! export desk, trucks and office. Each is checked with the rules alone (an empty model) and
//! with the shipped model.

use super::*;

/// An Azorean tea estate.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Plucking", &["Field Crew", "Fields"]),
            ("Factory", &["Withering Loft", "Rolling"]),
            ("Packing", &["Packing Shed"]),
            ("Export Desk", &["Export", "Shipping"]),
            ("Haulage", &["Trucks", "Lorries"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Withering Troughs", "Factory"),
            ("Packing Line", "Packing"),
            ("Leaf Lorry", "Haulage"),
            ("Accounts System", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Euros are the estate's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::EUR,
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// Convention 98: a unit's word said in a task before the noun of the thing handed over
/// ("prepare the export invoices", "the field attendance sheets") names the team whose papers,
/// figures or place they are, as a team's place before a new thing's noun does
/// (convention 56); the same task with no unit's word leaves the unit asked for.
#[test]
fn a_units_word_in_a_tasks_thing_names_the_unit() {
    for reader in readers() {
        for (text, unit) in [
            (
                "Rui, please prepare the export invoices for the Lisbon order by 16/12.",
                "Export Desk",
            ),
            (
                "Marta, kindly send me the field attendance sheets by Monday.",
                "Plucking",
            ),
            (
                "Duarte to send de shipping schedule to me by Friday.",
                "Export Desk",
            ),
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
            assert_eq!(r.investment, None, "{text}: {r:?}");
        }
        // No unit's word: the draft asks which unit.
        let text = "Rui, please prepare the invoices for the Lisbon order by 16/12.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.unit, None, "{text}: {r:?}");
        assert!(r.missing.contains(&Missing::Unit), "{text}: {r:?}");
    }
}

/// Convention 98: the unit's word is said as written, its plural's singular or with a
/// possessive's apostrophe ("book de trucks' inspection"); a word spelt near a unit's ("the
/// sand tonnage" beside the Stand) names none.
#[test]
fn a_tasks_thing_names_the_unit_by_its_own_word_only() {
    for reader in readers() {
        for text in [
            "Tiago, please book de lorries' inspection at the licensing authority by Tuesday.",
            "Tiago, please book the lorry inspection at the licensing authority by Tuesday.",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.unit.as_deref(), Some("Haulage"), "{text}: {r:?}");
        }
        let text = "Tiago, please get me the fiend tonnage by Tuesday.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.unit, None, "{text}: {r:?}");
    }
}

/// Convention 98: a unit's word said of a task's occasion — after a month or a festival, or
/// before "on" and a day — names no unit; said of the thing handed over it does.
#[test]
fn a_units_word_for_the_tasks_occasion_names_none() {
    for reader in readers() {
        for text in [
            "Nuno, plis find out how much the Furnas growers want per kilo for the January rolling and tell me by Monday.",
            "Nuno, plis call the growers at Furnas and confirm 600 kilos for the rolling on 14/12. We need the numbers before Wednesday.",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(r.unit, None, "{text}: {r:?}");
        }
        let text = "Nuno, plis get the rolling temperature logs to me by Monday.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.unit.as_deref(), Some("Factory"), "{text}: {r:?}");
    }
}

/// Convention 98: a task's thing "for the new pluckers" is for the unit's people, named by
/// the unit's own word ("Plucking" → "pluckers", "Export" → "exporters"), as convention 50's
/// "for the warehouse crew" is; a people's word that is no unit's names none.
#[test]
fn a_tasks_thing_for_a_units_people_names_the_unit() {
    for reader in readers() {
        let text = "Sara to set up tablets for the 4 new pluckers before 12/12";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some("Plucking"), "{text}: {r:?}");
        let text = "Sara to set up tablets for the 4 new drivers before 12/12";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.unit, None, "{text}: {r:?}");
    }
}
