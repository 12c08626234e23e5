//! A new investment's draft whose **Edit** form is given a registered investment's name (or
//! alias, or id) logs the draft's decision on that investment, as `edit investment <name>`
//! and `yes` would: the form's cost is the amount, its start the decision's date, and its
//! "Other names" are remembered for the registered investment in the same write. A draft
//! with no decision has nothing to log on it: the name field says so, and nothing is stored.
//! The Slack and Discord wire paths are in `tests/slack_forms/registered.rs` and
//! `tests/discord_forms/registered.rs`.

mod support;

use std::collections::BTreeMap;
use support::edit_forms::{
    edit_form, investments, message, ops_bot as bot, say, submit, tenant, writes,
};
use support::{fail_only, Bot};
use valuebridge::domain::Record;
use valuebridge::ids::Kind;
use valuebridge_chat::{render_plain, Form, FormOutcome, Invocation, ReplyKind};

/// The form of "ServiceTitan renewal approved at £40k …", filled in as a new investment's.
async fn servicetitan_form(bot: &Bot) -> (Form, BTreeMap<String, String>) {
    say(
        bot,
        "ServiceTitan renewal approved at £40k because the techs rely on it",
    )
    .await;
    let (form, mut values) = edit_form(bot).await;
    assert_eq!(form.command, "invest");
    for (k, v) in [
        ("unit", "Ops"),
        ("benefit", "£10k"),
        ("years", "3"),
        ("category", "run"),
    ] {
        values.entry(k.into()).or_insert(v.into());
    }
    (form, values)
}

#[tokio::test]
async fn a_registered_name_on_a_new_investments_form_logs_the_decision_on_it() {
    let bot = bot().await;
    let (form, mut values) = servicetitan_form(&bot).await;
    let name = form.fields.iter().find(|f| f.name == "name").unwrap();
    assert_eq!(name.label, "Name (or a registered one's name or id)");
    assert!(name.label.chars().count() <= 45, "Discord's limit");
    assert!(name.hint.contains("registered"), "{}", name.hint);
    values.insert("name".into(), "field service PLATFORM".into());
    values.insert("aliases".into(), "ServiceTitan".into());
    let out = match submit(&bot, &form, &values).await {
        FormOutcome::Done { reply } => render_plain(&reply),
        FormOutcome::Invalid { errors } => panic!("invalid: {errors:?}"),
    };
    assert!(out.contains("DEC-1"), "{out}");
    assert!(
        out.contains("Field service platform is registered already (INV-1), so this draft's decision is logged on it; the form's unit, benefit, years and category, a new investment's, were not used."),
        "{out}"
    );
    assert!(
        out.contains(
            "Remembered \"ServiceTitan\" as another name for Field service platform (INV-1)"
        ),
        "{out}"
    );
    // No second investment; the decision is the draft's, on INV-1, at the form's cost.
    let all = investments(&bot);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(all[0].aliases, ["ServiceTitan"]);
    let decisions = bot.store.live(&tenant(), Kind::Decision).unwrap();
    let [d] = decisions.as_slice() else {
        panic!("{decisions:?}")
    };
    let Record::Decision(d) = &d.record else {
        panic!()
    };
    assert_eq!(d.investment.to_string(), "INV-1");
    assert_eq!(d.amount.unwrap().minor, 4_000_000);
    assert!(d.rationale.contains("techs"), "{}", d.rationale);
    // The draft is closed.
    assert!(say(&bot, "yes").await.contains("no draft"));
}

#[tokio::test]
async fn an_id_names_the_registered_one_and_no_other_names_adds_none() {
    let bot = bot().await;
    let (form, mut values) = servicetitan_form(&bot).await;
    values.insert("name".into(), "INV-2".into());
    values.remove("aliases");
    let FormOutcome::Done { reply } = submit(&bot, &form, &values).await else {
        panic!("not logged")
    };
    let out = render_plain(&reply);
    assert!(
        out.contains("Warehouse platform is registered already (INV-2)"),
        "{out}"
    );
    assert!(!out.contains("Remembered"), "{out}");
    assert!(investments(&bot).iter().all(|i| i.aliases.is_empty()));
    assert_eq!(investments(&bot).len(), 2);
}

#[tokio::test]
async fn another_name_that_cannot_be_remembered_is_said_on_its_field_and_nothing_is_stored() {
    let bot = bot().await;
    let (form, mut values) = servicetitan_form(&bot).await;
    let before = writes(&bot);
    values.insert("name".into(), "Field service platform".into());
    values.insert("aliases".into(), "Warehouse platform".into());
    let FormOutcome::Invalid { errors } = submit(&bot, &form, &values).await else {
        panic!("stored with a taken name")
    };
    assert!(
        errors["aliases"].contains("already taken by INV-2"),
        "{errors:?}"
    );
    assert_eq!(writes(&bot), before);
    // A retracted investment's id is refused on the name field.
    let reply = bot
        .service
        .handle(&Invocation {
            is_command: true,
            ..message("retract INV-2 because a duplicate")
        })
        .await;
    assert_ne!(reply.kind, ReplyKind::UserError, "{}", render_plain(&reply));
    let before = writes(&bot);
    values.insert("name".into(), "INV-2".into());
    values.remove("aliases");
    let FormOutcome::Invalid { errors } = submit(&bot, &form, &values).await else {
        panic!("logged on a retracted investment")
    };
    assert!(errors["name"].contains("INV-2 was retracted"), "{errors:?}");
    assert_eq!(writes(&bot), before);
}

#[tokio::test]
async fn a_draft_with_no_decision_given_a_registered_name_says_how_and_stores_nothing() {
    let bot = bot().await;
    let card = say(
        &bot,
        "would like a handheld scanner refresh for Ops, roughly £60k, should save £25k a year over 4 years",
    )
    .await;
    assert!(card.contains("log this new investment?"), "{card}");
    let (form, mut values) = edit_form(&bot).await;
    values.insert("name".into(), "Warehouse platform".into());
    for (k, v) in [("unit", "Ops"), ("category", "run")] {
        values.entry(k.into()).or_insert(v.into());
    }
    let before = writes(&bot);
    let FormOutcome::Invalid { errors } = submit(&bot, &form, &values).await else {
        panic!("stored")
    };
    let said = &errors["name"];
    assert!(
        said.contains("Warehouse platform is registered already (INV-2)"),
        "{said}"
    );
    assert!(said.contains("says no decision"), "{said}");
    assert!(
        said.contains("`edit verdict approve`")
            && said.contains("`edit investment Warehouse platform`"),
        "{said}"
    );
    assert_eq!(writes(&bot), before);
    // Typed, the same advice; said in that order, it becomes the decision.
    let out = say(&bot, "edit investment Warehouse platform").await;
    assert!(out.contains("says no decision"), "{out}");
    assert!(out.contains("`edit verdict approve`"), "{out}");
    say(&bot, "edit verdict approve").await;
    let out = say(&bot, "edit investment Warehouse platform").await;
    assert!(out.contains("log this decision?"), "{out}");
}

#[tokio::test]
async fn whichever_write_fails_the_decision_and_the_other_name_are_stored_together_or_not_at_all() {
    let mut failed = 0;
    for k in 0..8 {
        let bot = bot().await;
        let (form, mut values) = servicetitan_form(&bot).await;
        values.insert("name".into(), "Field service platform".into());
        values.insert("aliases".into(), "ServiceTitan".into());
        bot.store.set_write_fault(fail_only(k));
        let outcome = submit(&bot, &form, &values).await;
        bot.store.set_write_fault(None);
        let logged = !bot
            .store
            .live(&tenant(), Kind::Decision)
            .unwrap()
            .is_empty();
        let learnt = !investments(&bot)[0].aliases.is_empty();
        assert_eq!(logged, learnt, "write {k} failing half-did it: {outcome:?}");
        assert_eq!(investments(&bot).len(), 2);
        if !logged {
            failed += 1;
            // The draft is kept: the form submitted again stores both.
            let FormOutcome::Done { reply } = submit(&bot, &form, &values).await else {
                panic!("not stored on a second submission")
            };
            assert!(render_plain(&reply).contains("DEC-1"));
        }
    }
    assert!(failed > 0, "no write of the submission failed");
}

/// The fields only a new investment needs: optional on a decision's draft's form, checked
/// on our side when the form registers a new investment.
const NEW_ONES: [&str; 5] = ["unit", "cost", "benefit", "years", "category"];

#[tokio::test]
async fn a_registered_name_needs_none_of_a_new_ones_fields_and_says_how_to_keep_the_name_read() {
    let bot = bot().await;
    let (form, mut values) = servicetitan_form(&bot).await;
    let required: Vec<&str> = form
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(required, ["name"], "only the name is needed before sending");
    for f in form
        .fields
        .iter()
        .filter(|f| NEW_ONES.contains(&f.name.as_str()))
    {
        assert!(f.hint.starts_with("Only for a new investment"), "{f:?}");
    }
    for field in NEW_ONES {
        values.remove(field);
    }
    values.insert("name".into(), "Field service platform".into());
    let out = match submit(&bot, &form, &values).await {
        FormOutcome::Done { reply } => render_plain(&reply),
        FormOutcome::Invalid { errors } => panic!("invalid: {errors:?}"),
    };
    assert!(
        out.contains("Field service platform is registered already (INV-1), so this draft's decision is logged on it."),
        "{out}"
    );
    assert!(!out.contains("were not used"), "nothing was given: {out}");
    // The name the draft read is not remembered unasked; the answer says how to keep it.
    let keep = "`amend INV-1 aliases:ServiceTitan because also called that`";
    assert!(out.contains(keep), "{out}");
    assert_eq!(investments(&bot).len(), 2);
    assert!(investments(&bot)[0].aliases.is_empty());
    let decisions = bot.store.live(&tenant(), Kind::Decision).unwrap();
    let [d] = decisions.as_slice() else {
        panic!("{decisions:?}")
    };
    let Record::Decision(d) = &d.record else {
        panic!()
    };
    assert_eq!(d.investment.to_string(), "INV-1");
    assert_eq!(
        d.amount, None,
        "the cost was cleared: no amount, never an example's"
    );
    // Said as told, the name is kept.
    let typed = keep.trim_matches('`');
    let reply = bot
        .service
        .handle(&Invocation {
            is_command: true,
            ..message(typed)
        })
        .await;
    assert_ne!(reply.kind, ReplyKind::UserError, "{}", render_plain(&reply));
    assert_eq!(investments(&bot)[0].aliases, ["ServiceTitan"]);
}

#[tokio::test]
async fn a_new_name_with_a_new_ones_field_empty_is_refused_on_that_field_and_stores_nothing() {
    let bot = bot().await;
    let (form, mut values) = servicetitan_form(&bot).await;
    values.remove("unit");
    values.remove("category");
    let before = writes(&bot);
    let FormOutcome::Invalid { errors } = submit(&bot, &form, &values).await else {
        panic!("registered a new investment without its unit")
    };
    for field in ["unit", "category"] {
        assert!(
            errors[field].contains("is needed to register a new investment"),
            "{errors:?}"
        );
    }
    assert!(
        errors["unit"].contains("or name a registered investment"),
        "{errors:?}"
    );
    assert!(!errors.contains_key("name"), "{errors:?}");
    assert_eq!(writes(&bot), before);
    assert_eq!(investments(&bot).len(), 2);
}
