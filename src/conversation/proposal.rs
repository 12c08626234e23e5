//! What the bot understood from a plain-words message: a record it proposes to log, with
//! the fields still missing. Confirming turns it into the same [`Command`] a person could
//! have typed, so it goes through the same checks, roles and durable write.

use crate::command::{
    BenefitArgs, Command, DecideArgs, FollowUpArgs, InvestArgs, InvestmentRef, NoteArgs,
};
use crate::domain::{Category, Verdict};
use crate::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use valuebridge_chat::{Button, ButtonStyle, Reply};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Proposal {
    Decision {
        investment: Option<String>,
        verdict: Verdict,
        amount: Option<Money>,
        rationale: Option<String>,
        date: Option<NaiveDate>,
        review: Option<NaiveDate>,
        /// Who decided, when the message names them ("Priya approved …"); the speaker
        /// otherwise.
        #[serde(default)]
        by: Option<String>,
    },
    Note {
        unit: Option<String>,
        text: String,
        action: Option<String>,
        owner: Option<String>,
        due: Option<NaiveDate>,
        /// The meeting's day, when the message says ("met Ops yesterday").
        #[serde(default)]
        met_on: Option<NaiveDate>,
        /// The other units the meeting was with ("Sales and Service workshop"): each gets
        /// a note of the same words, without the follow-up.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        also: Vec<String>,
    },
    Investment {
        name: Option<String>,
        unit: Option<String>,
        cost: Option<Money>,
        annual_benefit: Option<Money>,
        years: Option<u32>,
        category: Option<Category>,
        start: Option<NaiveDate>,
        /// "We approved £250k for the new CRM": register it, then log this verdict on it.
        #[serde(default)]
        then_decide: Option<Verdict>,
        /// What the message said of that decision: its reason, who decided (the speaker
        /// when `None`) and when to review it.
        #[serde(default)]
        rationale: Option<String>,
        #[serde(default)]
        by: Option<String>,
        #[serde(default)]
        review: Option<NaiveDate>,
    },
    Benefit {
        investment: Option<String>,
        amount: Option<Money>,
        date: Option<NaiveDate>,
        evidence: Option<String>,
    },
}

/// The fields a person can fill in or correct (`edit <field> <value>`).
pub const FIELDS: &[&str] = &[
    "unit",
    "investment",
    "name",
    "verdict",
    "amount",
    "cost",
    "benefit",
    "years",
    "category",
    "date",
    "start",
    "review",
    "by",
    "due",
    "owner",
    "rationale",
    "text",
    "action",
    "also",
    "evidence",
];

impl Proposal {
    pub fn kind(&self) -> &'static str {
        match self {
            Proposal::Decision { .. } => "decision",
            Proposal::Note { .. } => "engagement note",
            Proposal::Investment {
                then_decide: Some(_),
                ..
            } => "new investment and its decision",
            Proposal::Investment { .. } => "new investment",
            Proposal::Benefit { .. } => "realised benefit",
        }
    }

    /// Required fields not known yet, in the order they are asked for.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut m = Vec::new();
        match self {
            Proposal::Decision { investment, .. } => {
                if investment.is_none() {
                    m.push("investment");
                }
            }
            Proposal::Note {
                unit,
                action,
                owner,
                due,
                ..
            } => {
                if unit.is_none() {
                    m.push("unit");
                }
                // An owner or a due date belongs to an action: ask for it rather than
                // store a note whose follow-up the card showed but the record lacks.
                if action.is_none() && (owner.is_some() || due.is_some()) {
                    m.push("action");
                }
            }
            Proposal::Investment {
                name,
                unit,
                cost,
                annual_benefit,
                years,
                category,
                ..
            } => {
                for (absent, f) in [
                    (name.is_none(), "name"),
                    (unit.is_none(), "unit"),
                    (cost.is_none(), "cost"),
                    (annual_benefit.is_none(), "benefit"),
                    (years.is_none(), "years"),
                    (category.is_none(), "category"),
                ] {
                    if absent {
                        m.push(f);
                    }
                }
            }
            Proposal::Benefit {
                investment, amount, ..
            } => {
                if investment.is_none() {
                    m.push("investment");
                }
                if amount.is_none() {
                    m.push("amount");
                }
            }
        }
        m
    }

    /// The commands a person would have typed, in order. `None` while something is missing.
    pub fn to_commands(&self) -> Option<Vec<Command>> {
        if !self.missing().is_empty() {
            return None;
        }
        if let Proposal::Investment {
            name: Some(name),
            cost,
            then_decide: Some(_),
            ..
        } = self
        {
            let mut plain = self.clone();
            if let Proposal::Investment { then_decide, .. } = &mut plain {
                *then_decide = None;
            }
            let mut commands = plain.to_commands()?;
            commands.extend(self.decision_after(name, *cost).map(Command::Decide));
            return Some(commands);
        }
        // A note with other units: one note each, the follow-up on the first only.
        if let Proposal::Note {
            text, met_on, also, ..
        } = self
        {
            if !also.is_empty() {
                let mut first = self.clone();
                if let Proposal::Note { also, .. } = &mut first {
                    also.clear();
                }
                let mut commands = first.to_commands()?;
                commands.extend(also.iter().map(|unit| {
                    Command::Note(NoteArgs {
                        unit: unit.clone(),
                        text: text.clone(),
                        followups: Vec::new(),
                        tags: Vec::new(),
                        met_on: *met_on,
                    })
                }));
                return Some(commands);
            }
        }
        Some(vec![match self.clone() {
            Proposal::Decision {
                investment,
                verdict,
                amount,
                rationale,
                date,
                review,
                by,
            } => Command::Decide(DecideArgs {
                investment: InvestmentRef::Name(investment?),
                verdict,
                amount,
                rationale: rationale.unwrap_or_default(),
                review,
                by,
                on: date,
            }),
            Proposal::Note {
                unit,
                text,
                action,
                owner,
                due,
                met_on,
                ..
            } => Command::Note(NoteArgs {
                unit: unit?,
                text,
                followups: action
                    .map(|text| FollowUpArgs { text, owner, due })
                    .into_iter()
                    .collect(),
                tags: Vec::new(),
                met_on,
            }),
            Proposal::Investment {
                name,
                unit,
                cost,
                annual_benefit,
                years,
                category,
                start,
                ..
            } => Command::Invest(InvestArgs {
                name: name?,
                unit: unit?,
                category: category?,
                cost: cost?,
                run_cost: None,
                annual_benefit: annual_benefit?,
                years: years?,
                start,
                sponsor: None,
            }),
            Proposal::Benefit {
                investment,
                amount,
                date,
                evidence,
            } => Command::Benefit(BenefitArgs {
                investment: InvestmentRef::Name(investment?),
                amount: amount?,
                date,
                evidence: evidence.unwrap_or_default(),
            }),
        }])
    }

    /// The decision a new investment's draft logs once the investment `name` is registered
    /// at `cost`: its verdict, with what the message said of it. `None` for other drafts.
    pub(super) fn decision_after(&self, name: &str, cost: Option<Money>) -> Option<DecideArgs> {
        let Proposal::Investment {
            then_decide: Some(verdict),
            rationale,
            by,
            review,
            ..
        } = self
        else {
            return None;
        };
        Some(DecideArgs {
            investment: InvestmentRef::Name(name.to_string()),
            verdict: *verdict,
            amount: cost,
            rationale: rationale.clone().unwrap_or_default(),
            review: *review,
            by: by.clone(),
            on: None,
        })
    }

    /// The draft card: what was understood, and how to confirm.
    pub fn card(&self, draft_id: u64) -> Reply {
        let dash = || "—".to_string();
        let money = |m: &Option<Money>| m.map(|m| m.exact()).unwrap_or_else(dash);
        let date = |d: &Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_else(dash);
        let text = |t: &Option<String>| t.clone().unwrap_or_else(dash);
        let fields: Vec<(&str, String)> = match self {
            Proposal::Decision {
                investment,
                verdict,
                amount,
                rationale,
                date: d,
                review,
                by,
            } => {
                let mut f = vec![
                    ("Investment", text(investment)),
                    ("Verdict", verdict.to_string()),
                    ("Amount", money(amount)),
                    ("Rationale", text(rationale)),
                    ("Date", date(d)),
                    ("Review", date(review)),
                ];
                // Shown only when someone other than the speaker decided.
                if let Some(by) = by {
                    f.push(("By", by.clone()));
                }
                f
            }
            Proposal::Note {
                unit,
                text: t,
                action,
                owner,
                due,
                met_on,
                also,
            } => {
                let mut f = vec![("Unit", text(unit))];
                // Shown only when the meeting was with other units too.
                if !also.is_empty() {
                    f.push(("Also with", also.join(", ")));
                }
                f.extend([
                    ("Note", t.clone()),
                    (
                        "Met",
                        met_on
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| "today".into()),
                    ),
                    ("Follow-up", text(action)),
                    ("Owner", text(owner)),
                    ("Due", date(due)),
                ]);
                f
            }
            Proposal::Investment {
                name,
                unit,
                cost,
                annual_benefit,
                years,
                category,
                start,
                then_decide,
                rationale,
                by,
                review,
            } => {
                let mut f = vec![
                    ("Name", text(name)),
                    ("Unit", text(unit)),
                    ("Cost", money(cost)),
                    ("Benefit a year", money(annual_benefit)),
                    ("Years", years.map(|y| y.to_string()).unwrap_or_else(dash)),
                    (
                        "Category",
                        category.map(|c| c.to_string()).unwrap_or_else(dash),
                    ),
                    ("Start", date(start)),
                    (
                        "Then",
                        then_decide
                            .map(|v| format!("log the decision: {v}"))
                            .unwrap_or_else(dash),
                    ),
                ];
                // The decision's own fields, shown only when there is a decision to log.
                if then_decide.is_some() {
                    f.push(("Rationale", text(rationale)));
                    f.push(("Review", date(review)));
                    if let Some(by) = by {
                        f.push(("By", by.clone()));
                    }
                }
                f
            }
            Proposal::Benefit {
                investment,
                amount,
                date: d,
                evidence,
            } => vec![
                ("Investment", text(investment)),
                ("Amount", money(amount)),
                ("Date", date(d)),
                ("Evidence", text(evidence)),
            ],
        };
        Reply::info()
            .heading(format!("Draft {}: log this {}?", draft_id, self.kind()))
            .fields(fields)
            .paragraph("Reply `yes` to log it, `no` to drop it, or `edit <field> <value>` to correct a field.")
            .buttons(vec![
                Button { label: "Confirm".into(), action: format!("confirm draft {draft_id}"), style: ButtonStyle::Primary },
                Button { label: "Edit".into(), action: format!("edit draft {draft_id}"), style: ButtonStyle::Secondary },
                Button { label: "Cancel".into(), action: format!("cancel draft {draft_id}"), style: ButtonStyle::Danger },
            ])
    }
}
