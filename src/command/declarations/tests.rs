//! The declarations against the grammar: every field, written as a slash command or a form
//! writes it, parses into the command it declares.

use super::DECLARATIONS;
use crate::command::{help_for, parse, strip_prefix, Command, Context, COMMANDS};
use crate::domain::{Category, Verdict};
use crate::money::Currency;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use valuebridge_chat::declaration::{CommandDecl, DeclKind, Shape};

fn ctx() -> Context {
    Context {
        default_currency: Currency::GBP,
        today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        day_first: false,
        week_ends: chrono::Weekday::Fri,
        financial_year_starts: None,
    }
}

/// The required fields' examples: the least a command needs.
fn required(decl: &CommandDecl) -> BTreeMap<String, String> {
    decl.fields
        .iter()
        .filter(|f| f.required)
        .map(|f| (f.name.to_string(), f.example.to_string()))
        .collect()
}

fn parsed(decl: &CommandDecl, values: &BTreeMap<String, String>) -> Command {
    let line = decl.compose(values).line;
    parse(&line, &ctx()).unwrap_or_else(|e| panic!("`{line}` does not parse:\n{e}"))
}

#[test]
fn every_field_composes_a_line_the_grammar_reads_with_its_value() {
    for (name, decl) in DECLARATIONS.all() {
        let least = parsed(decl, &required(decl));
        for field in decl.fields {
            let mut values = required(decl);
            values.insert(field.name.to_string(), field.example.to_string());
            let with = parsed(decl, &values);
            if !field.required {
                assert_ne!(
                    with, least,
                    "{name}: the field `{}` ({}) changes nothing the grammar reads",
                    field.name, field.example
                );
            }
        }
    }
}

#[test]
fn every_choice_is_a_word_the_grammar_reads() {
    for (name, decl) in DECLARATIONS.all() {
        for field in decl.fields {
            let DeclKind::Choice(choices) = field.kind else {
                continue;
            };
            let mut seen = Vec::new();
            for choice in choices {
                let mut values = required(decl);
                values.insert(field.name.to_string(), choice.to_string());
                // Some choices need another field (`chart benefits` an investment).
                let line = decl.compose(&values).line;
                let command = match parse(&line, &ctx()) {
                    Ok(c) => c,
                    Err(e) => decl
                        .fields
                        .iter()
                        .filter(|f| !f.required && f.name != field.name)
                        .find_map(|extra| {
                            let mut more = values.clone();
                            more.insert(extra.name.to_string(), extra.example.to_string());
                            parse(&decl.compose(&more).line, &ctx()).ok()
                        })
                        .unwrap_or_else(|| panic!("`{line}` does not parse:\n{e}")),
                };
                assert!(
                    !seen.contains(&command),
                    "{name}: `{}:{choice}` reads like another choice",
                    field.name
                );
                seen.push(command);
            }
        }
    }
}

#[test]
fn a_form_value_reaches_the_command_it_declares() {
    let decide = DECLARATIONS.find("decide").unwrap();
    let mut values = required(decide);
    values.insert("amount".into(), "£240k".into());
    values.insert("because".into(), "churn costs more".into());
    values.insert("review".into(), "2027-06-30".into());
    let Command::Decide(args) = parsed(decide, &values) else {
        panic!("not a decision")
    };
    assert_eq!(args.verdict, Verdict::Defer);
    assert_eq!(args.amount.unwrap().minor, 24_000_000);
    assert_eq!(args.rationale, "churn costs more");
    assert_eq!(args.review, NaiveDate::from_ymd_opt(2027, 6, 30));

    let invest = DECLARATIONS.find("invest").unwrap();
    let Command::Invest(args) = parsed(invest, &required(invest)) else {
        panic!("not an investment")
    };
    assert_eq!(args.name, "CRM replacement");
    assert_eq!(args.unit, "Sales");
    assert_eq!(args.annual_benefit.minor, 40_000_000);
    assert_eq!(args.category, Category::Transform);
}

#[test]
fn each_command_has_its_help_and_the_usage_names_its_fields() {
    for (name, decl) in DECLARATIONS.all() {
        let help = help_for(decl.word())
            .unwrap_or_else(|| panic!("{name}: no help for `{}`", decl.word()));
        assert!(!decl.help.summary.is_empty(), "{name}: no summary");
        assert!(!decl.help.examples.is_empty(), "{name}: no example");
        // Every field shows in the usage line, as its name or its own shape.
        let usage = decl.usage();
        assert!(
            help.usage.contains(&usage),
            "{name}: `{usage}` not in its help"
        );
        for field in decl.fields {
            let shown = match field.shape {
                Shape::Named(n) | Shape::Words(n) => n.to_string(),
                Shape::Auto => match field.kind {
                    DeclKind::Choice(choices) => choices.last().unwrap().to_string(),
                    DeclKind::Amount => "<amount>".into(),
                    DeclKind::Date => "<date>".into(),
                    DeclKind::Integer => "<n>".into(),
                    _ => field.name.replace('_', " "),
                },
            };
            assert!(
                usage.contains(&shown),
                "{name}: the usage `{usage}` does not show the field `{}`",
                field.name
            );
        }
    }
}

#[test]
fn every_example_parses_as_the_command_it_documents() {
    for (name, decl) in DECLARATIONS.all() {
        // What the declaration's own line parses to: the command its examples must give.
        let own = std::mem::discriminant(&parsed(decl, &required(decl)));
        for example in decl.help.examples {
            let command = parse(example, &ctx())
                .unwrap_or_else(|e| panic!("{name}: the example `{example}` does not parse:\n{e}"));
            assert_eq!(
                std::mem::discriminant(&command),
                own,
                "{name}: the example `{example}` runs another command: {command:?}"
            );
        }
    }
}

#[test]
fn every_alias_is_a_name_the_grammar_knows_the_command_by() {
    for help in COMMANDS.iter() {
        let example = help.examples[0];
        let expected = parse(example, &ctx()).unwrap();
        let rest = strip_prefix(example)
            .strip_prefix(help.name)
            .unwrap_or_else(|| panic!("`{example}` does not start with `{}`", help.name));
        for alias in &help.aliases {
            let line = format!("{alias}{rest}");
            match parse(&line, &ctx()) {
                Ok(c) => assert_eq!(c, expected, "`{line}`"),
                Err(e) => panic!("the alias `{alias}` of `{}` is not read:\n{e}", help.name),
            }
        }
    }
}

#[test]
fn the_help_lists_every_command_the_grammar_reads() {
    // Each word the grammar reads (a command's name or another name for it) has help, and
    // the console takes a line starting with it for a command, not for conversation; the
    // words come from the grammar's own table, so a new one cannot be left out.
    for (words, _) in crate::command::GRAMMAR {
        for word in *words {
            let help = help_for(word).unwrap_or_else(|| panic!("no help for `{word}`"));
            assert!(
                words.contains(&help.name),
                "`{word}` is help's `{}`, which the grammar reads apart",
                help.name
            );
            assert!(
                crate::command::looks_like_command(&format!("{word} x")),
                "a line starting with `{word}` is taken for conversation"
            );
        }
    }
}

#[test]
fn required_fields_come_first() {
    for (name, decl) in DECLARATIONS.all() {
        let first_optional = decl.fields.iter().position(|f| !f.required);
        if let Some(at) = first_optional {
            assert!(
                decl.fields[at..].iter().all(|f| !f.required),
                "{name}: a required field after an optional one"
            );
        }
    }
}

#[test]
fn choice_words_are_the_grammars() {
    let verdicts: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
    assert_eq!(Verdict::NAMES, verdicts.as_slice());
    for c in Category::NAMES {
        assert_eq!(c.parse::<Category>().unwrap().as_str(), *c);
    }
}

/// A name typed into `show`'s or `history`'s option (Slack's text, Discord's option, which
/// suggests investments as it is typed) reaches the grammar as one name, spaces and all.
#[test]
fn show_and_history_take_a_name_typed_into_their_record_option() {
    use crate::command::RecordRef;
    use valuebridge_chat::Lookup;
    for command in ["show", "history"] {
        let decl = DECLARATIONS.find(command).unwrap();
        let values = BTreeMap::from([("record".to_string(), "Field service platform".to_string())]);
        let name = RecordRef::Name("Field service platform".into());
        let expected = match command {
            "show" => Command::Show(name),
            _ => Command::History(name),
        };
        assert_eq!(parsed(decl, &values), expected, "{command}");
        assert!(matches!(
            decl.field("record").map(|f| f.kind),
            Some(DeclKind::Lookup(Lookup::Investment))
        ));
    }
}
