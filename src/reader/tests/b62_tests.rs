//! Round B62: names, units and the records split, eighteenth pass, each worded here for an
//! invented organisation: an Alderney brewery with its brewhouse, bottling hall, taproom,
//! deliveries and office. Each is checked with the rules alone (an empty model) and with the
//! shipped model.

use super::*;

/// An Alderney brewery.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Brewhouse", &["Brewing"]),
            ("Bottling", &["Bottling Hall"]),
            ("Taproom", &["Bar"]),
            ("Deliveries", &["Drays", "Trucks"]),
            ("Office", &["Admin"]),
            ("Outlet Operations", &["Outlets"]),
        ],
        &[
            ("Mash Tun", "Brewhouse"),
            ("Bottling Line", "Bottling"),
            ("Delivery Van", "Deliveries"),
            ("Till System", "Taproom"),
            ("Cold Store", "Brewhouse"),
            ("Apprentice Programme", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Pounds are the brewery's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::GBP,
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// Convention 95: how a new thing is to be bought — "second-hand", "second hand", "used",
/// "pre-owned" — is no part of its name, as "new" is none.
#[test]
fn a_new_things_second_hand_is_no_part_of_its_name() {
    for reader in readers() {
        for text in [
            "Jory is proposing a second-hand keg washer for the brewhouse, around £9,000.",
            "Jory is proposing a second hand keg washer for the brewhouse, around £9,000.",
            "Jory is proposing a pre-owned keg washer for the brewhouse, around £9,000.",
            "Jory is proposing a used keg washer for the brewhouse, around £9,000.",
            // Said with no word of how it is bought, as before.
            "Jory is proposing a keg washer for the brewhouse, around £9,000.",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some("keg washer"), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some("Brewhouse"), "{text}: {r:?}");
        }
        // "second" counting things stays the name's ("a second handling pen").
        let text = "Jory is proposing a second handling pen for the brewhouse, around £9,000.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("second handling pen"),
            "{text}: {r:?}"
        );
    }
}

/// Convention 95: "program" / "programme" after a new thing's words frames the work, as
/// "project" does, and is left out; a "mini program" is WeChat's (and others') word for an
/// app that runs inside theirs, the thing itself, and stays.
#[test]
fn a_mini_program_is_the_thing_not_its_frame() {
    for reader in readers() {
        let text = "Morwenna suggest we do a WeChat mini program for the taproom, she still getting quotes.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("WeChat mini program"),
            "{text}: {r:?}"
        );
        let text = "Morwenna suggest we do a hop growing program for the taproom, she still getting quotes.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("hop growing"),
            "{text}: {r:?}"
        );
    }
}

/// A WhatsApp log's stamp and speaker opening the message ("[3/12/26 9:02 am] Mr. Le
/// Cocq:", "[9:02 am] Mr. Le Cocq:") name no thing, and a name straight before "the" opening
/// the turn after them is who is told (convention 89), as a handle is.
#[test]
fn a_whatsapp_stamp_with_its_day_is_no_name() {
    for reader in readers() {
        for text in [
            "[3/12/26 9:02 am] Mr. Le Cocq: Sian the keg washer for the brewhouse ok go ahead, £4,800\n[3/12/26 9:05 am] Sian Allen: ok thank you boss",
            "[3/12/26, 9:02 AM] Mr. Le Cocq: Sian the keg washer for the brewhouse ok go ahead, £4,800\n[3/12/26, 9:05 AM] Sian Allen: ok thank you boss",
            "[9:02 am] Mr. Le Cocq: Sian the keg washer for the brewhouse ok go ahead, £4,800\n[9:05 am] Sian Allen: ok thank you boss",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some("keg washer"), "{text}: {r:?}");
            assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        }
        // A registered thing said first after the stamp is read as before.
        let text = "[3/12/26 9:02 am] Mr. Le Cocq: Cold Store ok go ahead, £4,800";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("Cold Store"), "{text}: {r:?}");
    }
}

/// A new thing's name opening the message on a number written with its letter ("3d
/// printer", "5G router") keeps the number, as it does inside a sentence.
#[test]
fn a_name_opening_on_a_technologys_number_keeps_it() {
    for reader in readers() {
        let text =
            "3d printer for the brewhouse - def not, the taproom can print labels at the library";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("3d printer"), "{text}: {r:?}");
        // Inside a sentence, as before.
        let text = "We said no to a 3d printer for the brewhouse, the taproom can print labels at the library";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("3d printer"), "{text}: {r:?}");
    }
}

/// Convention 56: "outlet" is a place a team works in, so "the outlet wifi" names the team
/// whose outlets they are, as "the office chairs" does; a thing with no place's word before
/// it names none.
#[test]
fn the_outlet_before_a_new_thing_names_the_outlets_team() {
    for reader in readers() {
        let text = "Jory fine with Kerensa plan to upgrade the outlet wifi, £14k for all 6, Kerensa to do it by end Jan.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("outlet wifi"),
            "{text}: {r:?}"
        );
        assert_eq!(
            r.unit.as_deref(),
            Some("Outlet Operations"),
            "{text}: {r:?}"
        );
        let text = "Jory fine with Kerensa plan to upgrade the guest wifi, £14k, Kerensa to do it by end Jan.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.unit, None, "{text}: {r:?}");
    }
}

/// A new thing that is one more of a unit's own things, counted ("a second truck" for the
/// team called Trucks), is that unit's; a thing ending on the unit's word with no count ("a
/// bigger truck") is said in passing, as before, and names none.
#[test]
fn one_more_of_a_units_own_things_is_the_units() {
    for reader in readers() {
        let text = "Tamsin wants a second truck, about £18,000. will put it to the board";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("second truck"),
            "{text}: {r:?}"
        );
        assert_eq!(r.unit.as_deref(), Some("Deliveries"), "{text}: {r:?}");
        let text = "Tamsin wants a bigger truck, about £18,000. will put it to the board";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.unit, None, "{text}: {r:?}");
    }
}

/// "<Someone> asked that the <thing> come back …": the thing is what is asked of, not the
/// one who asked (convention 89's decider's words).
#[test]
fn what_someone_asked_that_is_the_thing() {
    for reader in readers() {
        let text = "Mr Le Cocq asked that the malt silo extension come back to the board in June 2027, once there is a proper survey.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("malt silo extension"),
            "{text}: {r:?}"
        );
    }
}
