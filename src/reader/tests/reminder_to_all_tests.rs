//! "Reminder all: payday moved to 18th December because of the holidays": a reminder
//! addressed to everyone records nothing, though a date in it "moved" as a deferral's does.
//! Worded for an invented Suva bakery.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn suva_dir() -> StaticDirectory {
    directory(
        &[("Ovens", &["Baking"]), ("Shop", &["Sales"])],
        &[("Bread Oven Upgrade", "Ovens"), ("Shop Tills", "Shop")],
    )
}

#[test]
fn a_reminder_addressed_to_everyone_records_nothing_though_a_date_moved() {
    for text in [
        "Reminder all: payday moved to 18th December because of the holidays.",
        "Reminder everyone — the staff lunch moved to Friday 11th, same place.",
        "reminder team: stocktake pushed to Monday 14th",
    ] {
        let r = read_day_first_in(text, "mere", "FJD", &suva_dir());
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
}

#[test]
fn a_deferral_not_opened_as_a_reminder_to_everyone_is_still_read() {
    for text in [
        "Bread oven upgrade moved to January because of the holidays.",
        "Reminder that the bread oven upgrade is pushed to March, Litia to tell the supplier by Friday.",
    ] {
        let r = read_day_first_in(text, "mere", "FJD", &suva_dir());
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
}
