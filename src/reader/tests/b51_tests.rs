//! Round B51: names, units and the records split, eighth pass, each worded here for an
//! invented organisation: a Yorkshire Dales brewery with its brewhouse, canning hall,
//! taproom, cold store and office. Each is checked with the rules alone (an empty model)
//! and with the shipped model.

use super::*;

/// A Yorkshire Dales brewery.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Brewhouse", &["Brewing"]),
            ("Packaging", &["Canning"]),
            ("Taproom", &["Bar"]),
            ("Warehouse", &["Cold Store Team"]),
            ("Office", &["Admin", "Finance"]),
            ("Yard", &["Loading Bay"]),
        ],
        &[
            ("Canning Line Upgrade", "Packaging"),
            ("Smokehouse Kitchen", "Taproom"),
            ("Cold Store Extension", "Warehouse"),
            ("Mash Tun Replacement", "Brewhouse"),
            ("Driver Training Programme", "Warehouse"),
            ("CRM Replacement", "Taproom"),
            ("Loading Bay Rebuild", "Yard"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// Convention 63: a new thing for a registered thing is that registered investment when
/// the message says it renews the registered thing's own kit ("the old ones failed").
#[test]
fn a_new_thing_renewing_a_registered_things_own_kit_is_that_investment() {
    for reader in readers() {
        for (text, name, unit) in [
            (
                "aprvd new fryers for the smokehouse, 9.2k, old ones failed the hygiene check",
                "Smokehouse Kitchen",
                "Taproom",
            ),
            (
                "Gav's ok'd a new seamer for the canning line, £6,500, the old one's leaking lids again",
                "Canning Line Upgrade",
                "Packaging",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
        }
    }
}

/// Convention 63: a new kind of kit for a registered thing, with no old one it renews, is a
/// new thing of its own, named as said.
#[test]
fn a_new_kind_of_kit_for_a_registered_thing_is_a_new_thing() {
    for reader in readers() {
        let text = "Gav signed off a new label printer for the canning line, £6,500";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("label printer"),
            "{text}: {r:?}"
        );
    }
    // An ask put as "could we look at a …": the rules alone read no intent in it.
    let [_, with_model] = readers();
    let text = "Could we look at a solar water heater for the cold store? Pete's had a quote of £31,000 installed, reckons it'd knock £5,500 a year off the power";
    let r = with_model.read(text, "sam", today()).unwrap();
    assert_eq!(
        r.investment.as_deref(),
        Some("solar water heater"),
        "{text}: {r:?}"
    );
}

/// Convention 59: a module of a registered thing, put up with its price after an ask's
/// label ("Budget ask from …:"), is a proposal of more money on that investment, read with
/// its money, not a new thing named after it.
#[test]
fn a_registered_things_module_asked_for_is_a_proposal_on_it() {
    for reader in readers() {
        for text in [
            "Budget ask from the Taproom: a loyalty CRM module, £6,500 one-off. They reckon one extra regular a week would pay for it several times over.",
            "Taproom want a loyalty CRM module, £6,500 one-off",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
            assert_eq!(r.investment.as_deref(), Some("CRM Replacement"), "{text}: {r:?}");
            assert_eq!(r.amount, test_names::whole(6_500, "GBP"), "{text}: {r:?}");
        }
    }
}

/// "Had the inspector round about the loading bay", "@carol is the loading bay ready for
/// the lorries?": a unit's name said as a thing (after "the", ending what is pointed at), the
/// opening words of exactly one of the unit's own investments, names that investment in a
/// note, as it does in a benefit.
#[test]
fn a_units_name_said_as_its_thing_in_a_note_is_its_investment() {
    for reader in readers() {
        for text in [
            "Had the council's inspector round on Monday about the loading bay — they'll let us dig it up in January if we give them two weeks' notice.",
            "@carol can you check the loading bay is clear for the council's engineer by Friday",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(r.investment.as_deref(), Some("Loading Bay Rebuild"), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some("Yard"), "{text}: {r:?}");
        }
        // Before another noun the unit's words only describe it: the team, not the thing.
        let text = "@carol please send the loading bay lads' rota to the Office by Friday";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.investment, None, "{text}: {r:?}");
    }
}
