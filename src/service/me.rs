//! `me` and `me link`: one person across the platforms of an organisation.

use super::error::{user, Failure};
use super::{Caller, Service};
use crate::command::MeArgs;
use crate::store::{LinkError, CODE_MINUTES};
use valuebridge_chat::{Reply, Visibility};

pub fn me(s: &Service, caller: &Caller, args: MeArgs) -> Result<Reply, Failure> {
    match args {
        MeArgs::Show => {
            let mut accounts = s.people.linked(&caller.tenant, &caller.user_id)?;
            accounts.insert(0, format!("{} {}", caller.workspace, caller.account));
            accounts.dedup();
            Ok(Reply::info()
                .heading(format!("You are {} ({})", caller.name, caller.user_id))
                .fields([
                    ("Organisation", caller.tenant.to_string()),
                    ("Accounts", accounts.join("\n")),
                ])
                .paragraph(
                    "`/value me link` gives a code to link your account on another platform.",
                )
                .visible_to(Visibility::Ephemeral))
        }
        MeArgs::NewCode => {
            let code =
                s.people
                    .new_code(&caller.tenant, &caller.workspace, &caller.user_id, s.now())?;
            Ok(Reply::info()
                .heading(format!("Your link code: {code}"))
                .paragraph(format!(
                    "On the other platform of your organisation, type `/value me link {code}` within {CODE_MINUTES} minutes. The code works once; keep it to yourself."
                ))
                .visible_to(Visibility::Ephemeral))
        }
        MeArgs::Redeem(code) => {
            let person = s
                .people
                .redeem(
                    &caller.tenant,
                    &caller.workspace,
                    &caller.account,
                    &code,
                    s.now(),
                )
                .map_err(|e| match e {
                    LinkError::Store(e) => e.into(),
                    other => user(other.to_string()),
                })?;
            Ok(Reply::info()
                .heading(format!("Linked: here you are {person}"))
                .paragraph("Your roles, \"mine\" filters, drafts and undo now follow you on both platforms.")
                .visible_to(Visibility::Ephemeral))
        }
    }
}
