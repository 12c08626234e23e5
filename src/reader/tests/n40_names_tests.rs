//! Round N40: a directory entry called by one of its words after a place's name or a count,
//! and by an everyday short form of its words ("the Ilkley refit", "2 more chalk bins",
//! "air con"), each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A group of Yorkshire climbing gyms: the walls, setting, the buildings, the front desk.
fn climbing_dir() -> StaticDirectory {
    directory(
        &[
            ("Gyms", &["Walls"]),
            ("Setting", &[]),
            ("Property", &["Estates"]),
            ("Front Desk", &[]),
            ("IT", &[]),
            ("Membership", &[]),
        ],
        &[
            ("Gym Refits", "Property"),
            ("Air Conditioning", "Property"),
            ("Self-Service Kiosks", "Front Desk"),
            ("Chalk Dispensers", "Gyms"),
            ("Treadwall Machine", "Gyms"),
            ("Laptop Refresh", "IT"),
            ("Speed Timer", "Gyms"),
            ("Hangboard Refurbishment", "Gyms"),
        ],
    )
}

fn read_climbing(text: &str) -> Reading {
    read_day_first_in(text, "wendy", "GBP", &climbing_dir())
}

/// "the Mandurah fitout is approved": a place's name before the one piece of work a name
/// says in the plural (Clinic Fitouts) is that work at that place, not a new thing called
/// by both words.
#[test]
fn a_place_before_the_work_a_name_says_in_the_plural_is_that_name() {
    for text in [
        "Good news from Sam: the Ilkley refit is approved, £40k for new matting and a bigger bouldering area.",
        "Priya signed off the new laptops, £12k. The Otley refit is on hold till April, the landlord wants the roof done first.",
    ] {
        let r = read_climbing(text);
        let r = super::test_names::records(&r)
            .into_iter()
            .find(|r| r.investment.as_deref() != Some("Laptop Refresh"))
            .unwrap();
        assert_eq!(r.investment.as_deref(), Some("Gym Refits"), "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some("Property"), "{text}: {r:?}");
        assert!(!r.new_investment, "{text}: {r:?}");
    }
}

/// Not a thing that is no work done at a place ("the Beacon kiosk" against Self-Service
/// Kiosks): the capital word may say which kind, so it is another thing.
#[test]
fn a_capital_word_before_a_thing_is_not_a_place() {
    let text = "We're done with the Beacon kiosk at Leeds, nobody's touched it since June. Unplugging it Monday.";
    let r = read_climbing(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Self-Service Kiosks"),
        "{text}: {r:?}"
    );
}

/// "2 more drone kits" for Drone Surveys: a name's first word after "more", before the
/// things in a short plural, is more for that name.
#[test]
fn a_name_word_after_more_before_a_short_plural_is_that_name() {
    let text = "ok'd another £2k for 2 more chalk bins for Otley 👍";
    let r = read_climbing(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Chalk Dispensers"),
        "{text}: {r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Gyms"), "{text}: {r:?}");
}

/// Not "more" before a word of four letters that is no plural of a thing ("more chalk
/// this year").
#[test]
fn more_before_a_short_word_that_is_no_plural_is_not_a_name() {
    let text = "we're getting through more chalk this winter, £300 a month";
    let r = read_climbing(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Chalk Dispensers"),
        "{text}: {r:?}"
    );
}

/// "air con" for Air Conditioning: the everyday short form of the name's words.
#[test]
fn air_con_is_air_conditioning() {
    for text in [
        "Sam's signed off air con for the Otley wall, £18k, it hit 31 degrees in there in July.",
        "The aircon for Skipton is held over till May.",
    ] {
        let r = read_climbing(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Air Conditioning"),
            "{text}: {r:?}"
        );
        assert_eq!(r.unit.as_deref(), Some("Property"), "{text}: {r:?}");
    }
}

/// "Reformers are pulling their weight": a name's word in the plural leading its clause,
/// before what is told of their worth, is the name (a result), as before "paid off".
#[test]
fn a_plural_before_pulling_its_weight_is_the_name() {
    for text in [
        "Treadwalls are pulling their weight. Since Otley started the 6am classes on them we've picked up about 40 new members, roughly £2k a month.",
        "Treadwalls have earned their keep this year, about £2k a month in extra classes.",
    ] {
        let r = read_climbing(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Treadwall Machine"),
            "{text}: {r:?}"
        );
    }
}

/// Not a plural leading its clause before other news of them ("laptops keep dying"): the
/// things talked about, as "tenants keep asking" is.
#[test]
fn a_plural_leading_other_news_is_not_the_name() {
    let text = "Treadwalls keep jamming at Otley, the members are fed up";
    let r = read_climbing(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Treadwall Machine"),
        "{text}: {r:?}"
    );
}

/// "laptops for the Lab arrived 👍": a unit said after "for", whom the things are for, is no
/// unit the note is about; the note is the things' own unit's, as "laptops arrived" is.
#[test]
fn a_unit_the_things_are_for_is_not_the_notes() {
    let text = "laptops for the Setting team arrived 👍 imaging them tmrw";
    let r = read_climbing(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Laptop Refresh"),
        "{text}: {r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("IT"), "{text}: {r:?}");
}

/// "she's okay with laptops for the park managers now, another £5k": a name's word in the
/// plural that a verdict's "okay with" / "fine with" / "yes to" takes is what is decided.
#[test]
fn a_plural_taken_by_a_verdict_is_the_name() {
    let text = "Two things from Sam. We're stopping the hangboard trial at Otley: £3k gone and nobody uses the boards. On the plus side she's okay with laptops for the setters now, another £4k, seeing as they're doing the route cards on their phones.";
    let r = read_climbing(text);
    let later = super::test_names::records(&r)
        .into_iter()
        .find(|r| r.investment.as_deref() == Some("Laptop Refresh"));
    assert!(
        later.is_some_and(|l| l.verdict == Some(Verdict::Approve)),
        "{text}: {r:?}"
    );
}

/// "nobody could say it sells a single membership", "the defibs for the 4 new clubs": a new
/// thing's unit is not a unit's word said in passing (in lower case, ending its phrase
/// mid-clause, not after "for" / "at" …, nor new things), in its reason or its description;
/// the draft asks for it.
#[test]
fn a_units_word_said_in_passing_is_no_new_things_unit() {
    for text in [
        "Sam knocked back the juice bar, £40k – nobody could show it would sell a single membership.",
        "Sam: no to the branded water bottles, £8k for something members can do at the tap. Yes to the defibs for the 4 new walls, £9,600",
    ] {
        let r = read_climbing(text);
        let r = super::test_names::records(&r)
            .into_iter()
            .find(|r| r.new_investment)
            .unwrap();
        assert_eq!(r.unit, None, "{text}: {r:?}");
    }
}

/// A unit that asks, opens the clause or comes after "for" / "at" … keeps being the new
/// thing's ("the setting team want a new drill set", "a drill set for the setting crew").
#[test]
fn a_unit_opening_the_ask_stays_the_new_things_unit() {
    for text in [
        "the setting team want a new drill set, £2k",
        "Setting want a new drill set, £2k",
        "Sam approved a new drill set for Setting, £2k",
        "Sam approved a new drill set for the setting crew, £2k",
        "Sam approved a new drill set for the Otley setting, £2k",
        "Sam approved new setting drills, £2k",
    ] {
        let r = read_climbing(text);
        assert_eq!(r.unit.as_deref(), Some("Setting"), "{text}: {r:?}");
    }
}

/// "the extra design seats" for Design Software, "the extra scoring screens" for Scoring
/// System Upgrade: a name's first word after "the extra" / "the additional", before the
/// things in the plural, is more for that name, as after "more".
#[test]
fn a_name_first_word_after_the_extra_before_a_plural_is_that_name() {
    for text in [
        "Sam knocked back the extra chalk bins for Otley, £2k – the walls have plenty",
        "Priya approved the additional chalk stations for Skipton, £3k",
    ] {
        let r = read_climbing(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Chalk Dispensers"),
            "{text}: {r:?}"
        );
    }
}

/// "turned down a second robot for Gorey" for Dispensing Robot: one more of the thing a name
/// is (its last word), after "a second" / "an extra", is more of that name; another of a
/// thing a name does work on ("a second climbing wall" against Climbing Wall Refurbishment)
/// stays a new thing.
#[test]
fn one_more_of_the_thing_a_name_is_is_that_name() {
    let text = "Sam turned down a second timer for Leeds, £3k – the first one is barely used";
    let r = read_climbing(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Speed Timer"),
        "{text}: {r:?}"
    );
    assert!(!r.new_investment, "{text}: {r:?}");
}

/// "no to a second climbing wall" against Climbing Wall Refurbishment: another of a thing
/// a name only does work on is a new thing.
#[test]
fn one_more_of_a_thing_a_name_works_on_is_a_new_thing() {
    let text = "Sam said no to a second hangboard for Leeds, £3k";
    let r = read_climbing(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Hangboard Refurbishment"),
        "{text}: {r:?}"
    );
}
