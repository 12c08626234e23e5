//! Every example the README gives for a chat command, typed in the order the README lists
//! them, works: a user who copies them one by one never meets an error. The plain-words
//! examples each give a draft or a question, never "I did not understand".

mod support;

use chrono::{TimeZone, Utc};
use support::Bot;
use valuebridge_chat::{render_plain, ReplyKind, Role};

const README: &str = include_str!("../README.md");

/// The text of the section that starts with `heading` (up to the next heading of the same
/// or a higher level).
fn section(heading: &str) -> &'static str {
    let start = README
        .find(heading)
        .unwrap_or_else(|| panic!("the README has no '{heading}'"));
    let level = heading.chars().take_while(|c| *c == '#').count();
    let rest = &README[start + heading.len()..];
    let end = rest
        .match_indices("\n#")
        .find(|(i, _)| {
            let hashes = rest[i + 1..].chars().take_while(|c| *c == '#').count();
            hashes <= level
        })
        .map_or(rest.len(), |(i, _)| i);
    &rest[..end]
}

/// The `/value …` examples of the commands table, in order: the second cell of each row.
fn command_examples() -> Vec<String> {
    section("## Chat commands")
        .lines()
        .filter(|l| l.starts_with("| `"))
        .filter_map(|row| {
            let cell = row.split(" | ").nth(1)?;
            let example = cell.trim().strip_prefix("`/value ")?.strip_suffix('`')?;
            Some(example.to_string())
        })
        .collect()
}

/// The lines of the first fenced block under "### Plain words".
fn plain_words_examples() -> Vec<String> {
    let text = section("### Plain words");
    let block = text
        .split("```")
        .nth(1)
        .expect("a fenced block of examples");
    block
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn today() -> Bot {
    // Charts asked for at the console are written into the data directory: a scratch one.
    let mut config = valuebridge::config::Config::default();
    config.store.data_dir = std::env::temp_dir().join(format!(
        "valuebridge-readme-examples-{}",
        std::process::id()
    ));
    let bot = Bot::with_config(config);
    bot.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 30, 10, 0, 0).unwrap());
    bot
}

#[tokio::test]
async fn every_command_example_in_the_readme_works_in_order() {
    let bot = today();
    // The one thing the examples take as given: a Sales unit.
    bot.ok("unit add Sales").await;
    let examples = command_examples();
    assert!(examples.len() >= 20, "{examples:?}");
    for example in &examples {
        let reply = bot
            .say_as("local", "alice", Some(Role::Admin), example)
            .await;
        assert!(
            !matches!(reply.kind, ReplyKind::UserError | ReplyKind::InternalError),
            "the README's example `/value {example}` fails:\n{}",
            render_plain(&reply)
        );
    }
}

#[tokio::test]
async fn every_plain_words_example_in_the_readme_gives_a_draft_or_a_question() {
    for example in plain_words_examples() {
        let bot = today();
        bot.seed().await;
        let reply = bot.line("alice", &example).await;
        assert!(
            !reply.contains("I can log engagement notes")
                && (reply.contains("yes") || reply.contains('?')),
            "the README's plain-words example '{example}' gives no draft:\n{reply}"
        );
    }
}
