//! Round R55: the rationale's misses on the training corpus sorted by cause (twentieth
//! pass), each cause worded here for another invented organisation: a cider mill in
//! Herefordshire (its press house, its cellar and bottling, its office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cider mill's units and investments.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Pressing", &["Press House"]),
            ("Cellar", &["Bottling"]),
            ("Office", &["Back Office"]),
        ],
        &[
            ("Belt Press", "Pressing"),
            ("Bottling Line", "Cellar"),
            ("Tank Sensors", "Cellar"),
            ("Accounting Software", "Office"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "rhiannon", "GBP", &cider_dir())
}

/// Convention 73: a benefit's result told as what the work did opens on the verb; the
/// helping word between the work and its verb ("has done") goes with the work.
#[test]
fn the_works_helping_word_is_no_part_of_its_result() {
    let r = read_cider(
        "bottling line at ledbury has done 900 cases since june, thats about £3k we'd have paid \
         the contract bottler",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(r.rationale.as_deref(), Some("done 900 cases"), "{r:?}");
    // Near: "has" as the verb itself stays.
    let r = read_cider(
        "belt press has the lads doin 6 tonnes an hour now up from 4, works out about £2k a \
         month less in wages",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("has the lads doin 6 tonnes an hour now up from 4"),
        "{r:?}"
    );
}
