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

/// An owner's whole name: an initial before it ("S. Taufa"), a title before it ("Ate
/// Losana", "Engr. Taufa"), or a first name before it ("ask Mele Kaho to sign"); and of two
/// joined with "+", both as written (convention 99, round V67). A word that opens the sentence ("Also Mele to …") is no
/// part of the name.
#[test]
fn an_owners_whole_name_is_kept() {
    for (text, who) in [
        (
            "Minutes of the packing meeting\n1. Vacuum sealer — delivery expected 22.12.2026. S. Taufa to prepare the bench by 18.12.2026.\n2. Next meeting: 10.12.2026",
            "S. Taufa",
        ),
        (
            "Other matters: Ate Losana to get the shop till demo scheduled by 12/10.",
            "Ate Losana",
        ),
        (
            "Fwd from Mele: \"I have approved the accounts software at $3,200. Please ask Sione Kaho to sign the contract by 15/12.\"",
            "Sione Kaho",
        ),
        (
            "Packing meeting — actions:\n1. Sione + Viliami to fix the sealer bar (Mon)\n2. Mele to send the price list to the buyer by the 11th",
            "Sione + Viliami",
        ),
        (
            "Drying racks approved, $4,200. Work will start from 15th December. Engr. Taufa will supervise.",
            "Engr. Taufa",
        ),
        (
            "Engr. Taufa, the sealer overhaul — kindly give me the final cost by Wednesday so I can put it in the board file",
            "Engr. Taufa",
        ),
    ] {
        let r = read_neiafu(text);
        assert_eq!(owner_of(&r), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Drying racks approved, $4,200. Also Mele to sign the contract by 15/12.",
        "Sione ok'd the drying racks this morning, $4.2K. Mele, book the builder by Dec 18.",
    ] {
        let r = read_neiafu(text);
        assert_eq!(owner_of(&r), Some("Mele"), "{text}: {r:?}");
    }
}

/// A name then "will" or "to" and a verb of work the list did not hold ("handle", "make the
/// …", "supervise", "service", "start the …"), and a name then a bare "you" and a verb of
/// work with the day it is due by: theirs is the task. "you know …" sets none.
#[test]
fn more_verbs_of_work_after_a_name() {
    for (text, who) in [
        (
            "We're approving the delivery van at $38,000. Vicky will handle the papers with the dealer by January 15.",
            "Vicky",
        ),
        (
            "The drying racks are approved. Sione will make the contract with the builder before 18.12.",
            "Sione",
        ),
        (
            "Action points from today: Mele to service the sealer bars before Monday 07/12; Sione to send the price list by 18 December.",
            "Mele",
        ),
        (
            "Shop till approved, $3,100, and Viliami to start the tender within this month",
            "Viliami",
        ),
        (
            "Drying racks approved. Losana you coordinate the delivery with the builder by 15th December.",
            "Losana",
        ),
    ] {
        let r = read_neiafu(text);
        assert_eq!(owner_of(&r), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Drying racks approved. Losana you know the builder is busy until March.",
        "The drying racks will now cover only Sheds A and B, $2,100 instead of $4,200. Shed C will follow after the harvest.",
        "Shop till on hold. Mi will tell unu when.",
        "We pulling di plug on di shop till. Spent $2,300 on it since March. Mr T agree.",
        "Bueno, update from the board yesterday:\n• Drying racks — approved, $4,200.\n• Shop till — deferred to March.",
    ] {
        let r = read_neiafu(text);
        assert_eq!(owner_of(&r), None, "{text}: {r:?}");
    }
}

/// "… has not agreed to the …" is a refusal by the one who did not agree, though a later
/// "So it is dropped" says it again; "has agreed to review it again in April" and "So
/// pending till March" put the work off to that month. A reason's "hasn't agreed" after
/// the verdict leaves the verdict as it was.
#[test]
fn not_agreed_refuses_and_pending_till_puts_off() {
    let r = read_neiafu(
        "The Chairman has not agreed to the delivery van. He says the old one is fine, better to wait for the new road. So it is dropped.",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("The Chairman"), "{r:?}");
    for (text, month) in [
        (
            "Accounts software – the Chairman said wait till the new till is live, then decide. So pending till March.",
            "2027-03-01",
        ),
        (
            "Delivery van: the Chairman has agreed to review it again in April after the dealer confirms the price",
            "2027-04-01",
        ),
    ] {
        let r = read_neiafu(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(
            r.review_date,
            Some(month.parse().unwrap()),
            "{text}: {r:?}"
        );
    }
    let r = read_neiafu(
        "Right, the delivery van is a no for now, the dealer hasn't agreed to the trade-in. Have another look in March.",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
}

/// Two people named together who agreed or talked it over in the verdict's sentence
/// decided it; "Sione and I agreed" is the writer's own. A bare verdict closed by thanks to
/// a head or a body ("Thank you GM 🙌🏾", "Thanks boss") was theirs; thanks to someone by
/// name may be for the work, and names no one.
#[test]
fn a_pair_agreed_or_a_head_thanked_decided() {
    for (text, who) in [
        (
            "Drying racks — Mele and Sione agreed we only redo the two racks on the east side this season, not all four. Takes it from $4,200 down to about $2,100.",
            "Mele and Sione",
        ),
        (
            "Mele and Sione talked it over and we're not doing the shop till this year or next. The old one is fine.",
            "Mele and Sione",
        ),
        ("delivery van — approved. $38K. Thank you GM 🙌🏾", "GM"),
        ("shop till — yes. $3,100. Thanks boss 🙏🏾", "boss"),
    ] {
        let r = read_neiafu(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Mele and I talked it over and we're not doing the shop till this year or next.",
        "shop till — yes. $3,100. Thanks Sione 🙏🏾",
    ] {
        let r = read_neiafu(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// "renew" hands out work as the other verbs of work do: a name opening the message, "can
/// you renew …" and a day, is that one's task (and the message a note, not chat); "the
/// licence was renewed" sets no one one.
#[test]
fn renewing_is_a_task() {
    let r = read_neiafu("Losana can you renew the accounts software licence before 31/12?");
    assert_eq!(owner_of(&r), Some("Losana"), "{r:?}");
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    let r = read_neiafu("Losana renewed the accounts software licence on Tuesday.");
    assert_eq!(owner_of(&r), None, "{r:?}");
}

/// A name opening the message, "please be at …" / "please be ready …": asked to be there is
/// a task; "please be careful" is none.
#[test]
fn asked_to_be_there_is_a_task() {
    let r = read_neiafu(
        "Losana please be at the wharf on Monday 7h for the container of vacuum sealers",
    );
    assert_eq!(owner_of(&r), Some("Losana"), "{r:?}");
    let r = read_neiafu("Losana please be careful with the vacuum sealer, the bar is hot");
    assert_eq!(owner_of(&r), None, "{r:?}");
}
