//! Corrections: amend, retract, mark a follow-up done, undo. Each is a new history entry
//! pointing at the record it corrects; nothing is overwritten.

use super::currency_rules;
use super::error::{user, Failure, UserError};
use super::render;
use super::writes::check_investment;
use super::{lookup, Caller, Service};
use crate::command::{AmendArgs, AmendField, RetractArgs, UnitRef};
use crate::domain::Record;
use crate::ids::NoteId;
use crate::store::FieldChange;
use valuebridge_chat::Reply;

fn opt_date(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "none".into())
}

/// Applies one field to a record, returning (field, before, after).
fn apply(
    s: &Service,
    caller: &Caller,
    record: &mut Record,
    field: AmendField,
) -> Result<FieldChange, Failure> {
    use AmendField as F;
    let change = |field: &str, before: String, after: String| FieldChange {
        field: field.into(),
        before,
        after,
    };
    Ok(match (record, field) {
        (Record::Unit(u), F::Name(v)) => {
            change("name", std::mem::replace(&mut u.name, v.clone()), v)
        }
        (Record::Unit(u), F::Aliases(v)) => change(
            "aliases",
            std::mem::replace(&mut u.aliases, v.clone()).join(", "),
            v.join(", "),
        ),
        (Record::Investment(i), F::Aliases(v)) => change(
            "aliases",
            crate::domain::names::aliases_shown(&std::mem::replace(&mut i.aliases, v.clone())),
            crate::domain::names::aliases_shown(&v),
        ),
        (Record::Note(n), F::Text(v)) => {
            change("text", std::mem::replace(&mut n.text, v.clone()), v)
        }
        (Record::Note(n), F::Tags(v)) => change(
            "tags",
            std::mem::replace(&mut n.tags, v.clone()).join(", "),
            v.join(", "),
        ),
        (Record::Note(n), F::Unit(UnitRef::Name(name))) => {
            let unit = lookup::unit(&s.store, caller, &name)?;
            let before = lookup::unit_name(&s.store, caller, n.unit)?;
            n.unit = unit.id;
            change("unit", before, unit.name)
        }
        (Record::Investment(i), F::Name(v)) => {
            change("name", std::mem::replace(&mut i.name, v.clone()), v)
        }
        (Record::Investment(i), F::Unit(UnitRef::Name(name))) => {
            let unit = lookup::unit(&s.store, caller, &name)?;
            let before = lookup::unit_name(&s.store, caller, i.unit)?;
            i.unit = unit.id;
            change("unit", before, unit.name)
        }
        (Record::Investment(i), F::Category(v)) => change(
            "category",
            std::mem::replace(&mut i.category, v).to_string(),
            v.to_string(),
        ),
        (Record::Investment(i), F::Cost(v)) => {
            change("cost", std::mem::replace(&mut i.cost, v).exact(), v.exact())
        }
        (Record::Investment(i), F::RunCost(v)) => change(
            "run",
            std::mem::replace(&mut i.run_cost, v).exact(),
            v.exact(),
        ),
        (Record::Investment(i), F::AnnualBenefit(v)) => change(
            "benefit",
            std::mem::replace(&mut i.annual_benefit, v).exact(),
            v.exact(),
        ),
        (Record::Investment(i), F::Years(v)) => change(
            "years",
            std::mem::replace(&mut i.years, v).to_string(),
            v.to_string(),
        ),
        (Record::Investment(i), F::Start(v)) => change(
            "start",
            std::mem::replace(&mut i.start, v).to_string(),
            v.to_string(),
        ),
        (Record::Investment(i), F::Sponsor(v)) => change(
            "sponsor",
            i.sponsor.replace(v.clone()).unwrap_or_default(),
            v,
        ),
        (Record::Decision(d), F::Verdict(v)) => change(
            "verdict",
            std::mem::replace(&mut d.verdict, v).to_string(),
            v.to_string(),
        ),
        (Record::Decision(d), F::Amount(v)) => change(
            "amount",
            d.amount
                .replace(v)
                .map(|a| a.exact())
                .unwrap_or_else(|| "none".into()),
            v.exact(),
        ),
        (Record::Decision(d), F::Rationale(v)) => change(
            "rationale",
            std::mem::replace(&mut d.rationale, v.clone()),
            v,
        ),
        (Record::Decision(d), F::Review(v)) => change(
            "review",
            opt_date(std::mem::replace(&mut d.review, v)),
            opt_date(v),
        ),
        (Record::Decision(d), F::By(v)) => {
            change("by", std::mem::replace(&mut d.decided_by, v.clone()), v)
        }
        (Record::Note(n), F::On(v)) => change(
            "on",
            n.met_on
                .replace(v)
                .unwrap_or(n.meta.at.date_naive())
                .to_string(),
            v.to_string(),
        ),
        (Record::Decision(d), F::On(v)) => change(
            "on",
            std::mem::replace(&mut d.decided_on, v).to_string(),
            v.to_string(),
        ),
        (Record::Benefit(b), F::Amount(v)) => change(
            "amount",
            std::mem::replace(&mut b.amount, v).exact(),
            v.exact(),
        ),
        (Record::Benefit(b), F::Date(v)) => change(
            "date",
            std::mem::replace(&mut b.date, v).to_string(),
            v.to_string(),
        ),
        (Record::Benefit(b), F::Evidence(v)) => {
            change("evidence", std::mem::replace(&mut b.evidence, v.clone()), v)
        }
        (Record::Service(v), F::Name(n)) => {
            change("name", std::mem::replace(&mut v.name, n.clone()), n)
        }
        (Record::Service(v), F::Unit(u)) => {
            let unit = lookup::unit_or_all(&s.store, caller, &u)?;
            let name_of = |u: Option<crate::ids::UnitId>| -> Result<String, Failure> {
                Ok(match u {
                    Some(id) => lookup::unit_name(&s.store, caller, id)?,
                    None => "All".into(),
                })
            };
            let before = name_of(v.unit)?;
            v.unit = unit.as_ref().map(|u| u.id);
            change("unit", before, name_of(v.unit)?)
        }
        (Record::Service(v), F::Cost(c)) => change(
            "cost",
            std::mem::replace(&mut v.annual_cost, c).exact(),
            c.exact(),
        ),
        (Record::Service(v), F::Users(n)) => change(
            "users",
            std::mem::replace(&mut v.users, n).to_string(),
            n.to_string(),
        ),
        (Record::Note(_) | Record::Investment(_), F::Unit(UnitRef::All)) => {
            return Err(user(
                "`unit:All` is only for services; name one business unit.",
            ))
        }
        (record, _) => {
            return Err(user(format!(
                "That field cannot be amended on {}.",
                record.id()
            )))
        }
    })
}

/// Rules a corrected record must still keep.
fn validate(s: &Service, record: &Record) -> Result<(), Failure> {
    let problems = crate::domain::limits::problems(record);
    if !problems.is_empty() {
        return Err(user(format!(
            "{}. Nothing was changed.",
            problems.join(". ")
        )));
    }
    let today = s.today();
    match record {
        Record::Investment(i) => check_investment(i),
        Record::Decision(d) if d.decided_on > today => {
            Err(user("A decision cannot be dated in the future."))
        }
        Record::Decision(d) if d.review.is_some_and(|r| r < d.decided_on) => {
            Err(user("The review date is before the decision."))
        }
        Record::Benefit(b) if b.date > today => {
            Err(user("A realised benefit cannot be dated in the future."))
        }
        Record::Service(v) if v.annual_cost.minor == 0 => {
            Err(user("A service's annual cost cannot be zero."))
        }
        Record::Note(n) if n.text.trim().is_empty() => Err(user("A note cannot be empty.")),
        Record::Note(n) if n.met_on.is_some_and(|d| d > today) => {
            Err(user("A meeting date cannot be in the future."))
        }
        _ => Ok(()),
    }
}

/// An amended amount keeps the rules of a logged one: against its investment it is
/// converted at the configured rate or refused; in a currency without a rate it is said.
fn currency_note(
    s: &Service,
    caller: &Caller,
    record: &Record,
    changes: &[FieldChange],
) -> Result<Option<String>, Failure> {
    let touched = |field: &str| changes.iter().any(|c| c.field == field);
    let against = |investment: crate::ids::InvestmentId, amount| match s
        .store
        .get(&caller.tenant, investment.record())?
    {
        Some(state) => match state.record {
            Record::Investment(inv) => currency_rules::against_investment(s, &inv, amount),
            _ => Ok(None),
        },
        None => Ok(None),
    };
    match record {
        Record::Decision(d) if touched("amount") => match d.amount {
            Some(amount) => against(d.investment, amount),
            None => Ok(None),
        },
        Record::Benefit(b) if touched("amount") => against(b.investment, b.amount),
        Record::Investment(i) if touched("cost") => {
            currency_rules::no_rate_note(s, i.cost, &i.id.to_string())
        }
        Record::Service(v) if touched("cost") => {
            currency_rules::no_rate_note(s, v.annual_cost, &v.id.to_string())
        }
        _ => Ok(None),
    }
}

pub fn amend(s: &Service, caller: &Caller, args: AmendArgs) -> Result<Reply, Failure> {
    let Some(state) = s.store.get(&caller.tenant, args.id)? else {
        return Err(UserError::NotFound(args.id).into());
    };
    if !state.is_live() {
        return Err(user(format!(
            "{} was retracted, so it cannot be amended. Restore it first with `/value restore {} because <reason>`, then amend it.",
            args.id, args.id
        )));
    }
    let mut record = state.record.clone();
    let mut changes = Vec::new();
    for field in args.fields {
        let c = apply(s, caller, &mut record, field)?;
        if c.before != c.after {
            changes.push(c);
        }
    }
    if changes.is_empty() {
        return Err(user(format!(
            "Those values are what {} already holds; nothing to amend.",
            args.id
        )));
    }
    let record = crate::domain::limits::tidy(record);
    validate(s, &record)?;
    let note = currency_note(s, caller, &record, &changes)?;
    let meta = s.meta(caller);
    s.store.write(|tx| {
        tx.amend(
            &caller.tenant,
            &meta,
            record.clone(),
            changes.clone(),
            args.reason.clone(),
        )
    })?;
    let summary: Vec<String> = changes
        .iter()
        .map(|c| format!("{}: {} → {}", c.field, c.before, c.after))
        .collect();
    let heading = format!("Amended {}", render::title(s, caller, &record)?);
    // What it notifies: which record, and what changed on it.
    let reply = Reply::recorded()
        .notify(format!("{heading}: {}", summary.join("; ")))
        .heading(heading)
        .paragraph(format!("{} (because {})", summary.join("; "), args.reason))
        .fields(render::fields(s, caller, &record)?);
    Ok(match note {
        Some(n) => reply.paragraph(n),
        None => reply,
    })
}

pub fn retract(s: &Service, caller: &Caller, args: RetractArgs) -> Result<Reply, Failure> {
    let meta = s.meta(caller);
    let state = s
        .store
        .get(&caller.tenant, args.id)?
        .ok_or(crate::store::StoreError::NotFound(args.id))?;
    s.store
        .write(|tx| tx.retract(&caller.tenant, &meta, args.id, args.reason.clone()))?;
    Ok(Reply::recorded()
        .headline(format!(
            "Retracted {}",
            render::title(s, caller, &state.record)?
        ))
        .paragraph(format!(
            "Because {}. It stays in `/value history {}`.",
            args.reason, args.id
        )))
}

pub fn done(s: &Service, caller: &Caller, note: NoteId, action: usize) -> Result<Reply, Failure> {
    let state = s
        .store
        .get(&caller.tenant, note.record())?
        .ok_or(crate::store::StoreError::NotFound(note.record()))?;
    let Record::Note(mut n) = state.record else {
        return Err(user(format!("{note} is not a note.")));
    };
    if state.retracted.is_some() {
        return Err(user(format!("{note} was retracted.")));
    }
    let count = n.followups.len();
    let Some(f) = n.followups.get_mut(action - 1) else {
        return Err(user(match count {
            0 => format!("{note} has no follow-up actions."),
            _ => {
                format!("{note} has {count} follow-up action(s); give a number from 1 to {count}.")
            }
        }));
    };
    if f.done {
        return Err(user(format!(
            "Follow-up {action} of {note} is already done."
        )));
    }
    f.done = true;
    // The scorecard judges on time or late by this day; `undo` restores the note as it
    // was, which clears it.
    f.done_on = Some(s.today());
    let text = f.text.clone();
    let change = FieldChange {
        field: format!("follow-up {action}"),
        before: "open".into(),
        after: "done".into(),
    };
    let meta = s.meta(caller);
    s.store.write(|tx| {
        tx.amend(
            &caller.tenant,
            &meta,
            Record::Note(n.clone()),
            vec![change.clone()],
            "marked done".into(),
        )
    })?;
    Ok(Reply::recorded().paragraph(format!("Done: {text} ({note}, follow-up {action}).")))
}
