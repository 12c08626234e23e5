//! Round B55: names, units and the records split, eleventh pass, each worded here for an
//! invented organisation: a Shropshire cider mill with its press house, orchards, yard and
//! office. Each is checked with the rules alone (an empty model) and with the shipped
//! model.

use super::*;

/// A Shropshire cider mill.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Press House", &["Press"]),
            ("Orchards", &["Orchard"]),
            ("Yard", &["Transport"]),
            ("Office", &["Admin", "IT"]),
        ],
        &[
            ("Belt Press Replacement", "Press House"),
            ("Bottle Washer", "Press House"),
            ("Mechanical Shaker", "Orchards"),
            ("Tractor Replacement", "Orchards"),
            ("Yard Telehandler", "Yard"),
            ("Laptop Refresh", "Office"),
            ("Air Compressor", "Yard"),
            ("Accounting Software", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// A decision on a thing said by one word, singular or plural, that is the thing exactly
/// one registered name is about (its last word, before any word of the work done:
/// "laptops" for Laptop Refresh, "shaker" for Mechanical Shaker) is that registered
/// investment, guessed (the draft asks); a word two names end on, or a thing said with a
/// word of its own kind, is left as it was.
#[test]
fn a_registered_things_head_word_said_alone_names_it() {
    for reader in readers() {
        for (text, name) in [
            (
                "approved the laptops for the office, 3 of them, £2,400",
                "Laptop Refresh",
            ),
            (
                "approved the laptops for the press house, 3 of them, £2,400",
                "Laptop Refresh",
            ),
            (
                "compressor approved!! £22k, no more stopping the bottle washer every afternoon",
                "Air Compressor",
            ),
            (
                "telehandler approved!! £38k, no more borrowing the farm's",
                "Yard Telehandler",
            ),
            (
                "Jo said yes to the shaker, £21k, the pickers can't keep up",
                "Mechanical Shaker",
            ),
            (
                "tractors approved, £96k for two, the old Fords are done",
                "Tractor Replacement",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
            assert!(!r.new_investment, "{text}: {r:?}");
        }
        // A thing of its own kind, said with a word of its own: still a new thing.
        let text = "approved a new pallet washer for the yard, £6k";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_ne!(
            r.investment.as_deref(),
            Some("Bottle Washer"),
            "{text}: {r:?}"
        );
    }
}
