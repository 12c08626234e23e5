//! Round B56: names, units and the records split, twelfth pass, each worded here for an
//! invented organisation: a Tasmanian oyster farm with its hatchery, leases, shed and
//! shop. Each is checked with the rules alone (an empty model) and with the shipped model.

use super::*;

/// A Tasmanian oyster farm.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Hatchery", &["Spat"]),
            ("Leases", &["Farm", "Growing"]),
            ("Shed", &["Processing"]),
            ("Shop", &["Retail"]),
        ],
        &[
            ("Oyster Grader", "Shed"),
            ("Boat Shed Roof", "Leases"),
            ("Point of Sale", "Shop"),
            ("Algae Photobioreactor", "Hatchery"),
            ("Workboat Replacement", "Leases"),
            ("Staff Rostering App", "Shop"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// Convention 77: an item of a status list that tells news of one registered thing (it
/// ships, the contractor starts, quotes are in) is a note of its own, one record per item,
/// before the item that decides; an item that only says nothing changed is none, and two
/// items of news about the same thing are one note. With the shipped model: the rules
/// alone read "ships from Hobart" and "contractor starts Monday" as nothing to record (the
/// intent's, not the split's).
#[test]
fn each_item_of_news_of_a_registered_thing_is_a_note_of_its_own() {
    let decided = "Point of sale: we're going ahead with replacing both terminals at the shop, $7,800, Mr. Hayes approved it this morning.";
    {
        let reader = Reader::new(&dir(), ReaderSettings::default());
        for text in [
            format!("Update before the weekend:\n- the new oyster grader ships from Hobart 12/14, install the week after, Jo coordinating.\n- Boat shed roof — contractor starts Monday.\n- {decided}"),
            format!("Update before the weekend: (1) the new oyster grader ships from Hobart 12/14, install the week after, Jo coordinating. (2) Boat shed roof — contractor starts Monday. (3) {decided}"),
        ] {
            let r = reader.read(&text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(r.investment.as_deref(), Some("Oyster Grader"), "{text}: {r:?}");
            assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
            assert_eq!(r.also[0].intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(
                r.also[0].investment.as_deref(),
                Some("Boat Shed Roof"),
                "{text}: {r:?}"
            );
            assert_eq!(r.also[1].verdict, Some(Verdict::Approve), "{text}: {r:?}");
            assert_eq!(
                r.also[1].investment.as_deref(),
                Some("Point of Sale"),
                "{text}: {r:?}"
            );
        }
        // An item that only says nothing changed is no record.
        let text = format!("Update before the weekend:\n- the new oyster grader ships from Hobart 12/14, install the week after, Jo coordinating.\n- Boat shed roof: no change.\n- {decided}");
        let r = reader.read(&text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Oyster Grader"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Point of Sale"),
            "{text}: {r:?}"
        );
        // Two items of news of the same thing: one note.
        let text = format!("Update before the weekend:\n- the new oyster grader ships from Hobart 12/14.\n- The grader install is the week after, Jo coordinating.\n- {decided}");
        let r = reader.read(&text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Oyster Grader"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    }
}

/// An item of a list that asks someone by name, a comma and "please" ("- Rosa, please get
/// the service done on the workboat before 15 Dec.") hands out a follow-up as "- Rosa to
/// …" does: about another registered thing than the item before, a note of its own; about
/// the same thing, that item's. With the shipped model (the rules alone read no task in
/// "Rosa, please get …" inside a list: the follow-up finder's, not the split's).
#[test]
fn a_list_item_asking_someone_by_name_and_please_is_a_follow_up_item() {
    let opening = "Hello all, updates from my side:\n- Oyster grader keeps going for 2027, Jo confirmed on Monday.\n- The boat shed roof is now on the list for the February meeting.\n";
    {
        let reader = Reader::new(&dir(), ReaderSettings::default());
        let text = format!(
            "{opening}- Rosa, please get the service done on the workboat before 15 Dec.\nCheers"
        );
        let r = reader.read(&text, "sam", today()).unwrap();
        let last = r.also.last().expect("more than one record");
        assert_eq!(last.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            last.investment.as_deref(),
            Some("Workboat Replacement"),
            "{text}: {r:?}"
        );
        assert_eq!(last.due, "2026-12-15".parse().ok(), "{text}: {r:?}");
        assert_eq!(
            last.action.as_ref().map(|a| a.owner.as_str()),
            Some("Rosa"),
            "{text}: {r:?}"
        );
        assert!(
            r.also
                .iter()
                .all(|m| m.investment.as_deref() != Some("Boat Shed Roof") || m.due.is_none()),
            "{text}: the roof has no task: {r:?}"
        );
        // The task on the item before's own thing, an item of news (no decision), stays
        // that note's follow-up (convention 86 speaks of items that decide).
        let text =
            format!("{opening}- Rosa, please get two quotes for the boat shed roof before 15 Dec.");
        let r = reader.read(&text, "sam", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Boat Shed Roof"),
            "{text}: {r:?}"
        );
    }
}

/// An email whose heading line ("The following are approved for 2027:") gives one verdict
/// over the priced items under it, after the email's own lines ("Subject: …", "From: …",
/// "All,"), is one approval per item, as when the heading opens the message; a line after
/// the items ("Not approved: the new workboat. …") is read as a message of its own.
#[test]
fn items_under_a_verdict_heading_after_an_emails_lines_are_each_approved() {
    let text = "Subject: 2027 capital - approved list\nFrom: Hamish Reid\n\nAll,\nThe following are approved for 2027:\n- Algae photobioreactor (hatchery), $65,000\n- Point of sale for the shop, $12,000\nNot approved: workboat replacement. Let's get another year out of the old one.\n\nHamish";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Algae Photobioreactor"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Point of Sale"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also[1].verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(
            r.also[1].investment.as_deref(),
            Some("Workboat Replacement"),
            "{text}: {r:?}"
        );
    }
}

/// Convention 74: a registered name's first and last words said with a product's word in
/// place of its middle ("the staff Deputy app pilot keeps going" against Staff Rostering
/// App, as "Farmer M-PAiSA payments pilot" against Farmer Mobile Payments) name that
/// registered investment, guessed; a word of another registered name in the middle, or
/// the first and last words apart, leave it.
#[test]
fn a_names_first_and_last_words_round_a_products_word_name_it() {
    for reader in readers() {
        for text in [
            "The staff Deputy app pilot at the shop keeps going, 14 shifts swapped on phones last week.",
            "Stopping the staff Deputy app trial, nobody at the shop used it.",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(
                r.investment.as_deref(),
                Some("Staff Rostering App"),
                "{text}: {r:?}"
            );
            assert_eq!(r.unit.as_deref(), Some("Shop"), "{text}: {r:?}");
        }
        // The first and last words apart: not this shape.
        let text = "Stopping the staff parking and the new booking app trial, nobody used them.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_ne!(
            r.investment.as_deref(),
            Some("Staff Rostering App"),
            "{text}: {r:?}"
        );
    }
}

/// News of a registered thing, then a sentence turning to another topic ("On the tech
/// side, I've told the software mob we're not renewing the old till package; …") with a
/// verdict of its own: the news is a note of its own and the verdict another record, as
/// after "Also" (`notes_before.rs`). With the shipped model (the rules alone read the news
/// as nothing to record: the intent's).
#[test]
fn a_turn_to_another_side_after_news_opens_another_record() {
    let news = "Harvest's done for the year – 38,000 dozen graded, better than budget, top grades up about 12% on last year which Kenji puts down to the new algae photobioreactor keeping the spat fed.";
    {
        let reader = Reader::new(&dir(), ReaderSettings::default());
        let text = format!("{news} On the tech side, I've told the software mob we're not renewing the old till package; we're moving to Square in Feb, $6k a year cheaper.");
        let r = reader.read(&text, "sam", today()).unwrap();
        assert_eq!(r.verdict, None, "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Algae Photobioreactor"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
}

/// Minutes written "Item N: <thing> – <verdict>" give one record per item; an item that
/// hands out a task ("Item 3: Workboat replacement – Rosa to bring three quotes to next
/// meeting (15/12).") is a note of its own about its thing, not the item before's due.
#[test]
fn an_item_numbered_with_item_handing_out_a_task_is_a_note_of_its_own() {
    let text = "Minutes – Management Meeting, Tuesday 01 December 2026\nPresent: GM, Jo, Rosa\nItem 1: Oyster grader – approved $14,000. Jo reports the buyers downgraded two lots for mixed sizes.\nItem 2: Boat shed roof – deferred to next financial year.\nItem 3: Workboat replacement – Rosa to bring three quotes to next meeting (15/12).\nMeeting closed at 11.30am.";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Oyster Grader"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
        assert_eq!(r.also[0].due, None, "{text}: {r:?}");
        assert_eq!(r.also[1].intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.also[1].investment.as_deref(),
            Some("Workboat Replacement"),
            "{text}: {r:?}"
        );
    }
}

/// After the decisions, news of a part of another registered thing ("Oh and the new blades
/// on the oyster grader are in and working great.") is news of that thing, a note of its
/// own, as news of the thing itself is (round B55's `news_of_another`; convention 59 files
/// a part under its thing).
#[test]
fn news_of_a_part_of_another_registered_thing_after_the_decisions_is_a_note_of_its_own() {
    let decided = "Good news from Hamish — he's ok with the algae photobioreactor at $19k, Jo says it'll cut spat losses by half. The boat shed roof can wait, the builder can't come till autumn anyway.";
    for reader in readers() {
        let text = format!(
            "{decided} Oh and the new blades on the oyster grader are in and working great."
        );
        let r = reader.read(&text, "sam", today()).unwrap();
        assert_eq!(r.also.len(), 2, "{text}: three records: {r:?}");
        assert_eq!(r.also[1].intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.also[1].investment.as_deref(),
            Some("Oyster Grader"),
            "{text}: {r:?}"
        );
    }
}
