//! A person's home page (Slack's App Home tab): their open follow-ups, the decisions due for
//! review in the units they log for, their drafts waiting for confirmation, and buttons for
//! the common forms.

use super::error::Failure;
use super::follow_ups::{self, is_mine, lateness};
use super::{Caller, Service};
use crate::conversation::Drafts;
use crate::domain::Record;
use crate::ids::{InvestmentId, Kind, UnitId};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};
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
    let units: HashMap<UnitId, String> = super::lookup::units(&s.store, caller)?
        .into_iter()
        .map(|u| (u.id, u.name))
        .collect();
    let unit_name = |u: &UnitId| units.get(u).cloned().unwrap_or_else(|| u.to_string());
    let mut reply = Reply::info().heading(format!("valuebridge for {}", caller.name));

    let mine: Vec<_> = follow_ups::open(s, &caller.tenant)?
        .into_iter()
        .filter(|f| is_mine(f, &caller.user_id, &caller.name))
        .collect();
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

    let reviews = reviews_due(s, caller, today)?;
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

/// The latest decision on each investment, in a unit the caller logged anything for, whose
/// review date has passed or falls within [`REVIEW_HORIZON_DAYS`]; soonest first.
fn reviews_due(s: &Service, caller: &Caller, today: NaiveDate) -> Result<Vec<Review>, Failure> {
    let horizon = today + chrono::Duration::days(REVIEW_HORIZON_DAYS);
    let mut investments: HashMap<InvestmentId, (String, UnitId)> = HashMap::new();
    let mut my_units: HashSet<UnitId> = HashSet::new();
    let mut my_investments: HashSet<InvestmentId> = HashSet::new();
    let logged_by_me = |r: &Record| r.meta().logged_by == caller.user_id;
    for kind in [Kind::Note, Kind::Investment, Kind::Service] {
        for state in s.store.live(&caller.tenant, kind)? {
            match &state.record {
                Record::Investment(i) => {
                    investments.insert(i.id, (i.name.clone(), i.unit));
                    if logged_by_me(&state.record) {
                        my_units.insert(i.unit);
                    }
                }
                Record::Note(n) if logged_by_me(&state.record) => {
                    my_units.insert(n.unit);
                }
                Record::Service(v) if logged_by_me(&state.record) => {
                    my_units.extend(v.unit);
                }
                _ => {}
            }
        }
    }
    let decisions = s.store.live(&caller.tenant, Kind::Decision)?;
    let benefits = s.store.live(&caller.tenant, Kind::Benefit)?;
    for state in decisions.iter().chain(&benefits) {
        match &state.record {
            Record::Decision(d) if logged_by_me(&state.record) => {
                my_investments.insert(d.investment);
            }
            Record::Benefit(b) if logged_by_me(&state.record) => {
                my_investments.insert(b.investment);
            }
            _ => {}
        }
    }
    my_units.extend(
        my_investments
            .iter()
            .filter_map(|i| investments.get(i).map(|(_, u)| *u)),
    );
    // The latest decision per investment: a later one settles any earlier review.
    let mut latest: BTreeMap<InvestmentId, &crate::domain::Decision> = BTreeMap::new();
    for state in &decisions {
        if let Record::Decision(d) = &state.record {
            let newer = latest
                .get(&d.investment)
                .is_none_or(|l| (d.decided_on, d.id) > (l.decided_on, l.id));
            if newer {
                latest.insert(d.investment, d);
            }
        }
    }
    let mut out: Vec<Review> = latest
        .into_values()
        .filter_map(|d| {
            let review = d.review.filter(|r| *r <= horizon)?;
            let (name, unit) = investments.get(&d.investment)?;
            my_units.contains(unit).then(|| Review {
                id: d.id.to_string(),
                investment: format!("{} {}", d.investment, name),
                unit: *unit,
                verdict: d.verdict.to_string(),
                review,
            })
        })
        .collect();
    out.sort_by(|a, b| (a.review, &a.id).cmp(&(b.review, &b.id)));
    Ok(out)
}
