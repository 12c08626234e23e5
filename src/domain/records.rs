//! The record types. Each carries who logged it, where and when ([`Meta`]).

use super::{Category, Verdict};
use crate::ids::{BenefitId, DecisionId, InvestmentId, Kind, NoteId, RecordId, ServiceId, UnitId};
use crate::money::Money;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Who logged a record, in which channel, and when (UTC).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub logged_by: String,
    pub logged_by_name: String,
    pub channel: String,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub aliases: Vec<String>,
    pub meta: Meta,
}

impl Unit {
    /// The name and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

impl Investment {
    /// The name and every alias.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// A follow-up action agreed in a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    pub text: String,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub done: bool,
    /// The tenant-local day it was marked done. `None` while open, and on follow-ups
    /// closed before the day was recorded: when those were closed is unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: NoteId,
    pub unit: UnitId,
    pub text: String,
    pub followups: Vec<FollowUp>,
    pub tags: Vec<String>,
    pub meta: Meta,
    /// The day of the meeting, when it was not the day the note was logged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub met_on: Option<NaiveDate>,
}

impl Note {
    /// When the meeting took place: engagement coverage counts this day.
    pub fn met_on(&self) -> NaiveDate {
        self.met_on.unwrap_or_else(|| self.meta.at.date_naive())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Investment {
    pub id: InvestmentId,
    pub name: String,
    /// Other names people call it by (the product bought, a code): found by each as by its
    /// name. Records stored before investments had aliases read as having none, and an
    /// investment without any is stored and exported exactly as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub unit: UnitId,
    pub category: Category,
    /// One-off cost, spent at the start.
    pub cost: Money,
    /// Running cost a year.
    pub run_cost: Money,
    /// Expected benefit a year.
    pub annual_benefit: Money,
    /// Benefit horizon in years.
    pub years: u32,
    pub start: NaiveDate,
    pub sponsor: Option<String>,
    pub meta: Meta,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub id: DecisionId,
    pub investment: InvestmentId,
    pub verdict: Verdict,
    pub amount: Option<Money>,
    pub rationale: String,
    pub decided_by: String,
    pub decided_on: NaiveDate,
    pub review: Option<NaiveDate>,
    /// The decision on the same investment this one replaces, set automatically.
    pub supersedes: Option<DecisionId>,
    pub meta: Meta,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Benefit {
    pub id: BenefitId,
    pub investment: InvestmentId,
    pub amount: Money,
    pub date: NaiveDate,
    pub evidence: String,
    pub meta: Meta,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub id: ServiceId,
    pub name: String,
    /// `None` means the service serves every unit (`unit:All`).
    pub unit: Option<UnitId>,
    pub annual_cost: Money,
    pub users: u64,
    pub meta: Meta,
}

/// Any record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Record {
    Unit(Unit),
    Note(Note),
    Investment(Investment),
    Decision(Decision),
    Benefit(Benefit),
    Service(Service),
}

impl Record {
    pub fn id(&self) -> RecordId {
        match self {
            Record::Unit(r) => r.id.record(),
            Record::Note(r) => r.id.record(),
            Record::Investment(r) => r.id.record(),
            Record::Decision(r) => r.id.record(),
            Record::Benefit(r) => r.id.record(),
            Record::Service(r) => r.id.record(),
        }
    }

    pub fn kind(&self) -> Kind {
        self.id().kind
    }

    pub fn meta(&self) -> &Meta {
        match self {
            Record::Unit(r) => &r.meta,
            Record::Note(r) => &r.meta,
            Record::Investment(r) => &r.meta,
            Record::Decision(r) => &r.meta,
            Record::Benefit(r) => &r.meta,
            Record::Service(r) => &r.meta,
        }
    }
}

/// A record as it stands now: its latest content, and whether it was retracted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordState {
    pub record: Record,
    /// How many amendments it has had.
    pub revision: u32,
    /// Set when retracted: the reason given.
    pub retracted: Option<String>,
}

impl RecordState {
    pub fn is_live(&self) -> bool {
        self.retracted.is_none()
    }
}
