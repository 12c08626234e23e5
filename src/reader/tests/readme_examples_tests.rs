//! The README's plain-words examples, read with the shipped models: each is a record (the
//! bot answers it with a draft or a question). Kept beside the reader's unit tests so the
//! training program's gate runs them against a retrained model; the bot-level test
//! (`tests/readme_examples.rs`) reads the models built in, so it cannot.

use super::test_names::{inv, read_on_test_day, unit};
use super::{Intent, StaticDirectory};

const README: &str = include_str!("../../../README.md");

/// The lines of the first fenced block under "### Plain words".
fn plain_words_examples() -> Vec<&'static str> {
    let section = README
        .split_once("### Plain words")
        .expect("the README has a plain-words section")
        .1;
    section
        .split("```")
        .nth(1)
        .expect("a fenced block of examples")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn every_plain_words_example_in_the_readme_is_read_as_a_record() {
    // The directory the bot-level test seeds.
    let dir = StaticDirectory {
        units: vec![unit("Sales", &[]), unit("Finance & Risk", &["fin"])],
        investments: vec![inv("CRM replacement", "Sales")],
    };
    let examples = plain_words_examples();
    assert!(examples.len() >= 5, "{examples:?}");
    for text in examples {
        let r = read_on_test_day(text, "alice", &dir);
        assert_ne!(r.intent, Intent::None, "{text}");
    }
}
