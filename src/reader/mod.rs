//! The conversational reader: one chat message in, one structured [`Reading`] out.
//!
//! A pure function of the message, the speaker, today's date, the tenant's [`Directory`] and
//! [`ReaderSettings`]. The message is tokenised once; every pass (money, dates, verdicts,
//! names, cues) is a single scan over the tokens with table lookups, so reading is linear
//! in the message length. The draft/confirm flow turns a reading into records.
//!
//! Conventions (see each module for the details):
//! - `date` is when something happened and is left empty when the message does not say;
//!   weekdays and months in it resolve to the most recent one (today included).
//! - `due` and `review_date` resolve to the coming one; a quarter or month to its first day.
//! - A negated approval is a reject ("we did not approve"), unless it is still pending
//!   ("haven't approved it yet"), which is no decision at all.
//! - `amount` is the one-off money a decision or investment is about (the amount after "to"
//!   for a rescope), or the realised amount of a benefit; money said per year or per month
//!   (×12) is `annual_benefit`, unless it is a cost ("running cost £20k a year").

mod dates;
mod intent;
mod money_words;
mod names;
mod tokens;
mod verdicts;

pub use names::{
    Directory, InvestmentName, StaticDirectory, StoreDirectory, UnitName, GENERIC, MAX_NAMES,
};

use crate::domain::Verdict;
use crate::money::{Currency, Money};
use chrono::NaiveDate;
use money_words::MoneyMention;
use names::{NameIndex, Target};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use tokens::Token;

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
        ReaderSettings { day_first: true, default_currency: Currency::GBP }
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
}

/// A reader prepared for one tenant's directory: build once, read many messages.
pub struct Reader {
    index: NameIndex,
    settings: ReaderSettings,
}

/// Reads one message. Builds the name index each call; hold a [`Reader`] to read many.
pub fn read(
    message: &str,
    speaker: &str,
    today: NaiveDate,
    dir: &dyn Directory,
    settings: &ReaderSettings,
) -> Result<Reading, ReadError> {
    Reader::new(dir, settings.clone()).read(message, speaker, today)
}

/// The question to ask for the first missing field, if any.
pub fn question(reading: &Reading) -> Option<String> {
    let first = reading.missing.first()?;
    let inv = reading.investment.as_deref();
    let the = |n: &str| format!("the {n}");
    Some(match first {
        Missing::Investment => match reading.intent {
            Intent::Benefit => "Which investment delivered this benefit?".to_string(),
            _ => "Which investment is this about?".to_string(),
        },
        Missing::Unit => match (inv, reading.unit_choices.as_slice()) {
            (Some(n), [a @ .., last]) if !a.is_empty() => {
                format!("Which business unit is {} for: {} or {last}?", the(n), a.join(", "))
            }
            (Some(n), _) => format!("Which business unit is {} for?", the(n)),
            (None, _) => "Which business unit was this with?".to_string(),
        },
        Missing::Amount => {
            let n = inv.map_or_else(|| "it".to_string(), the);
            match reading.intent {
                Intent::Benefit => format!("How much benefit did {n} deliver?"),
                _ => format!("How much will {n} cost?"),
            }
        }
    })
}

impl Reader {
    pub fn new(dir: &dyn Directory, settings: ReaderSettings) -> Reader {
        Reader { index: NameIndex::new(dir), settings }
    }

    pub fn read(&self, message: &str, speaker: &str, today: NaiveDate) -> Result<Reading, ReadError> {
        if message.len() > MAX_MESSAGE_BYTES {
            return Err(ReadError::TooLong { len: message.len(), max: MAX_MESSAGE_BYTES });
        }
        let toks = tokens::tokenize(message);
        Ok(self.assemble(message, &toks, speaker, today))
    }

    fn assemble(&self, text: &str, toks: &[Token], speaker: &str, today: NaiveDate) -> Reading {
        let mut verdict = verdicts::find_verdict(toks);
        // A question is not a decision: "shall we approve the CRM replacement?"
        if let Some(v) = verdict {
            let ends = toks[v.end..].iter().find(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"));
            if ends.is_some_and(|t| t.lower == "?") {
                verdict = None;
            }
        }
        let money = money_words::find_money(toks, self.settings.default_currency);
        let dates = dates::find_dates(toks, today, self.settings.day_first);
        let names = self.index.find(toks);
        let cues = intent::find_cues(toks);
        let action = intent::find_action(text, toks, speaker);
        let intent = intent::classify(verdict.is_some(), cues, !money.is_empty(), action.is_some());

        let mut r = Reading {
            intent,
            verdict: verdict.map(|v| v.verdict),
            unit: None,
            investment: None,
            amount: None,
            annual_benefit: None,
            years: None,
            date: None,
            review_date: None,
            due: None,
            rationale: None,
            missing: Vec::new(),
            new_investment: false,
            unit_choices: Vec::new(),
            action: None,
            note: None,
        };
        if intent == Intent::None {
            return r;
        }
        self.resolve_names(&mut r, text, toks, &names, &money, verdict.map(|v| v.end));
        self.assign_money(&mut r, toks, &money, verdict.map(|v| v.verdict));
        if matches!(intent, Intent::Decision | Intent::Investment) {
            r.years = intent::find_years(toks);
        }
        assign_dates(&mut r, &dates, action.as_ref(), today);
        if let Some(a) = &action {
            let cut = dates
                .iter()
                .find(|d| d.start > a.text_start && d.start < a.end)
                .map_or(a.end, |d| d.start.saturating_sub(usize::from(d.cue != dates::Cue::At)));
            let end = cut.max(a.text_start + 1).min(toks.len());
            let body = text[toks[a.text_start].start..toks[end - 1].end].trim_end_matches([',', ' ']);
            r.action = Some(FollowUpReading { text: body.to_string(), owner: a.owner.clone(), due: r.due });
        }
        if matches!(intent, Intent::Decision | Intent::Benefit) {
            let from = verdict.map_or(0, |v| v.start.saturating_sub(0));
            r.rationale = intent::find_rationale(text, toks, from, action.as_ref().map(|a| a.start))
                .or_else(|| intent::find_rationale(text, toks, 0, action.as_ref().map(|a| a.start)));
        }
        if intent == Intent::Note {
            r.note = Some(text.trim().to_string());
        }
        r.missing = missing(&r);
        r
    }

    fn resolve_names(
        &self,
        r: &mut Reading,
        text: &str,
        toks: &[Token],
        names: &[names::NameMatch],
        money: &[MoneyMention],
        verdict_end: Option<usize>,
    ) {
        let ix = &self.index;
        let mentioned_unit = names.iter().find_map(|m| match m.targets[0] {
            Target::Unit(u) => Some(ix.units[u].name.clone()),
            _ => None,
        });
        let invs: Option<Vec<usize>> = names.iter().find_map(|m| {
            let v: Vec<usize> = m
                .targets
                .iter()
                .filter_map(|t| match t {
                    Target::Investment(i) => Some(*i),
                    _ => None,
                })
                .collect();
            (!v.is_empty()).then_some(v)
        });
        if let Some(list) = invs {
            let pick = match (list.as_slice(), &mentioned_unit) {
                ([one], _) => Some(*one),
                (many, Some(u)) => many.iter().copied().find(|i| ix.investments[*i].unit == *u),
                _ => None,
            };
            r.investment = Some(ix.investments[list[0]].name.clone());
            match pick {
                Some(i) => r.unit = Some(ix.investments[i].unit.clone()),
                None => {
                    r.unit_choices = list.iter().map(|i| ix.investments[*i].unit.clone()).collect();
                }
            }
            return;
        }
        r.unit = mentioned_unit;
        if matches!(r.intent, Intent::Decision | Intent::Investment | Intent::Benefit) {
            r.investment = new_name(text, toks, names, money, verdict_end, r.intent);
            r.new_investment = r.investment.is_some()
                && (r.intent == Intent::Investment || r.verdict == Some(Verdict::Approve));
        }
    }

    fn assign_money(&self, r: &mut Reading, toks: &[Token], money: &[MoneyMention], verdict: Option<Verdict>) {
        if matches!(r.intent, Intent::Note | Intent::None) {
            return;
        }
        if r.intent == Intent::Benefit {
            r.amount = money.first().map(|m| m.money);
            return;
        }
        let near = |m: &MoneyMention, words: &[&str], before: usize, after: usize| {
            let from = m.start.saturating_sub(before);
            let to = (m.end + after).min(toks.len());
            toks[from..m.start].iter().any(|t| words.contains(&t.lower.as_str()))
                || toks[m.end..to].iter().any(|t| words.contains(&t.lower.as_str()))
        };
        const BENEFIT: &[&str] = &["saving", "savings", "save", "saves", "benefit", "benefits", "revenue", "return", "returns", "upside", "value", "expecting", "expected", "forecast"];
        const COST: &[&str] = &["running", "run", "licence", "license", "licences", "licenses", "opex", "support", "maintenance", "subscription", "costs", "cost"];
        let is_benefit = |m: &MoneyMention| near(m, BENEFIT, 4, 3) || m.period.is_some() && !near(m, COST, 3, 2);
        let annual = money.iter().find(|m| is_benefit(m));
        let years = intent::find_years(toks);
        r.annual_benefit = annual.and_then(|m| match (m.period, years) {
            (Some(_), _) => Some(m.money),
            (None, Some(y)) => Some(Money::new(m.money.minor / i64::from(y), m.money.currency)),
            (None, None) => Some(m.money),
        });
        let one_off: Vec<&MoneyMention> = money.iter().filter(|m| !is_benefit(m) && m.period.is_none()).collect();
        r.amount = if verdict == Some(Verdict::Rescope) {
            one_off
                .iter()
                .find(|m| m.start > 0 && toks[m.start - 1].is("to"))
                .or(one_off.last())
                .map(|m| m.money)
        } else {
            one_off.first().map(|m| m.money)
        };
    }
}

fn assign_dates(r: &mut Reading, dates: &[dates::DateMention], action: Option<&intent::ActionSpan>, today: NaiveDate) {
    use dates::Cue;
    let defer = r.verdict == Some(Verdict::Defer);
    for d in dates {
        let in_action = action.is_some_and(|a| d.start >= a.start && d.start <= a.end);
        let (slot, value) = if in_action {
            (&mut r.due, d.future)
        } else {
            match d.cue {
                Cue::By if defer && action.is_none() => (&mut r.review_date, d.future),
                Cue::By => (&mut r.due, d.future),
                Cue::Until if defer || r.intent == Intent::Decision => (&mut r.review_date, d.future),
                Cue::Until => (&mut r.due, d.future),
                Cue::At if defer && d.future > today => (&mut r.review_date, d.future),
                // An investment's date is when it starts: ahead, not behind.
                Cue::At if r.intent == Intent::Investment => (&mut r.date, d.future),
                Cue::At => (&mut r.date, d.past),
            }
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
}

const NAME_STOP: &[&str] = &[
    "in", "for", "at", "with", "expecting", "to", "by", "from", "on", "and", "but", "because",
    "as", "which", "that", "was", "were", "is", "has", "had", "will", "would", "so", "over",
    "after", "until", "till", "since", "due", "this", "last", "next", "today", "yesterday",
    "of", "delivered", "saved", "realised", "realized", "generated", "achieved", "we", "they",
    "it", "until", "pending", "costing", "worth", "budget", "across", "into", "when", "if",
    "just", "finally", "officially", "have", "been", "got", "already", "also", "now",
];
/// Words dropped from the end of a new name: "the chatbot pilot project".
const NEW_NAME_TAIL: &[&str] = &["project", "programme", "program", "initiative"];
const DETERMINERS: &[&str] = &["the", "a", "an", "our", "their", "its", "new", "that", "this", "whole", "proposed", "planned"];

/// The name of an investment not yet in the directory, from the words around the verb.
fn new_name(
    text: &str,
    toks: &[Token],
    names: &[names::NameMatch],
    money: &[MoneyMention],
    verdict_end: Option<usize>,
    intent: Intent,
) -> Option<String> {
    let blocked = |i: usize| {
        names.iter().any(|m| i >= m.start && i < m.end) || money.iter().any(|m| i >= m.start && i < m.end)
    };
    let phrase_from = |mut i: usize| -> Option<String> {
        while toks.get(i).is_some_and(|t| DETERMINERS.contains(&t.lower.as_str()) || t.is("on") || t.is("for")) {
            i += 1;
        }
        let start = i;
        while i < toks.len()
            && i - start < 6
            && !blocked(i)
            && (toks[i].is_word() || toks[i].kind == tokens::TokKind::Num && toks[i].attached || toks[i].is_sym("-") && toks[i].attached)
            && !NAME_STOP.contains(&toks[i].lower.as_str())
        {
            i += 1;
        }
        while i > start && (NEW_NAME_TAIL.contains(&toks[i - 1].lower.as_str()) || toks[i - 1].is_sym("-")) {
            i -= 1;
        }
        (i > start).then(|| text[toks[start].start..toks[i - 1].end].to_string())
    };
    // After the amount: "£250k for the CRM replacement", "£80k on a chatbot pilot".
    for m in money {
        if toks.get(m.end).is_some_and(|t| matches!(t.lower.as_str(), "for" | "on" | "towards" | "to")) {
            if let Some(n) = phrase_from(m.end + 1) {
                return Some(n);
            }
        }
    }
    // After the verb: "stopped the data lake", "register a new chatbot pilot".
    let after = verdict_end.or_else(|| {
        let cues = ["register", "registering", "investment", "project", "initiative", "proposing", "launching", "starting", "off", "case"];
        (intent == Intent::Investment).then(|| toks.iter().position(|t| cues.contains(&t.lower.as_str())).map(|p| p + 1)).flatten()
    });
    if let Some(i) = after {
        let mut j = i;
        while toks.get(j).is_some_and(|t| matches!(t.lower.as_str(), ":" | "for" | "on" | "called" | "named" | "-")) {
            j += 1;
        }
        if let Some(n) = phrase_from(j) {
            if !matches!(n.to_lowercase().as_str(), "it" | "the" | "plug" | "funding" | "spend") {
                return Some(n);
            }
        }
    }
    // Before the verb: "The chatbot pilot was approved", "Chatbot pilot delivered £10k".
    let first_word = toks.iter().position(|t| t.is_word())?;
    phrase_from(first_word).filter(|n| !matches!(n.to_lowercase().as_str(), "we" | "they" | "finance" | "board"))
}

fn missing(r: &Reading) -> Vec<Missing> {
    let mut out = Vec::new();
    match r.intent {
        Intent::Decision => {
            if r.investment.is_none() {
                out.push(Missing::Investment);
            } else if r.unit.is_none() && (r.new_investment || !r.unit_choices.is_empty()) {
                out.push(Missing::Unit);
            }
        }
        Intent::Investment => {
            if r.investment.is_none() {
                out.push(Missing::Investment);
            }
            if r.unit.is_none() {
                out.push(Missing::Unit);
            }
            if r.amount.is_none() {
                out.push(Missing::Amount);
            }
        }
        Intent::Benefit => {
            if r.investment.is_none() {
                out.push(Missing::Investment);
            }
            if r.unit.is_none() && !r.unit_choices.is_empty() {
                out.push(Missing::Unit);
            }
            if r.amount.is_none() {
                out.push(Missing::Amount);
            }
        }
        Intent::Note => {
            if r.unit.is_none() {
                out.push(Missing::Unit);
            }
        }
        Intent::None => {}
    }
    out
}

#[cfg(test)]
mod tests;
