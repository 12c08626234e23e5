//! Round N5: new things' names cut from the words of an ask or a verdict, in a Norwegian
//! salmon farm's words. "want to open a …", "move the … to/onto …", "could use a second …",
//! "Re the … -", "quote for the new …" and a price paid in a later sentence each leave the
//! new thing's own words as its name.

use super::*;

/// A Norwegian salmon farm: sea sites, the processing plant, the boats, sales, IT.
fn salmon() -> StaticDirectory {
    test_names::directory(
        &[
            ("Farming", &["Sea Sites", "Pens"]),
            ("Processing", &["Plant", "Harvest", "Fitout"]),
            ("Vessels", &["Boats", "Fleet"]),
            ("Finance", &["Accounts"]),
            ("IT", &["Tech"]),
            ("Sales", &["Commercial", "Buyers' Panel"]),
            ("Health & Safety", &["HSE", "Safety"]),
        ],
        &[
            ("Feed Barge Automation", "Farming"),
            ("Net Camera Network", "Farming"),
            ("Filleting Line Upgrade", "Processing"),
            ("Well Boat Lease", "Vessels"),
            ("ERP Upgrade", "Finance"),
            ("Customer Portal", "Sales"),
            ("Crew Rostering System", "Vessels"),
            ("Fish Counter Upgrade", "Processing"),
            ("Stunner Replacement", "Processing"),
            ("Leka Fitout", "Processing"),
        ],
    )
}

fn read_salmon(text: &str) -> Reading {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("NOK").unwrap(),
    };
    read(
        text,
        "ingrid",
        "2026-11-27".parse().unwrap(),
        &salmon(),
        &settings,
    )
    .unwrap()
}

fn assert_named(text: &str, intent: Intent, name: &str) -> Reading {
    let r = read_salmon(text);
    assert_eq!(r.intent, intent, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    r
}

#[test]
fn want_to_open_names_what_is_opened() {
    let r = assert_named(
        "Proposal: Sales want to open a smoked salmon outlet shop in Ålesund, NOK 1.2 million, and they say it adds NOK 300k a year over 5 years.",
        Intent::Investment,
        "smoked salmon outlet shop",
    );
    assert_eq!(r.unit.as_deref(), Some("Sales"), "{r:?}");
}

#[test]
fn moving_things_onto_a_new_thing_names_the_new_thing() {
    let r = assert_named(
        "Tech want to move the offices onto satellite broadband, NOK 400k, should save NOK 150k a year on radio links",
        Intent::Investment,
        "satellite broadband",
    );
    assert_eq!(r.unit.as_deref(), Some("IT"), "{r:?}");
}

#[test]
fn could_use_a_thing_names_the_thing() {
    let r = assert_named(
        "Boats could use a hydraulic crane, maybe NOK 600k, nobody has priced it properly yet",
        Intent::Investment,
        "hydraulic crane",
    );
    assert_eq!(r.unit.as_deref(), Some("Vessels"), "{r:?}");
}

#[test]
fn re_the_thing_opening_a_decision_names_it_not_the_reason() {
    assert_named(
        "Re the deck radios - Boats were quoted NOK 90k, which is steep for 12 handsets, but we're going ahead given the new coastal licence rules.",
        Intent::Decision,
        "deck radios",
    );
}

#[test]
fn an_afe_for_the_new_thing_names_the_thing() {
    assert_named(
        "AFE for the new pellet silo came back at NOK 1.4m. Board said no, not with salmon prices where they are.",
        Intent::Decision,
        "pellet silo",
    );
}

#[test]
fn money_paid_in_a_later_sentence_names_nothing() {
    let r = assert_named(
        "Lice counting cameras for Farming approved, NOK 900k. we paid NOK 2.1m in lice treatments at Frøya last season",
        Intent::Decision,
        "Lice counting cameras",
    );
    assert_eq!(r.unit.as_deref(), Some("Farming"), "{r:?}");
}

#[test]
fn a_new_thing_said_before_the_verdict_beats_a_name_in_the_reason_after_it() {
    let r = assert_named(
        "Shift-swap app – the board said no. NOK 550k is too much while we're still bedding in the ERP.",
        Intent::Decision,
        "Shift-swap app",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_named(
        "Kari here - Processing asked for a new label printer for the night shift, NOK 90k. Not now, reckon the filleting line upgrade can do most of it. Revisit in March",
        Intent::Decision,
        "label printer",
    );
}

#[test]
fn a_names_word_opening_another_things_name_before_its_verdict() {
    assert_named(
        "barge crane replacement approved, NOK 62k, the old one is 20 years old",
        Intent::Decision,
        "barge crane replacement",
    );
}

#[test]
fn a_names_thing_said_with_a_place_or_maker_names_it() {
    for (text, name) in [
        (
            "Harvest huddle - the Hitra counters missed 300 fish on Saturday. I'll chase the vendor on Monday.",
            "Fish Counter Upgrade",
        ),
        (
            "Good week all told, and the new Baader stunners got their first proper run on Tuesday. Line ran with four of us instead of six.",
            "Stunner Replacement",
        ),
    ] {
        let r = read_salmon(text);
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    }
}

#[test]
fn a_count_of_things_announced_is_no_name() {
    let r = assert_named(
        "For info, the board approved two things on Thursday: the ERP upgrade (NOK 58k for three years) and a new quality system for the plant at NOK 120k.",
        Intent::Decision,
        "ERP Upgrade",
    );
    assert_eq!(r.unit.as_deref(), Some("Finance"), "{r:?}");
}

#[test]
fn a_name_the_new_thing_is_compared_with_is_not_its_subject() {
    assert_named(
        "Sales reckon email blasts would do the job for far less than the portal, NOK 40k all up. Approved",
        Intent::Decision,
        "email blasts",
    );
}

#[test]
fn a_units_word_before_its_body_or_head_names_the_unit() {
    for (text, unit) in [
        (
            "The plant manager is asking for a new ice machine on the quay, NOK 480k. The old one keeps freezing up.",
            "Processing",
        ),
        (
            "The pens committee have asked for a new work boat, about NOK 2m, as the old one leaks.",
            "Farming",
        ),
    ] {
        let r = read_salmon(text);
        assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
    }
}

#[test]
fn a_thing_wanted_before_a_verdict_said_last_names_the_decision() {
    let r = assert_named(
        "Right, Plant want a scale refresh for the grading line. Quote's in at NOK 280k for 14 scales, plus NOK 1,500 a month for the service contract. Go for it.",
        Intent::Decision,
        "scale refresh",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

#[test]
fn a_names_describing_word_before_a_door_or_a_washer_names_that_thing() {
    for text in [
        "Site walkthrough Tuesday with Ola. Barge doors need new seals. Action: @ola to get quotes by 12/12",
        "net washer's broke again, Ola's fixing it with cable ties and hope",
    ] {
        let r = read_salmon(text);
        assert_eq!(r.investment, None, "{text}: {r:?}");
    }
}

#[test]
fn a_name_said_by_two_of_its_words_beats_one_ordinary_word_of_another_before_it() {
    let text = "Boats call 30/11: net maintenance wants the crew system on tablets. @ola to price 20 iPads by 9/12.";
    let r = read_salmon(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Crew Rostering System"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_units_word_at_a_place_names_the_places_investment() {
    let text = "Fitout at Leka done and dusted, the harvest crew love the new canteen";
    let r = read_salmon(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Leka Fitout"),
        "{text}: {r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Processing"), "{text}: {r:?}");
}

#[test]
fn a_units_alias_with_a_plurals_apostrophe_is_read() {
    let text = "The buyers' panel have asked for a smoked trout range for the hotel trade, about NOK 180k.";
    let r = read_salmon(text);
    assert_eq!(r.unit.as_deref(), Some("Sales"), "{text}: {r:?}");
}

#[test]
fn a_units_word_describing_what_follows_it_after_for_is_not_the_unit_asking() {
    let text = "The buyers' panel have asked for a smoked trout range for harvest planning, about NOK 180k. Fair play, the hotels keep asking.";
    let r = read_salmon(text);
    assert_eq!(r.unit.as_deref(), Some("Sales"), "{text}: {r:?}");
}
