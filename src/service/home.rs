//! A person's home page (Slack's App Home tab): their open follow-ups, the decisions due for
//! review in the units they log for, their drafts waiting for confirmation, and buttons for
//! the common forms.

use super::error::Failure;
use super::follow_ups::{self, is_mine, lateness};
use super::{Caller, Service};
use crate::conversation::Drafts;
use crate::domain::Record;
use crate::ids::{Kind, UnitId};
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};
use valuebridge_chat::{Actor, Button, ButtonStyle, Invocation, Reply};

/// How far ahead a decision's review counts as due.
pub const REVIEW_HORIZON_DAYS: i64 = 14;

/// Rows shown at most in each section.
const ROWS: usize = 20;

/// The forms the home page offers: the line each button runs (typed with no arguments, it
/// opens the command's form) and its label.
pub const FORMS: &[(&str, &str)] = &[
    ("invest", "Log an investment"),
    ("decide", "Log a decision"),
    ("benefit", "Log a benefit"),
    ("note", "Log a note"),
    ("service", "Register a service"),
];

impl Service {
    /// What `actor` sees on their home page in `tenant` (a workspace, as in
    /// [`Invocation::tenant`]). Never fails: a failure becomes the usual apology.
    pub fn home(&self, tenant: &str, actor: &Actor) -> Reply {
        let inv = Invocation {
            tenant: tenant.to_string(),
            channel: actor.user_id.clone(),
            actor: actor.clone(),
            text: String::new(),
            is_command: false,
        };
        let reference = super::error::new_reference();
        match self.caller(&inv).and_then(|caller| page(self, &caller)) {
            Ok(reply) => reply,
            Err(failure) => super::error::to_reply(failure, "home", "home", &reference),
        }
    }
}

fn page(s: &Service, caller: &Caller) -> Result<Reply, Failure> {
    let today = s.today();
    let mut reply = Reply::info().heading(format!("valuebridge for {}", caller.name));

    // Only the notes the index names as possibly the caller's: the page costs what it shows.
    let notes = s
        .store
        .follow_up_notes_of(&caller.tenant, &[&caller.user_id, &caller.name])?;
    let mine: Vec<_> = follow_ups::open_in(notes)
        .into_iter()
        .filter(|f| is_mine(f, &caller.user_id, &caller.name))
        .collect();
    let reviews = reviews_due(s, caller, today)?;
    let units = unit_names(
        s,
        caller,
        mine.iter()
            .take(ROWS)
            .map(|f| f.unit)
            .chain(reviews.iter().take(ROWS).map(|r| r.unit)),
    )?;
    let unit_name = |u: &UnitId| units.get(u).cloned().unwrap_or_else(|| u.to_string());
    reply = if mine.is_empty() {
        reply.paragraph("*Your open follow-ups*\nNone: nothing is waiting on you.")
    } else {
        reply
            .paragraph(format!("*Your open follow-ups ({})*", mine.len()))
            .table(
                &["Follow-up", "Unit", "Action", "Due", "When"],
                mine.iter()
                    .take(ROWS)
                    .map(|f| {
                        vec![
                            format!("{} {}", f.note, f.number),
                            unit_name(&f.unit),
                            f.follow_up.text.clone(),
                            f.follow_up
                                .due
                                .map(|d| d.to_string())
                                .unwrap_or_else(|| "—".into()),
                            lateness(f.follow_up.due, today),
                        ]
                    })
                    .collect(),
            )
    };

    reply = if reviews.is_empty() {
        reply.paragraph(format!(
            "*Decisions due for review*\nNone in your units in the next {REVIEW_HORIZON_DAYS} days."
        ))
    } else {
        reply
            .paragraph(format!(
                "*Decisions due for review in your units ({})*",
                reviews.len()
            ))
            .table(
                &[
                    "Decision",
                    "Investment",
                    "Unit",
                    "Verdict",
                    "Review",
                    "When",
                ],
                reviews
                    .iter()
                    .take(ROWS)
                    .map(|r| {
                        vec![
                            r.id.clone(),
                            r.investment.clone(),
                            unit_name(&r.unit),
                            r.verdict.clone(),
                            r.review.to_string(),
                            lateness(Some(r.review), today),
                        ]
                    })
                    .collect(),
            )
    };

    let drafts = Drafts::open(&s.store)?.of_person(&caller.tenant, &caller.user_id, s.now())?;
    reply = if drafts.is_empty() {
        reply.paragraph("*Your drafts*\nNone waiting for confirmation.")
    } else {
        reply
            .paragraph(format!(
                "*Your drafts waiting for confirmation ({})*",
                drafts.len()
            ))
            .table(
                &["Draft", "What", "Channel", "Expires"],
                drafts
                    .iter()
                    .take(ROWS)
                    .map(|(channel, d)| {
                        vec![
                            d.id.to_string(),
                            d.proposal.kind().to_string(),
                            channel.clone(),
                            d.expires_at.format("%Y-%m-%d %H:%M UTC").to_string(),
                        ]
                    })
                    .collect(),
            )
    };

    Ok(reply.paragraph("*Log something*").buttons(
        FORMS
            .iter()
            .map(|(line, label)| Button {
                label: label.to_string(),
                action: line.to_string(),
                style: ButtonStyle::Secondary,
            })
            .collect(),
    ))
}

/// A decision whose review is due.
struct Review {
    id: String,
    investment: String,
    unit: UnitId,
    verdict: String,
    review: NaiveDate,
}

/// The names of these units (a unit no longer live shows as its id, as before).
fn unit_names(
    s: &Service,
    caller: &Caller,
    units: impl Iterator<Item = UnitId>,
) -> Result<HashMap<UnitId, String>, Failure> {
    let mut out = HashMap::new();
    for unit in units.collect::<BTreeSet<_>>() {
        if let Some(state) = s.store.get(&caller.tenant, unit.record())? {
            if let (true, Record::Unit(u)) = (state.is_live(), state.record) {
                out.insert(unit, u.name);
            }
        }
    }
    Ok(out)
}

/// The latest decision on each investment, in a unit the caller logged anything for
/// (a note, investment or service in it, or a decision or benefit on one of its
/// investments), whose review date has passed or falls within [`REVIEW_HORIZON_DAYS`];
/// soonest first. Reads the caller's units' investments and their decisions only.
fn reviews_due(s: &Service, caller: &Caller, today: NaiveDate) -> Result<Vec<Review>, Failure> {
    let horizon = today + chrono::Duration::days(REVIEW_HORIZON_DAYS);
    let (units, investments) = s.store.logged_for(&caller.tenant, &caller.user_id)?;
    let mut my_units: BTreeSet<UnitId> = units.into_iter().collect();
    for investment in investments {
        if let Some(state) = s.store.get(&caller.tenant, investment.record())? {
            if let (true, Record::Investment(i)) = (state.is_live(), &state.record) {
                my_units.insert(i.unit);
            }
        }
    }
    let mut out = Vec::new();
    for unit in my_units {
        for state in s
            .store
            .live_children(&caller.tenant, unit.record(), Kind::Investment)?
        {
            let Record::Investment(investment) = state.record else {
                continue;
            };
            // The latest decision: a later one settles any earlier review.
            let latest = s
                .store
                .live_children(&caller.tenant, investment.id.record(), Kind::Decision)?
                .into_iter()
                .filter_map(|d| match d.record {
                    Record::Decision(d) => Some(d),
                    _ => None,
                })
                .max_by_key(|d| (d.decided_on, d.id));
            let Some(d) = latest else { continue };
            let Some(review) = d.review.filter(|r| *r <= horizon) else {
                continue;
            };
            out.push(Review {
                id: d.id.to_string(),
                investment: format!("{} {}", d.investment, investment.name),
                unit: investment.unit,
                verdict: d.verdict.to_string(),
                review,
            });
        }
    }
    out.sort_by(|a, b| (a.review, &a.id).cmp(&(b.review, &b.id)));
    Ok(out)
}
