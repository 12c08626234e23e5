//! Forms: a command's fields as a platform draws them (a Slack modal, a Discord modal, the
//! console asking for each field in turn), and what comes back when someone submits one.
//! The bot builds a [`Form`] from the command's declaration; adapters only draw it and hand
//! the typed values back as a [`FormSubmission`], which the bot reads through the same
//! grammar as a typed command.

use crate::{Actor, Reply};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Records a field looks up, with type-ahead where the platform has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lookup {
    Unit,
    Investment,
}

/// What a field holds, so a platform can offer the right input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Several lines (what was said, a rationale).
    LongText,
    /// Money as people write it: `£250k`, `1.2m`, `€60,000` (the grammar reads it).
    Amount {
        /// How a platform with number inputs draws it: a number beside a list of
        /// currencies. Absent (the field starts with something a number cannot hold), the
        /// platform draws a text input holding the field's initial value.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        number: Option<AmountNumber>,
    },
    /// A date, in any form the grammar reads (`2027-06-30`, `next Friday`).
    Date,
    /// A whole number (years, users).
    Integer,
    /// One of a fixed list (a verdict, a category).
    Choice { choices: Vec<String> },
    /// A unit or an investment from the workspace's records.
    Lookup { lookup: Lookup },
}

/// An amount drawn as a number input beside a currency list (Slack). What comes back is
/// written as [`AmountNumber::value`], which the grammar reads as that amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AmountNumber {
    /// ISO 4217 codes to choose from, the workspace's default currency first.
    pub currencies: Vec<String>,
    /// The currency chosen at first: the initial amount's, else the default.
    pub currency: String,
    /// The number the input starts with, in whole units of `currency` (`250000`,
    /// `1250.50`), when the field has an initial amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial: Option<String>,
    /// The number input's placeholder (`e.g. 250000`): a field's usual hint (`e.g. £250k`)
    /// cannot be typed into a number input.
    pub hint: String,
}

impl AmountNumber {
    /// The field's value from a submitted number and currency code: `250000 GBP`.
    pub fn value(number: &str, currency: &str) -> String {
        let (number, currency) = (number.trim(), currency.trim());
        if currency.is_empty() {
            number.to_string()
        } else {
            format!("{number} {currency}")
        }
    }
}

/// One input of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormField {
    /// The declaration's name for the field (`cost`, `verdict`); the key of its value in a
    /// [`FormSubmission`].
    pub name: String,
    /// What the person sees beside the input ("One-off cost").
    pub label: String,
    pub kind: FieldKind,
    pub required: bool,
    /// An example or short explanation, shown as the input's placeholder ("e.g. £250k").
    pub hint: String,
    /// The value the input starts with (an edited draft's field, a default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial: Option<String>,
}

/// A form to draw: the fields of one command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Form {
    /// The command it fills in (`invest`); handed back on submission.
    pub command: String,
    /// The form's title ("Log an investment"; Slack allows 24 characters).
    pub title: String,
    /// The submit button's label ("Log").
    pub submit: String,
    pub fields: Vec<FormField>,
    /// Opaque to adapters: what the bot needs back with the submission (the draft an
    /// **Edit** button opened, the channel the form was opened from). Slack allows 3,000
    /// characters of private metadata; Discord 100 characters of custom id.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub context: String,
}

/// A submitted form: who submitted it, where, and what they typed, by field name. An input
/// left empty is absent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormSubmission {
    /// The workspace, as in [`crate::Invocation::tenant`].
    pub tenant: String,
    /// The channel the record is announced in.
    pub channel: String,
    pub actor: Actor,
    pub command: String,
    #[serde(default)]
    pub context: String,
    pub values: BTreeMap<String, String>,
    /// The public message of the bot's whose button opened the form (a draft card's
    /// **Edit**), where the platform can edit that message later; `None` elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card: Option<crate::MessageRef>,
}

/// What the bot makes of a submission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
#[expect(
    clippy::large_enum_variant,
    reason = "one per submitted form, moved once; boxing the reply would only add noise"
)]
pub enum FormOutcome {
    /// The input is wrong: a message for the person by field name, shown on the field
    /// where the platform can (Slack's `response_action: errors`). Nothing was stored.
    Invalid { errors: BTreeMap<String, String> },
    /// The form was read: post this reply, as the typed command would have.
    Done { reply: Reply },
}

impl FormOutcome {
    /// The key of an error about the form as a whole (an unknown command, a draft already
    /// handled), not one of its fields. Adapters show it above the fields, or as text.
    pub const GENERAL: &'static str = "_form";
}

/// One type-ahead suggestion for a [`Lookup`] field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// What the person sees ("INV-3 CRM replacement").
    pub label: String,
    /// What the field's value becomes when chosen (`INV-3`).
    pub value: String,
}
