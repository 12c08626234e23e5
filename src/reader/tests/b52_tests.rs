//! Round B52: names, units and the records split, ninth pass, each worded here for an
//! invented organisation: a Cotswold stone quarry with its quarry face, masonry shed, yard,
//! fleet and office. Each is checked with the rules alone (an empty model) and with the
//! shipped model.

use super::*;

/// A Cotswold stone quarry.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Quarry", &["Extraction"]),
            ("Masonry", &["Masons", "Stone Shed"]),
            ("Yard", &["Loading"]),
            ("Fleet", &["Transport"]),
            ("Office", &["Admin", "Finance"]),
        ],
        &[
            ("Cottage Refurbishment", "Office"),
            ("Saw Shed Lighting", "Masonry"),
            ("Van Fleet", "Fleet"),
            ("Kiln Burner Replacement", "Masonry"),
            ("Weighbridge", "Yard"),
            ("Dust Suppression System", "Quarry"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// Convention 65: a rescope whose own words say the part it keeps, narrowed further after a
/// dash ("back to just the two end cottages — windows and roofs only"), gives its reason in
/// the sentence that puts the rest off; a kept part told in a clause of its own after the
/// money is the reason, and a put-off sentence after it is not joined.
#[test]
fn a_rescopes_rest_put_off_is_its_reason_when_its_words_say_the_part_kept() {
    for reader in readers() {
        for (text, reason) in [
            (
                "We're cutting the cottage refurbishment back to just the two end cottages — windows and roofs only, £24k instead of the £60k for all five. Marion said the other three can wait.",
                "Marion said the other three can wait",
            ),
            (
                "Saw shed lighting cut back to £9k from £21k, just the two primary saws and the banker bench. Rest of the shed can wait",
                "just the two primary saws and the banker bench",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
            assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
        }
    }
}
