//! "The laptop refresh is approved — 9 machines, $13,500, Tyler's ordering from Dell this
//! week": a name, "is" (or its "'s") and a verb of work under way with a time it is done in
//! hands that person the task, as "Tyler is going to order …" does. Worded for an invented
//! Otago orchard.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn otago_dir() -> StaticDirectory {
    directory(
        &[("Packhouse", &["Packing"]), ("Office", &["Admin"])],
        &[("Office Laptops", "Office"), ("Bin Tipper", "Packhouse")],
    )
}

#[test]
fn a_name_doing_the_work_this_week_is_its_owner() {
    for text in [
        "The office laptops are approved — 9 machines, $13,500, Tyler's ordering from Dell this week.",
        "Office laptops approved, $13,500. Tyler is ordering them from the Dunedin supplier next week.",
        "The office laptops are back on: it's 9 machines at $1,500 each and Tyler's ordering them from the Dunedin supplier next week.",
    ] {
        let r = read_day_first_in(text, "aroha", "NZD", &otago_dir());
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some("Tyler"),
            "{text}: {r:?}"
        );
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

#[test]
fn work_told_done_or_with_no_time_hands_no_task() {
    for text in [
        "The office laptops are approved, $13,500. Tyler's been asking for them all year.",
        "The office laptops are approved, $13,500. Tyler ordered them from Dell yesterday.",
        "Office laptops keep going as planned, 4 of 9 done, Tyler's finishing the rest next week.",
        "Tyler's bringing scones in for everyone tomorrow, get your orders in.",
    ] {
        let r = read_day_first_in(text, "aroha", "NZD", &otago_dir());
        assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
    }
}
