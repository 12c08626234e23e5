//! "Latoya remind da Long Island customers bout da new rates before Jan 1", "Tito find out
//! … by Tuesday please": a name opening its sentence, then a bare verb of work and a day it
//! is due by, hands that person the task (Caribbean English leaves out "to" and "please").
//! Worded for an invented Eleuthera water taxi firm.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn eleuthera_dir() -> StaticDirectory {
    directory(
        &[("Marine", &["Boats"]), ("Office", &["Admin"])],
        &[("Water Taxi Booking", "Office"), ("Dock Fenders", "Marine")],
    )
}

#[test]
fn a_name_then_a_bare_verb_and_a_day_is_their_task() {
    for (text, owner) in [
        (
            "Latoya remind da Harbour Island customers bout da new fares before Jan 1",
            "Latoya",
        ),
        (
            "Question: do the new dock fenders need a permit? Tito find out by Tuesday please.",
            "Tito",
        ),
    ] {
        let r = read_day_first_in(text, "andrea", "BSD", &eleuthera_dir());
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some(owner),
            "{text}: {r:?}"
        );
        assert!(
            r.follow_ups.first().is_some_and(|f| f.due.is_some()),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_name_told_of_with_no_day_hands_no_task() {
    let text = "Latoya checked da dock fenders yesterday, all good.";
    let r = read_day_first_in(text, "andrea", "BSD", &eleuthera_dir());
    assert!(r.follow_ups.is_empty(), "{r:?}");
}
