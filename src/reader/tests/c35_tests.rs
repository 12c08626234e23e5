//! Readings settled in round C35: a progress line's "on track for <a day>" is the work's
//! due (the convention of `tests/corpus/README.md`, "Round C35"), worded here for an
//! invented chain of bakeries.

use super::test_names::{directory, read_day_first_in, read_us};
use super::*;

/// A chain of bakeries: the bakehouse, the shops, IT.
fn bakery_dir() -> StaticDirectory {
    directory(
        &[
            ("Bakehouse", &["Production"]),
            ("Shops", &["Retail"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Oven Replacement", "Bakehouse"),
            ("Till Upgrade", "Shops"),
            ("Shop Wi-Fi", "IT"),
        ],
    )
}

fn read_bakery_us(text: &str) -> Reading {
    read_us(text, "kim", "2026-12-04", &bakery_dir())
}

fn read_bakery_uk(text: &str) -> Reading {
    read_day_first_in(text, "kim", "GBP", &bakery_dir())
}

/// "on track for jan 20", "still on track for 12 Feb", "on schedule for the 18th": the
/// day the writer says the work will be done by is its due (it was read as no date).
#[test]
fn on_track_for_a_day_in_a_progress_line_is_the_due() {
    let text = "till upgrade done at 4 shops ✅ 6 to go, on track for jan 20";
    let r = read_bakery_us(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Till Upgrade"),
        "{text}: {r:?}"
    );
    assert_eq!(r.due, Some("2027-01-20".parse().unwrap()), "{text}: {r:?}");
    let text = "Oven replacement is about half installed, still on track for 12 Feb";
    let r = read_bakery_uk(text);
    assert_eq!(r.due, Some("2027-02-12".parse().unwrap()), "{text}: {r:?}");
    let text = "shop wifi at 3 of 8 sites, on schedule for the 18th";
    let r = read_bakery_uk(text);
    assert_eq!(r.due, Some("2026-12-18".parse().unwrap()), "{text}: {r:?}");
}

/// A milestone named by its event ("on track for the Feb cutover", "on track for May
/// go-live") or a month alone stays no due: the convention keeps those as the plan's
/// schedule, and a question asks, it does not report.
#[test]
fn on_track_for_a_milestone_or_a_month_is_no_due() {
    for text in [
        "Till upgrade is 70% done, on track for the Feb cutover",
        "Till upgrade: on track for May go-live, no decision needed",
        "tills at 4 of 10 shops, on track for March",
    ] {
        let r = read_bakery_uk(text);
        assert_eq!(r.due, None, "{text}: {r:?}");
    }
}

/// A chain of bakeries' IT: a backup service and the shops' Wi-Fi, for S35's name misses.
fn bakery_it_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("IT", &["Systems"]),
            ("Finance", &[]),
        ],
        &[
            ("Backup Service", "IT"),
            ("Shop Wi-Fi Upgrade", "IT"),
            ("Till Upgrade", "Shops"),
            ("Card Readers", "Shops"),
        ],
    )
}

/// A name's word said with "'s" ("Wi-Fi's already helping", "Wi-Fi's paying off")
/// names the investment as the word alone does ("wifi done at 3 shops"); it was read as
/// chat or as another investment named later in the sentence.
#[test]
fn a_name_word_with_an_apostrophe_s_names_the_investment() {
    let dir = bakery_it_dir();
    let text = "Wi-Fi's already helping at the Leith shop – the staff can take card payments \
                at the door now instead of running to the back";
    let r = read_day_first_in(text, "kim", "GBP", &dir);
    assert_eq!(
        r.investment.as_deref(),
        Some("Shop Wi-Fi Upgrade"),
        "{text}: {r:?}"
    );
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
}

/// "keeping the managed backups going": the things pointed at, after a participle saying
/// how they are run, name the investment they are in the plural (the Backup Service, whose
/// closing "Service" only says how it is bought); it was read as a new thing "managed
/// backups going".
#[test]
fn keeping_a_thing_going_names_it_by_its_plural() {
    let dir = bakery_it_dir();
    let text = "Following Monday's finance meeting: we're keeping the managed backups going \
                for another year – the restore test got the Leith shop back in two hours.";
    let r = read_day_first_in(text, "kim", "GBP", &dir);
    assert_eq!(
        r.investment.as_deref(),
        Some("Backup Service"),
        "{text}: {r:?}"
    );
}

/// "new edger in the lab is LIVE", "new mixer is LIVE": "new" opening the message before a
/// name's word said as the sentence's subject (its verb, or where it is, straight after)
/// points at the investment as "the new mixer" does; it named nothing.
#[test]
fn new_thing_opening_the_message_as_its_subject_names_it() {
    let dir = directory(
        &[("Bakehouse", &["Production"]), ("Shops", &[]), ("IT", &[])],
        &[
            ("Bakehouse Mixer Replacement", "Bakehouse"),
            ("Till Upgrade", "Shops"),
            ("Backup Service", "IT"),
        ],
    );
    for text in [
        "new mixer in the bakehouse is LIVE 🎉 waste down from about 30 trays a week to 8",
        "new mixer is LIVE 🎉 waste down from about 30 trays a week to 8",
    ] {
        let r = read_day_first_in(text, "kim", "GBP", &dir);
        assert_eq!(
            r.investment.as_deref(),
            Some("Bakehouse Mixer Replacement"),
            "{text}: {r:?}"
        );
    }
}
