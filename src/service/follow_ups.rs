//! `/value follow-ups`: the open follow-up actions across the tenant's notes, most urgent
//! first, each with the `done` words that close it.

use super::error::Failure;
use super::lookup;
use super::render::owner_label;
use super::{Caller, Service};
use crate::command::FollowUpsArgs;
use crate::domain::{FollowUp, Note, Record, RecordState};
use crate::ids::{Kind, NoteId, TenantId, UnitId};
use chrono::NaiveDate;
use std::collections::HashMap;
use valuebridge_chat::Reply;

/// Rows shown at most; the reply says how many more there are.
const LIMIT: usize = 50;

/// One open follow-up and where it lives (`done <note> <number>` closes it).
#[derive(Debug, Clone)]
pub(crate) struct OpenFollowUp {
    pub note: NoteId,
    pub number: usize,
    pub unit: UnitId,
    pub follow_up: FollowUp,
    pub logged_by: String,
}

pub(crate) use crate::domain::names::person_key;

/// True when the follow-up is the caller's: they own it, or nobody does and they logged it.
pub(crate) fn is_mine(f: &OpenFollowUp, user_id: &str, name: &str) -> bool {
    match f.follow_up.owner.as_deref() {
        Some(owner) => {
            let owner = person_key(owner);
            owner == person_key(user_id) || owner == person_key(name)
        }
        None => f.logged_by == user_id,
    }
}

/// Every open follow-up of the tenant's live notes, soonest due first (undated last).
pub(crate) fn open(s: &Service, tenant: &TenantId) -> Result<Vec<OpenFollowUp>, Failure> {
    Ok(open_in(s.store.live(tenant, Kind::Note)?))
}

/// The open follow-ups of these live notes, soonest due first (undated last).
pub(crate) fn open_in(notes: Vec<RecordState>) -> Vec<OpenFollowUp> {
    let mut out = Vec::new();
    for state in notes {
        let Record::Note(Note {
            id,
            unit,
            followups,
            meta,
            ..
        }) = state.record
        else {
            continue;
        };
        for (i, f) in followups.into_iter().enumerate() {
            if !f.done {
                out.push(OpenFollowUp {
                    note: id,
                    number: i + 1,
                    unit,
                    follow_up: f,
                    logged_by: meta.logged_by.clone(),
                });
            }
        }
    }
    out.sort_by_key(|f| (f.follow_up.due.is_none(), f.follow_up.due, f.note, f.number));
    out
}

/// How late a follow-up is, in words.
pub(crate) fn lateness(due: Option<NaiveDate>, today: NaiveDate) -> String {
    let Some(due) = due else {
        return "no due date".into();
    };
    let days = (today - due).num_days();
    match days {
        0 => "due today".into(),
        1 => "1 day late".into(),
        d if d > 1 => format!("{d} days late"),
        -1 => "due tomorrow".into(),
        d => format!("due in {} days", -d),
    }
}

pub fn list(s: &Service, caller: &Caller, args: &FollowUpsArgs) -> Result<Reply, Failure> {
    let today = s.today();
    let unit = args
        .unit
        .as_deref()
        .map(|u| lookup::unit(&s.store, caller, u))
        .transpose()?;
    let names: HashMap<UnitId, String> = lookup::units(&s.store, caller)?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let owner = args.owner.as_deref().map(person_key);
    let rows: Vec<OpenFollowUp> = open(s, &caller.tenant)?
        .into_iter()
        .filter(|f| !args.mine || is_mine(f, &caller.user_id, &caller.name))
        .filter(|f| !args.overdue || f.follow_up.due.is_some_and(|d| d < today))
        .filter(|f| {
            args.due_by
                .is_none_or(|by| f.follow_up.due.is_some_and(|d| d <= by))
        })
        .filter(|f| unit.as_ref().is_none_or(|u| f.unit == u.id))
        .filter(|f| {
            owner.as_ref().is_none_or(|o| {
                f.follow_up
                    .owner
                    .as_deref()
                    .is_some_and(|fo| person_key(fo) == *o)
            })
        })
        .collect();
    let mut scope = Vec::new();
    if args.mine {
        scope.push("yours".to_string());
    }
    if args.overdue {
        scope.push("overdue".to_string());
    }
    if let Some(by) = args.due_by {
        scope.push(format!("due by {by}"));
    }
    if let Some(u) = &unit {
        scope.push(format!("in {}", u.name));
    }
    if let Some(o) = &args.owner {
        scope.push(format!(
            "owned by {}",
            owner_label(o.trim_start_matches('@'))
        ));
    }
    let scope = if scope.is_empty() {
        String::new()
    } else {
        format!(", {}", scope.join(", "))
    };
    if rows.is_empty() {
        return Ok(Reply::info().paragraph(format!("There are no open follow-ups{scope}.")));
    }
    let total = rows.len();
    let table = rows
        .iter()
        .take(LIMIT)
        .map(|f| {
            vec![
                format!("{} {}", f.note, f.number),
                names
                    .get(&f.unit)
                    .cloned()
                    .unwrap_or_else(|| f.unit.to_string()),
                f.follow_up.text.clone(),
                f.follow_up
                    .owner
                    .as_deref()
                    .map(owner_label)
                    .unwrap_or_else(|| "—".into()),
                f.follow_up
                    .due
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "—".into()),
                lateness(f.follow_up.due, today),
            ]
        })
        .collect();
    let first = &rows[0];
    let mut reply = Reply::info()
        .heading(format!("Open follow-ups{scope} ({total})"))
        .table(
            &["Follow-up", "Unit", "Action", "Owner", "Due", "When"],
            table,
        )
        .paragraph(format!(
            "Mark one done with `/value done <note> <number>`, like `/value done {} {}`.",
            first.note, first.number
        ));
    if total > LIMIT {
        reply = reply.paragraph(format!(
            "Showing the {LIMIT} most urgent of {total}. Narrow it with `mine`, `overdue`, `unit:` or `owner:`."
        ));
    }
    Ok(reply)
}

/// The scheduled post: each owner's overdue and due-today follow-ups on `today`, owners in
/// name order, unowned ones last.
pub(crate) fn due_post(
    s: &Service,
    tenant: &TenantId,
    unit: Option<UnitId>,
    today: NaiveDate,
) -> Result<Reply, Failure> {
    let due: Vec<OpenFollowUp> = open(s, tenant)?
        .into_iter()
        .filter(|f| f.follow_up.due.is_some_and(|d| d <= today))
        .filter(|f| unit.is_none_or(|u| f.unit == u))
        .collect();
    let heading = format!("Follow-ups overdue or due today ({today})");
    // What it notifies: the heading and how many, never whose (an owner can be a mention).
    let line = match due.len() {
        0 => format!("{heading} — nothing"),
        n => format!("{heading} — {n} to do"),
    };
    if due.is_empty() {
        return Ok(Reply::info()
            .notify(line)
            .heading(heading)
            .paragraph("Nothing is overdue or due today."));
    }
    let mut by_owner: std::collections::BTreeMap<(bool, String), Vec<&OpenFollowUp>> =
        Default::default();
    for f in &due {
        let owner = f.follow_up.owner.as_deref();
        by_owner
            .entry((
                owner.is_none(),
                owner.map(owner_label).unwrap_or_else(|| "No owner".into()),
            ))
            .or_default()
            .push(f);
    }
    let mut reply = Reply::info().notify(line).heading(heading);
    for ((_, owner), items) in by_owner {
        let lines: Vec<String> = items
            .iter()
            .map(|f| {
                format!(
                    "• {} ({} {}, {})",
                    f.follow_up.text,
                    f.note,
                    f.number,
                    lateness(f.follow_up.due, today)
                )
            })
            .collect();
        reply = reply.paragraph(format!("{owner}\n{}", lines.join("\n")));
    }
    Ok(reply.paragraph("Mark one done with `/value done <note> <number>`."))
}
