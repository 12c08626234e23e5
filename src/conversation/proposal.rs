//! What the bot understood from a plain-words message: a record it proposes to log, with
//! the fields still missing. Confirming turns it into the same [`Command`] a person could
//! have typed, so it goes through the same checks, roles and durable write.
//!
//! This file holds the proposal and what it still lacks; `commands` turns it into commands
//! and `card` shows it as a draft.

use crate::domain::{Category, Verdict};
use crate::money::Money;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod card;
mod commands;
mod in_a_line;

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
    "alias",
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
}
