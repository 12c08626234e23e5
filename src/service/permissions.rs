//! Who may do what: viewers read, members log, deciders (when configured) decide.

use super::error::{Failure, UserError};
use crate::command::Command;
use crate::config::RolesConfig;
use crate::ids::{Kind, TenantId};
use valuebridge_chat::Role;

/// The person running a command, resolved.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The organisation's tenant: where records are read and written.
    pub tenant: TenantId,
    /// The workspace the command came from (the tenant itself unless linked).
    pub workspace: TenantId,
    /// The platform's own id of the caller (`user_id` is the person, the same on every
    /// platform once they linked).
    pub account: String,
    pub channel: String,
    pub user_id: String,
    pub name: String,
    pub role: Role,
}

pub fn role_from_config(roles: &RolesConfig, user_id: &str) -> Role {
    let has = |list: &[String]| list.iter().any(|u| u == user_id);
    if has(&roles.admins) {
        Role::Admin
    } else if has(&roles.deciders) {
        Role::Decider
    } else if has(&roles.viewers) {
        Role::Viewer
    } else {
        Role::Member
    }
}

pub fn is_write(command: &Command) -> bool {
    !matches!(
        command,
        Command::Help(_)
            | Command::Units
            | Command::List(_)
            | Command::FollowUps(_)
            | Command::Find(_)
            | Command::Show(_)
            | Command::History(_)
            | Command::Digest(_)
            | Command::Scorecard(_)
            | Command::Chart(_)
            | Command::Subscriptions
            | Command::Me(_)
            | Command::Api(crate::command::ApiArgs::List)
            | Command::Webhook(crate::command::WebhookArgs::List)
            | Command::Dashboard(crate::command::DashboardArgs::Links)
    )
}

/// Decisions, and corrections to them.
fn touches_decisions(command: &Command) -> bool {
    match command {
        Command::Decide(_) => true,
        Command::Amend(a) => a.id.kind == Kind::Decision,
        Command::Retract(r) => r.id.kind == Kind::Decision,
        Command::Restore(r) => r.id.kind == Kind::Decision,
        _ => false,
    }
}

pub fn check(roles: &RolesConfig, caller: &Caller, command: &Command) -> Result<(), Failure> {
    if matches!(command, Command::Api(_) | Command::Webhook(_)) && caller.role != Role::Admin {
        return Err(UserError::NotAllowed {
            role: role_name(caller.role),
            can: "use the register, but only admins manage API tokens and webhooks",
        }
        .into());
    }
    if is_write(command) && caller.role == Role::Viewer {
        return Err(UserError::NotAllowed {
            role: "viewer",
            can: "read records and digests but not log or change them",
        }
        .into());
    }
    if touches_decisions(command)
        && !roles.deciders.is_empty()
        && !matches!(caller.role, Role::Decider | Role::Admin)
    {
        return Err(UserError::NotAllowed {
            role: "member",
            can: "log notes, investments, benefits and services, but only deciders log or change decisions",
        }
        .into());
    }
    Ok(())
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Admin => "admin",
        Role::Decider => "decider",
        Role::Member => "member",
        Role::Viewer => "viewer",
    }
}
