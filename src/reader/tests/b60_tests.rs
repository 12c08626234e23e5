//! Round B60: names, units and the records split, sixteenth pass, each worded here for an
//! invented organisation: a Falklands sheep station with its shearing shed, office, farm
//! vehicles and computers. Each is checked with the rules alone (an empty model) and with
//! the shipped model.

use super::*;

/// A Falklands sheep station.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Shearing", &["Shed", "Wool Shed"]),
            ("Office", &["Admin"]),
            ("Vehicles", &["Fleet"]),
            ("IT", &["Computers"]),
        ],
        &[
            ("Wool Press", "Shearing"),
            ("Shearing Plant", "Shearing"),
            ("Accounting Software", "Office"),
            ("Farm Tractor", "Vehicles"),
            ("Laptop Replacement", "IT"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Pounds are the station's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::GBP,
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// Convention 89: a heading before a colon that names a decider's decision ("Chairman's
/// decision on the wool press:") is no part of the thing's name; the thing is what the
/// decision is on. The first text is read with the shipped model only: the rules alone
/// read no record in "buy … rather than new" (a verdict word they lack, V60's ground).
#[test]
fn a_deciders_decision_heading_names_no_thing() {
    let [_, shipped] = readers();
    let text = "Chairman's decision on the wool press: buy a second-hand 2-box press fae Punta Arenas for £18,000 rather than new at £30k.";
    let r = shipped.read(text, "ana", today()).unwrap();
    assert_eq!(r.investment.as_deref(), Some("Wool Press"), "{text}: {r:?}");
    assert_eq!(r.unit.as_deref(), Some("Shearing"), "{text}: {r:?}");
    for reader in readers() {
        // A new thing the decision is on is still named, without the heading's words.
        let text = "Manager's decision on the fleece scanner: approved, £9,000.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("fleece scanner"),
            "{text}: {r:?}"
        );
    }
}

/// Convention 89: a ticket's key and tracker before a colon ("JIRA IT-204:") are no part of
/// the thing's name; convention 74: "Replace 4 office laptops" — the verb of a registered
/// name's work and the thing it is done to — is Laptop Replacement. A thing the register
/// holds no work on stays new, without the key.
#[test]
fn a_tickets_key_names_nothing_and_its_work_said_by_its_verb_is_the_registered_one() {
    for reader in readers() {
        let text = "JIRA IT-204: Replace 4 office laptops (£3,600). Assigned to Gwen. Due 18.12.2026. Approved by Finance 01.12.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Laptop Replacement"),
            "{text}: {r:?}"
        );
        assert_eq!(r.unit.as_deref(), Some("IT"), "{text}: {r:?}");
        let text = "JIRA IT-205: new shed floodlights (£2,000). Approved by Finance 01.12.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("shed floodlights"),
            "{text}: {r:?}"
        );
    }
    // A ticket's request line, read with the shipped model only: the rules alone read no
    // ask in it (no verb of asking).
    let [_, shipped] = readers();
    let text = "TICKET #2291 — IT — Priority: Medium\nRequest: replace 4 laptops at the shed and the office (estimate £3,600)\nReason: machines are 7 years old, batteries dead";
    let r = shipped.read(text, "ana", today()).unwrap();
    assert_eq!(
        r.investment.as_deref(),
        Some("Laptop Replacement"),
        "{text}: {r:?}"
    );
}

/// Convention 86: in a list of action items, each task is a note of its own — whatever it
/// names, the thing of the item before or no registered thing — and two owners joined by
/// "+" or "and" open a task as one does.
#[test]
fn each_item_of_a_list_of_actions_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "Shed meeting 3/12 — actions:\n1. Gwen + Tom to fix the tally bug in the accounting software (Mon)\n2. Ian to send the wool press report to Fiona by the 11th\n3. Rhys to book the ferry for the Goose Green run";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 2, "{text}: three notes: {r:?}");
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Accounting Software"),
            "{text}: {r:?}"
        );
        // (Which of the two owners the note takes is the people's words', round V60's.)
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Wool Press"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also[0].due, "2026-12-11".parse().ok(), "{text}: {r:?}");
        let owner = r.also[1].action.as_ref().map(|a| a.owner.as_str());
        assert_eq!(owner, Some("Rhys"), "{text}: {r:?}");
        // The same task twice, one item: one note.
        let text = "Shed meeting 3/12 — actions:\n1. Ian to send the wool press report to Fiona by the 11th\nThanks all";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 0, "{text}: one note: {r:?}");
    }
}

/// Convention 86: a numbered item asking someone by name, "please" straight after the name
/// with no comma ("3) Gwen please send me …"), is a task of its own after the decisions.
#[test]
fn a_numbered_item_asking_someone_please_with_no_comma_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "Weekly update from me:\n1) Ian approved the wool press for the shed, £14,500. The old one jams every second bale.\n2) The farm tractor is postponed — we look again after lambing, around April.\n3) Gwen please send me the list of laptops that need replacing by Wednesday.\nThanks!";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
        let task = &r.also[1];
        assert_eq!(task.intent, Intent::Note, "{text}: {r:?}");
        let owner = task.action.as_ref().map(|a| a.owner.as_str());
        assert_eq!(owner, Some("Gwen"), "{text}: {r:?}");
        // Someone named in a sentence of the item, not asked: no task of its own.
        let text = "Weekly update from me:\n1) Ian approved the wool press for the shed, £14,500. The old one jams every second bale.\n2) The farm tractor is postponed — Gwen please note we look again after lambing, around April.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    }
}

/// Convention 86: an item numbered inline that asks someone by name, the thing said before
/// the ask ("3. Rhys, for the wool press kindly coordinate with the fitter …"), is a note of
/// its own after the decisions.
#[test]
fn an_inline_item_asking_someone_about_a_thing_kindly_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "Dear team, a few updates from the board meeting of yesterday: 1. The farm tractor was approved, £38,000 — the old one failed its MOT. 2. The wool press was brought back and approved at £14,500 after the ram seal failed last weekend. 3. Rhys, for the wool press kindly coordinate with the fitter, installation latest 15th December.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
        let task = &r.also[1];
        assert_eq!(task.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            task.investment.as_deref(),
            Some("Wool Press"),
            "{text}: {r:?}"
        );
    }
}

/// "Gwen's after new shears for the shed" (round B60): a name's "'s" before "after" is
/// "is after", wanting the thing, as "Gwen is after …" reads; the name is no word of it.
#[test]
fn someones_after_a_new_thing_wants_it() {
    for reader in readers() {
        let text = "Gwen's after new shears for the shed, 12 of them, no price yet";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("shears"), "{text}: {r:?}");
    }
}

/// Convention 86: tasks under a heading of actions, run on one line and parted by
/// semicolons ("Action points from today: Gwen to …; Ian to …"), are notes of their own,
/// as the lines of a list are.
#[test]
fn tasks_parted_by_semicolons_after_an_action_heading_are_notes_of_their_own() {
    for reader in readers() {
        let text = "Action points from today: Gwen to book the shearing plant service before Monday 07/12; Ian to send the tractor log to the dealer by 18 December.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: two notes: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Shearing Plant"),
            "{text}: {r:?}"
        );
        let owner = r.action.as_ref().map(|a| a.owner.as_str());
        assert_eq!(owner, Some("Gwen"), "{text}: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Farm Tractor"),
            "{text}: {r:?}"
        );
        // One task: one note.
        let text = "Action points from today: Gwen to book the shearing plant service before Monday 07/12.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 0, "{text}: one note: {r:?}");
    }
}
