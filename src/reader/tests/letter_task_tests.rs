//! "Hi Litia, … the Board approved the analyser at $72,000. Please raise the PO. Regards,
//! Salote": a letter to one person by name, with a closing "Please …" or "Kindly …" task,
//! sets that person the task. Worded for an invented Nadi boatyard.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn nadi_dir() -> StaticDirectory {
    directory(
        &[("Yard", &["Boats"]), ("Office", &["Admin"])],
        &[("Slipway Winch", "Yard"), ("Office Laptops", "Office")],
    )
}

#[test]
fn the_one_a_letter_greets_owns_its_closing_task() {
    for (text, owner) in [
        (
            "Hi Litia, the Board approved the slipway winch at $72,000 last night. Please raise the PO. Regards, Salote",
            "Litia",
        ),
        (
            "Dear Okello,\n\nThis is to inform you that management has decided to stop the slipway winch. We have already spent $47,300 on it.\n\nKindly communicate to the contractor.\n\nRegards,\nSarah",
            "Okello",
        ),
    ] {
        let r = read_day_first_in(text, "salote", "FJD", &nadi_dir());
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        let owners: Vec<&str> = r.follow_ups.iter().map(|f| f.owner.as_str()).collect();
        assert_eq!(owners, vec![owner], "{text}: {r:?}");
    }
}

#[test]
fn a_letter_to_all_or_a_please_that_tells_sets_no_task() {
    for text in [
        "Hi all, the Board approved the slipway winch at $72,000 last night. Please raise the PO. Regards, Salote",
        "Hi Litia, the Board approved the slipway winch at $72,000 last night. Please note the PO is raised. Regards, Salote",
        "Dear Okello, please find below the outcome: the Board approved the slipway winch at $72,000.",
    ] {
        let r = read_day_first_in(text, "salote", "FJD", &nadi_dir());
        assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
    }
}
