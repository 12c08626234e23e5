//! `api token create|revoke` and `api tokens`: admins give other systems access to their
//! organisation's register.

use super::error::{user, Failure};
use super::{Caller, Service};
use crate::command::ApiArgs;
use crate::store::ApiTokens;
use valuebridge_chat::{Reply, Visibility};

pub fn api(s: &Service, caller: &Caller, args: ApiArgs) -> Result<Reply, Failure> {
    let tokens = ApiTokens::open(&s.store)?;
    match args {
        ApiArgs::Create { scope, label } => {
            let label = label.unwrap_or_else(|| format!("{} token", scope.as_str()));
            let (secret, token) =
                tokens.create(&caller.tenant, scope, &label, &caller.name, s.now())?;
            Ok(Reply::info()
                .heading(format!("API token {} ({}) created: {label}", token.id(), scope.as_str()))
                .paragraph(format!("`{secret}`"))
                .paragraph(format!(
                    "This is the only time it is shown; only its hash is kept. Send it as `Authorization: Bearer <token>`. Revoke it with `/value api token revoke {}`.",
                    token.id()
                ))
                .visible_to(Visibility::Ephemeral))
        }
        ApiArgs::Revoke(id) => {
            if tokens.revoke(&caller.tenant, &id)? {
                Ok(Reply::info().heading(format!(
                    "Revoked API token {}: requests with it are refused from now on.",
                    id.to_uppercase()
                )))
            } else {
                Err(user(format!(
                    "There is no live API token {id}. `/value api tokens` lists them."
                )))
            }
        }
        ApiArgs::List => {
            let rows: Vec<Vec<String>> = tokens
                .of(&caller.tenant)?
                .into_iter()
                .map(|t| {
                    vec![
                        t.id(),
                        t.label.clone(),
                        t.scope.as_str().to_string(),
                        t.created_by.clone(),
                        t.created_at.format("%Y-%m-%d").to_string(),
                        t.last_used
                            .map(|u| u.format("%Y-%m-%d %H:%M UTC").to_string())
                            .unwrap_or_else(|| "never".into()),
                        if t.revoked { "revoked" } else { "live" }.to_string(),
                    ]
                })
                .collect();
            if rows.is_empty() {
                return Ok(Reply::info().paragraph(
                    "No API tokens yet. `/value api token create read \"BI tool\"` makes one.",
                ));
            }
            Ok(Reply::info().heading("API tokens").table(
                &[
                    "Id",
                    "Label",
                    "Scope",
                    "Created by",
                    "Created",
                    "Last used",
                    "State",
                ],
                rows,
            ))
        }
    }
}
