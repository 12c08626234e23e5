//! Who may do what: viewers read, members log, deciders (when configured) decide.

use super::error::{Failure, UserError};
use crate::command::Command;
use crate::config::RolesConfig;
use crate::ids::{Kind, TenantId};
use valuebridge_chat::Role;

/// The person running a command, resolved.
#[derive(Debug, Clone)]
pub struct Caller {
    pub tenant: TenantId,
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
