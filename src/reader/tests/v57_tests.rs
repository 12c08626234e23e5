//! Verdicts, intents, people and numbers missed on strangers' wording (round V57), each
//! worded for an invented printing press at Kandy, Sri Lanka (its press hall, bindery,
//! lorries and office, counting in rupees), and set against the same words recording
//! something else.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A printing press at Kandy: the press hall, the bindery, the lorries, the office.
fn press_dir() -> StaticDirectory {
    directory(
        &[
            ("Press Hall", &["Printing"]),
            ("Bindery", &["Binding"]),
            ("Transport", &["Lorries"]),
            ("Finance", &["Office"]),
        ],
        &[
            ("Guillotine", "Bindery"),
            ("Binding Machine", "Bindery"),
            ("Offset Press", "Press Hall"),
            ("Delivery Lorry", "Transport"),
            ("Accounting System", "Finance"),
        ],
    )
}

fn read_press(text: &str) -> Reading {
    read_day_first_in(text, "dilrukshi", "LKR", &press_dir())
}

/// Convention 81: a person's title, honorific or kin word is kept as written, after the
/// name as before it ("Ruwan aiya", "Prakash sir", like "Mr. Perera"); one spoken to is no
/// part of who decided.
#[test]
fn an_honorific_after_the_name_is_kept() {
    for (text, who) in [
        (
            "Ruwan aiya said no to the new guillotine, paper prices too high these days",
            "Ruwan aiya",
        ),
        (
            "Prakash sir approved the binding machine, Rs. 2.4 Mn, the old one keeps tearing the covers",
            "Prakash sir",
        ),
        (
            "prakash sir rejected the delivery lorry, Rs. 9 Mn for a lorry we use twice a week",
            "prakash sir",
        ),
        (
            "Update from Prakash sir after the board meeting: the offset press is approved at Rs. 18 Mn.",
            "Prakash sir",
        ),
    ] {
        let r = read_press(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // The name alone, and one spoken to, as before.
    for (text, who) in [
        (
            "Ruwan said no to the new guillotine, paper prices too high these days",
            "Ruwan",
        ),
        (
            "Good morning sir, Ruwan said no to the new guillotine, paper prices too high",
            "Ruwan",
        ),
        (
            "Mr. Perera approved the binding machine, Rs. 2.4 Mn",
            "Mr. Perera",
        ),
    ] {
        let r = read_press(text);
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
}
