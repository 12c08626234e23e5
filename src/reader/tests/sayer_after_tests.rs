//! "Reefer trailer is a no. Gerry says we're renting again …", "We're done with the
//! screenhouse. Ray pulled the plug this morning", "Replant keeps going. Ray said stay the
//! course …": the verdict said first, then who gave it opening the next sentence. Worded for
//! an invented Okanagan cidery.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn okanagan_dir() -> StaticDirectory {
    directory(
        &[("Cellar", &["Press"]), ("Orchard", &["Trees"])],
        &[("Bottling Line", "Cellar"), ("Replant", "Orchard")],
    )
}

#[test]
fn the_name_opening_the_sentence_after_the_verdict_gave_it() {
    for (text, by) in [
        (
            "Bottling line is a no. Gerry says we're renting the mobile line again, not paying $96K for it.",
            "Gerry",
        ),
        (
            "We're done with the bottling line. Gerry pulled the plug this morning — we've sunk $310k into it.",
            "Gerry",
        ),
        (
            "Replant keeps going. Gerry said stay the course on the 40 acres a year.",
            "Gerry",
        ),
    ] {
        let r = read_day_first_in(text, "shelley", "CAD", &okanagan_dir());
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(by), "{text}: {r:?}");
    }
}

#[test]
fn a_name_telling_news_two_sentences_on_gave_nothing() {
    let text =
        "Bottling line approved, $96k. The crew was happy. Gerry says the truck comes Friday.";
    let r = read_day_first_in(text, "shelley", "CAD", &okanagan_dir());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.decided_by, None, "{r:?}");
}
