//! "Uncle Baldeo to show the new foreman the dryer controls before the 31st": a respected
//! elder's kin title is part of the name the task is handed to, as "Mr" is. Worded for an
//! invented Berbice sawmill.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn berbice_dir() -> StaticDirectory {
    directory(
        &[("Mill", &["Sawing"]), ("Office", &["Admin"])],
        &[("Kiln Dryer", "Mill"), ("Office Laptops", "Office")],
    )
}

#[test]
fn a_kin_title_stays_with_the_name_handed_the_task() {
    for (text, owner) in [
        (
            "Uncle Baldeo to show the new foreman the kiln dryer controls by Friday.",
            "Uncle Baldeo",
        ),
        (
            "Aunty Shanti please send the sawdust invoices by Friday 11th.",
            "Aunty Shanti",
        ),
        (
            "Mr Persaud to send the kiln dryer quote by Friday.",
            "Mr Persaud",
        ),
    ] {
        let r = read_day_first_in(text, "nalini", "GYD", &berbice_dir());
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some(owner),
            "{text}: {r:?}"
        );
    }
}
