//! Round B53: names, units and the records split, tenth pass, each worded here for an
//! invented organisation: a Fenland potato packer with its grading line, cold store, yard,
//! fleet and office. Each is checked with the rules alone (an empty model) and with the
//! shipped model.

use super::*;

/// A Fenland potato packer.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Grading", &["Packhouse", "Grading Line"]),
            ("Stores", &["Cold Store", "Box Store"]),
            ("Yard", &["Loading", "Weighbridge"]),
            ("Fleet", &["Transport", "Lorries"]),
            ("Office", &["Admin", "Finance", "IT"]),
        ],
        &[
            ("Optical Grader", "Grading"),
            ("Cold Store Insulation", "Stores"),
            ("Roof Solar and Battery", "Yard"),
            ("Box Store Racking", "Stores"),
            ("Lorry Replacement", "Fleet"),
            ("Laptop Refresh", "Office"),
            ("Weighbridge Upgrade", "Yard"),
            ("Forklift Replacement", "Yard"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// Convention 68: a thing said "back on" with money in the same sentence is approved at
/// that money, whether or not "is" is written ("solar+battery back on, … $190k all up");
/// "back on" as news of power, a person or a site is no verdict.
#[test]
fn a_thing_back_on_with_money_is_approved_at_it() {
    for reader in readers() {
        for text in [
            "roof solar+battery back on, tom found a grant 🙌 £64k all up, half of it grant",
            "Optical grader back on, £210k, the supermarket wants size grading from March",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
            assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
            assert!(r.amount.is_some(), "{text}: {r:?}");
        }
        // News: no money, or "back on" of a site or a date.
        for text in [
            "cold store compressors back on, engineer reset the trip",
            "the racking contractor back on site the 14th to finish bay 3",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        }
    }
}

/// Convention 17 after a decision: a second ask in the same message, said as a thing looked
/// at or work wanted on things, with no price yet ("He's also looking at a pallet wrapper,
/// no price yet", "She also wants to redo the wash bays — no price yet"), is a new
/// investment of its own with its cost asked for.
#[test]
fn a_second_ask_with_no_price_after_a_decision_is_a_record_of_its_own() {
    for reader in readers() {
        for (text, thing) in [
            (
                "Fleet update. Dean got the nod from Tony for a second box tipper, £3,400, because we're waiting days on hire ones. He's also looking at a pallet wrapper, no price yet. Weather's shocking, mind how you go.",
                "pallet wrapper",
            ),
            (
                "Quick one from the packhouse. Jo got the ok on a new bag sealer, $9,800, the old one is jamming again. She also wants to redo the hand-wash bays — no price yet, waiting on the plumber.",
                "hand-wash bays",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
            assert_eq!(r.also.len(), 1, "{text}: {r:?}");
            let second = &r.also[0];
            assert_eq!(second.intent, Intent::Investment, "{text}: {second:?}");
            assert_eq!(second.investment.as_deref(), Some(thing), "{text}: {second:?}");
            assert!(second.missing.contains(&Missing::Amount), "{text}: {second:?}");
        }
        // Looking at a delay, or wanting to redo a thing with its price given, is no
        // unpriced ask.
        let text = "Jo got the ok on a new bag sealer, $9,800. She's looking at a two-week wait for it, no word yet.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert!(r.also.is_empty(), "{text}: {r:?}");
    }
}

/// The same ask with its price said as the quote still to come: "And he want to change the
/// box store floor tiles, no quote yet".
#[test]
fn things_wanted_redone_with_no_quote_yet_are_an_ask() {
    for reader in readers() {
        let text = "Jo got the ok on a new bag sealer, $9,800, Tom already say can. And he want to change the packhouse floor tiles, no quote yet.";
        let r = reader.read(text, "sam", today()).unwrap();
        let asked = std::iter::once(&r)
            .chain(&r.also)
            .find(|x| x.intent == Intent::Investment && x.amount.is_none());
        assert!(asked.is_some(), "{text}: {r:?}");
        assert!(
            asked.unwrap().missing.contains(&Missing::Amount),
            "{text}: {r:?}"
        );
    }
}

/// A registered thing's word with "'s" ("forklift's serviced n parked in the pole barn") is
/// the whole subject of its news, not the first word of another thing's name set before a
/// participle ("forklift charger units approved" names no forklift). News is the shipped
/// model's to tell from chatter, so this is read with it.
#[test]
fn a_things_word_with_its_s_is_the_subject_of_its_news() {
    let [_, shipped] = readers();
    for reader in [shipped] {
        for text in [
            "forklift's serviced n parked in the pole barn 👍",
            "forklift's serviced and parked in the pole barn",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(
                r.investment.as_deref(),
                Some("Forklift Replacement"),
                "{text}: {r:?}"
            );
        }
        let text = "forklift charger units approved, £6k";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_ne!(
            r.investment.as_deref(),
            Some("Forklift Replacement"),
            "{text}: {r:?}"
        );
    }
}

/// "… And Alasdair wants a proper quote on heat recovery off the boiler flues before the
/// board sees it; Davie to have it for him by 11/12": a sentence opening on "And" where
/// someone wants a task done on another registered thing, by a time, is another item, as
/// "Also Mick wants …" is: a note of its own after the decision.
#[test]
fn and_someone_wants_a_task_on_another_thing_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "Bear with me, it's a long one. The laptops are back on after all: Fiona found the money, so it's 12 machines at £1,150 each and Callum's ordering them next week. The supermarket buyers were in on Tuesday and loved the new packs. And Alasdair wants a proper quote on the cold store insulation before the board sees it; Davie to have it for him by 11/12.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Laptop Refresh"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also.len(), 1, "{text}: {r:?}");
        let note = &r.also[0];
        assert_eq!(note.intent, Intent::Note, "{text}: {note:?}");
        assert_eq!(
            note.investment.as_deref(),
            Some("Cold Store Insulation"),
            "{text}: {note:?}"
        );
        // Wanting the record's own thing done is no other item.
        let text = "The laptops are back on after all, £13,800 for the twelve. And Fiona wants them ordered before Christmas.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert!(r.also.is_empty(), "{text}: {r:?}");
    }
}

/// "3) Mr. Ray wants a couple of quotes on the H-2A bunkhouse roof before anything else
/// gets decided on it, Donna's chasing those down by the 15th": a numbered item where
/// someone (a title before the name allowed) wants a task done on another registered thing
/// by a time is a note of its own, as "Also Mick wants …" is.
#[test]
fn a_numbered_item_wanting_a_task_on_another_thing_is_a_note() {
    for reader in readers() {
        let text = "Long one, sorry. 1) The laptop refresh is approved — 9 machines, $13,500, Tyler's ordering this week. 2) The packhouse audit went fine, we scored a 97. 3) Mr. Ray wants a couple of quotes on the cold store insulation before anything else gets decided on it, Donna's chasing those down by the 15th.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Laptop Refresh"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also.len(), 1, "{text}: {r:?}");
        let note = &r.also[0];
        assert_eq!(note.intent, Intent::Note, "{text}: {note:?}");
        assert_eq!(
            note.investment.as_deref(),
            Some("Cold Store Insulation"),
            "{text}: {note:?}"
        );
    }
}
