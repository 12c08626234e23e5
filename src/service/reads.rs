//! Commands that read: help, units, list, show, history.

use super::error::{capitalise, Failure, UserError};
use super::list_filters;
use super::lookup;
use super::lookup_record;
use super::render;
use super::{Caller, Service};
use crate::command::{help_for, ListArgs, ListKind, RecordRef, COMMANDS};
use crate::domain::Record;
use crate::ids::{Kind, UnitId};
use crate::store::Change;
use std::collections::HashMap;
use valuebridge_chat::Reply;

/// Lists show at most this many rows, newest last, and say how many were left out.
pub const LIST_LIMIT: usize = 50;

pub fn help(topic: Option<&str>) -> Reply {
    match topic {
        None => {
            let rows = COMMANDS
                .iter()
                .map(|h| vec![format!("/value {}", h.name), h.summary.to_string()])
                .collect();
            Reply::info()
                .heading("valuebridge commands")
                .paragraph("Log what the business decided and what it got back. Type `/value help <command>` for one command. You can also just tell me in plain words, like \"we approved £250k for the CRM replacement in Sales\".")
                .table(&["Command", "What it does"], rows)
        }
        Some(name) => match help_for(name) {
            Some(h) => Reply::info()
                .heading(format!("/value {}", h.name))
                .paragraph(h.summary.as_str())
                .paragraph(format!("Usage: `{}`", h.usage))
                .paragraph(format!("Example: `{}`", h.examples.join("`\nExample: `"))),
            None => Reply::user_error(format!(
                "There is no command `{name}`. `/value help` lists them all."
            )),
        },
    }
}

pub fn units(s: &Service, caller: &Caller) -> Result<Reply, Failure> {
    let units = lookup::units(&s.store, caller)?;
    if units.is_empty() {
        return Ok(Reply::info()
            .paragraph("There are no business units yet. Add one with `/value unit add Sales`."));
    }
    let rows = units
        .iter()
        .map(|u| {
            vec![
                u.name.clone(),
                if u.aliases.is_empty() {
                    "—".into()
                } else {
                    u.aliases.join(", ")
                },
            ]
        })
        .collect();
    Ok(Reply::info()
        .heading(format!("Business units ({})", units.len()))
        .table(&["Unit", "Aliases"], rows))
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').filter(|i| *i > max / 2).unwrap_or(cut.len());
    format!("{}…", &cut[..at_word])
}

pub fn list(s: &Service, caller: &Caller, args: &ListArgs) -> Result<Reply, Failure> {
    if args.kind == ListKind::Units {
        return units(s, caller);
    }
    let unit = args
        .unit
        .as_deref()
        .map(|u| lookup::unit(&s.store, caller, u))
        .transpose()?;
    let unit_names: HashMap<UnitId, String> = lookup::units(&s.store, caller)?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let unit_name = |id: &UnitId| {
        unit_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };
    let kind = args.kind.kind();
    // Decisions and benefits belong to a unit through their investment.
    let investments: HashMap<_, _> =
        if matches!(args.kind, ListKind::Decisions | ListKind::Benefits) {
            s.store
                .all(&caller.tenant, crate::ids::Kind::Investment)?
                .into_iter()
                .filter_map(|st| match st.record {
                    Record::Investment(i) => Some((i.id, i)),
                    _ => None,
                })
                .collect()
        } else {
            HashMap::new()
        };
    let records = |states: Vec<crate::domain::RecordState>| {
        states.into_iter().map(|st| st.record).collect::<Vec<_>>()
    };
    let (records, total): (Vec<Record>, usize) = match &unit {
        None if args.filters.is_empty() => {
            let (latest, total) = s.store.latest_live(&caller.tenant, kind, LIST_LIMIT)?;
            (records(latest), total as usize)
        }
        // Investments, notes and services are children of their unit: read only those.
        Some(u)
            if args.filters.is_empty()
                && matches!(
                    args.kind,
                    ListKind::Investments | ListKind::Notes | ListKind::Services
                ) =>
        {
            let (latest, total) =
                s.store
                    .latest_live_children(&caller.tenant, u.id.record(), kind, LIST_LIMIT)?;
            (records(latest), total as usize)
        }
        _ => {
            let in_unit = |inv| {
                investments
                    .get(&inv)
                    .is_some_and(|i: &crate::domain::Investment| {
                        unit.as_ref().is_none_or(|u| i.unit == u.id)
                    })
            };
            let own_unit = |r: &Record| match (r, &unit) {
                (_, None) => true,
                (Record::Note(n), Some(u)) => n.unit == u.id,
                (Record::Investment(i), Some(u)) => i.unit == u.id,
                (Record::Service(v), Some(u)) => v.unit == Some(u.id),
                (Record::Decision(d), _) => in_unit(d.investment),
                (Record::Benefit(b), _) => in_unit(b.investment),
                (Record::Unit(_), Some(_)) => false,
            };
            let mut all = Vec::new();
            for r in records(s.store.live(&caller.tenant, kind)?) {
                if !own_unit(&r) {
                    continue;
                }
                if list_filters::keep_all(s, caller, &r, &args.filters, &investments)? {
                    all.push(r);
                }
            }
            let total = all.len();
            (
                all.into_iter()
                    .skip(total.saturating_sub(LIST_LIMIT))
                    .collect(),
                total,
            )
        }
    };
    let scope = unit
        .as_ref()
        .map(|u| format!(" in {}", u.name))
        .unwrap_or_default()
        + &list_filters::describe(&args.filters);
    if total == 0 {
        return Ok(Reply::info().paragraph(format!("There are no {}{scope} yet.", kind.plural())));
    }
    let shown = &records[..];
    let inv_name = |id| {
        investments
            .get(&id)
            .map(|i: &crate::domain::Investment| i.name.clone())
            .unwrap_or_else(|| format!("{id}"))
    };
    let (headers, rows): (&[&str], Vec<Vec<String>>) = match args.kind {
        ListKind::Investments => (
            &[
                "Id",
                "Name",
                "Unit",
                "Category",
                "Cost",
                "Benefit/yr",
                "Years",
                "Status",
            ],
            shown
                .iter()
                .map(|r| match r {
                    Record::Investment(i) => {
                        let status = render::status(&s.store, caller, i.id)
                            .map(|(st, _)| st.to_string())
                            .unwrap_or_else(|_| "?".into());
                        vec![
                            i.id.to_string(),
                            render::name_and_aliases(i),
                            unit_name(&i.unit),
                            i.category.to_string(),
                            i.cost.whole(),
                            i.annual_benefit.whole(),
                            i.years.to_string(),
                            status,
                        ]
                    }
                    _ => Vec::new(),
                })
                .collect(),
        ),
        ListKind::Notes => (
            &["Id", "Unit", "Note", "Follow-ups", "Logged"],
            shown
                .iter()
                .map(|r| match r {
                    Record::Note(n) => vec![
                        n.id.to_string(),
                        unit_name(&n.unit),
                        clip(&n.text, 60),
                        n.followups.iter().filter(|f| !f.done).count().to_string(),
                        format!("{} {}", n.meta.at.date_naive(), n.meta.logged_by_name),
                    ],
                    _ => Vec::new(),
                })
                .collect(),
        ),
        ListKind::Decisions => (
            &[
                "Id",
                "Investment",
                "Verdict",
                "Amount",
                "By",
                "On",
                "Review",
            ],
            shown
                .iter()
                .map(|r| match r {
                    Record::Decision(d) => vec![
                        d.id.to_string(),
                        inv_name(d.investment),
                        d.verdict.to_string(),
                        d.amount.map(|a| a.whole()).unwrap_or_else(|| "—".into()),
                        d.decided_by.clone(),
                        d.decided_on.to_string(),
                        d.review
                            .map(|r| r.to_string())
                            .unwrap_or_else(|| "—".into()),
                    ],
                    _ => Vec::new(),
                })
                .collect(),
        ),
        ListKind::Benefits => (
            &["Id", "Investment", "Amount", "Date", "Evidence"],
            shown
                .iter()
                .map(|r| match r {
                    Record::Benefit(b) => vec![
                        b.id.to_string(),
                        inv_name(b.investment),
                        b.amount.whole(),
                        b.date.to_string(),
                        clip(&b.evidence, 50),
                    ],
                    _ => Vec::new(),
                })
                .collect(),
        ),
        ListKind::Services => (
            &["Id", "Name", "Unit", "Annual cost", "Users"],
            shown
                .iter()
                .map(|r| match r {
                    Record::Service(v) => vec![
                        v.id.to_string(),
                        v.name.clone(),
                        v.unit
                            .map(|u| unit_name(&u))
                            .unwrap_or_else(|| "All".into()),
                        v.annual_cost.whole(),
                        v.users.to_string(),
                    ],
                    _ => Vec::new(),
                })
                .collect(),
        ),
        ListKind::Units => unreachable!("handled above"),
    };
    let mut reply = Reply::info()
        .heading(format!("{}{scope} ({total})", capitalise(kind.plural())))
        .table(headers, rows);
    if total > shown.len() {
        reply = reply.paragraph(format!("Showing the latest {} of {total}. Narrow it with `unit:<unit>`, or export everything with `valuebridge export`.", shown.len()));
    }
    Ok(reply)
}

pub fn show(s: &Service, caller: &Caller, wanted: &RecordRef) -> Result<Reply, Failure> {
    let id = lookup_record::record_id(&s.store, caller, wanted, "show")?;
    let Some(state) = s.store.get(&caller.tenant, id)? else {
        return Err(UserError::NotFound(id).into());
    };
    if let (Record::Investment(i), true) = (&state.record, state.is_live()) {
        return super::story::investment(s, caller, i, &state);
    }
    let title = render::title(s, caller, &state.record)?;
    let mut reply = Reply::info()
        .heading(title)
        .fields(render::fields(s, caller, &state.record)?);
    if let Some(reason) = &state.retracted {
        reply = reply.paragraph(format!("Retracted: {reason}. It is left out of lists and totals; `/value history {id}` shows its trail."));
    } else if state.revision > 0 {
        reply = reply.paragraph(format!(
            "Amended {} time(s); `/value history {id}` shows every change.",
            state.revision
        ));
    }
    Ok(reply)
}

pub fn history(s: &Service, caller: &Caller, wanted: &RecordRef) -> Result<Reply, Failure> {
    let id = lookup_record::record_id(&s.store, caller, wanted, "history")?;
    let mut entries = s.store.history(&caller.tenant, id)?;
    if entries.is_empty() {
        return Err(UserError::NotFound(id).into());
    }
    // An investment's history tells its decisions' and benefits' events too, in order.
    let with_children = id.kind == Kind::Investment;
    if with_children {
        entries.extend(super::story::child_events(s, caller, id)?);
        entries.sort_by_key(|e| e.seq);
    }
    let rows = entries
        .iter()
        .map(|e| {
            let what = match &e.change {
                Change::Created { .. } => "created".to_string(),
                Change::Amended {
                    changes, reason, ..
                } => {
                    let list: Vec<String> = changes
                        .iter()
                        .map(|c| format!("{}: {} → {}", c.field, c.before, c.after))
                        .collect();
                    format!("amended {} because {reason}", list.join("; "))
                }
                Change::Retracted { reason } => format!("retracted because {reason}"),
                Change::Restored { reason } => format!("restored because {reason}"),
            };
            let mut row = vec![
                e.at.format("%Y-%m-%d %H:%M").to_string(),
                e.by_name.clone(),
                e.channel.clone(),
                what,
            ];
            if with_children {
                row.insert(1, e.record.to_string());
            }
            row
        })
        .collect();
    let headers: &[&str] = if with_children {
        &["When (UTC)", "Record", "Who", "Where", "What"]
    } else {
        &["When (UTC)", "Who", "Where", "What"]
    };
    // Named as `show` names it, so a history asked for by id says what it is of.
    let of = match s.store.get(&caller.tenant, id)? {
        Some(state) => render::title(s, caller, &state.record)?,
        None => id.to_string(),
    };
    Ok(Reply::info()
        .heading(format!("History of {of}"))
        .table(headers, rows))
}
