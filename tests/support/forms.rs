//! A Discord workspace's forms, driven the short way: commands as alice there, and a page
//! of a form submitted with its values.

use super::Bot;
use std::collections::BTreeMap;
use valuebridge_chat::{Actor, Form, FormSubmission, Invocation, Reply, Role};

pub const TENANT: &str = "discord:G1";

/// Alice, an admin of the Discord workspace.
pub fn actor() -> Actor {
    Actor {
        user_id: "42".into(),
        display_name: "alice".into(),
        role: Some(Role::Admin),
    }
}

/// A command alice types in the Discord workspace.
pub async fn say(bot: &Bot, text: &str) -> Reply {
    bot.service
        .handle(&Invocation {
            tenant: TENANT.into(),
            channel: "C1".into(),
            actor: actor(),
            text: text.into(),
            is_command: true,
        })
        .await
}

/// `form`'s page submitted by alice with `values`, each of which must be on it.
pub fn submit(form: &Form, values: &[(&str, &str)]) -> FormSubmission {
    let values: BTreeMap<String, String> = values
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    for name in values.keys() {
        assert!(
            form.fields.iter().any(|f| &f.name == name),
            "`{name}` is not on this page"
        );
    }
    FormSubmission {
        tenant: TENANT.into(),
        channel: "C1".into(),
        actor: actor(),
        command: form.command.clone(),
        context: form.context.clone(),
        values,
        card: None,
    }
}

/// A decision on an investment nobody registered by that name ("ServiceTitan renewal"), with
/// all a new one needs; its draft's Edit form may name a registered one instead.
pub const SERVICETITAN_DECIDED: &str =
    "ServiceTitan renewal for Ops approved at £40k, should save £10k a year over 3 years";

/// The first page of an investment's form, and what goes on each of its two pages.
pub const INVEST_PAGE_1: &[(&str, &str)] = &[
    ("name", "Data platform"),
    ("unit", "Sales"),
    ("cost", "£1.2m"),
    ("benefit", "£500k"),
    ("years", "4"),
];
pub const INVEST_PAGE_2: &[(&str, &str)] = &[("category", "grow"), ("start", "2027-01-01")];
