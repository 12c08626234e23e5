//! Round B45: names and the records split, second pass, each worded here for an invented
//! organisation: a cider mill with its orchard, press house, taproom and farm shop. Each is
//! checked with the rules alone (an empty model) and with the shipped model.

use super::*;

/// A cider mill.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Orchard", &["Trees"]),
            ("Press House", &["Pressing"]),
            ("Taproom", &["Bar", "Café"]),
            ("Farm Shop", &["Shop", "Store"]),
            ("Workshop", &["Yard"]),
            ("Office", &["Admin", "Finance"]),
            ("IT", &[]),
        ],
        &[
            ("Apple Washer Replacement", "Press House"),
            ("Bottle Labeller", "Press House"),
            ("Reverse Osmosis Machine", "Press House"),
            ("Taproom Refit", "Taproom"),
            ("Online Shop", "Farm Shop"),
            ("Delivery App", "Farm Shop"),
            ("Member Portal", "Office"),
            ("Data Warehouse", "Office"),
            ("Security Cameras", "Office"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

fn assert_unit(texts: &[(&str, &str)]) {
    super::test_names::assert_units_read(&dir(), texts);
}

/// "@mags please get the café's Christmas opening hours on the board", "the store's holiday
/// price list", "a battery bank for the yard's power tools": a unit's alias, however
/// ordinary a word, said as the owner of something ("the X's …") is that unit.
#[test]
fn a_units_word_said_as_an_owner_is_the_unit() {
    assert_unit(&[
        (
            "@nell please get the café's winter opening hours on the board by Friday",
            "Taproom",
        ),
        (
            "@ross please get the store's holiday price list to the printer by Monday",
            "Farm Shop",
        ),
        (
            "Owen wants a battery bank for the yard's power tools, around £9k. Would save about £1,500 a year on diesel.",
            "Workshop",
        ),
    ]);
}

fn assert_named(texts: &[(&str, &str)]) {
    for reader in readers() {
        for (text, name) in texts {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(*name), "{text}: {r:?}");
        }
    }
}

/// "the app's crashed twice in the lunch peak", "uploaded in the portal before he'll sign
/// off": the kind of thing one registered investment alone is, pointed at with "the", is
/// that investment when its phrase ends there (a "'s" for "has" or "is", or a word opening
/// another clause or phrase after it).
#[test]
fn the_one_kind_of_thing_before_its_verb_or_a_new_phrase_is_the_investment() {
    assert_named(&[
        (
            "the app's crashed twice in the lunch rush, @ivy log it with the devs today",
            "Delivery App",
        ),
        (
            "The inspector wants the photos uploaded in the portal before he signs off. @jo get them in by Friday",
            "Member Portal",
        ),
        (
            "Members keep moaning about the portal again, @jo to get the vendor in by Wednesday",
            "Member Portal",
        ),
    ]);
    // A thing of the kind's own ("the portal roadmap") is left to the words around it.
    for reader in readers() {
        let r = reader
            .read("@jo to send the portal roadmap by 4/12", "sam", today())
            .unwrap();
        assert_eq!(r.investment, None, "{r:?}");
    }
}

/// "laptops moved to Q2, finance wants …", "batteries dying bare quick in this cold": the
/// things one registered name is about, said in the plural as the subject opening the
/// message before what happened to them, are that investment.
#[test]
fn things_in_the_plural_opening_a_clause_before_their_verb_are_the_investment() {
    assert_named(&[
        (
            "laptops pushed to March, the office wants the harvest numbers first",
            "Laptop Refresh",
        ),
        (
            "cameras dying one by one in this frost, @kit order two spares by Friday",
            "Security Cameras",
        ),
    ]);
}

/// "Licences doubled at renewal. We're dropping …": a figure of the things moving is a
/// reason told about them, not the things as a record's investment.
#[test]
fn things_whose_figure_moved_are_a_reason_not_the_investment() {
    for reader in readers() {
        let r = reader
            .read(
                "Laptops doubled at renewal. We're dropping the delivery app.",
                "sam",
                today(),
            )
            .unwrap();
        assert_eq!(r.investment.as_deref(), Some("Delivery App"), "{r:?}");
        assert_eq!(
            r.rationale.as_deref(),
            Some("Laptops doubled at renewal"),
            "{r:?}"
        );
    }
}

/// "Proposal from the pressroom: an automatic ink dispenser …", "Proposal from the
/// groomers: …": the team a proposal or request comes from, however ordinary its word, is
/// the record's unit.
#[test]
fn the_team_a_proposal_comes_from_is_the_unit() {
    assert_unit(&[
        (
            "Proposal from the store: a second chiller for the cheese counter, around £4k, should save about £1,500 a year in spoiled stock.",
            "Farm Shop",
        ),
        (
            "Proposal from the yard: a pressure washer for the tractors, about £900, should save about £600 a year on hire.",
            "Workshop",
        ),
    ]);
}

/// "dw paused til q2" for Data Warehouse, "The RO has earned its keep" for Reverse Osmosis
/// Machine: the initials of one registered name of two words (a kind of thing after them
/// left out), in capitals, or in lower case as the subject opening a clause, are that name.
#[test]
fn two_initials_of_one_name_are_the_name() {
    assert_named(&[
        (
            "dw paused til q2, the office is swamped w/ yr end",
            "Data Warehouse",
        ),
        (
            "The RO has earned its keep and then some, the water bill came in £3,400 under last year",
            "Reverse Osmosis Machine",
        ),
    ]);
    // Two letters that are a word or a chat shorthand, or said after nothing, name nothing.
    for reader in readers() {
        for text in [
            "ok paused til q2, the office is swamped",
            "@jo can you send me the harvest numbers by Friday? cheers, dw",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_ne!(r.investment.as_deref(), Some("Data Warehouse"), "{r:?}");
        }
    }
}

/// "… The weighbridge replacement was not approved for now; …. Kindly @kunle share the
/// dryer installation timeline with me latest 11th December.": a task closing a message
/// after work put off, asked politely before the handle, is a note of its own, as "@kunle
/// kindly share …" is.
#[test]
fn a_task_asked_kindly_after_work_put_off_is_a_note_of_its_own() {
    let text = "Notes from Monday's board. The bottle labeller has been approved at £18k, because the old one jams twice a shift. The taproom refit has been pushed to the spring; Ruth wants to see the summer takings first. Kindly @owen share the labeller installation timeline with me by 10/12.";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("Bottle Labeller"), "{r:?}");
        assert_eq!(r.also.len(), 2, "{r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Taproom Refit"),
            "{r:?}"
        );
        assert_eq!(r.also[0].due, None, "{r:?}");
        assert_eq!(r.also[1].intent, Intent::Note, "{r:?}");
    }
}

/// "drop the portal vendor at renewal", "The tissue culture consultant came on Tuesday":
/// those who sell, fit or advise on a registered thing, named by its words, are about that
/// thing, as the papers of buying it are ("the portal contract").
#[test]
fn a_things_vendor_or_consultant_is_about_the_thing() {
    assert_named(&[
        (
            "Ruth asked whether we should drop the portal vendor at renewal. We're keeping them, the £3k a year is less than one clerk's overtime.",
            "Member Portal",
        ),
        (
            "The apple washer consultant came on Tuesday and looked at the old press, she says it can be converted.",
            "Apple Washer Replacement",
        ),
    ]);
}

/// "traceability system scaled back to the packing house only for now, $21k. the cider
/// side waits til the canning line is sorted": the part a rescope leaves for later, told in
/// a sentence of its own after it, stays in that rescope's record (convention 40 makes it
/// the reason), not a deferral of its own.
#[test]
fn the_part_a_rescope_leaves_for_later_stays_in_its_record() {
    let text = "taproom refit scaled back to the bar only for now, £21k. the kitchen side waits til the new extractor is in";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert!(r.also.is_empty(), "{r:?}");
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
        assert_eq!(r.investment.as_deref(), Some("Taproom Refit"), "{r:?}");
        // Its reason is read from the "waits til" on ("til the new extractor is in"): the
        // reason's own reading, left to the rationale's rounds.
    }
}
