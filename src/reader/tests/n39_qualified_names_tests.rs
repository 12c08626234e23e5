//! Round N39: a directory entry called by one of its words after a qualifier or a place
//! ("the second shockwave", "the Mandurah fitout", "the st ives laundrette dryers"), each
//! worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A chain of Cornish bakeries: the shops, the bakehouse, vans, IT.
fn bakery_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("Bakehouse", &["Production"]),
            ("Logistics", &["Vans"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Deck Ovens", "Bakehouse"),
            ("Shop Fitouts", "Shops"),
            ("Proving Cabinets", "Bakehouse"),
            ("Delivery Vans", "Logistics"),
            ("Laptop Refresh", "IT"),
            ("Battery Storage", "Bakehouse"),
        ],
    )
}

fn read_bakery(text: &str) -> Reading {
    read_day_first_in(text, "wendy", "GBP", &bakery_dir())
}

/// "the second shockwave", "the extra reformer", "the extra lodge kitchens": a name's word
/// after "the" and a word saying which one (or one more) is pointed at as "the shockwave"
/// is, not a new thing called by the words before it.
#[test]
fn a_name_word_after_the_and_a_qualifier_is_that_name() {
    for (text, want) in [
        (
            "approved the second cabinet for Truro, £8k",
            "Proving Cabinets",
        ),
        (
            "Sam's knocked back the extra cabinet for Bude, £4k",
            "Proving Cabinets",
        ),
        (
            "Sam's signed off the third ovens for Newquay, £21k",
            "Deck Ovens",
        ),
        (
            "Sam's turned down the extra proving cabinets for Bude, £6k",
            "Proving Cabinets",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.investment.as_deref(), Some(want), "{text}: {r:?}");
        assert!(!r.new_investment, "{text}: {r:?}");
    }
}

/// Not after a word saying what kind ("the crane sensors" against Wearable Safety Sensors):
/// that may be another thing's name.
#[test]
fn a_name_word_after_a_kind_is_not_pointed_at() {
    let text = "Sam said no to the display cabinets for Truro, £2k";
    let r = read_bakery(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Proving Cabinets"),
        "{text}: {r:?}"
    );
}

/// "buggies down to 4 from 6, £28k" for Buggy Fleet: a name's word ending in "y", said in the
/// plural with "ies" before a rescope, is the work rescoped as "laptops cut to 20" is.
#[test]
fn a_plural_in_ies_before_a_rescope_is_the_work() {
    for text in [
        "batteries down to 2 from 4, £30k. the roof can't take more",
        "batteries cut to 2, £30k",
    ] {
        let r = read_bakery(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Battery Storage"),
            "{text}: {r:?}"
        );
    }
    // Not the things talked about doing something else.
    let text = "batteries keep dying on the card readers";
    let r = read_bakery(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Battery Storage"),
        "{text}: {r:?}"
    );
}

/// "the rockingham hicaps", "the st ives laundrette dryers": a name's first word (not the
/// thing it is) after "the" and one or two words in small letters saying where is that name.
#[test]
fn a_name_first_word_after_a_place_in_small_letters_is_that_name() {
    for text in [
        "approved another £3k for the st austell proving racks 👍",
        "signed off another £2k for the truro proving trolleys",
    ] {
        let r = read_bakery(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Proving Cabinets"),
            "{text}: {r:?}"
        );
    }
    // Not before other work done on the thing, nor a label's last word.
    for text in [
        "Sam said no to the electric battery charging posts, £6k",
        "Notes from the truro battery:",
    ] {
        let r = read_bakery(text);
        assert_ne!(
            r.investment.as_deref(),
            Some("Battery Storage"),
            "{text}: {r:?}"
        );
    }
}

/// "ok'd another 7k for 2 more drone kits" for Drone Surveys: more of the things a name's
/// first word says, in the plural, are more of that investment.
#[test]
fn more_of_the_things_a_name_first_word_says_are_that_name() {
    let text = "ok'd another 4k for 2 more battery packs for Truro 👍";
    let r = read_bakery(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Battery Storage"),
        "{text}: {r:?}"
    );
}
