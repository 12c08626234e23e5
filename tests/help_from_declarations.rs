//! `/value help` is made from the command declarations: every declared command is listed
//! and explained with the usage line its fields make, a mistyped command shows that same
//! usage line, and the commands help documents are all ones Discord offers.

mod support;

use std::collections::BTreeMap;
use support::Bot;
use valuebridge::command::declarations::DECLARATIONS;
use valuebridge::command::help_for;
use valuebridge_discord::spec::line;

#[tokio::test]
async fn help_explains_every_declared_command_with_the_usage_its_fields_make() {
    let bot = Bot::new();
    let all = bot.ok("help").await;
    for (name, decl) in DECLARATIONS.all() {
        let word = decl.word();
        assert!(all.contains(&format!("/value {word} ")), "{name}: {all}");
        let one = bot.ok(&format!("help {word}")).await;
        let usage = decl.usage();
        assert!(one.contains(&usage), "{name}: `{usage}` is not in\n{one}");
        assert!(one.contains(decl.help.summary), "{name}: {one}");
        for example in decl.help.examples {
            assert!(
                one.contains(example),
                "{name}: `{example}` is not in\n{one}"
            );
        }
    }
}

#[tokio::test]
async fn a_mistyped_command_shows_the_usage_help_gives() {
    let bot = Bot::new();
    bot.seed().await;
    for (typed, word) in [
        ("decide INV-1 aprove", "decide"),
        ("subscription SUB-1 halt", "subscription"),
        ("announce stop", "announce"),
        ("chart pie", "chart"),
        ("api token create admin", "api"),
    ] {
        let usage = &help_for(word).unwrap().usage;
        let error = bot.fails(typed).await;
        assert!(
            error.contains(&format!("Usage: `{usage}`")),
            "{typed}: {error}"
        );
        let help = bot.ok(&format!("help {word}")).await;
        assert!(
            help.contains(&format!("Usage: `{usage}`")),
            "{word}: {help}"
        );
    }
}

#[test]
fn the_commands_help_documents_are_offered_on_discord_too() {
    let args = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    for (sub, values, expected) in [
        (
            "subscriptions pause",
            args(&[("id", "SUB-2")]),
            "subscription SUB-2 pause",
        ),
        (
            "subscriptions resume",
            args(&[("id", "SUB-2")]),
            "subscription SUB-2 resume",
        ),
        (
            "connect announce-stop",
            args(&[("id", "ANN-1")]),
            "announce stop ANN-1",
        ),
    ] {
        assert_eq!(line(&DECLARATIONS, sub, &values), expected, "{sub}");
    }
}

#[test]
fn the_readme_lists_every_command_help_documents() {
    const README: &str = include_str!("../README.md");
    let start = README.find("## Chat commands").expect("a commands section");
    let table: Vec<&str> = README[start..]
        .lines()
        .skip_while(|l| !l.starts_with("| command |"))
        .take_while(|l| l.starts_with('|'))
        .map(|row| row.split(" | ").next().unwrap_or(""))
        .collect();
    for help in valuebridge::command::COMMANDS.iter() {
        let listed = table.iter().any(|cell| {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .any(|code| code.split_whitespace().next() == Some(help.name))
        });
        assert!(listed, "the README's commands table has no `{}`", help.name);
    }
}
