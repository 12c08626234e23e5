//! Round D44: who decided and whose task it is, on writers not met before. Each shape is
//! worded for an invented harbour ferry company, not copied from the corpus.

use super::*;

/// A harbour ferry company: operations, marine, finance.
fn ferries() -> StaticDirectory {
    test_names::directory(
        &[("Operations", &[]), ("Marine", &[]), ("Finance", &[])],
        &[
            ("Ticketing System", "Operations"),
            ("Pontoon Lighting", "Marine"),
            ("Crew Rostering", "Operations"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "Morven", &ferries())
}

fn deciders(r: &Reading) -> Vec<Option<String>> {
    test_names::records(r)
        .iter()
        .map(|r| r.decided_by.clone())
        .collect()
}

/// "The harbour board approved X. They parked Y till spring": a verdict whose subject is
/// "they", "he" or "she" is the one named deciding the record before it.
#[test]
fn a_pronoun_deciding_again_is_the_decider_before() {
    let r = read(
        "Notes from Monday's meeting. The harbour board approved the pontoon lighting at \
         £48k, the old lamps fail every winter. They parked the ticketing system until the \
         spring timetable; the fare review comes first.",
    );
    assert_eq!(
        deciders(&r),
        vec![
            Some("The harbour board".into()),
            Some("The harbour board".into())
        ],
        "{r:?}"
    );
    let r = read(
        "Fergus approved the pontoon lighting at £48k, the old lamps fail every winter. He \
         turned down the crew rostering add-on though, £9k for a report nobody reads.",
    );
    assert_eq!(
        deciders(&r),
        vec![Some("Fergus".into()), Some("Fergus".into())],
        "{r:?}"
    );
    // With no one named before, "they" names no one.
    let r = read("They parked the ticketing system until the spring timetable.");
    assert_eq!(r.decided_by, None, "{r:?}");
}
