//! Forms through the service: each form stores what its typed command stores; bad input is
//! shown on its field and stores nothing; a bare command opens its form on Slack and
//! Discord; a draft's Edit button opens its form pre-filled and submitting it settles it.

mod support;

use std::collections::BTreeMap;
use support::Bot;
use valuebridge::ids::{Kind, TenantId};
use valuebridge_chat::{
    render_plain, Actor, FieldKind, FormOutcome, FormSubmission, Invocation, Lookup, Reply,
    ReplyKind, Role,
};

const TENANT: &str = "slack:T1";

fn actor() -> Actor {
    Actor {
        user_id: "U1".into(),
        display_name: "alice".into(),
        role: Some(Role::Admin),
    }
}

fn submission(command: &str, context: &str, values: &[(&str, &str)]) -> FormSubmission {
    FormSubmission {
        tenant: TENANT.into(),
        channel: "C1".into(),
        actor: actor(),
        command: command.into(),
        context: context.into(),
        values: values
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        card: None,
    }
}

async fn typed(bot: &Bot, text: &str) -> Reply {
    bot.service
        .handle(&Invocation {
            is_command: true,
            ..message(text)
        })
        .await
}

/// Every record the tenant holds, as the store holds it.
fn records(bot: &Bot) -> Vec<String> {
    let tenant: TenantId = TENANT.parse().unwrap();
    Kind::ALL
        .iter()
        .flat_map(|k| bot.store.live(&tenant, *k).unwrap())
        .map(|s| format!("{s:?}"))
        .collect()
}

async fn seeded() -> Bot {
    let bot = Bot::new();
    for line in [
        "unit add Sales",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform",
    ] {
        let r = typed(&bot, line).await;
        assert_eq!(r.kind, ReplyKind::Recorded, "{}", render_plain(&r));
    }
    bot
}

fn done(outcome: FormOutcome) -> Reply {
    match outcome {
        FormOutcome::Done { reply } => reply,
        FormOutcome::Invalid { errors } => panic!("invalid: {errors:?}"),
    }
}

fn invalid(outcome: FormOutcome) -> BTreeMap<String, String> {
    match outcome {
        FormOutcome::Invalid { errors } => errors,
        FormOutcome::Done { reply } => panic!("not refused: {}", render_plain(&reply)),
    }
}

/// Each of the five forms, and the line a person would type for the same record.
/// A form's command, its values, and a line or field name.
type Case = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
);

const CASES: &[Case] = &[
    (
        "invest",
        &[
            ("name", "Data platform"),
            ("unit", "Sales"),
            ("cost", "£1.2m"),
            ("benefit", "£500k"),
            ("years", "4"),
            ("category", "grow"),
            ("run", "£30k"),
            ("start", "2027-01-01"),
            ("sponsor", "Priya Shah"),
        ],
        "invest \"Data platform\" unit:Sales cost:£1.2m benefit:£500k/yr years:4 category:grow run:£30k/yr start:2027-01-01 sponsor:\"Priya Shah\"",
    ),
    (
        "decide",
        &[
            ("investment", "INV-1"),
            ("verdict", "approve"),
            ("amount", "£240k"),
            ("because", "churn costs more than the licence"),
            ("review", "2027-06-30"),
        ],
        "decide INV-1 approve £240k review:2027-06-30 because churn costs more than the licence",
    ),
    (
        "benefit",
        &[
            ("investment", "CRM replacement"),
            ("amount", "£35k"),
            ("on", "2026-11-20"),
            ("evidence", "churn down 2% in January"),
        ],
        "benefit \"CRM replacement\" £35k on 2026-11-20 evidence: churn down 2% in January",
    ),
    (
        "note",
        &[
            ("unit", "Sales"),
            ("text", "Met the CFO about the renewal"),
            ("follow_up", "send cost breakdown @sam by 2026-12-04"),
            ("tags", "crm, renewal"),
            ("on", "2026-11-26"),
        ],
        "note Sales: Met the CFO about the renewal on:2026-11-26 follow-up: send cost breakdown @sam by 2026-12-04 #crm #renewal",
    ),
    (
        "service",
        &[
            ("name", "Email & calendar"),
            ("unit", "Sales"),
            ("cost", "£120k"),
            ("users", "1500"),
        ],
        "service \"Email & calendar\" unit:Sales cost:£120k/yr users:1500",
    ),
];

#[tokio::test]
async fn each_form_stores_what_its_typed_command_stores() {
    for (command, values, line) in CASES {
        let by_form = seeded().await;
        let reply = done(
            by_form
                .service
                .submit_form(&submission(command, "", values))
                .await,
        );
        let by_hand = seeded().await;
        let typed_reply = typed(&by_hand, line).await;
        assert_eq!(
            typed_reply.kind,
            ReplyKind::Recorded,
            "{line}: {}",
            render_plain(&typed_reply)
        );
        assert_eq!(reply, typed_reply, "{command}: the same reply as typed");
        assert_eq!(
            records(&by_form),
            records(&by_hand),
            "{command}: the same records"
        );
    }
}

#[tokio::test]
async fn bad_values_are_shown_on_their_field_and_store_nothing() {
    let bot = seeded().await;
    let before = records(&bot);
    let cases: &[Case] = &[
        (
            "invest",
            &[
                ("name", "Data platform"),
                ("unit", "Sales"),
                ("cost", "lots"),
                ("benefit", "£500k"),
                ("years", "4"),
                ("category", "grow"),
            ],
            "cost",
        ),
        (
            "decide",
            &[("investment", "INV-1"), ("verdict", "maybe")],
            "verdict",
        ),
        (
            "decide",
            &[
                ("investment", "INV-1"),
                ("verdict", "approve"),
                ("review", "someday"),
            ],
            "review",
        ),
        (
            "benefit",
            &[
                ("investment", "INV-1"),
                ("amount", "£35k"),
                ("on", "the 45th of Smarch"),
            ],
            "on",
        ),
        (
            "note",
            &[("unit", "Salse"), ("text", "Met the CFO")],
            "unit",
        ),
        (
            "decide",
            &[("investment", "INV-9"), ("verdict", "approve")],
            "investment",
        ),
    ];
    for (command, values, field) in cases {
        let errors = invalid(
            bot.service
                .submit_form(&submission(command, "", values))
                .await,
        );
        assert_eq!(
            errors.keys().collect::<Vec<_>>(),
            vec![field],
            "{command} {values:?}: {errors:?}"
        );
        let message = &errors[*field];
        assert!(
            !message.contains("```"),
            "a field's error is words, not the composed line: {message}"
        );
        assert_eq!(records(&bot), before, "{command}: nothing stored");
        if *field == "cost" {
            assert!(
                message.starts_with("'lots' is not an amount of money."),
                "{message}"
            );
        }
    }
}

#[tokio::test]
async fn missing_required_fields_each_get_an_error() {
    let bot = seeded().await;
    let errors = invalid(
        bot.service
            .submit_form(&submission(
                "invest",
                "",
                &[("name", "Data platform"), ("years", " ")],
            ))
            .await,
    );
    assert_eq!(
        errors.keys().map(String::as_str).collect::<Vec<_>>(),
        vec!["benefit", "category", "cost", "unit", "years"]
    );
    assert_eq!(errors["cost"], "One-off cost is needed, like `£250k`.");
    let errors = invalid(
        bot.service
            .submit_form(&submission("launch", "", &[]))
            .await,
    );
    assert!(
        errors[FormOutcome::GENERAL].contains("There is no form for `launch`"),
        "{errors:?}"
    );
}

#[tokio::test]
async fn a_bare_command_opens_its_form_on_slack_and_discord_only() {
    let bot = seeded().await;
    for tenant in ["slack:T1", "discord:G1"] {
        for command in [
            "invest",
            "/value decide",
            "benefit",
            "note",
            "service",
            "investment",
        ] {
            let reply = bot.say_as(tenant, "U1", Some(Role::Admin), command).await;
            let form = reply
                .form
                .clone()
                .unwrap_or_else(|| panic!("{tenant} {command}: no form"));
            assert!(render_plain(&Reply {
                form: None,
                ..reply.clone()
            })
            .contains("/value"));
            assert!(!form.fields.is_empty());
            assert!(command.ends_with(&form.command) || form.command == "invest");
        }
    }
    let reply = bot.say_as("local", "U1", Some(Role::Admin), "decide").await;
    assert!(reply.form.is_none());
    let form = bot
        .say_as(TENANT, "U1", Some(Role::Admin), "decide")
        .await
        .form
        .unwrap();
    let verdict = form.fields.iter().find(|f| f.name == "verdict").unwrap();
    assert!(verdict.required);
    assert_eq!(
        verdict.kind,
        FieldKind::Choice {
            choices: ["approve", "reject", "defer", "stop", "continue", "rescope"]
                .map(String::from)
                .to_vec()
        }
    );
    let investment = &form.fields[0];
    assert_eq!(
        investment.kind,
        FieldKind::Lookup {
            lookup: Lookup::Investment
        }
    );
}

#[tokio::test]
async fn suggestions_are_the_workspaces_records() {
    let bot = seeded().await;
    typed(&bot, "unit add Service alias ops").await;
    let units = bot.service.suggest(TENANT, Lookup::Unit, "s");
    let labels: Vec<_> = units.iter().map(|s| s.value.as_str()).collect();
    assert_eq!(labels, vec!["Sales", "Service"]);
    let investments = bot.service.suggest(TENANT, Lookup::Investment, "crm");
    assert_eq!(investments.len(), 1);
    assert_eq!(investments[0].value, "INV-1");
    assert_eq!(investments[0].label, "INV-1 · CRM replacement");
    assert!(
        bot.service
            .suggest("discord:G9", Lookup::Unit, "s")
            .is_empty(),
        "another workspace's units are not suggested"
    );
}

fn message(text: &str) -> Invocation {
    Invocation {
        tenant: TENANT.into(),
        channel: "C1".into(),
        actor: actor(),
        text: text.into(),
        is_command: false,
    }
}

#[tokio::test]
async fn the_edit_button_opens_the_draft_prefilled_and_submitting_logs_and_settles_it() {
    let bot = seeded().await;
    let card = bot
        .service
        .handle(&message(
            "we deferred the CRM replacement because the vendor quote is late",
        ))
        .await;
    let text = render_plain(&card);
    assert!(text.contains("Draft 1"), "{text}");
    let edit = bot.service.handle(&message("edit draft 1")).await;
    let form = edit.form.expect("the Edit button opens a form");
    assert_eq!(form.command, "decide");
    assert_eq!(form.context, "draft:1");
    let initial: BTreeMap<&str, &str> = form
        .fields
        .iter()
        .filter_map(|f| f.initial.as_deref().map(|v| (f.name.as_str(), v)))
        .collect();
    assert_eq!(initial["investment"], "CRM replacement");
    assert_eq!(initial["verdict"], "defer");
    assert!(initial["because"].contains("vendor quote"), "{initial:?}");

    let before = records(&bot);
    let mut values: Vec<(&str, &str)> = initial.iter().map(|(k, v)| (*k, *v)).collect();
    values.retain(|(k, _)| *k != "review");
    values.push(("review", "2027-03-31"));
    let reply = done(
        bot.service
            .submit_form(&submission("decide", "draft:1", &values))
            .await,
    );
    assert_eq!(reply.kind, ReplyKind::Recorded, "{}", render_plain(&reply));
    let after = records(&bot);
    assert_eq!(after.len(), before.len() + 1);
    assert!(
        after
            .iter()
            .any(|r| r.contains("Decision") && r.contains("2027-03-31")),
        "{after:?}"
    );
    // Settled: it is no longer pending, and a second submission stores nothing more.
    let yes = render_plain(&bot.service.handle(&message("yes")).await);
    assert!(!yes.contains("Logged"), "{yes}");
    let again = bot
        .service
        .submit_form(&submission("decide", "draft:1", &values))
        .await;
    assert_eq!(records(&bot).len(), after.len(), "{again:?}");
}

/// A note with two units, corrected through the Edit form, logs a note for each unit as
/// confirming its card would (the form edits the first; the other keeps the form's words).
#[tokio::test]
async fn the_edit_form_of_a_note_with_two_units_logs_both() {
    let bot = seeded().await;
    let r = typed(&bot, "unit add Service").await;
    assert_eq!(r.kind, ReplyKind::Recorded, "{}", render_plain(&r));
    let card = bot
        .service
        .handle(&message(
            "Sales and Service workshop today, they want faster quotes",
        ))
        .await;
    let text = render_plain(&card);
    assert!(text.contains("Also with  Service"), "{text}");
    let edit = bot.service.handle(&message("edit draft 1")).await;
    let form = edit.form.expect("the Edit button opens a form");
    assert_eq!(form.command, "note");
    let mut values: Vec<(&str, &str)> = form
        .fields
        .iter()
        .filter_map(|f| f.initial.as_deref().map(|v| (f.name.as_str(), v)))
        .filter(|(k, _)| *k != "text")
        .collect();
    values.push(("text", "Sales and Service workshop: faster quotes wanted"));
    let before = records(&bot).len();
    let reply = done(
        bot.service
            .submit_form(&submission("note", "draft:1", &values))
            .await,
    );
    assert_eq!(reply.kind, ReplyKind::Recorded, "{}", render_plain(&reply));
    let notes: Vec<String> = records(&bot)
        .into_iter()
        .filter(|r| r.contains("faster quotes wanted"))
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    assert_eq!(records(&bot).len(), before + 2);
}

#[tokio::test]
async fn a_units_name_answering_a_question_is_an_answer_not_a_form() {
    let bot = seeded().await;
    typed(&bot, "unit add Service").await;
    let asked = bot
        .service
        .handle(&message(
            "met the team today, they want faster laptop refresh; I'll send options by Friday",
        ))
        .await;
    assert!(
        render_plain(&asked).contains("Which business unit"),
        "{}",
        render_plain(&asked)
    );
    let answered = bot.service.handle(&message("Service")).await;
    assert!(answered.form.is_none(), "the answer opened a form");
    assert!(
        render_plain(&answered).contains("log this engagement note?"),
        "{}",
        render_plain(&answered)
    );
}

#[tokio::test]
async fn the_readme_lists_each_form_with_its_fields() {
    let readme = include_str!("../README.md");
    let bot = Bot::new();
    for command in ["invest", "decide", "benefit", "note", "service"] {
        let form = bot
            .say_as(TENANT, "U1", Some(Role::Admin), command)
            .await
            .form
            .unwrap();
        let row = readme
            .lines()
            .find(|l| l.starts_with(&format!("| `{command}` — {} |", form.title)))
            .unwrap_or_else(|| panic!("no README row for the {command} form"));
        let mut at = 0;
        for field in &form.fields {
            let written = format!("{}{}", field.label, if field.required { "\\*" } else { "" });
            let found = row[at..].find(&written).unwrap_or_else(|| {
                panic!("{command}: `{written}` missing or out of order in {row}")
            });
            at += found + written.len();
        }
    }
}
