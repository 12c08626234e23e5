//! Round B59: names, units and the records split, fifteenth pass, each worded here for an
//! invented organisation: a Portuguese sardine cannery with its canning line, cold store,
//! vans and office. Each is checked with the rules alone (an empty model) and with the
//! shipped model.

use super::*;

/// A Portuguese sardine cannery.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Canning", &["Cannery", "Line"]),
            ("Cold Store", &["Freezers"]),
            ("Fleet", &["Vans"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Seaming Machine", "Canning"),
            ("Blast Freezer", "Cold Store"),
            ("Delivery Van", "Fleet"),
            ("Payroll Software", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Euros are the tenant's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::EUR,
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// Convention 86: a task handed out as an item of its own in a list ("- Rui to send the
/// freezer layout to the installer by 11/12" after "- blast freezer: hold till after the
/// sardine season, revisit in March") is a note of its own, though about the item before's
/// thing; a task inside the decision's own item stays its follow-up.
#[test]
fn a_task_item_about_the_item_befores_thing_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "Board mtg 30/11:\n- payroll software: keep going, the office loves it\n- blast freezer: hold till after the sardine season, revisit in March\n- Rui to send the freezer layout to the installer by 11/12";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
        let (hold, task) = (&r.also[0], &r.also[1]);
        assert_eq!(hold.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(hold.due, None, "{text}: {r:?}");
        assert_eq!(task.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            task.investment.as_deref(),
            Some("Blast Freezer"),
            "{text}: {r:?}"
        );
        assert_eq!(task.due, "2026-12-11".parse().ok(), "{text}: {r:?}");
        let owner = task.action.as_ref().map(|a| a.owner.as_str());
        assert_eq!(owner, Some("Rui"), "{text}: {r:?}");
        // The task inside the decision's own item is its follow-up: one record.
        let text = "Board mtg 30/11:\n- payroll software: keep going, the office loves it\n- blast freezer: approved, €48k, Rui to book the install by 11/12";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(r.also[0].due, "2026-12-11".parse().ok(), "{text}: {r:?}");
    }
}

/// Convention 86: a line closing a numbered list, handing someone a task about the first
/// item's thing ("Ana to order the seaming machine from the Porto supplier by Friday
/// 11th."), is a note of its own, not the first item's follow-up nor the last's.
#[test]
fn a_task_closing_a_numbered_list_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "Evening all, a few things from today's call with Joaquim:\n1. Seaming machine: go ahead after all, €56,000 — the old one jams every second shift.\n2. Blast freezer: on hold till January, he wants a second quote first.\nAna to order the seaming machine from the Porto supplier by Friday 11th.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.due, None, "{text}: {r:?}");
        assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.also[0].due, None, "{text}: {r:?}");
        let task = &r.also[1];
        assert_eq!(task.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            task.investment.as_deref(),
            Some("Seaming Machine"),
            "{text}: {r:?}"
        );
        assert_eq!(task.due, "2026-12-11".parse().ok(), "{text}: {r:?}");
    }
}

/// Convention 86: "• Rui will make the list of spare parts for the seaming machine until
/// Friday 11.12." — an item handing its owner the work with "will" and a day, after the
/// item that rescoped the thing, is a note of its own as "• Rui to make …" is. An item
/// saying where someone will be ("• Rui will be off till Monday") hands out nothing.
#[test]
fn an_item_of_someone_who_will_do_the_work_by_a_day_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "Update for the week:\n• Payroll software – we continue for 2027, the office is happy with it.\n• Seaming machine – Joaquim wants only the seamer head now, not the whole machine. Price down from €56k to €21k.\n• Rui will make the list of spare parts for the seaming machine until Friday 11.12.\nBom fim de semana!";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        let task = &r.also[1];
        assert_eq!(task.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            task.investment.as_deref(),
            Some("Seaming Machine"),
            "{text}: {r:?}"
        );
        assert_eq!(task.due, "2026-12-11".parse().ok(), "{text}: {r:?}");
        // Where someone will be is no task: still two records.
        let text = "Update for the week:\n• Payroll software – we continue for 2027, the office is happy with it.\n• Seaming machine – Joaquim wants only the seamer head now, not the whole machine. Price down from €56k to €21k.\n• Rui will be off till Monday 7.12.\nBom fim de semana!";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    }
}

/// "The hire boat association asked if we'd fit holding tank sensors across the fleet,
/// about £14k.": who asked is no thing; the thing is what "we'd" get, fit, buy or put in,
/// after "asked if" (as after a proposal's cue, round B58's "proposing we put …"). Shipped
/// model: the rules alone read the ask as a note, no name looked for.
#[test]
fn what_someone_asked_if_we_would_get_is_the_thing() {
    let [_, model] = readers();
    {
        let reader = model;
        let text = "The fishermen's association asked if we'd fit tin labellers on the line, about €14k. Rui reckons it'd save €4,000 a year on hand labelling and they should last ten years.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("tin labellers"),
            "{text}: {r:?}"
        );
    }
}

/// "@Bully da chain hoist for da shop, you can order. $3,900.": the handle opening the
/// message is who is told, no word of the thing's name; the thing is said after it.
#[test]
fn a_handle_opening_the_message_is_no_word_of_the_things_name() {
    for reader in readers() {
        let text = "@Rui tin labeller for the line, you can order. €3,900. needs to be in by 8/1 for the season";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("tin labeller"),
            "{text}: {r:?}"
        );
    }
}
