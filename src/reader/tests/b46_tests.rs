//! Round B46: names and the records split, third pass, each worded here for an invented
//! organisation: a lakeside outdoor centre with its boathouse, climbing barn, lodges and
//! café. Each is checked with the rules alone (an empty model) and with the shipped model.

use super::*;

/// A lakeside outdoor centre.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Boathouse", &["Watersports"]),
            ("Climbing Barn", &["Climbing"]),
            ("Lodges", &["Accommodation"]),
            ("Café", &["Kitchen"]),
            ("Stores", &["Yard"]),
            ("Office", &["Admin", "Bookings"]),
            ("Bike Park", &["Biking"]),
            ("IT", &[]),
        ],
        &[
            ("Kayak Fleet Replacement", "Boathouse"),
            ("Lake Pontoon Rebuild", "Boathouse"),
            ("Auto Belay Devices", "Climbing Barn"),
            ("Lodge Heat Pumps", "Lodges"),
            ("Café Refit", "Café"),
            ("Booking System", "Office"),
            ("Minibus Replacement", "Stores"),
            ("Staff Laptops", "IT"),
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

/// "a recovery room for the clubhouse with a cold plunge", "an automatic grader for the
/// packhouse, no figures yet", "solar panels on the depot roof": a unit's word in lower
/// case, however ordinary, is the team when a new thing is for it (the phrase ending
/// there), or when a thing is on a part of its place (its roof, its floor).
#[test]
fn a_units_word_as_the_place_a_thing_is_for_or_on_is_the_unit() {
    assert_unit(&[
        (
            "Ffion floated a drying room for the boathouse with a boot warmer, no numbers yet",
            "Boathouse",
        ),
        (
            "Ellis wants us to look at a log splitter for the yard so the lodges get dry wood, no figures yet.",
            "Stores",
        ),
        (
            "proposal: solar panels on the boathouse roof, approx 14k, would knock about 2k/yr off the leccy",
            "Boathouse",
        ),
    ]);
}

/// "the sugarhouse tank swap", "the weighbridge calibration cert", "the parts counter TVs":
/// a unit's word in lower case after "the", before two more nouns of a thing, is the team
/// whose thing it is, as "the haulage contract" is.
#[test]
fn a_units_word_before_the_nouns_of_its_thing_is_the_unit() {
    assert_unit(&[
        (
            "I'll call the gas company about the boathouse boiler swap by Tuesday",
            "Boathouse",
        ),
        (
            "@ffion hows the yard forklift service coming, the insurer wants it by the 10th",
            "Stores",
        ),
        (
            "Nope on the kitchen menu screens. £3k in screens so people can read the specials? not happening",
            "Café",
        ),
    ]);
}

/// "the second packing line" against the unit Picking: a word in "-ing" a vowel away from a
/// name's word in "-ing" is another verb ("baking" is no slip for "biking"), not a
/// misspelling of it.
#[test]
fn a_gerund_a_vowel_away_from_a_names_gerund_is_another_verb() {
    for reader in readers() {
        for text in [
            "Ruth said no to the new baking oven, £4k for scones we can buy in isn't worth it.",
            "Ruth said no to the second baking station. £6k when we're not even using the first one every day is a lot.",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.unit, None, "{text}: {r:?}");
        }
    }
    // A slip that is no other word is still the name's.
    assert_unit(&[(
        "Bikng trail signs approved, £2k, the old ones have rotted.",
        "Bike Park",
    )]);
}

/// "The straw shed extension on the other hand is on hold till March": a contrast said
/// between a thing and its verb ("on the other hand", ", however,") is no part of the
/// thing, and the thing with its verdict after a record is another record, though the
/// directory has no name for it.
#[test]
fn a_thing_with_a_contrast_before_its_verdict_is_a_record_of_its_own() {
    for text in [
        "Bit of news from the boathouse. The kayak fleet replacement is staying on for another season — the inspector was very happy with the hulls. The bouldering wall extension on the other hand is on hold till March, the quote came in at £21k and that's more than we'd pencilled.",
        "Bit of news from the boathouse. The kayak fleet replacement is staying on for another season — the inspector was very happy with the hulls. The bouldering wall extension, however, is on hold till March, the quote came in at £21k.",
    ] {
        for reader in readers() {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some("Kayak Fleet Replacement"), "{r:?}");
            assert_eq!(r.also.len(), 1, "{text}: {r:?}");
            assert_eq!(
                r.also[0].investment.as_deref(),
                Some("bouldering wall extension"),
                "{r:?}"
            );
            assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{r:?}");
        }
    }
}

/// "The new signage for the farm shop was turned down": a thing said with whom or where it
/// is for runs longer before its verb, and is still a thing with its verdict of its own.
#[test]
fn a_thing_said_with_the_place_it_is_for_before_its_verdict_is_a_record_of_its_own() {
    let text = "Word back from Ruth after the finance review: the kayak fleet replacement is approved at £30k, it pays back in two years on hire fees alone. The new paddle racks for the old changing room were turned down, which is fair enough.";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Kayak Fleet Replacement"),
            "{r:?}"
        );
        assert_eq!(r.also.len(), 1, "{r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{r:?}");
    }
}
