//! A word the reader reads for its own meaning ("leaning towards", a verdict or cue word) is
//! never a misspelling of a name's word one letter away ("Leaning" is no "Learning").

use super::*;

/// A county library service: branches, learning services, digital, finance.
fn library() -> StaticDirectory {
    test_names::directory(
        &[
            ("Branches", &["Libraries"]),
            ("Learning Services", &["Learning"]),
            ("Digital", &["IT"]),
            ("Finance", &[]),
        ],
        &[
            ("Self-Checkout Kiosks", "Branches"),
            ("Reading Programme App", "Learning Services"),
            ("Wi-Fi Refresh", "Digital"),
        ],
    )
}

#[test]
fn leaning_towards_is_no_misspelt_learning() {
    let r = test_names::read_on_test_day(
        "Leaning towards yes on the self-checkout kiosks but want the footfall numbers first",
        "Ruth",
        &library(),
    );
    let rec = &r;
    assert_eq!(rec.unit.as_deref(), Some("Branches"), "{r:?}");
    assert_eq!(
        rec.investment.as_deref(),
        Some("Self-Checkout Kiosks"),
        "{r:?}"
    );
}

#[test]
fn a_true_misspelling_of_a_units_alias_still_names_it() {
    let r = test_names::read_on_test_day(
        "Lerning team asked for two more tablets for the homework club",
        "Ruth",
        &library(),
    );
    assert_eq!(r.unit.as_deref(), Some("Learning Services"), "{r:?}");
}
