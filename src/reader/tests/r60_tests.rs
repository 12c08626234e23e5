//! Round R60: the rationale's misses on the training corpus sorted by cause (twenty-fifth
//! pass), each cause worded here for another invented organisation: a Cornish cider farm
//! with a press house, a farm shop and a bottling shed near Truro.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cider farm's units and investments.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Press House", &["Cider Press"]),
            ("Shop", &["Farm Shop"]),
            ("Bottling", &["Bottling Shed"]),
        ],
        &[
            ("Bottling Line", "Bottling"),
            ("Belt Press", "Press House"),
            ("Till System", "Shop"),
            ("Delivery Van", "Shop"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &cider_dir())
}

/// Convention 88: a reason told in the sentence after the verdict as "<someone> says …"
/// keeps its frame, the decider's as much as anyone's — also when it refuses the money
/// ("…, not paying £48k for …").
#[test]
fn a_saying_after_the_verdict_keeps_its_frame_with_money_refused() {
    let text = "Bottling line is a no. Dewi says we're hiring the mobile bottler again, not paying £48k for a machine that sits idle ten months of the year.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Dewi says we're hiring the mobile bottler again, not paying £48k for a machine that sits idle ten months of the year"),
        "{r:?}"
    );
    // Near: the same reason with no one saying it stays as it was read.
    let text = "Bottling line is a no. We're hiring the mobile bottler again, not paying £48k for a machine that sits idle ten months of the year.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("We're hiring the mobile bottler again, not paying £48k for a machine that sits idle ten months of the year"),
        "{r:?}"
    );
}
