//! `undo` and `restore`. Undo steps back through your own actions in this channel within
//! the window, newest first, whatever they were: a record logged is retracted, an
//! amendment reversed, a retraction (or a restore) turned back. Each undo is a new history
//! entry linked to what it undid, so the next undo goes one step further back, and never
//! to someone else's action.

use super::error::{user, Failure};
use super::render;
use super::{Caller, Service};
use crate::command::RestoreArgs;
use crate::domain::Record;
use crate::ids::RecordId;
use crate::store::{Change, FieldChange, LogEntry};
use std::collections::HashSet;
use valuebridge_chat::Reply;

/// Why an alias added with a confirmed draft's record was added: `undo` takes the two back
/// together, as the one confirmation they were.
pub(crate) const LEARNT_FROM_DRAFT: &str = "learnt from corrected draft";

/// The caller's newest action in this channel within the window that is not already undone.
fn last_action(s: &Service, caller: &Caller) -> Result<Option<LogEntry>, Failure> {
    last_action_before(s, caller, u64::MAX)
}

/// The record logged in the same confirmation as `entry`, when `entry` is the alias a
/// corrected draft learnt (the caller's action just before it, a record created) and nobody
/// changed that record since.
fn logged_with(
    s: &Service,
    caller: &Caller,
    entry: &LogEntry,
) -> Result<Option<LogEntry>, Failure> {
    let Change::Amended { reason, .. } = &entry.change else {
        return Ok(None);
    };
    if !reason.starts_with(LEARNT_FROM_DRAFT) {
        return Ok(None);
    }
    let Some(before) = last_action_before(s, caller, entry.seq)? else {
        return Ok(None);
    };
    if !matches!(before.change, Change::Created { .. }) || before.seq + 1 != entry.seq {
        return Ok(None);
    }
    Ok(match changed_since(s, caller, &before)? {
        None => Some(before),
        Some(_) => None,
    })
}

/// [`last_action`] among the entries before `seq`.
fn last_action_before(s: &Service, caller: &Caller, seq: u64) -> Result<Option<LogEntry>, Failure> {
    let minutes = i64::from(s.config.conversation.undo_minutes);
    let since = s.clock.now() - chrono::Duration::minutes(minutes);
    let mut undone = HashSet::new();
    for entry in s.store.log_newest_first(&caller.tenant) {
        let entry = entry?;
        if entry.at < since {
            break;
        }
        if let Some(seq) = entry.undoes {
            undone.insert(seq);
            continue;
        }
        if entry.seq >= seq {
            continue;
        }
        if entry.by == caller.user_id
            && entry.channel == caller.channel
            && !undone.contains(&entry.seq)
        {
            return Ok(Some(entry));
        }
    }
    Ok(None)
}

/// Someone's change to the record after `entry` (an undo would overwrite it), if any.
fn changed_since(
    s: &Service,
    caller: &Caller,
    entry: &LogEntry,
) -> Result<Option<LogEntry>, Failure> {
    let later: Vec<LogEntry> = s
        .store
        .history(&caller.tenant, entry.record)?
        .into_iter()
        .filter(|e| e.seq > entry.seq)
        .collect();
    let undone: HashSet<u64> = later.iter().filter_map(|e| e.undoes).collect();
    Ok(later
        .into_iter()
        .find(|e| e.undoes.is_none() && !undone.contains(&e.seq)))
}

/// The record as it stood just before entry `seq`.
fn content_before(s: &Service, caller: &Caller, id: RecordId, seq: u64) -> Result<Record, Failure> {
    s.store
        .history(&caller.tenant, id)?
        .into_iter()
        .filter(|e| e.seq < seq)
        .filter_map(|e| match e.change {
            Change::Created { record } | Change::Amended { record, .. } => Some(record),
            Change::Retracted { .. } | Change::Restored { .. } => None,
        })
        .next_back()
        .ok_or_else(|| {
            Failure::Internal(anyhow::anyhow!(
                "{id} has an amendment but no earlier content"
            ))
        })
}

pub fn undo(s: &Service, caller: &Caller) -> Result<Reply, Failure> {
    let Some(entry) = last_action(s, caller)? else {
        return Err(user(format!(
            "You have done nothing in this channel in the last {} minutes that is not undone already. To withdraw an older record, use `/value retract <id> because <reason>`; to bring one back, `/value restore <id> because <reason>`.",
            s.config.conversation.undo_minutes
        )));
    };
    let id = entry.record;
    let state = s
        .store
        .get(&caller.tenant, id)?
        .ok_or(crate::store::StoreError::NotFound(id))?;
    let title = render::title(s, caller, &state.record)?;
    let what = match &entry.change {
        Change::Created { .. } => format!("logging {title}"),
        Change::Amended { .. } => format!("your amendment of {title}"),
        Change::Retracted { .. } => format!("your retraction of {title}"),
        Change::Restored { .. } => format!("your restore of {title}"),
    };
    if let Some(later) = changed_since(s, caller, &entry)? {
        return Err(user(format!(
            "I can't undo {what}: {} changed {id} after it, and undoing would overwrite that. See `/value history {id}`, and correct it with `/value amend` or `/value retract`.",
            later.by_name
        )));
    }
    let meta = s.meta(caller);
    let reason = format!("undo by {}", caller.name);
    let (done, detail) = match &entry.change {
        Change::Created { .. } => {
            s.store.write(|tx| {
                let e = tx.retract(&caller.tenant, &meta, id, reason.clone())?;
                Ok(tx.mark_undo(&caller.tenant, e, entry.seq))
            })?;
            (
                format!("Retracted {title}"),
                format!("Undid {what}: it stays in `/value history {id}`."),
            )
        }
        Change::Amended { changes, .. } => {
            let before = content_before(s, caller, id, entry.seq)?;
            let reversed: Vec<FieldChange> = changes
                .iter()
                .map(|c| FieldChange {
                    field: c.field.clone(),
                    before: c.after.clone(),
                    after: c.before.clone(),
                })
                .collect();
            let with = logged_with(s, caller, &entry)?;
            s.store.write(|tx| {
                let e = tx.amend(
                    &caller.tenant,
                    &meta,
                    before.clone(),
                    reversed.clone(),
                    reason.clone(),
                )?;
                tx.mark_undo(&caller.tenant, e, entry.seq);
                if let Some(w) = &with {
                    let e = tx.retract(&caller.tenant, &meta, w.record, reason.clone())?;
                    tx.mark_undo(&caller.tenant, e, w.seq);
                }
                Ok(())
            })?;
            let summary: Vec<String> = reversed
                .iter()
                .map(|c| format!("{}: {} → {}", c.field, c.before, c.after))
                .collect();
            let mut detail = format!("{} (back as it was).", summary.join("; "));
            if let Some(w) = &with {
                if let Some(state) = s.store.get(&caller.tenant, w.record)? {
                    let logged = render::title(s, caller, &state.record)?;
                    detail.push_str(&format!(
                        " Retracted {logged}, logged with it: it stays in `/value history {}`.",
                        w.record
                    ));
                }
            }
            (format!("Undid {what}"), detail)
        }
        Change::Retracted { .. } => {
            s.store.write(|tx| {
                let e = tx.restore(&caller.tenant, &meta, id, reason.clone())?;
                Ok(tx.mark_undo(&caller.tenant, e, entry.seq))
            })?;
            (
                format!("Undid {what}"),
                "It is back in lists and totals.".to_string(),
            )
        }
        Change::Restored { .. } => {
            s.store.write(|tx| {
                let e = tx.retract(&caller.tenant, &meta, id, reason.clone())?;
                Ok(tx.mark_undo(&caller.tenant, e, entry.seq))
            })?;
            (
                format!("Undid {what}"),
                "It is retracted again.".to_string(),
            )
        }
    };
    Ok(Reply::recorded().headline(done).paragraph(format!(
        "{detail} `/value undo` again undoes your action before that."
    )))
}

pub fn restore(s: &Service, caller: &Caller, args: RestoreArgs) -> Result<Reply, Failure> {
    let Some(state) = s.store.get(&caller.tenant, args.id)? else {
        return Err(user(format!(
            "There is no {}. Check the id with `/value list {}`.",
            args.id,
            args.id.kind.plural()
        )));
    };
    let meta = s.meta(caller);
    s.store
        .write(|tx| tx.restore(&caller.tenant, &meta, args.id, args.reason.clone()))?;
    Ok(Reply::recorded()
        .headline(format!(
            "Restored {}",
            render::title(s, caller, &state.record)?
        ))
        .paragraph(format!(
            "Because {}. It is back in lists and totals; `/value history {}` shows its trail.",
            args.reason, args.id
        ))
        .fields(render::fields(s, caller, &state.record)?))
}
