//! Pronouns are nobody named: a pronoun's contraction opening the verdict's clause ("We'll
//! park …", "I'm approving …") is the speaker's side, never a named decider; an indefinite
//! pronoun ("Nothing to report …") hands nobody a task.

use super::*;

/// A theatre company: front of house, productions, finance.
fn theatre() -> StaticDirectory {
    test_names::directory(
        &[
            ("Front of House", &["FOH"]),
            ("Productions", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Box Office System", "Front of House"),
            ("Fly Tower Rigging", "Productions"),
        ],
    )
}

#[test]
fn a_contracted_pronoun_is_no_decider() {
    for text in [
        "We'll park the box office system till the spring season.",
        "I'm approving the fly tower rigging at $30k.",
        "They're parking the box office system till spring.",
        "We're putting the fly tower rigging on hold till spring.",
    ] {
        let r = test_names::read_on_test_day(text, "Lou", &theatre());
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// "Nothing to report from the Lyceum today 👍": an indefinite pronoun opening the message,
/// capitalised as every first word is, hands nobody a task; the message is no record.
#[test]
fn nothing_to_report_hands_nobody_a_task() {
    for text in [
        "Nothing to report from front of house today 👍",
        "Nowt to report from FOH tonight",
        "Nobody to chase on the box office system this week",
    ] {
        let r = test_names::read_on_test_day(text, "Lou", &theatre());
        assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
        assert_eq!(r.action, None, "{text}: {r:?}");
    }
}
