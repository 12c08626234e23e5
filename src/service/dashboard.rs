//! `/value dashboard`: makes, lists and revokes links to the value dashboard. A new link's
//! address is answered only to the person who asked; only its hash is kept.

use super::error::{user, Failure};
use super::{lookup, Caller, Service};
use crate::command::DashboardArgs;
use crate::dashboard::link::{hash_token, new_token, DashboardLink, LinkId};
use crate::store::DashboardLinks;
use chrono::{DateTime, Utc};
use valuebridge_chat::{Reply, Role};

pub fn dashboard(s: &Service, caller: &Caller, args: &DashboardArgs) -> Result<Reply, Failure> {
    match args {
        DashboardArgs::Link { unit } => link(s, caller, unit.as_deref()),
        DashboardArgs::Links => links(s, caller),
        DashboardArgs::Revoke(id) => revoke(s, caller, *id),
    }
}

fn when(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn link(s: &Service, caller: &Caller, unit: Option<&str>) -> Result<Reply, Failure> {
    let unit = unit
        .map(|name| lookup::unit(&s.store, caller, name))
        .transpose()?;
    let token = new_token();
    let now = s.clock.now();
    let expires_at = now + chrono::Duration::days(i64::from(s.config.dashboard.link_days));
    let made = DashboardLinks::open(&s.store)?.create(&caller.tenant, |id| DashboardLink {
        id,
        tenant: caller.tenant.clone(),
        unit: unit.as_ref().map(|u| u.id),
        unit_name: unit.as_ref().map(|u| u.name.clone()),
        created_by: caller.user_id.clone(),
        created_by_name: caller.name.clone(),
        created_at: now,
        expires_at,
        revoked_at: None,
        revoked_by: None,
        token_hash: hash_token(&token),
    })?;
    tracing::info!(link = %made.id, unit = ?made.unit, "dashboard link made");
    let scope = match &made.unit_name {
        Some(name) => format!("{name}'s pages and its investments"),
        None => "the whole portfolio".to_string(),
    };
    Ok(Reply::info()
        .heading(format!("Dashboard link {}", made.id))
        .paragraph(format!("{}/d/{token}/", s.config.public_url()))
        .paragraph(format!(
            "It opens {scope} until {}. Anyone holding it can read those pages, so send it only to the people it is for; `/value dashboard revoke {}` stops it.",
            when(made.expires_at),
            made.id
        )))
}

fn links(s: &Service, caller: &Caller) -> Result<Reply, Failure> {
    let now = s.clock.now();
    let open: Vec<_> = DashboardLinks::open(&s.store)?
        .of_tenant(&caller.tenant)?
        .into_iter()
        .filter(|l| l.refusal(now).is_none())
        .collect();
    if open.is_empty() {
        return Ok(Reply::info().paragraph(
            "No dashboard link is open. `/value dashboard` makes one (`/value dashboard Sales` for one unit).",
        ));
    }
    let rows = open
        .iter()
        .map(|l| {
            vec![
                l.id.to_string(),
                l.unit_name.clone().unwrap_or_else(|| "portfolio".into()),
                l.created_by_name.clone(),
                when(l.created_at),
                when(l.expires_at),
            ]
        })
        .collect();
    Ok(Reply::info()
        .heading("Open dashboard links")
        .table(&["Id", "Shows", "Made by", "Made", "Expires"], rows))
}

fn revoke(s: &Service, caller: &Caller, id: LinkId) -> Result<Reply, Failure> {
    let store = DashboardLinks::open(&s.store)?;
    let Some(mut l) = store.get(&caller.tenant, id)? else {
        return Err(user(format!(
            "There is no dashboard link {id}; `/value dashboard links` lists the open ones."
        )));
    };
    if l.created_by != caller.user_id && caller.role != Role::Admin {
        return Err(user(format!(
            "{id} was made by {}; only they or an admin can revoke it.",
            l.created_by_name
        )));
    }
    if l.revoked_at.is_some() {
        return Ok(Reply::info().paragraph(format!("{id} was already revoked.")));
    }
    l.revoked_at = Some(s.clock.now());
    l.revoked_by = Some(caller.user_id.clone());
    store.put(&l)?;
    tracing::info!(link = %id, "dashboard link revoked");
    Ok(Reply::info().paragraph(format!(
        "{id} is revoked: its pages now say the link no longer works."
    )))
}
