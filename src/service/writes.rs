//! Commands that log new records.

use super::error::{user, Failure};
use super::lookup;
use super::render;
use super::{Caller, Service};
use crate::command::{BenefitArgs, DecideArgs, InvestArgs, NoteArgs, ServiceArgs, UnitAddArgs};
use crate::domain::{Benefit, Decision, FollowUp, Investment, Note, Record, Service as Svc, Unit};
use crate::ids::{BenefitId, DecisionId, InvestmentId, Kind, NoteId, ServiceId, UnitId};
use crate::money::Money;
use crate::store::NewRecord;
use valuebridge_chat::Reply;

fn new<'a>(caller: &'a Caller, kind: Kind, meta: &'a crate::domain::Meta) -> NewRecord<'a> {
    NewRecord {
        tenant: &caller.tenant,
        kind,
        meta,
    }
}

pub fn unit_add(s: &Service, caller: &Caller, args: UnitAddArgs) -> Result<Reply, Failure> {
    let meta = s.meta(caller);
    let record = s.store.write(|tx| {
        tx.create(new(caller, Kind::Unit, &meta), |n| {
            Record::Unit(Unit {
                id: UnitId(n),
                name: args.name.clone(),
                aliases: args.aliases.clone(),
                meta: meta.clone(),
            })
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
        })
        .collect();
    let record = s.store.write(|tx| {
        tx.create(new(caller, Kind::Note, &meta), |n| {
            Record::Note(Note {
                id: NoteId(n),
                unit: unit.id,
                text: args.text.clone(),
                followups: followups.clone(),
                tags: args.tags.clone(),
                meta: meta.clone(),
                met_on: args.met_on,
            })
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

pub fn invest(s: &Service, caller: &Caller, args: InvestArgs) -> Result<Reply, Failure> {
    let unit = lookup::unit(&s.store, caller, &args.unit)?;
    let meta = s.meta(caller);
    let today = s.today();
    let draft = Investment {
        id: InvestmentId(0),
        name: args.name.clone(),
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
    let record = s.store.write(|tx| {
        tx.create(new(caller, Kind::Investment, &meta), |n| {
            Record::Investment(Investment {
                id: InvestmentId(n),
                ..draft.clone()
            })
        })
    })?;
    render::recorded(s, caller, &record)
}

pub fn decide(s: &Service, caller: &Caller, args: DecideArgs) -> Result<Reply, Failure> {
    let investment = lookup::investment(&s.store, caller, &args.investment)?;
    let meta = s.meta(caller);
    let today = s.today();
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
    let record = s.store.write(|tx| {
        let previous = tx
            .live_children(&caller.tenant, investment.id.record(), Kind::Decision)?
            .iter()
            .map(|d| DecisionId(d.record.id().n))
            .max();
        tx.create(new(caller, Kind::Decision, &meta), |n| {
            Record::Decision(Decision {
                id: DecisionId(n),
                investment: investment.id,
                verdict: args.verdict,
                amount: args.amount,
                rationale: args.rationale.clone(),
                decided_by: args.by.clone().unwrap_or_else(|| caller.name.clone()),
                decided_on,
                review: args.review,
                supersedes: previous,
                meta: meta.clone(),
            })
        })
    })?;
    render::recorded(s, caller, &record)
}

pub fn benefit(s: &Service, caller: &Caller, args: BenefitArgs) -> Result<Reply, Failure> {
    let investment = lookup::investment(&s.store, caller, &args.investment)?;
    let meta = s.meta(caller);
    let today = s.today();
    let date = args.date.unwrap_or(today);
    if date > today {
        return Err(user(format!("A realised benefit cannot be dated in the future ({date}). Log it once it has happened.")));
    }
    let record = s.store.write(|tx| {
        tx.create(new(caller, Kind::Benefit, &meta), |n| {
            Record::Benefit(Benefit {
                id: BenefitId(n),
                investment: investment.id,
                amount: args.amount,
                date,
                evidence: args.evidence.clone(),
                meta: meta.clone(),
            })
        })
    })?;
    render::recorded(s, caller, &record)
}

pub fn service(s: &Service, caller: &Caller, args: ServiceArgs) -> Result<Reply, Failure> {
    let unit = lookup::unit_or_all(&s.store, caller, &args.unit)?;
    let meta = s.meta(caller);
    let record = s.store.write(|tx| {
        tx.create(new(caller, Kind::Service, &meta), |n| {
            Record::Service(Svc {
                id: ServiceId(n),
                name: args.name.clone(),
                unit: unit.as_ref().map(|u| u.id),
                annual_cost: args.annual_cost,
                users: args.users,
                meta: meta.clone(),
            })
        })
    })?;
    render::recorded(s, caller, &record)
}
