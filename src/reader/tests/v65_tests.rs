//! Verdicts and people missed by cause (round V65), each worded for an invented
//! frankincense distillery at Salalah in Oman (its distillery, resin store, shop and
//! office, counting in dollars), and set against the same words recording something else.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A frankincense distillery at Salalah: the distillery, the resin store, the shop, the
/// office.
fn salalah_dir() -> StaticDirectory {
    directory(
        &[
            ("Distillery", &["Stills"]),
            ("Resin Store", &["Store"]),
            ("Shop", &["Souq Shop"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Steam Still", "Distillery"),
            ("Resin Grader", "Resin Store"),
            ("Shop Fit-out", "Shop"),
            ("Accounts Software", "Office"),
        ],
    )
}

fn read_sl(text: &str) -> Reading {
    read_day_first_in(text, "muna", "USD", &salalah_dir())
}

/// A body's sitting told aside between the body and its verdict ("the Board, at its
/// sitting of 24th November, has approved …", "the Board in its meeting held on …") leaves
/// the body the decider.
#[test]
fn a_body_then_its_sitting_aside_then_the_verdict_is_the_bodys() {
    for (text, who) in [
        ("Kindly note that the Board, at its sitting of 24th November, has approved the steam still for $42,000. The old one leaks steam.", "the Board"),
        ("This is to inform you that the Board in its meeting held on 24th November 2026 has approved the resin grader at $9,500.", "the Board"),
        ("Dear all, I write to inform you that the Board of Directors, at its sitting of 24 November 2026, approved the accounts software at $6,000.", "the Board of Directors"),
    ] {
        let r = read_sl(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // A thing's own "its" aside names no one.
    let text = "The old still, at its age of 30 years, approved for replacement at $42,000.";
    let r = read_sl(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// A verdict told as someone's word by "per" ("Per Aisha, …", "… as per Madam Muna")
/// is theirs; a "per" inside a later remark, or before no one, gives no one.
#[test]
fn a_verdict_per_someone_is_theirs() {
    for (text, who) in [
        ("Per Aisha, the resin grader is back on at $9,500.", "Aisha"),
        (
            "Shop fit-out deferred to March as per Madam Muna, cash is tight after the season.",
            "Madam Muna",
        ),
        (
            "The steam still is a no. Per Khalfan, $42,000 is not happening this year.",
            "Khalfan",
        ),
    ] {
        let r = read_sl(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Resin grader cut back to one line, $5,000 instead of $9,000. The old grader has another season in it per Salim.",
        "Shop fit-out deferred to March as per the plan, cash is tight after the season.",
        "Shop fit-out deferred to March as per Tuesday's minutes.",
    ] {
        let r = read_sl(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// An opening line "<who> decided:" or "decisions taken by <who>:" gives the verdicts after
/// it their decider, later records too; a heading naming no one gives no one.
#[test]
fn an_opening_decided_heading_names_the_decider() {
    let text = "Board meeting yesterday decided: resin grader approved ($9,500). Shop fit-out stays rejected.";
    let r = read_sl(text);
    assert_eq!(r.decided_by.as_deref(), Some("Board"), "{text}: {r:?}");
    let later = r.also.first().unwrap_or_else(|| panic!("{text}: {r:?}"));
    assert_eq!(later.decided_by.as_deref(), Some("Board"), "{text}: {r:?}");
    let text = "Dear all, please note the decisions taken by Mzee Salim today on the budget: (a) steam still approved, $42,000; (b) shop fit-out rejected.";
    let r = read_sl(text);
    assert_eq!(r.decided_by.as_deref(), Some("Mzee Salim"), "{text}: {r:?}");
    for text in [
        "Notes from the meeting yesterday: resin grader approved ($9,500).",
        "We decided: resin grader approved ($9,500).",
    ] {
        let r = read_sl(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}
