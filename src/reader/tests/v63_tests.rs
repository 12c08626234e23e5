//! Verdicts, intents, people, dates and numbers missed on strangers' wording (round V63),
//! each worded for an invented vanilla curing house at Neiafu in Vava'u, Tonga (its curing
//! shed, its packhouse, its store and its office, counting in pa'anga written as dollars),
//! and set against the same words recording something else. The test day is Friday 27
//! November 2026.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A vanilla curing house at Neiafu: the curing shed, the packhouse, the store, the office.
fn neiafu_dir() -> StaticDirectory {
    directory(
        &[
            ("Curing Shed", &["Shed"]),
            ("Packhouse", &["Packing"]),
            ("Store", &["Shop"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Drying Racks", "Curing Shed"),
            ("Vacuum Sealer", "Packhouse"),
            ("Shop Till", "Store"),
            ("Accounts Software", "Office"),
            ("Delivery Van", "Office"),
        ],
    )
}

fn read_neiafu(text: &str) -> Reading {
    read_day_first_in(text, "tevita", "USD", &neiafu_dir())
}

fn owner_of(r: &Reading) -> Option<&str> {
    r.action.as_ref().map(|a| a.owner.as_str())
}

/// A name spoken to, a comma and "start …", or a name and a bare "start" and the work with
/// its day: the one named starts the work. "the start of …" and "started" set no one a task.
#[test]
fn a_name_told_to_start_owns_the_work() {
    for (text, who) in [
        ("Sione, start the drying rack trial on Monday.", "Sione"),
        (
            "Drying racks approved, $4,200. Mele, start in January.",
            "Mele",
        ),
        (
            "Vacuum sealer — yes, $1,900. Viliami start sealing Monday.",
            "Viliami",
        ),
    ] {
        let r = read_neiafu(text);
        assert_eq!(owner_of(&r), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Sione, the start of the drying rack trial went well.",
        "Vacuum sealer — yes, $1,900. Viliami started sealing Monday.",
    ] {
        let r = read_neiafu(text);
        assert_eq!(owner_of(&r), None, "{text}: {r:?}");
    }
}

/// A letter whose greeting line is the one name and a comma (after a subject line or a
/// forward's headers, or with a greeting word before the name), then "Please …" or "Could
/// you please …" and a verb of work: the one greeted owns it. A letter that asks nothing
/// sets no one a task.
#[test]
fn a_letter_greeting_one_name_sets_them_its_ask() {
    for (text, who) in [
        (
            "Losana,\n\nCould you please send the three freight quotes by Wednesday 9 December? The buyer wants to decide next week.\n\nThanks,\nTevita",
            "Losana",
        ),
        (
            "Subject: Curing shed fans\n\nViliami,\n\nFollowing the walk-round I recommend we replace the curing shed fans. Quote from the Nuku'alofa supplier is $12,000. Please put it on the agenda for the 12/10 meeting.\n\nRegards,\nMele",
            "Viliami",
        ),
        (
            "Malo e lelei Sione,\n\nThe delivery van cannot be considered this year. Please get the old one serviced.\n\nTevita",
            "Sione",
        ),
        (
            "Malo Losana,\n\nAfter our talk I am happy for you to go ahead with the shop till at $3,100 — make sure it is in before the Christmas rush.\n\nTevita",
            "Losana",
        ),
    ] {
        let r = read_neiafu(text);
        assert_eq!(owner_of(&r), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Losana,\n\nThe three freight quotes came in, all of them over the budget.\n\nThanks,\nTevita",
        "Subject: Curing shed fans\n\nThe fans are in and working.\n\nRegards,\nMele",
    ] {
        let r = read_neiafu(text);
        assert_eq!(owner_of(&r), None, "{text}: {r:?}");
    }
}
