//! Commands that log new records.

use super::currency_rules;
use super::error::{user, Failure};
use super::lookup;
use super::render;
use super::{Caller, Service};
use crate::command::{BenefitArgs, DecideArgs, InvestArgs, NoteArgs, ServiceArgs, UnitAddArgs};
use crate::domain::{
    limits, Benefit, Decision, FollowUp, Investment, Note, Record, Service as Svc, Unit,
};
use crate::ids::{BenefitId, DecisionId, InvestmentId, Kind, NoteId, ServiceId, UnitId};
use crate::money::Money;
use crate::store::{NewRecord, StoreError, Tx};
use chrono::NaiveDate;
use valuebridge_chat::Reply;

/// Refuses a record that breaks the text rules (names, lengths) before anything is written.
fn check(record: &Record) -> Result<(), Failure> {
    let problems = limits::problems(&limits::tidy(record.clone()));
    if problems.is_empty() {
        Ok(())
    } else {
        Err(user(format!(
            "{}. Nothing was logged.",
            problems.join(". ")
        )))
    }
}

/// Creates the record `build` makes from its number, names cleaned, once it keeps the
/// text rules.
fn create(
    s: &Service,
    caller: &Caller,
    kind: Kind,
    meta: &crate::domain::Meta,
    build: impl Fn(u64) -> Record,
) -> Result<Record, Failure> {
    check(&build(0))?;
    Ok(s.store
        .write(|tx| tx.create(new(caller, kind, meta), |n| limits::tidy(build(n))))?)
}

fn new<'a>(caller: &'a Caller, kind: Kind, meta: &'a crate::domain::Meta) -> NewRecord<'a> {
    NewRecord {
        tenant: &caller.tenant,
        kind,
        meta,
    }
}

pub fn unit_add(s: &Service, caller: &Caller, args: UnitAddArgs) -> Result<Reply, Failure> {
    let meta = s.meta(caller);
    let record = create(s, caller, Kind::Unit, &meta, |n| {
        Record::Unit(Unit {
            id: UnitId(n),
            name: args.name.clone(),
            aliases: args.aliases.clone(),
            meta: meta.clone(),
        })
    })?;
    render::recorded(s, caller, &record)
}

pub fn note(s: &Service, caller: &Caller, args: NoteArgs) -> Result<Reply, Failure> {
    let unit = lookup::unit(&s.store, caller, &args.unit)?;
    let meta = s.meta(caller);
    if let Some(day) = args.met_on.filter(|d| *d > s.today()) {
        return Err(user(format!(
            "The meeting date {day} is in the future; log the note once the meeting has happened."
        )));
    }
    let followups: Vec<FollowUp> = args
        .followups
        .into_iter()
        .map(|f| FollowUp {
            text: f.text,
            owner: f.owner,
            due: f.due,
            done: false,
            done_on: None,
        })
        .collect();
    let record = create(s, caller, Kind::Note, &meta, |n| {
        Record::Note(Note {
            id: NoteId(n),
            unit: unit.id,
            text: args.text.clone(),
            followups: followups.clone(),
            tags: args.tags.clone(),
            meta: meta.clone(),
            met_on: args.met_on,
        })
    })?;
    render::recorded(s, caller, &record)
}

/// An investment's amounts must share one currency, or its measures mean nothing.
pub fn check_investment(i: &Investment) -> Result<(), Failure> {
    if i.run_cost.currency != i.cost.currency || i.annual_benefit.currency != i.cost.currency {
        return Err(user(format!(
            "The cost ({}), running cost ({}) and benefit ({}) must be in one currency.",
            i.cost, i.run_cost, i.annual_benefit
        )));
    }
    Ok(())
}

/// The investment `args` describe, checked, numbered when it is stored.
fn investment(
    s: &Service,
    caller: &Caller,
    args: &InvestArgs,
    meta: &crate::domain::Meta,
) -> Result<Investment, Failure> {
    let unit = lookup::unit(&s.store, caller, &args.unit)?;
    let today = s.today();
    let draft = Investment {
        id: InvestmentId(0),
        name: args.name.clone(),
        aliases: args.aliases.clone(),
        unit: unit.id,
        category: args.category,
        cost: args.cost,
        run_cost: args.run_cost.unwrap_or(Money::zero(args.cost.currency)),
        annual_benefit: args.annual_benefit,
        years: args.years,
        start: args.start.unwrap_or(today),
        sponsor: args.sponsor.clone(),
        meta: meta.clone(),
    };
    check_investment(&draft)?;
    check(&Record::Investment(draft.clone()))?;
    Ok(draft)
}

fn create_investment(
    tx: &mut Tx<'_>,
    caller: &Caller,
    draft: &Investment,
) -> Result<Record, StoreError> {
    tx.create(new(caller, Kind::Investment, &draft.meta), |n| {
        limits::tidy(Record::Investment(Investment {
            id: InvestmentId(n),
            ..draft.clone()
        }))
    })
}

pub fn invest(s: &Service, caller: &Caller, args: InvestArgs) -> Result<Reply, Failure> {
    let meta = s.meta(caller);
    let draft = investment(s, caller, &args, &meta)?;
    let record = s.store.write(|tx| create_investment(tx, caller, &draft))?;
    let note = currency_rules::no_rate_note(s, draft.cost, &record.id().to_string())?;
    with_note(render::recorded(s, caller, &record)?, note)
}

/// A reply with a note about the amount's currency after it, when there is one.
fn with_note(reply: Reply, note: Option<String>) -> Result<Reply, Failure> {
    Ok(match note {
        Some(n) => reply.paragraph(n),
        None => reply,
    })
}

/// A new investment and the decision on it, as one write: both are stored or neither.
pub fn invest_and_decide(
    s: &Service,
    caller: &Caller,
    invest: InvestArgs,
    decide: DecideArgs,
) -> Result<Vec<Reply>, Failure> {
    let meta = s.meta(caller);
    let draft = investment(s, caller, &invest, &meta)?;
    let decided_on = decision_dates(&decide, s.today())?;
    check(&decision_record(
        caller,
        &decide,
        InvestmentId(0),
        decided_on,
        &meta,
        0,
        None,
    ))?;
    let (investment, decision) = s.store.write(|tx| {
        let investment = create_investment(tx, caller, &draft)?;
        let id = InvestmentId(investment.id().n);
        let decision = create_decision(tx, caller, &decide, id, decided_on, &meta)?;
        Ok((investment, decision))
    })?;
    let note = currency_rules::no_rate_note(s, draft.cost, &investment.id().to_string())?;
    Ok(vec![
        with_note(render::recorded(s, caller, &investment)?, note)?,
        render::recorded(s, caller, &decision)?,
    ])
}

/// The decision's date, checked against today and its review date.
fn decision_dates(args: &DecideArgs, today: NaiveDate) -> Result<NaiveDate, Failure> {
    let decided_on = args.on.unwrap_or(today);
    if decided_on > today {
        return Err(user(format!("A decision cannot be dated in the future ({decided_on}); use `review:` for when to look at it again.")));
    }
    if let Some(review) = args.review {
        if review < decided_on {
            return Err(user(format!(
                "The review date {review} is before the decision ({decided_on})."
            )));
        }
    }
    Ok(decided_on)
}

fn create_decision(
    tx: &mut Tx<'_>,
    caller: &Caller,
    args: &DecideArgs,
    investment: InvestmentId,
    decided_on: NaiveDate,
    meta: &crate::domain::Meta,
) -> Result<Record, StoreError> {
    let previous = tx
        .live_children(&caller.tenant, investment.record(), Kind::Decision)?
        .iter()
        .map(|d| DecisionId(d.record.id().n))
        .max();
    tx.create(new(caller, Kind::Decision, meta), |n| {
        limits::tidy(decision_record(
            caller, args, investment, decided_on, meta, n, previous,
        ))
    })
}

/// The decision `args` describe, numbered `n`.
fn decision_record(
    caller: &Caller,
    args: &DecideArgs,
    investment: InvestmentId,
    decided_on: NaiveDate,
    meta: &crate::domain::Meta,
    n: u64,
    supersedes: Option<DecisionId>,
) -> Record {
    Record::Decision(Decision {
        id: DecisionId(n),
        investment,
        verdict: args.verdict,
        amount: args.amount,
        rationale: args.rationale.clone(),
        decided_by: args.by.clone().unwrap_or_else(|| caller.name.clone()),
        decided_on,
        review: args.review,
        supersedes,
        meta: meta.clone(),
    })
}

pub fn decide(s: &Service, caller: &Caller, args: DecideArgs) -> Result<Reply, Failure> {
    let investment = lookup::investment(&s.store, caller, &args.investment)?;
    let meta = s.meta(caller);
    let decided_on = decision_dates(&args, s.today())?;
    check(&decision_record(
        caller,
        &args,
        investment.id,
        decided_on,
        &meta,
        0,
        None,
    ))?;
    let note = match args.amount {
        Some(a) => currency_rules::against_investment(s, &investment, a)?,
        None => None,
    };
    let record = s
        .store
        .write(|tx| create_decision(tx, caller, &args, investment.id, decided_on, &meta))?;
    with_note(render::recorded(s, caller, &record)?, note)
}

pub fn benefit(s: &Service, caller: &Caller, args: BenefitArgs) -> Result<Reply, Failure> {
    let investment = lookup::investment(&s.store, caller, &args.investment)?;
    let meta = s.meta(caller);
    let today = s.today();
    let date = args.date.unwrap_or(today);
    if date > today {
        return Err(user(format!("A realised benefit cannot be dated in the future ({date}). Log it once it has happened.")));
    }
    let note = currency_rules::against_investment(s, &investment, args.amount)?;
    let record = create(s, caller, Kind::Benefit, &meta, |n| {
        Record::Benefit(Benefit {
            id: BenefitId(n),
            investment: investment.id,
            amount: args.amount,
            date,
            evidence: args.evidence.clone(),
            meta: meta.clone(),
        })
    })?;
    with_note(render::recorded(s, caller, &record)?, note)
}

pub fn service(s: &Service, caller: &Caller, args: ServiceArgs) -> Result<Reply, Failure> {
    let unit = lookup::unit_or_all(&s.store, caller, &args.unit)?;
    let meta = s.meta(caller);
    let record = create(s, caller, Kind::Service, &meta, |n| {
        Record::Service(Svc {
            id: ServiceId(n),
            name: args.name.clone(),
            unit: unit.as_ref().map(|u| u.id),
            annual_cost: args.annual_cost,
            users: args.users,
            meta: meta.clone(),
        })
    })?;
    let note = currency_rules::no_rate_note(s, args.annual_cost, &record.id().to_string())?;
    with_note(render::recorded(s, caller, &record)?, note)
}
