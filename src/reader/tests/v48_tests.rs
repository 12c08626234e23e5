//! Verdicts, intents and numbers missed on strangers' wording (round V48), each worded
//! for an invented lakeside campsite in Cumbria, and set against the same words recording
//! nothing.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A lakeside campsite: the site, the shop, the boathouse, the office.
fn camp_dir() -> StaticDirectory {
    directory(
        &[
            ("Site", &["Grounds"]),
            ("Shop", &["Retail"]),
            ("Boathouse", &["Water Sports"]),
            ("Office", &["Finance", "Bookings"]),
        ],
        &[
            ("Grounds Maintenance", "Site"),
            ("Shower Block", "Site"),
            ("Site Wi-Fi", "Site"),
            ("Kayak Fleet", "Boathouse"),
            ("Booking System", "Office"),
        ],
    )
}

fn read_camp(text: &str) -> Reading {
    read_day_first_in(text, "bryony", "GBP", &camp_dir())
}

/// Convention 53: "keeping the … contract another year, $11,400", "rolls on another year
/// at £24k", "renewed for another 2 years at £54k": a continued contract's money said as one
/// sum for its term is the record's amount (49 labels against 7, given back); a price said
/// by the year ("$52k/yr", "£4k a year") is a running cost, no amount (11 labels of 11);
/// the term is no `years` (no label gives one).
#[test]
fn a_continued_contracts_money_for_the_term_is_its_amount() {
    for (text, pounds) in [
        (
            "We're keeping the grounds maintenance contract with Fellview another year, £6,400, they've not missed a cut all summer.",
            6_400,
        ),
        (
            "The site Wi-Fi contract is renewed for another two years at £9k — not one complaint since it went in.",
            9_000,
        ),
        (
            "Sticking with the kayak fleet servicing another year, £2,300, they came out same day twice in August.",
            2_300,
        ),
    ] {
        let r = read_camp(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.amount, whole(pounds, "GBP"), "{text}: {r:?}");
        assert_eq!(r.years, None, "{text}: {r:?}");
    }
    let text = "We're keeping the booking system on another year at £3k a year, the regulars all book through it.";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.amount, None, "{text}: {r:?}");
}
