//! A draft's **Edit** form driven through the service, as alice in a Slack workspace: her
//! plain words and commands, the form a draft's Edit button opens, its submission, and what
//! the store then holds. The Slack and Discord wire paths have their own set-up beside their
//! fakes (`tests/slack_forms/main.rs`, `tests/discord_forms/main.rs`).

use super::Bot;
use std::collections::BTreeMap;
use valuebridge::domain::{Investment, Record};
use valuebridge::ids::{Kind, TenantId};
use valuebridge_chat::{
    render_plain, Actor, Form, FormOutcome, FormSubmission, Invocation, ReplyKind, Role,
};

pub const TENANT: &str = "slack:T1";

/// Alice, an admin of the workspace.
pub fn actor() -> Actor {
    Actor {
        user_id: "U1".into(),
        display_name: "alice".into(),
        role: Some(Role::Admin),
    }
}

/// Alice's message in C1 (plain words unless it is a command).
pub fn message(text: &str) -> Invocation {
    Invocation {
        tenant: TENANT.into(),
        channel: "C1".into(),
        actor: actor(),
        text: text.into(),
        is_command: false,
    }
}

/// What the bot answers alice's message, as text.
pub async fn say(bot: &Bot, text: &str) -> String {
    render_plain(&bot.service.handle(&message(text)).await)
}

/// A command alice types, which must not be refused; its answer as text.
pub async fn typed(bot: &Bot, text: &str) -> String {
    let reply = bot
        .service
        .handle(&Invocation {
            is_command: true,
            ..message(text)
        })
        .await;
    assert_ne!(reply.kind, ReplyKind::UserError, "{}", render_plain(&reply));
    render_plain(&reply)
}

/// Ops with a field service platform (INV-1) and a warehouse platform (INV-2).
pub async fn ops_bot() -> Bot {
    let bot = Bot::new();
    for line in [
        "unit add Ops",
        "invest Field service platform unit:Ops cost:£40k benefit:£60k/yr years:3 category:run",
        "invest Warehouse platform unit:Ops cost:£90k benefit:£50k/yr years:3 category:run",
    ] {
        typed(&bot, line).await;
    }
    bot
}

/// The form draft `id`'s Edit button opens, and its values as filled in.
pub async fn edit_form_of(bot: &Bot, id: u64) -> (Form, BTreeMap<String, String>) {
    let form = bot
        .service
        .handle(&message(&format!("edit draft {id}")))
        .await
        .form
        .expect("the Edit button opens a form");
    let values = form
        .fields
        .iter()
        .filter_map(|f| f.initial.clone().map(|v| (f.name.clone(), v)))
        .collect();
    (form, values)
}

/// The form draft 1's Edit button opens, and its values as filled in.
pub async fn edit_form(bot: &Bot) -> (Form, BTreeMap<String, String>) {
    edit_form_of(bot, 1).await
}

/// `form` submitted by alice with `values`.
pub async fn submit(bot: &Bot, form: &Form, values: &BTreeMap<String, String>) -> FormOutcome {
    bot.service
        .submit_form(&FormSubmission {
            tenant: TENANT.into(),
            channel: "C1".into(),
            actor: actor(),
            command: form.command.clone(),
            context: form.context.clone(),
            values: values.clone(),
            card: None,
        })
        .await
}

/// The answer of a submission that must be logged, as text.
pub fn done(outcome: FormOutcome) -> String {
    match outcome {
        FormOutcome::Done { reply } => render_plain(&reply),
        FormOutcome::Invalid { errors } => panic!("invalid: {errors:?}"),
    }
}

pub fn tenant() -> TenantId {
    TENANT.parse().unwrap()
}

/// How many writes the workspace's log holds.
pub fn writes(bot: &Bot) -> usize {
    bot.store.log(&tenant()).unwrap().len()
}

/// The workspace's live investments.
pub fn investments(bot: &Bot) -> Vec<Investment> {
    let live = bot.store.live(&tenant(), Kind::Investment).unwrap();
    live.into_iter()
        .filter_map(|s| match s.record {
            Record::Investment(i) => Some(i),
            _ => None,
        })
        .collect()
}
