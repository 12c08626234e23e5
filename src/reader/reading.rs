//! What the reader gives back: a [`Reading`] of one message (its records, each with the
//! fields a draft shows), the settings it reads with and the error it can refuse with.

use crate::domain::{Category, Verdict};
use crate::money::{Currency, Money};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The longest message the reader accepts, in bytes.
pub const MAX_MESSAGE_BYTES: usize = 100 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReaderSettings {
    /// `31/03/2027` is day first (UK); set false for month first (US).
    pub day_first: bool,
    /// The currency of amounts written without one (`250k`).
    pub default_currency: Currency,
}

impl Default for ReaderSettings {
    fn default() -> Self {
        ReaderSettings {
            day_first: true,
            default_currency: Currency::GBP,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ReadError {
    #[error("That message is too long for me to read ({len} bytes; the limit is {max}). Split it into shorter messages.")]
    TooLong { len: usize, max: usize },
}

/// The kind of record a message describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Intent {
    Decision,
    Note,
    Investment,
    Benefit,
    None,
}

/// A field the record needs that the message did not give (or gave ambiguously).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Missing {
    Investment,
    Unit,
    Amount,
}

/// A follow-up action: "I'll send options by Friday".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpReading {
    pub text: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
}

/// What one message says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    pub intent: Intent,
    pub verdict: Option<Verdict>,
    pub unit: Option<String>,
    pub investment: Option<String>,
    pub amount: Option<Money>,
    pub annual_benefit: Option<Money>,
    pub years: Option<u32>,
    pub date: Option<NaiveDate>,
    pub review_date: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub rationale: Option<String>,
    pub missing: Vec<Missing>,
    /// True when `investment` is a name not yet in the directory.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub new_investment: bool,
    /// The units to choose from when `unit` is missing because the name is ambiguous.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unit_choices: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<FollowUpReading>,
    /// The text of an engagement note: the message itself, trimmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Who decided, when the message names someone ("Priya approved …"); the speaker
    /// otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// Every follow-up the message gives, each with its owner and due date; `action` is
    /// the first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<FollowUpReading>,
    /// Every unit the message names, in order ("Finance and Legal workshop").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
    /// The spend category the words suggest, for a new investment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// The words taken to mean `investment` when they were an acronym or a short form
    /// ("the erp"), so the draft can ask "did you mean".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_guessed_from: Option<String>,
    /// The investments a short form could mean when more than one fits equally well
    /// ("cargo tracking" for Cargo Tracking Portal and Cargo Tracking Analytics): the draft
    /// asks which, and `investment` stays empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub investment_choices: Vec<String>,
    /// The records after the first when the message holds several ("approved the CRM at
    /// £250k; also the WMS saved £30k"), each read on its own, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Reading>,
}

/// The most records read from one message: the first and this many more.
pub const MAX_MORE_RECORDS: usize = 4;
