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
//!   A weekday said of something still to come in a note ("the vendor is coming in on
//!   Thursday", "is visiting Tuesday") and the next meeting's date ("Next GL 15.12.") are
//!   no date of the record: not `date` (nothing happened then) and not `due` (it is
//!   nobody's task of ours).
//! - `due` and `review_date` resolve to the coming one; a quarter or month to its first day;
//!   "the week after next" to that week's Monday.
//! - A negated approval is a reject ("we did not approve"), unless it is still pending
//!   ("haven't approved it yet"), which is no decision at all.
//! - `amount` is the one-off money a decision or investment is about (the amount after "to"
//!   for a rescope), or the realised amount of a benefit; money said per year or per month
//!   (×12) is `annual_benefit`, unless it is a cost ("running cost £20k a year"); a total
//!   benefit "over N years" is divided by N. A benefit record keeps its money in `amount`
//!   (what its draft stores), a year's worth when said per month or per year ("$8k a month",
//!   "$210k ARR retained" are 96k and 210k).
//! - An approval of a name not in the directory sets `new_investment`; the name is taken as
//!   written, less leading articles, a verb before it ("want to replace the …") and a
//!   trailing "project" / "programme".
//! - A directory name said short (some of its words in order from its first, clipped or
//!   abbreviated words) is that investment, with `investment_guessed_from` for the draft's
//!   "did you mean"; when several investments fit equally, `investment` stays empty and
//!   `investment_choices` lists them, so the draft asks.
//! - One distinctive word of a name inside a follow-up's task names that investment: the
//!   task is work on it ("@kev to book the meter vendor demo" is about the Smart Meter
//!   Rollout), unless the message sets the task in another unit ("Housing workshop on damp.
//!   Action: @mo to book the sensor supplier" is not about Waste's Bin Sensor Network).
//! - `missing`: a decision needs an investment (and a unit when the investment is new or its
//!   name is shared by several units); an investment needs a name, a unit and a cost; a
//!   benefit needs an investment and an amount; a note needs a unit. [`question`] asks for
//!   the first.
//! - `rationale` is the reason after "because" / "since" / "due to" / "citing" / a dash /
//!   a comma clause / the next short sentence; for a benefit it holds the evidence
//!   ("(churn down 2%)").

mod approval_asks;
mod as_comparisons;
mod bare_clauses;
mod benefit_consequences;
mod both_named;
mod by_then;
mod category;
mod chat_asides;
mod chat_verdicts;
mod clauses;
mod compound_acronyms;
mod date_contexts;
mod date_roles;
mod dated_reasons;
mod dates;
mod deciders;
mod described_things;
mod earlier_phase;
mod figure_rescopes;
mod figures_put_right;
mod french_verdicts;
mod heading_dates;
mod intent;
mod judged_on;
mod kept_until;
mod known_acronyms;
mod list_items;
mod measured;
pub mod model;
mod money_results;
mod money_roles;
mod money_words;
mod name_idioms;
mod name_variants;
mod names;
mod new_budget;
mod new_names;
mod new_things;
mod next_sentence;
mod others_news;
mod over_budget;
mod owns;
mod paying_off;
mod payments_dropped;
mod progress_counts;
mod questions;
mod realised_savings;
mod reason_heads;
pub mod reasons;
mod records;
mod refused_prices;
mod result_subject;
mod running_costs;
mod scope_kept;
mod short_causes;
mod small_talk;
mod so_joined;
mod spoken_days;
mod status_lines;
mod support_ended;
mod tail_clause;
mod tokens;
mod told_around_verdict;
mod told_in_passing;
mod told_scopes;
mod units_met;
mod vendor_products;
mod verdict_idioms;
mod verdict_shapes;
mod verdicts;
mod work_times;

pub use dates::{read_date, read_date_in, Calendar, Looking};
pub use model::IntentModel;
pub use names::{
    Directory, InvestmentName, StaticDirectory, StoreDirectory, UnitName, GENERIC, MAX_NAMES,
};
pub use questions::question;
pub use reasons::ReasonModel;

use crate::domain::{Category, Verdict};
use crate::money::{Currency, Money};
use chrono::NaiveDate;
use date_roles::Role;
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

/// A reader prepared for one tenant's directory: build once, read many messages.
#[derive(Clone)]
pub struct Reader {
    index: std::sync::Arc<NameIndex>,
    settings: ReaderSettings,
    model: std::sync::Arc<IntentModel>,
    reasons: std::sync::Arc<ReasonModel>,
    /// Which field each date fills (an empty model leaves it to the rules).
    dates: std::sync::Arc<ReasonModel>,
    /// The currency of amounts written without one, when the message is written in
    /// another currency than the tenant's ("€250k …; also 30k"): set per message.
    bare_currency: Option<Currency>,
    /// The last working day of the tenant's week: "end of week" (Friday unless set).
    week_ends: chrono::Weekday,
}

/// What the exact passes found in one record.
struct Passes {
    verdict: Option<verdicts::VerdictFinding>,
    money: Vec<MoneyMention>,
    dates: Vec<dates::DateMention>,
    names: Vec<names::NameMatch>,
    actions: Vec<intent::ActionSpan>,
    rule: Intent,
    signals: model::Signals,
    /// The record says what happened to an investment it names: a milestone reached or a
    /// schedule slipped ("the go-live slipped to March").
    news: bool,
    /// Someone outside gave the verdict the message tells ("The NEH turned down our grant").
    outsiders: bool,
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

impl Reader {
    pub fn new(dir: &dyn Directory, settings: ReaderSettings) -> Reader {
        Reader {
            index: std::sync::Arc::new(NameIndex::new(dir)),
            settings,
            model: model::shipped(),
            reasons: reasons::shipped(),
            dates: date_roles::shipped(),
            bare_currency: None,
            week_ends: chrono::Weekday::Fri,
        }
    }

    /// The same reader for a tenant whose working week ends on `day` ("end of week" is
    /// Thursday in a Sunday–Thursday week).
    pub fn with_week_ending(&self, day: chrono::Weekday) -> Reader {
        Reader {
            week_ends: day,
            ..self.clone()
        }
    }

    /// The same reader choosing rationales with `reasons` (an empty model leaves them to
    /// the rules): for training and cross-validation.
    pub fn with_reason_model(&self, reasons: std::sync::Arc<ReasonModel>) -> Reader {
        Reader {
            reasons,
            ..self.clone()
        }
    }

    /// The rationale options for training, one per record that pairs with a label: every
    /// record when the reader reads as many as `labels` holds (the first record's, then the
    /// later ones'), otherwise only the first, as for the intent model. A record gives none
    /// when it is not a decision or a benefit, or when its label is none of its candidate
    /// clauses.
    pub fn rationale_examples(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
        labels: &[Option<&str>],
    ) -> Vec<reasons::Example> {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let read = spans.len().min(1 + MAX_MORE_RECORDS);
        let take = if read == labels.len() { read } else { 1 };
        let in_other = self.in_written_currency(&toks);
        let this = in_other.as_ref().unwrap_or(self);
        labels
            .iter()
            .take(take.min(spans.len()))
            .enumerate()
            .filter_map(|(k, label)| {
                // Each record read with the text `read` gives it.
                let (upto, part) = this.record_text(message, &toks, &spans, k);
                this.rationale_example(&upto, &part, speaker, today, *label)
            })
            .collect()
    }

    /// One record's rationale options: `None` when it is not a decision or a benefit, or
    /// when `label` is none of its candidate clauses.
    fn rationale_example(
        &self,
        message: &str,
        part: &[Token],
        speaker: &str,
        today: NaiveDate,
        label: Option<&str>,
    ) -> Option<reasons::Example> {
        let rules = self.with_reason_model(std::sync::Arc::new(ReasonModel::default()));
        let r = rules.assemble(message, part, speaker, today);
        if !matches!(r.intent, Intent::Decision | Intent::Benefit) {
            return None;
        }
        let p = self.passes(message, part, speaker, today);
        let mask = amounts_and_dates(part.len(), &p.money, &p.dates);
        let skip = |j: usize| mask.get(j).copied().unwrap_or(false);
        let verdict = p
            .verdict
            .filter(|_| r.intent == Intent::Decision)
            .map(|v| (v.start, v.end));
        let ctx = reasons::Context {
            text: message,
            toks: part,
            skip: &skip,
            verdict,
            kind: if r.intent == Intent::Decision {
                "decision"
            } else {
                "benefit"
            },
            rule: r.rationale.as_deref(),
        };
        let (cands, options, rule) = reasons::options(&ctx);
        let gold = match label {
            None => cands.len(),
            Some(l) => {
                let l = reasons::normalise(l);
                cands
                    .iter()
                    .position(|c| reasons::normalise(&c.text) == l)?
            }
        };
        Some(reasons::Example {
            options,
            rule,
            gold,
        })
    }

    /// The same reader choosing date roles with `dates` (an empty model leaves them to the
    /// rules): for training and cross-validation.
    pub fn with_date_model(&self, dates: std::sync::Arc<ReasonModel>) -> Reader {
        Reader {
            dates,
            ..self.clone()
        }
    }

    /// The first record's date mentions (outside its follow-up) as training examples for
    /// the date-role model: each mention's options and the role the labels
    /// (`date`, `review_date`, `due`) give it.
    pub fn date_examples(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
        labels: [Option<NaiveDate>; 3],
    ) -> Vec<reasons::Example> {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let part = &toks[spans[0].0..spans[0].1];
        let rules = self.with_date_model(std::sync::Arc::new(ReasonModel::default()));
        let r = rules.assemble(message, part, speaker, today);
        if r.intent == Intent::None {
            return Vec::new();
        }
        let p = self.passes(message, part, speaker, today);
        let verdict_at = p
            .verdict
            .filter(|_| r.intent == Intent::Decision)
            .map(|v| v.start);
        date_mentions(&r, part, &p.dates, p.actions.first(), verdict_at, today)
            .iter()
            .map(|m| reasons::Example {
                options: date_roles::options(m),
                rule: m.rule.index(),
                gold: date_roles::gold(m.d, m.intent, m.verdict, today, m.rule, labels).index(),
            })
            .collect()
    }

    /// The same reader taking amounts written without a currency in `currency`, whatever
    /// currency the message writes elsewhere: for a record about an investment kept in it.
    pub fn with_bare_currency(&self, currency: Currency) -> Reader {
        Reader {
            bare_currency: Some(currency),
            ..self.clone()
        }
    }

    /// The same reader deciding intents with `model` (an empty model leaves them to the
    /// rules): for training and cross-validation.
    pub fn with_model(&self, model: std::sync::Arc<IntentModel>) -> Reader {
        Reader {
            model,
            ..self.clone()
        }
    }

    /// The same names read with other settings (another default currency): the name
    /// index, the costly part, is shared.
    pub fn with_settings(&self, settings: ReaderSettings) -> Reader {
        Reader {
            settings,
            ..self.clone()
        }
    }

    pub fn read(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
    ) -> Result<Reading, ReadError> {
        if message.len() > MAX_MESSAGE_BYTES {
            return Err(ReadError::TooLong {
                len: message.len(),
                max: MAX_MESSAGE_BYTES,
            });
        }
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let (first_start, first_end) = spans[0];
        let tenant = self.settings.default_currency;
        let in_other = self.in_written_currency(&toks);
        let this = in_other.as_ref().unwrap_or(self);
        let mut first = this.assemble(message, &toks[first_start..first_end], speaker, today);
        let heading_date = (spans.len() > 1 || first_start > 0)
            .then(|| self.heading_date(&toks, today))
            .flatten();
        // The first record read after the minutes' status items: the heading's date is
        // still its date.
        // So is the first item's, when the heading's date was not read with it (a bare
        // "25.11"), and not taken for another of its dates.
        let other_date =
            heading_date.is_some_and(|h| first.review_date == Some(h) || first.due == Some(h));
        if first.intent == Intent::Decision && first.date.is_none() && !other_date {
            first.date = heading_date;
        }
        // So is a note on the first item, read without its heading ("Board minutes 25/11:\n-
        // ATS: contract to be signed by 18/12"), as every item the heading announces.
        if first_start > 0 && first.intent == Intent::Note && first.date.is_none() && !other_date {
            first.date = heading_date;
        }
        for (k, &(a, b)) in spans.iter().enumerate().skip(1).take(MAX_MORE_RECORDS) {
            // The text up to the record's end, so offsets stay the message's own.
            let upto = &message[..toks[b - 1].end];
            let mut more = match this.said_with_shared_verdict(message, &toks, &spans, k) {
                Some((said, said_toks)) => {
                    let mut more = this.assemble(&said, &said_toks, speaker, today);
                    more.date = more.date.or(first.date);
                    more
                }
                None => this.assemble(upto, &toks[a..b], speaker, today),
            };
            // "approved two things: the VMS renewal (…) and a new grant management system at
            // £12k": the thing listed after the verdict takes it.
            let listed_new = a > 0
                && toks[a - 1].is("and")
                && matches!(toks[a].lower.as_str(), "a" | "an")
                && toks.get(a + 1).is_some_and(|t| t.is("new"));
            // Its words alone may read as nothing (to the intent model, or to the rules):
            // then it is read said with the verdict ("signed off a new podcast kit at £6k").
            if more.intent == Intent::None && listed_new && first.verdict.is_some() {
                if let Some(v) = verdicts::find_verdict_in(&toks, first_start, a) {
                    let said = format!(
                        "{} {}",
                        &message[toks[v.start].start..toks[v.end - 1].end],
                        &message[toks[a].start..toks[b - 1].end]
                    );
                    more = this.assemble(&said, &tokens::tokenize(&said), speaker, today);
                }
            }
            if more.intent == Intent::None {
                continue;
            }
            if listed_new && more.verdict.is_none() && first.verdict.is_some() {
                more.intent = Intent::Decision;
                more.verdict = first.verdict;
                more.date = more.date.or(first.date);
                more.missing = questions::missing(&more);
            }
            // Every item the heading announces, a follow-up among them ("• Tolu to
            // circulate the SLA by 4/12"), has its date.
            // A new thing asked for among them too ("- Sam asked about a new bunker rake
            // machine"), whose record keeps the day it was raised.
            if matches!(
                more.intent,
                Intent::Decision | Intent::Note | Intent::Investment
            ) && more.date.is_none()
            {
                more.date = heading_date;
            }
            // Over a date said in passing in another sentence of the item.
            if more.intent == Intent::Decision
                && heading_date.is_some()
                && self.date_in_passing(&toks, (a, b), more.date, today)
            {
                more.date = heading_date;
            }
            // "Safety mtg 11/30: … - Maria to update the fall protection plan": a follow-up
            // item about no investment is the heading's unit's.
            // So is a new thing asked for among them ("Greens mtg: … - Sam asked about a
            // new bunker rake machine").
            let unnamed = more.investment.is_none() || more.new_investment;
            if matches!(more.intent, Intent::Note | Intent::Investment)
                && more.unit.is_none()
                && unnamed
            {
                if let Some(unit) = self.heading_unit(&toks) {
                    more.unit = Some(unit);
                    more.missing = questions::missing(&more);
                }
            }
            if more.note.is_some() {
                more.note = Some(message[toks[a].start..toks[b - 1].end].trim().to_string());
            }
            first.also.push(more);
        }
        // "A (£60k) and B (£25k) approved, C rejected": two names sharing the first
        // record's verdict, though another record follows.
        let currency = this.bare_currency.unwrap_or(tenant);
        both_named::share(
            &mut first,
            &toks[first_start..first_end],
            &self.index,
            currency,
        );
        // A lead-in that holds no record ("Quick one. Also, we approved …") gives way to
        // the records after it.
        if first.intent == Intent::None && !first.also.is_empty() {
            let mut rest = std::mem::take(&mut first.also);
            first = rest.remove(0);
            first.also = rest;
            return Ok(first);
        }
        if !first.also.is_empty() && first.note.is_some() {
            first.note = Some(message[..toks[first_end - 1].end].trim().to_string());
        }
        Ok(first)
    }

    /// The text and words the `k`th record of `spans` is read from, as `read` gives them to
    /// `assemble`: the whole message for the first; for a later one the text up to its end,
    /// or said with the verdict it shares (see `said_with_shared_verdict`).
    fn record_text<'a>(
        &self,
        message: &'a str,
        toks: &'a [Token],
        spans: &[(usize, usize)],
        k: usize,
    ) -> (std::borrow::Cow<'a, str>, std::borrow::Cow<'a, [Token]>) {
        use std::borrow::Cow;
        let (a, b) = spans[k];
        if k == 0 {
            return (Cow::Borrowed(message), Cow::Borrowed(&toks[a..b]));
        }
        match self.said_with_shared_verdict(message, toks, spans, k) {
            Some((said, said_toks)) => (Cow::Owned(said), Cow::Owned(said_toks)),
            None => (
                Cow::Borrowed(&message[..toks[b - 1].end]),
                Cow::Borrowed(&toks[a..b]),
            ),
        }
    }

    /// A later record (the `k`th of `spans`) that shares the verdict of the record before
    /// it, as if said whole: "approved £30k for the oven sensors and £12k for the loyalty
    /// app" (an amount shared out after "and", or the next item of a list after the
    /// verdict's colon) is read as "approved £12k for the loyalty app". The text and its
    /// words; `None` for a record that says its own verdict or none.
    fn said_with_shared_verdict(
        &self,
        message: &str,
        toks: &[Token],
        spans: &[(usize, usize)],
        k: usize,
    ) -> Option<(String, Vec<Token>)> {
        let (a, b) = spans[k];
        let currency = self.bare_currency.unwrap_or(self.settings.default_currency);
        let (vs, ve) = records::shared_verdict(toks, spans[k - 1].0, (a, b), currency)?;
        let said = format!(
            "{} {}",
            &message[toks[vs].start..toks[ve - 1].end],
            &message[toks[a].start..toks[b - 1].end]
        );
        let said_toks = tokens::tokenize(&said);
        Some((said, said_toks))
    }

    /// The reader for a message written in another currency than the tenant's: its bare
    /// amounts are in that currency too, in every record ("€250k for the CRM; also 30k for
    /// …"). `None` when the message is in the tenant's own (or the reader already has one).
    fn in_written_currency(&self, toks: &[Token]) -> Option<Reader> {
        let tenant = self.settings.default_currency;
        money_words::written_currency(toks, tenant)
            .filter(|c| *c != tenant && self.bare_currency.is_none())
            .map(|c| self.with_bare_currency(c))
    }

    /// The one unit a first line of its own names ("Volunteers mtg notes 12/1", "Safety
    /// mtg 11/30:"), when the message goes on past it.
    fn heading_unit(&self, toks: &[Token]) -> Option<String> {
        let line = toks.iter().position(|t| t.is_sym("\n"))?;
        let mut units =
            self.index
                .find(&toks[..line])
                .into_iter()
                .filter_map(|m| match m.targets.as_slice() {
                    [Target::Unit(u)] => Some(*u),
                    _ => None,
                });
        let unit = units.next()?;
        units
            .all(|u| u == unit)
            .then(|| self.index.units[unit].name.clone())
    }

    /// "Outcome of Exec Board 25/11:", "Two decisions from Exec on Thursday:", or a short
    /// first line of its own ("Minutes of ExCo 26/11", "Pauta: reunião diretoria 26/11"):
    /// the one date a heading before the items gives, which is the date of every item it
    /// announces that says none.
    fn heading_date(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        self.heading_date_before_colon(toks, today)
            .or_else(|| self.heading_line_date(toks, today))
            .or_else(|| self.lead_in_date(toks, today))
    }

    /// "Morning all. A few things from yesterday's meeting. First, …": the one date of the
    /// sentences that announce the items before the first verdict.
    fn lead_in_date(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        let v = verdicts::find_verdict_in(toks, 0, toks.len())?;
        let end = heading_dates::lead_in_end(toks, v.start)?;
        match dates::find_dates(&toks[..end], today, self.settings.day_first).as_slice() {
            [only] => (!date_contexts::budget_period(toks, only)).then_some(only.past),
            _ => None,
        }
    }

    /// A later record's date said in passing in another sentence than its verdict ("… on
    /// hold until spring. And thanks to all who covered last week"), when the heading gives
    /// the items' date.
    fn date_in_passing(
        &self,
        toks: &[Token],
        (a, b): (usize, usize),
        date: Option<NaiveDate>,
        today: NaiveDate,
    ) -> bool {
        let (Some(date), Some(v)) = (date, verdicts::find_verdict_in(toks, a, b)) else {
            return false;
        };
        dates::find_dates(&toks[a..b], today, self.settings.day_first)
            .iter()
            .filter(|m| m.past == date || m.future == date)
            .all(|m| {
                heading_dates::in_another_sentence(toks, (a + m.start, a + m.end), (v.start, v.end))
            })
    }

    /// The date of a first line that is a heading: short, with no verdict, and more lines
    /// after it.
    fn heading_line_date(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        let line_end = toks.iter().position(|t| t.is_sym("\n"))?;
        if line_end > 12 || verdicts::find_verdict_in(toks, 0, line_end).is_some() {
            return None;
        }
        match dates::find_dates(&toks[..line_end], today, self.settings.day_first).as_slice() {
            [only] => (!date_contexts::budget_period(toks, only)).then_some(only.past),
            _ => None,
        }
    }

    fn heading_date_before_colon(&self, toks: &[Token], today: NaiveDate) -> Option<NaiveDate> {
        let mut colon = toks.iter().position(|t| t.is_break())?;
        // "Summary GL 01.12.:": a day-first date's own dot before the colon.
        if toks[colon].is_sym(".") && toks.get(colon + 1).is_some_and(|t| t.is_sym(":")) {
            colon += 1;
        }
        if !toks[colon].is_sym(":") || colon > 12 {
            return None;
        }
        match dates::find_dates(&toks[..colon], today, self.settings.day_first).as_slice() {
            // "Lincs budget for next year signed off …:": the year the money is for.
            [only] => (!date_contexts::budget_period(toks, only)).then_some(only.past),
            // "Yönetim Kurulu 25.11 decisions:": a bare day and month with a dot, which a
            // heading's words do not lead as "until" would.
            [] if self.settings.day_first => {
                let mut found = toks[..colon]
                    .iter()
                    .filter_map(|t| dates::dotted_day_month(t, today));
                found.next().filter(|_| found.next().is_none())
            }
            _ => None,
        }
    }

    /// The first record's model features and the rules' intent for it: what the intent
    /// model is trained on.
    pub fn intent_example(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
    ) -> (Vec<u64>, Intent) {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let part = &toks[spans[0].0..spans[0].1];
        let p = self.passes(message, part, speaker, today);
        (model::features(part, &p.names, &p.signals, p.rule), p.rule)
    }

    /// Every record's model features and the rules' intent for it, as [`Reader::read`]
    /// reads them: the first, then up to [`MAX_MORE_RECORDS`] more, those it drops as no
    /// record included (so a caller can pair them with labels by their number). What the
    /// intent model is trained on when a message's later records are labelled.
    pub fn intent_examples(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
    ) -> Vec<(Vec<u64>, Intent)> {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let in_other = self.in_written_currency(&toks);
        let this = in_other.as_ref().unwrap_or(self);
        (0..spans.len().min(1 + MAX_MORE_RECORDS))
            .map(|k| {
                // Each record read with the text `read` gives it to `assemble`.
                let (upto, part) = this.record_text(message, &toks, &spans, k);
                let p = this.passes(&upto, &part, speaker, today);
                (model::features(&part, &p.names, &p.signals, p.rule), p.rule)
            })
            .collect()
    }

    /// [`Reader::intent_example`] with each feature's name: to explain a reading.
    pub fn intent_feature_names(
        &self,
        message: &str,
        speaker: &str,
        today: NaiveDate,
    ) -> (Vec<(String, u64)>, Intent) {
        let toks = tokens::tokenize(message);
        let spans = records::split(&toks, &self.index, self.settings.default_currency);
        let part = &toks[spans[0].0..spans[0].1];
        let p = self.passes(message, part, speaker, today);
        (
            model::feature_names(part, &p.names, &p.signals, p.rule),
            p.rule,
        )
    }

    /// The exact passes over a record's tokens, the rules' intent and the model's features.
    fn passes(&self, text: &str, toks: &[Token], speaker: &str, today: NaiveDate) -> Passes {
        let mut names = self.index.find(toks);
        names.retain(|m| !name_idioms::means_of_talking(toks, m.start, m.end));
        names.retain(|m| match m.targets.as_slice() {
            [Target::Investment(i)] => {
                !new_things::inside_a_new_thing(toks, m, &self.index.investments[*i].name)
            }
            _ => true,
        });
        let mut verdict = verdicts::find_verdict(toks);
        let actions = intent::find_actions(text, toks, speaker);
        // "delay repay automation: keep going": a verdict word inside an investment's name
        // is its name, not the verdict; so is one inside a unit's name of two or more words
        // ("Park Ops wants e-bikes").
        let in_name = |v: &verdicts::VerdictFinding| {
            names.iter().any(|m| {
                v.start >= m.start
                    && v.start < m.end
                    && (matches!(m.targets[0], Target::Investment(_)) || m.end > m.start + 1)
            })
        };
        // "over to Pieter for the sign-off": a verdict someone is asked to get is not one
        // taken.
        let in_task = |v: &verdicts::VerdictFinding| {
            actions
                .iter()
                .any(|a| v.start >= a.text_start && v.start < a.end)
        };
        // "the kiosks we shelved in spring came up again": a verdict told in passing about
        // a thing is its history, not what the message records; so is every verdict in a
        // message that says "no decision needed".
        let name_spans: Vec<(usize, usize)> = names.iter().map(|m| (m.start, m.end)).collect();
        let mut passing: Vec<(usize, usize)> = Vec::new();
        while let Some(v) = verdict {
            let Some(s) = told_in_passing::relative_clause_start(toks, v.start, v.end, &name_spans)
            else {
                break;
            };
            passing.push((s, v.end));
            passing.sort_unstable();
            verdict = verdicts::find_verdict_outside(toks, &passing);
        }
        // Verdicts told in a relative clause: their dates are that thing's history.
        let history = passing.clone();
        // In minutes, "no decision needed" speaks for its own item only.
        if let Some(v) = verdict {
            let (a, b) = clauses::list_item_around(toks, v.start);
            if told_in_passing::says_nothing_decided(&toks[a..b]) {
                verdict = if (a, b) == (0, toks.len()) {
                    None
                } else {
                    passing.push((a, b));
                    passing.sort_unstable();
                    verdicts::find_verdict_outside(toks, &passing).filter(|v| {
                        let (a, b) = clauses::list_item_around(toks, v.start);
                        !told_in_passing::says_nothing_decided(&toks[a..b])
                    })
                };
            }
        }
        // Investments' names, units' names of two or more words, follow-ups' tasks and the
        // `passing` spans, where no verdict is read.
        let not_verdicts = |passing: &[(usize, usize)]| -> Vec<(usize, usize)> {
            let mut spans: Vec<(usize, usize)> = names
                .iter()
                .filter(|m| matches!(m.targets[0], Target::Investment(_)) || m.end > m.start + 1)
                .map(|m| (m.start, m.end))
                .chain(actions.iter().map(|a| (a.text_start, a.end)))
                .chain(passing.iter().copied())
                .collect();
            spans.sort_unstable();
            spans
        };
        if verdict.as_ref().is_some_and(|v| in_name(v) || in_task(v)) {
            verdict = verdicts::find_verdict_outside(toks, &not_verdicts(&passing));
        }
        // "Codelco renewed the haulage contract", "The SPFL approved our plan": a verdict
        // someone outside made is news. A one-word guess at a name ("Ticketmaster" for the
        // ticket platform) is no name of ours when it is who acted.
        let firm_spans: Vec<(usize, usize)> = names
            .iter()
            .filter(|m| !(m.guessed && m.end == m.start + 1))
            .map(|m| (m.start, m.end))
            .collect();
        let outsiders = verdict.is_some_and(|v| {
            told_in_passing::verdict_by_another(text, toks, v.start, v.end, &firm_spans)
        });
        if let Some(v) = verdict.filter(|_| outsiders) {
            // Their clause is theirs: "declined to extend" extends nothing of ours.
            let clause_end = toks[v.end..]
                .iter()
                .position(|t| t.is_break())
                .map_or(toks.len(), |k| v.end + k);
            passing.push((v.start, clause_end));
            verdict = verdicts::find_verdict_outside(toks, &not_verdicts(&passing));
        }
        // "tell the van to stop parking in the ice bay": an errand, not a verdict.
        if verdict.is_some_and(|v| verdict_idioms::told_to_stop_doing(toks, v.start, v.end)) {
            verdict = None;
        }
        // A question is not a decision: "shall we approve the CRM replacement?", unless its
        // writer answers it ("approved? yes, finally").
        if let Some(v) = verdict {
            let ends = toks[v.end..]
                .iter()
                .position(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
                .map(|k| v.end + k);
            if ends.is_some_and(|q| {
                toks[q].lower == "?" && !small_talk::answered_by_its_writer(toks, q, v.verdict)
            }) {
                verdict = None;
            }
        }
        let tenant = self.settings.default_currency;
        let money = money_words::find_money_in(toks, tenant, self.bare_currency.unwrap_or(tenant));
        let calendar = dates::Calendar {
            day_first: self.settings.day_first,
            week_ends: self.week_ends,
        };
        let mut dates = dates::find_dates_in(toks, today, calendar);
        // "the contractor we approved in October": the date of a verdict told in passing is
        // that thing's history, not the record's.
        dates.retain(|d| {
            !history
                .iter()
                .any(|&(s, e)| d.start >= s && d.start <= e + 1)
        });
        // "@kev to book the meter vendor demo": one word of a name inside a follow-up's task
        // names the investment the task is work on, unless the message sets the task in
        // another unit ("Housing workshop on damp. Action: @mo to book the sensor supplier"
        // is not about Waste's Bin Sensor Network); a unit inside a task is where the work
        // is sent, not where it is set.
        let in_a_task = |m: &names::NameMatch| {
            actions
                .iter()
                .any(|a| m.start >= a.text_start && m.start < a.end)
        };
        let set_in: Vec<&str> = names
            .iter()
            .filter(|m| !in_a_task(m))
            .filter_map(|m| match m.targets[0] {
                Target::Unit(u) => Some(self.index.units[u].name.as_str()),
                Target::Investment(_) => None,
            })
            .collect();
        names.retain(|m| {
            let Target::Investment(inv) = m.targets[0] else {
                return true;
            };
            let unit = self.index.investments[inv].unit.as_str();
            !(m.weak && in_a_task(m) && set_in.iter().any(|u| *u != unit))
        });
        // "@nadia owns the iGaming age-verification testing": inside a task, a unit's word
        // opening one of its investments' names, before the thing worked on, is that
        // investment.
        for m in names.iter_mut().filter(|m| in_a_task(m)) {
            if let Some(inv) = self.index.unit_opening_investment(toks, m) {
                m.targets = vec![Target::Investment(inv)];
                m.guessed = true;
            }
        }
        let mut cues = intent::find_cues(toks);
        // "Hold the 3pm meeting in room 2 instead": where a meeting is held is no note.
        cues.meeting &= !small_talk::arranges_a_meeting(toks);
        // Someone else's verdict is news about the work it names.
        cues.milestone |= outsiders;
        // So is a count of what the work the message opens on did ("The portal held up for
        // the on-sale, 9k logins in the first hour"): a number of things, neither money nor
        // a date nor a time taken ("stopped for 40 min").
        let opens_on_work = names.iter().any(|m| {
            m.start <= usize::from(toks.first().is_some_and(|t| t.is("the")))
                && matches!(m.targets.as_slice(), [Target::Investment(_)])
        });
        cues.milestone |= opens_on_work
            && (0..toks.len()).any(|i| {
                money_words::counts_things(toks, i)
                    && !money.iter().any(|m| i >= m.start && i < m.end)
                    && !dates.iter().any(|d| i >= d.start && i < d.end)
            });
        let has_unit = names
            .iter()
            .any(|m| matches!(m.targets[0], Target::Unit(_)));
        let question = small_talk::ends_asking(text);
        let rule = intent::classify(
            question,
            verdict.is_some(),
            cues,
            !money.is_empty(),
            !actions.is_empty(),
            has_unit,
            names
                .iter()
                .any(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_)))),
        );
        let signals = model::Signals {
            question,
            verdict: verdict.map(|v| v.verdict),
            benefit_cue: cues.benefit,
            forecast_cue: cues.forecast,
            investment_cue: cues.investment,
            meeting_cue: cues.meeting,
            report_cue: cues.report,
            money: !money.is_empty(),
            money_per_period: money.iter().any(|m| m.period.is_some()),
            action: !actions.is_empty(),
            unit: has_unit,
            investment: names
                .iter()
                .any(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_)))),
            measures: measured::find(toks, &names, &money, &dates, today),
        };
        let news = cues.milestone && signals.investment && !question;
        Passes {
            verdict,
            money,
            dates,
            names,
            actions,
            rule,
            signals,
            news,
            outsiders,
        }
    }

    fn assemble(&self, text: &str, toks: &[Token], speaker: &str, today: NaiveDate) -> Reading {
        let Passes {
            mut verdict,
            money,
            dates,
            names,
            actions,
            rule,
            signals,
            news,
            outsiders,
        } = self.passes(text, toks, speaker, today);
        let mut intent = if self.model.is_empty() {
            rule
        } else {
            self.model
                .decide(&model::features(toks, &names, &signals, rule), rule)
        };
        // The model chooses the kind of record; a decision still needs a verdict the exact
        // pass found, and a record of another kind has none.
        if intent == Intent::Decision && verdict.is_none() {
            intent = rule;
        }
        // A benefit is money realised: progress told without any ("340 alarms now on
        // digital") is a note about the investment it names.
        // So is money the work came in under or over its budget by ("done ✅, under
        // budget by 12k zł"): how it went, not a benefit realised.
        // Nor is money said to be lost ("$700 a week down the drain").
        // A message telling how far the cost came from its budget or quote ("came in $45k
        // under, so the fit-out lands at $1.055MM") is about the cost, whatever other sums
        // it gives.
        // Nor is money saved on a condition ("If we replace the boilers we save …").
        let realised = !money
            .iter()
            .any(|m| intent::budget_variance(toks, m.start, m.end))
            && money.iter().any(|m| {
                !intent::money_lost(toks, m.end) && !intent::said_on_condition(toks, m.start)
            });
        // Nor is money said spent on the work ("Spent $212k of the $250k … so far"), with no
        // word of a benefit: how far its budget has gone.
        let spending =
            !signals.benefit_cue && money.iter().any(|m| intent::money_spent(toks, m.start));
        if intent == Intent::Benefit && (!realised || spending) {
            intent = if signals.investment {
                Intent::Note
            } else {
                rule
            };
        }
        // "eClaims automation for approval na po, Php 4.8M. Denied claims are eating …":
        // money the rules read as asked for, with no word of a benefit and none of it by
        // the month or year, is a proposal, whatever the model's words say.
        if intent == Intent::Benefit
            && rule == Intent::Investment
            && !signals.benefit_cue
            && !signals.money_per_period
        {
            intent = Intent::Investment;
        }
        // "The NEH turned down our grant for the lab, we'll have to find the $80k
        // elsewhere": someone else's verdict on our work, which the rules read as news
        // about it, is no benefit realised when no word of one is said.
        if intent == Intent::Benefit && rule == Intent::Note && outsiders && !signals.benefit_cue {
            intent = Intent::Note;
        }
        // "Logistics say the new scanners keep dropping wifi": a unit's report the rules
        // read as a note, with no money asked, is no new investment whatever the model's
        // words say.
        if intent == Intent::Investment
            && rule == Intent::Note
            && signals.report_cue
            && money.is_empty()
        {
            intent = Intent::Note;
        }
        // "the SOC quote is $9.5k/mo, not $95k": a figure put right, which the rules read
        // as news about the work it prices, is a note whatever the model's words say.
        if rule == Intent::Note && figures_put_right::said(toks) {
            intent = Intent::Note;
        }
        // News about a named investment ("the WFM go-live is delayed again") is a note,
        // not chat, whatever the model's words say.
        if intent == Intent::None && rule == Intent::Note && news {
            intent = Intent::Note;
        }
        // "@liam to update the risk register and send to the PMO by Friday": a follow-up
        // handed to someone named at the message's start is a note, not chat nor a new
        // investment named after them, when no verdict or money says otherwise.
        let handed_out = actions
            .first()
            .is_some_and(|a| a.start == 0 && a.owner != speaker);
        if handed_out
            && verdict.is_none()
            && money.is_empty()
            && matches!(intent, Intent::None | Intent::Investment)
        {
            intent = Intent::Note;
        }
        // "lol the new self-checkouts keep …", "who's bringing donuts to the fare engine
        // retro?", "Should we pull the plug on X? Only 12 logged in.": chit-chat or a
        // question the rules read as nothing to record stays so, whatever the model's words
        // say, when no verdict, money or follow-up makes it a record.
        if rule == Intent::None
            && verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && (small_talk::opens_as_chat(toks)
                || small_talk::opens_asking_the_team(toks)
                || dates.iter().any(|d| date_contexts::away_on(toks, d)))
        {
            intent = Intent::None;
        }
        // "Pls remember CJIS training is due 12/31 for everyone w/ CAD access": a reminder
        // to everyone records nothing, though it names an investment and a date.
        if verdict.is_none() && money.is_empty() && small_talk::reminds_everyone(toks) {
            intent = Intent::None;
        }
        // "Congrats to the cellar crew — 1,400 bbl in November, a new record 🏆": praise with
        // a count is chat when no money, verdict or follow-up makes it a record and it names
        // no investment outright (a result of one is news about it).
        let named_outright = names
            .iter()
            .any(|m| !m.guessed && !m.weak && matches!(m.targets[0], Target::Investment(_)));
        if verdict.is_none()
            && money.is_empty()
            && actions.is_empty()
            && !named_outright
            && small_talk::opens_with_praise(toks)
        {
            intent = Intent::None;
        }
        // "Trivia night at the Esplanade raised $2,300 for the RFS 🔥": money raised, all the
        // money said, with no investment named outright, verdict or follow-up, is chat.
        if verdict.is_none()
            && actions.is_empty()
            && !named_outright
            && !money.is_empty()
            && money
                .iter()
                .all(|m| intent::money_raised(toks, m.start, m.end))
        {
            intent = Intent::None;
        }
        // "no worries mate, I'll grab it tomorrow": a reply of thanks naming nothing we
        // track is chat, whatever it promises.
        // ("Cheers — the fatigue kit went live" names one, even guessed.)
        if verdict.is_none()
            && money.is_empty()
            && names.is_empty()
            && small_talk::opens_with_courtesy(toks)
        {
            intent = Intent::None;
        }
        // "@dana pls log: …": asked to be logged, it is a record, a note when nothing else.
        if intent == Intent::None && intent::logged_text_start(toks).is_some() {
            intent = Intent::Note;
        }
        // "the board has agreed to defer …" is a decision however the rest reads.
        if verdict.is_some_and(|v| v.affirmed) {
            intent = Intent::Decision;
        }
        if intent != Intent::Decision {
            verdict = None;
        }
        // "we're stopping it end of Dec": a stop said ahead takes effect on the coming date.
        let dates: Vec<dates::DateMention> = match verdict {
            Some(v) if v.verdict == Verdict::Stop && date_roles::said_ahead(toks, v.start) => dates
                .into_iter()
                .map(|d| {
                    if d.start >= v.end {
                        dates::DateMention {
                            past: d.future,
                            ..d
                        }
                    } else {
                        d
                    }
                })
                .collect(),
            _ => dates,
        };
        let action = actions.first().cloned();

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
            decided_by: None,
            follow_ups: Vec::new(),
            units: Vec::new(),
            category: None,
            investment_guessed_from: None,
            investment_choices: Vec::new(),
            also: Vec::new(),
        };
        if intent == Intent::None {
            return r;
        }
        self.resolve_names(
            &mut r,
            text,
            toks,
            (&names, &money, &dates),
            verdict.map(|v| (v.start, v.end)),
            action.as_ref(),
        );
        self.assign_money(
            &mut r,
            toks,
            &money,
            &names,
            verdict.map(|v| (v.verdict, v.start)),
        );
        if matches!(intent, Intent::Decision | Intent::Investment) {
            // Years are a benefit's horizon: with no yearly benefit, only years said of a
            // benefit ("benefits over 3 years"); a cost over years is how it is paid.
            r.years = intent::find_years(toks)
                .filter(|_| r.annual_benefit.is_some() || money_roles::benefit_horizon_said(toks));
        }
        assign_dates(
            &mut r,
            toks,
            &dates,
            action.as_ref(),
            verdict.map(|v| v.start),
            today,
            &self.dates,
        );
        // "refused for this year, we will see again in March", "declined for now, revisit
        // in Q3": a refusal that says when to look again puts the work off.
        // "no-go for now, … revisit when we're 80": so does one that says it will be looked
        // at again on a condition.
        let revisit = || {
            (0..toks.len())
                .any(|k| (k == 0 || toks[k - 1].is_break()) && clauses::opens_look_again(toks, k))
        };
        // "No to the solar for now": so does a refusal said to hold for now.
        let for_now = || verdict.is_some_and(|v| verdict_shapes::refused_for_now(toks, v.end));
        if r.verdict == Some(Verdict::Reject) && (r.review_date.is_some() || revisit() || for_now())
        {
            r.verdict = Some(Verdict::Defer);
        }
        for (k, a) in actions.iter().enumerate() {
            // A deadline ("by EOM", "in the next week, until 11/12") is the due date;
            // otherwise the first date in the action.
            // "2 false alarms last night": a time past inside the request is not its due.
            let inside: Vec<&dates::DateMention> = dates
                .iter()
                .filter(|d| d.start > a.text_start && d.start < a.end && d.future >= today)
                .collect();
            let due_at = inside
                .iter()
                .find(|d| {
                    d.cue == dates::Cue::By
                        || d.start > 0
                            && matches!(toks[d.start - 1].lower.as_str(), "until" | "till" | "til")
                })
                // "Marcus owns it, install starts in January", "Priya will pull a crew
                // together for January": when the work lands, or the time it is for, is no
                // deadline of the task.
                .or(inside.iter().find(|d| !lands_or_is_for(toks, d)))
                .copied();
            let cut = due_at.map_or(a.end, |d| {
                d.start.saturating_sub(usize::from(d.cue != dates::Cue::At))
            });
            let end = cut.max(a.text_start + 1).min(toks.len());
            // "Can we get the figures before we decide? @raj by Friday": the question asked.
            let end = (a.text_start..end)
                .find(|&j| toks[j].is("?"))
                .map_or(end, |q| q + 1);
            let body =
                text[toks[a.text_start].start..toks[end - 1].end].trim_end_matches([',', ' ']);
            let due = match k {
                0 => due_at.map(|d| d.future).or(r.due),
                _ => due_at.map(|d| d.future),
            };
            if k == 0 {
                r.due = due;
            }
            r.follow_ups.push(FollowUpReading {
                text: body.to_string(),
                owner: a.owner.clone(),
                due,
            });
        }
        r.action = r.follow_ups.first().cloned();
        if let Some(v) = verdict {
            let is_unit = |j: usize| {
                names
                    .iter()
                    .any(|m| m.start == j && matches!(m.targets[0], Target::Unit(_)))
            };
            let is_investment = |j: usize| {
                names.iter().any(|m| {
                    (m.start..m.end).contains(&j) && matches!(m.targets[0], Target::Investment(_))
                })
            };
            r.decided_by = deciders::decided_by(text, toks, v.start, &is_unit, &is_investment);
        }
        if r.intent == Intent::Investment || r.new_investment {
            r.category = category::infer(toks);
        }
        if matches!(intent, Intent::Decision | Intent::Benefit) {
            let mask = amounts_and_dates(toks.len(), &money, &dates);
            let skip = |j: usize| mask.get(j).copied().unwrap_or(false);
            // "- hold until the survey is back": a verdict read with its "until" leaves the
            // condition to the reason.
            let from = verdict.map_or(0, |v| {
                let held = v.end > v.start + 1
                    && matches!(toks[v.end - 1].lower.as_str(), "until" | "till" | "til");
                v.end - usize::from(held)
            });
            let stop = action
                .as_ref()
                .map(|a| a.start)
                .into_iter()
                .chain(clauses::next_list_item(toks, from))
                .min();
            let named = |s: usize, e: usize| {
                let said = reasons::normalise(&text[toks[s].start..toks[e - 1].end]);
                // "Approved at the trustees' meeting: the changing room refit, £64,000": the
                // name with its article is still only the name.
                let s = s + usize::from(
                    e > s + 1 && matches!(toks[s].lower.as_str(), "the" | "our" | "a" | "an"),
                );
                r.investment
                    .as_deref()
                    .is_some_and(|n| reasons::normalise(n) == said)
                    || names.iter().any(|m| {
                        // "store Wi-Fi upgrade" for Store Wi-Fi: the name and a word for
                        // the work.
                        m.start <= s
                            && (m.end >= e
                                || m.end + 1 == e && clauses::names_the_work(&toks[m.end]))
                    })
            };
            let in_money = |j: usize| money.iter().any(|m| j >= m.start && j < m.end);
            let ctx = intent::ClauseContext {
                skip: &skip,
                money: &in_money,
                named: &named,
                verdict: verdict.map(|v| v.verdict),
            };
            let decides = |s: usize, e: usize| clauses::decides_in(toks, s, e);
            // "Cost pressure is the driver": the writer says which clause is the reason.
            let rationale = clauses::called_driver(text, toks, stop.unwrap_or(toks.len()))
                .or_else(|| {
                    let found = intent::find_rationale(text, toks, from, stop, &ctx);
                    // "parked the portal until the ATS is in. No point building it twice.":
                    // the condition says when it comes back, the sentence after says why.
                    // So does "goes ahead once the herring's done, £56k. The old clock's
                    // been freezing mid-lot …": when it starts, then why.
                    let condition = found.as_deref().is_some_and(|r| {
                        let w = r.split_whitespace().next().unwrap_or("").to_lowercase();
                        matches!(w.as_str(), "until" | "till" | "til" | "once")
                    });
                    let after = verdict.filter(|_| condition).and_then(|v| {
                        clauses::next_sentence(text, toks, v.end, stop, &skip, &in_money, &decides)
                    });
                    // Not the condition told again ("hold. Not going ahead until …"), nor a
                    // follow-up on it ("Marine to revert then").
                    let after = after.filter(|a| {
                        let words: Vec<String> =
                            a.split_whitespace().map(str::to_lowercase).collect();
                        let cond = found.as_deref().unwrap_or("");
                        !a.contains(cond)
                            && words.get(1).is_none_or(|w| w != "to")
                            && words.last().is_none_or(|w| w != "then")
                    });
                    // "parked till after vintage, nobody's got time to …": the clause after
                    // the condition's comma says why.
                    let within = found.as_deref().filter(|_| condition).and_then(|said| {
                        let (a, b) = reasons::span_of(text, toks, said)?;
                        let c = reason_heads::after_timed_condition(toks, a, b)?;
                        Some(text[toks[c].start..toks[b - 1].end].trim().to_string())
                    });
                    within.or(after).or(found)
                })
                .or_else(|| {
                    // "Pending the audit, the CMS stays parked.": the condition told first.
                    verdict.and_then(|v| clauses::opening_condition(text, toks, v.start))
                })
                .or_else(|| {
                    // "With circ staff down four positions, the kiosks are approved".
                    verdict.and_then(|v| clauses::with_state_opening(text, toks, v.start))
                })
                .or_else(|| {
                    // "supplier portal → OK from the board", "LED retrofit 👍 signed off":
                    // the record's name before the verdict is no reason.
                    verdict
                        .and_then(|v| intent::reason_before(text, toks, v.start))
                        .filter(|said| {
                            reasons::span_of(text, toks, said).is_none_or(|(a, b)| !named(a, b))
                        })
                })
                .or_else(|| {
                    let v =
                        verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                    next_sentence::what_it_is_after_refusal(
                        text, toks, v.end, stop, &skip, &decides,
                    )
                })
                .or_else(|| {
                    verdict.and_then(|v| {
                        clauses::next_sentence(text, toks, v.end, stop, &skip, &in_money, &decides)
                    })
                })
                .or_else(|| {
                    // "Careers site: approved at £36k, Marketing to have a draft up by 31/01.
                    // We lose a third of applicants on the mobile form.": a follow-up ending
                    // the verdict's sentence does not end the message's reasons.
                    let (v, a) = (verdict?, action.as_ref()?);
                    let same_sentence = v.end <= a.start
                        && !toks[v.end..a.start]
                            .iter()
                            .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"));
                    same_sentence
                        .then(|| {
                            clauses::next_sentence(
                                text, toks, a.start, None, &skip, &in_money, &decides,
                            )
                        })
                        .flatten()
                })
                .or_else(|| {
                    verdict.and_then(|v| {
                        dated_reasons::told_with_date(
                            text, toks, v.end, stop, &dates, &in_money, &decides,
                        )
                    })
                })
                .or_else(|| {
                    // "Zoomly is done, we're switching it off": the record's name said to be
                    // over is the verdict told twice, no reason ("the chatbot is still
                    // worth it" is one).
                    let over = |w: &str| {
                        matches!(
                            w,
                            "done" | "over" | "finished" | "dead" | "history" | "gone"
                        )
                    };
                    verdict
                        .and_then(|v| intent::clause_before(text, toks, v.start))
                        .filter(|said| {
                            reasons::span_of(text, toks, said).is_none_or(|(a, b)| {
                                !names.iter().any(|m| {
                                    m.start >= a
                                        && m.end + 2 == b
                                        && matches!(m.targets[0], Target::Investment(_))
                                        && matches!(toks[m.end].lower.as_str(), "is" | "are")
                                        && over(&toks[m.end + 1].lower)
                                })
                            })
                        })
                })
                .or_else(|| {
                    // "Licences doubled again. We're dropping Zoomly.": the sentence before,
                    // unless it names another investment than the verdict's sentence does.
                    let v = verdict?;
                    let invests =
                        |m: &&names::NameMatch| matches!(m.targets[0], Target::Investment(_));
                    // "Nobody used the wristbands after launch. We're switching them
                    // off.": a name the verdict's sentence does not name another of is the
                    // record's own.
                    let other_name = |a: usize, b: usize| {
                        let after: Vec<_> = names
                            .iter()
                            .filter(invests)
                            .filter(|n| n.start >= b)
                            .collect();
                        names.iter().filter(invests).any(|m| {
                            m.start >= a
                                && m.start < b
                                && !after.is_empty()
                                && !after.iter().any(|n| n.targets == m.targets)
                        })
                    };
                    next_sentence::sentence_before(
                        text,
                        toks,
                        v.start,
                        &in_money,
                        &decides,
                        &other_name,
                    )
                })
                .or_else(|| {
                    (intent == Intent::Benefit)
                        .then(|| {
                            let named = |j: usize| {
                                names.iter().any(|m| {
                                    m.start <= j
                                        && j < m.end
                                        && matches!(m.targets[0], Target::Investment(_))
                                })
                            };
                            clauses::benefit_source(text, toks, &skip, &named)
                        })
                        .flatten()
                })
                .or_else(|| {
                    let name_at = |j: usize| names.iter().any(|m| m.start == j);
                    (intent == Intent::Benefit)
                        .then(|| clauses::leading_result(text, toks, &skip, &in_money, &name_at))
                        .flatten()
                })
                .or_else(|| {
                    // The name that opens the message, and its result after it.
                    let det = usize::from(toks.first().is_some_and(|t| t.is("the")));
                    let opens = names.iter().find(|m| m.start == det)?;
                    (intent == Intent::Benefit)
                        .then(|| clauses::counted_result(text, toks, opens.end, &skip, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| clauses::result_after_money(text, toks, &skip, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| clauses::result_before_which(text, toks, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    // "… a godsend. Two diesel thefts caught on camera already, and the
                    // insurer's knocked £3,200 off".
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| result_subject::counted_before_and_money(text, toks, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    // "approved £9,600 – current one runs out in Jan".
                    verdict.and_then(|v| {
                        result_subject::clause_after_amount(
                            text, toks, v.end, stop, &in_money, &decides,
                        )
                    })
                })
                .or_else(|| {
                    // "rostering software cut overtime at Manly by about $4.5k a month"; "the
                    // scanner at Aviemore caught 12 bad fits we'd have missed, ~£2k …".
                    let name_end = |j: usize| {
                        names
                            .iter()
                            .find(|m| m.start == j && matches!(m.targets[0], Target::Investment(_)))
                            .map(|m| m.end)
                    };
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| {
                            result_subject::result_after_opening_name(
                                text, toks, &name_end, &in_money,
                            )
                            .or_else(|| {
                                result_subject::result_after_name_at_place(
                                    text, toks, &name_end, &in_money,
                                )
                            })
                        })
                        .flatten()
                })
                .or_else(|| {
                    // "… now £30k, not £24k, because the insurer wants …. Finance agreed
                    // the new figure.": the cause of the price told first.
                    verdict.and_then(|v| {
                        told_around_verdict::cause_of_price_before(text, toks, v.start, &in_money)
                    })
                })
                .or_else(|| {
                    // "… £4,500 more for the contractors, supplier delays. Approved by the FD."
                    verdict.and_then(|v| {
                        short_causes::short_cause_before(text, toks, v.start, &in_money)
                    })
                })
                .or_else(|| {
                    // "$9K a year to lease a machine that got used 11 times — we're ending …".
                    let v =
                        verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                    short_causes::price_before_dash(text, toks, v.start, &in_money, &skip)
                })
                .or_else(|| {
                    // "was 80k, now 95k after the extra payment integration", "approved at
                    // $11,200 after the rebate came through".
                    let v = verdict?;
                    let rescope = v.verdict == Verdict::Rescope;
                    told_around_verdict::after_new_amount(
                        text, toks, v.end, stop, &in_money, rescope,
                    )
                })
                .or_else(|| {
                    // "we said no to the scanner, supplier wanted 40 grand for …".
                    verdict.and_then(|_| {
                        told_around_verdict::clause_after_verdict_comma(
                            text, toks, from, stop, &in_money, &decides,
                        )
                    })
                })
                .or_else(|| {
                    // "…: it continues only for the 6 main gates, not the nursery tows".
                    let v = verdict.filter(|v| v.verdict == Verdict::Rescope)?;
                    scope_kept::scope_kept(text, toks, (v.start, v.end), stop, &in_money)
                })
                .or_else(|| {
                    // "– no. fittings are down 20% since March and the chain shops are …".
                    verdict.and_then(|_| {
                        told_around_verdict::two_clauses_after(text, toks, from, stop, &decides)
                    })
                })
                .or_else(|| {
                    // "… signed off at £7k. Cheaper than sending every fitter on the course".
                    verdict.and_then(|_| {
                        told_around_verdict::comparison_after(text, toks, from, stop, &decides)
                    })
                })
                .or_else(|| {
                    // "The MD said no to the scanner. we'll hire one w/ a fitter …".
                    let v =
                        verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                    told_around_verdict::other_way_after_refusal(text, toks, v.end, stop)
                })
                .or_else(|| {
                    // "X is paying off — queues clear in half the time and …".
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| paying_off::result_after_praise(text, toks, &in_money))
                        .flatten()
                })
                .or_else(|| {
                    // "on ice til March, we'll know what vintage has done to the cash by
                    // then": what the wait is for.
                    let v = verdict.filter(|v| v.verdict == Verdict::Defer)?;
                    by_then::known_by_then(text, toks, v.end, stop.unwrap_or(toks.len()))
                })
                .or_else(|| {
                    // "… - avg spend per table up $6 at Manly since Sept, roughly $45k …".
                    (intent == Intent::Benefit && verdict.is_none())
                        .then(|| {
                            money_results::result_up_or_down_by_money(
                                text,
                                toks,
                                stop.unwrap_or(toks.len()),
                                &in_money,
                                &skip,
                            )
                        })
                        .flatten()
                });
            // "…, so the trustees have agreed to replace it. £68,000 for …, most of which
            // …": the clause joined by "so" beats a remark after the price.
            let joined = verdict
                .filter(|v| so_joined::so_before(toks, v.start))
                .and_then(|v| {
                    let (a, _) = reasons::span_of(text, toks, rationale.as_deref()?)?;
                    if !so_joined::remark_after(toks, v.end, a) {
                        return None;
                    }
                    intent::reason_before(text, toks, v.start)
                });
            let rationale = joined.or(rationale);
            // "quote came in at $14k, way over what we budgeted. Parking it …": a price over
            // the budget before the verdict is why, over none or a condition said after.
            let conditional = rationale.as_deref().is_none_or(|r| {
                let w = r.split_whitespace().next().unwrap_or("").to_lowercase();
                matches!(w.as_str(), "once" | "until" | "till" | "til")
            });
            let over = verdict
                .filter(|_| conditional)
                .and_then(|v| over_budget::price_over_before(text, toks, v.start, &in_money));
            let rationale = over.or(rationale);
            // "Servicing stays on the core until the CDFI award is confirmed": a rescope's
            // kept scope comes with the condition it waits on.
            let rationale = rationale.map(|said| {
                let kept = verdict
                    .filter(|v| v.verdict == Verdict::Rescope)
                    .and_then(|_| reasons::span_of(text, toks, &said))
                    .and_then(|(a, b)| {
                        let s = kept_until::scope_before_condition(toks, a, &in_money)?;
                        Some(text[toks[s].start..toks[b - 1].end].trim().to_string())
                    });
                kept.unwrap_or(said)
            });
            // "…, data cleanup is 80% done, no point stopping now": the judgement after the
            // reason's comma runs on with it.
            let rationale = rationale.map(|said| {
                let end = reasons::span_of(text, toks, &said).and_then(|(a, b)| {
                    let e = judged_on::judgement_after(toks, b, stop.unwrap_or(toks.len()))?;
                    Some(text[toks[a].start..toks[e - 1].end].trim().to_string())
                });
                end.unwrap_or(said)
            });
            // "subject to the rebate, AED 3.4m": an amount set off at the reason's edge is
            // the record's money.
            let rationale = rationale.map(|said| {
                let Some((a, b)) = reasons::span_of(text, toks, &said) else {
                    return said;
                };
                let (a2, b2) = clauses::without_money_edges(toks, a, b, &in_money);
                let a2 = clauses::past_as_of(toks, a2, b2, &skip);
                // "It's not that we don't want it, there just isn't …".
                let a2 = reason_heads::past_head(toks, a2, b2);
                if (a2, b2) == (a, b) || b2 < a2 + 2 {
                    return said;
                }
                text[toks[a2].start..toks[b2 - 1].end].trim().to_string()
            });
            r.rationale = rationale
                .map(clauses::without_announcement)
                .map(clauses::without_tone)
                .map(clauses::after_own_because)
                .filter(|said| !clauses::only_when(said));
            if intent == Intent::Benefit && verdict.is_none() {
                let det = usize::from(toks.first().is_some_and(|t| t.is("the")));
                let opens = names.iter().find(|m| m.start == det).map_or(0, |m| {
                    let labelled = toks
                        .get(m.end)
                        .is_some_and(|t| t.is(":") || t.is_sym("-") || t.is_sym("—"));
                    m.end + usize::from(labelled)
                });
                let listed = r
                    .rationale
                    .as_deref()
                    .and_then(|said| reasons::span_of(text, toks, said))
                    .and_then(|span| {
                        clauses::results_before(text, toks, span, opens, &skip, &in_money, true)
                    });
                if listed.is_some() {
                    r.rationale = listed;
                }
            }
            // "we keep it. Fewer wasted trips, 61 sailings saved since April": results
            // listed in a sentence after a continue's are its reason together.
            let kept = verdict.filter(|v| v.verdict == Verdict::Continue);
            let span = r
                .rationale
                .as_deref()
                .and_then(|said| reasons::span_of(text, toks, said));
            if let (Some(v), Some((a, b))) = (kept, span) {
                let opens = (v.end..a.max(v.end))
                    .rev()
                    .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "\n"))
                    .map(|p| p + 1);
                let listed = opens.and_then(|o| {
                    clauses::results_before(text, toks, (a, b), o, &skip, &in_money, false)
                });
                if listed.is_some() {
                    r.rationale = listed;
                }
            }
            if !self.reasons.is_empty() {
                let ctx = reasons::Context {
                    text,
                    toks,
                    skip: &skip,
                    verdict: verdict.map(|v| (v.start, v.end)),
                    kind: if intent == Intent::Decision {
                        "decision"
                    } else {
                        "benefit"
                    },
                    rule: r.rationale.as_deref(),
                };
                let (cands, options, rule) = reasons::options(&ctx);
                let pick = self.reasons.choose(&options, rule);
                if pick != rule {
                    r.rationale = cands.get(pick).map(|c| c.text.clone());
                }
            }
            // "the PM platform cut RFI turnaround …": a benefit's result whose subject names
            // the work is read from its verb on.
            if intent == Intent::Benefit {
                // "Bottling line upgrade: the new labeller has cut …": after the work's name,
                // the subject is a part of it, kept.
                let invests = |m: &&names::NameMatch| matches!(m.targets[0], Target::Investment(_));
                let name_end = |j: usize| {
                    let named_before = names.iter().filter(invests).any(|m| m.start < j);
                    names
                        .iter()
                        .filter(invests)
                        .find(|m| m.start == j && !named_before)
                        .map(|m| m.end)
                };
                let span = r
                    .rationale
                    .as_deref()
                    .and_then(|said| reasons::span_of(text, toks, said));
                if let Some((a, b)) = span {
                    let a2 = result_subject::after_named_subject(toks, a, b, &name_end);
                    let a2 = result_subject::after_owed_to_name(toks, a2, b, &name_end);
                    let a2 = result_subject::after_live_status(toks, a2, b);
                    let named_before = names.iter().filter(invests).any(|m| m.start < a);
                    let a2 = result_subject::after_new_system(toks, a2, b, named_before);
                    let a2 = bare_clauses::past_praise(toks, a2, b);
                    let b2 = payments_dropped::before_payment_dropped(toks, a2, b);
                    if a2 > a || b2 < b {
                        r.rationale =
                            Some(text[toks[a2].start..toks[b2 - 1].end].trim().to_string());
                    }
                }
            }
            // "…, so we've paid $7,500 less in callouts": what the result let us do, told
            // with the money, is the benefit's amount, not its evidence.
            let span = r
                .rationale
                .as_deref()
                .filter(|_| intent == Intent::Benefit && verdict.is_none())
                .and_then(|said| reasons::span_of(text, toks, said));
            if let Some((a, b)) = span {
                let b2 = benefit_consequences::before_consequence(toks, a, b, &in_money);
                if b2 < b {
                    r.rationale = Some(text[toks[a].start..toks[b2 - 1].end].trim().to_string());
                }
            }
            // "not this winter, the MD wants it revisited in April": when to look again, by
            // any rule or the model, is not why; nor is how far work that goes on has got
            // ("carrying on, 8 done of 20").
            let span = r
                .rationale
                .as_deref()
                .and_then(|said| reasons::span_of(text, toks, said));
            let look_again = span.is_some_and(|(a, _)| clauses::opens_look_again(toks, a));
            let progress = r.verdict == Some(Verdict::Continue)
                && span.is_some_and(|(a, b)| progress_counts::progress_count(toks, a, b));
            // "approved £27k, work in the summer holidays": when the work happens.
            let when_worked = span.is_some_and(|(a, b)| work_times::work_and_its_time(toks, a, b));
            if look_again || progress || when_worked {
                r.rationale = None;
            }
            // "… in 2 months 💀": an emoji ending the reason is the writer's mood, not part
            // of the reason.
            r.rationale = r
                .rationale
                .map(tokens::without_trailing_symbols)
                .map(reasons::without_trailing_laugh);
        }
        // "keep going, 140 sign-ups in Nov": a date inside the reason is when its evidence
        // happened, not when the decision was made; "knocked back, too risky before year
        // end": nor is it a deadline (unless a follow-up has one).
        let dated_by_reason = r.date.is_some() || r.due.is_some() && action.is_none();
        let reason_span = r
            .rationale
            .as_deref()
            .filter(|_| intent == Intent::Decision && dated_by_reason)
            .and_then(|said| reasons::span_of(text, toks, said))
            .or_else(|| {
                // "…, the current devices are end of support in June": a proposal's reason is
                // not kept (the investment record holds none), nor is its date the start.
                (intent == Intent::Investment && r.date.is_some())
                    .then(|| dated_reasons::proposal_reason(text, toks, &money, &dates))
                    .flatten()
            });
        if let Some((a, b)) = reason_span {
            let inside = |d: &dates::DateMention| d.start >= a && d.end <= b;
            if dates.iter().any(inside) {
                let outside: Vec<dates::DateMention> =
                    dates.iter().filter(|d| !inside(d)).copied().collect();
                r.date = None;
                if action.is_none() {
                    r.due = None;
                }
                assign_dates(
                    &mut r,
                    toks,
                    &outside,
                    action.as_ref(),
                    verdict.map(|v| v.start),
                    today,
                    &self.dates,
                );
            }
        }
        // "up 18% since we went live in August", "since August the growers receive …": the
        // time a benefit is counted since is a start, not when it was counted.
        let evidence = r
            .rationale
            .as_deref()
            .filter(|_| intent == Intent::Benefit && r.date.is_some())
            .and_then(|said| reasons::span_of(text, toks, said));
        let since_time = |d: &dates::DateMention| {
            evidence.is_some_and(|(a, b)| {
                d.start >= a
                    && d.end <= b
                    && (clauses::time_of_since_event(toks, d.start)
                        || clauses::since_time_opening(toks, a, d.start))
            })
        };
        if dates.iter().any(since_time) {
            let others: Vec<dates::DateMention> =
                dates.iter().filter(|d| !since_time(d)).copied().collect();
            r.date = None;
            assign_dates(
                &mut r,
                toks,
                &others,
                action.as_ref(),
                verdict.map(|v| v.start),
                today,
                &self.dates,
            );
        }
        // "We paid £600k for the last irrigation rebuild and it never worked, so … is a no":
        // money the reason says we pay or paid for something else is not the record's.
        let paid_for_else = r
            .rationale
            .as_deref()
            .filter(|_| intent == Intent::Decision && r.verdict != Some(Verdict::Stop))
            .and_then(|said| reasons::span_of(text, toks, said))
            .is_some_and(|(a, b)| {
                clauses::we_pay_for(toks, a, b) && money.iter().all(|m| m.start >= a && m.end <= b)
            });
        if paid_for_else {
            r.amount = None;
        }
        if intent == Intent::Note {
            // "@dana pls log: …": the note is what was asked to be logged.
            let from = intent::logged_text_start(toks).map_or(0, |k| toks[k].start);
            r.note = Some(text[from..].trim().to_string());
        }
        r.missing = questions::missing(&r);
        r
    }

    /// "the Fancy Food Show": a unit's first word (not a whole name or alias of it) inside
    /// another proper name is that name's word.
    fn unit_word_in_a_title(&self, text: &str, toks: &[Token], m: &names::NameMatch) -> bool {
        let Target::Unit(u) = m.targets[0] else {
            return false;
        };
        let unit = &self.index.units[u];
        let said = &toks[m.start].lower;
        !std::iter::once(&unit.name)
            .chain(&unit.aliases)
            .any(|n| n.eq_ignore_ascii_case(said))
            && name_variants::inside_a_title(text, toks, m.start, m.end)
    }

    fn resolve_names(
        &self,
        r: &mut Reading,
        text: &str,
        toks: &[Token],
        found: (&[names::NameMatch], &[MoneyMention], &[dates::DateMention]),
        verdict: Option<(usize, usize)>,
        action: Option<&intent::ActionSpan>,
    ) {
        let (names, money, dates) = found;
        let ix = &self.index;
        // A unit after "for" / "in" / "with" is the one meant; units inside the follow-up
        // ("I'll check with Finance") are not.
        let in_action =
            |m: &&names::NameMatch| action.is_some_and(|a| m.start >= a.start && m.start < a.end);
        // "@nadia owns the iGaming testing": a unit naming the task's work, not someone
        // to ask, is the message's unit when nothing outside the task names one.
        let task_only = !names
            .iter()
            .any(|m| matches!(m.targets[0], Target::Unit(_)) && !in_action(&m));
        // "@sofia to send the wagon delivery schedule to Rail": a message that is only a
        // follow-up and names no investment is about the unit the task goes to.
        let no_investment = !names
            .iter()
            .any(|m| m.targets.iter().any(|t| matches!(t, Target::Investment(_))));
        let units: Vec<(usize, bool)> = names
            .iter()
            .filter(|m| {
                !in_action(m)
                    || task_only && (no_investment || name_variants::names_the_work(toks, m.start))
            })
            .filter(|m| !name_variants::said_as_ordinary_word(text, toks, m.start, m.end))
            .filter(|m| !self.unit_word_in_a_title(text, toks, m))
            .filter_map(|m| match m.targets[0] {
                Target::Unit(u) => {
                    let prev = if m.start > 0 {
                        toks[m.start - 1].lower.as_str()
                    } else {
                        ""
                    };
                    // "the request of Engineering for …": whose ask it is.
                    let asked_of = prev == "of"
                        && m.start >= 2
                        && matches!(
                            toks[m.start - 2].lower.as_str(),
                            "request" | "requests" | "proposal" | "proposals" | "ask" | "bid"
                        );
                    Some((
                        u,
                        asked_of
                            || matches!(prev, "for" | "in" | "at" | "with" | "from" | "met" | "to"),
                    ))
                }
                _ => None,
            })
            .collect();
        // "340 alarms now on digital": a unit named by an ordinary word, written in lower
        // case and not after "met" / "with" / "for" …, is the word, not the team, when the
        // message names an investment of another unit.
        // "Boarding wifi is up and running" for the Boarding House Wi-Fi: a unit's word that
        // opens the investment's name, said before the rest of it, is the name's word.
        let opens_the_name = |m: &names::NameMatch| {
            m.end == m.start + 1
                && names.iter().any(|w| {
                    w.start == m.end
                        && w.targets.iter().any(|t| {
                            matches!(t, Target::Investment(i)
                                if ix.investment_words(*i).first() == Some(&toks[m.start].lower))
                        })
                })
        };
        let as_word: Vec<usize> = names
            .iter()
            .filter(|m| {
                let capital = text[toks[m.start].start..].starts_with(|c: char| c.is_uppercase());
                let after_preposition = m.start > 0
                    && matches!(
                        toks[m.start - 1].lower.as_str(),
                        "for" | "in" | "at" | "with" | "from" | "met" | "to"
                    );
                matches!(m.targets[0], Target::Unit(_))
                    && (!(capital || after_preposition) || opens_the_name(m))
            })
            .filter_map(|m| match m.targets[0] {
                Target::Unit(u) => Some(u),
                _ => None,
            })
            .collect();
        for (u, _) in &units {
            let name = &ix.units[*u].name;
            if !r.units.contains(name) {
                r.units.push(name.clone());
            }
        }
        let mentioned_unit = units
            .iter()
            .find(|(_, p)| *p)
            .or(units.first())
            .map(|(u, _)| ix.units[*u].name.clone());
        let names_investment =
            |m: &&names::NameMatch| m.targets.iter().any(|t| matches!(t, Target::Investment(_)));
        // "The client asked for the eDiscovery platform costs": one ordinary word of a name
        // gives way to another investment's whole name said after it, unless the two are
        // listed together ("the lockers and the returns portal").
        let whole = names.iter().find(|m| !m.guessed && names_investment(m));
        let listed_with = |m: &names::NameMatch, w: &names::NameMatch| {
            toks[m.end..w.start].iter().all(|t| {
                matches!(
                    t.lower.as_str(),
                    "and" | "&" | "," | "or" | "plus" | "the" | "our"
                )
            })
        };
        let invs: Option<(Vec<usize>, &names::NameMatch)> = names
            .iter()
            .filter(names_investment)
            .find(|m| !m.weak || whole.is_none_or(|w| w.start < m.start || listed_with(m, w)))
            .map(|m| {
                let v: Vec<usize> = m
                    .targets
                    .iter()
                    .filter_map(|t| match t {
                        Target::Investment(i) => Some(*i),
                        _ => None,
                    })
                    .collect();
                (v, m)
            });
        // "TPS requests $300K for a chatbot on the filing status line": a new thing asked
        // for comes before a name's single word said in passing after it.
        // "… for a log search stack for the k8s clusters": a known name after "for (the)"
        // is what the new thing serves.
        let served = |m: &names::NameMatch| {
            let before = |k: usize| m.start >= k && toks[m.start - k].is("for");
            before(1) || (before(2) && matches!(toks[m.start - 1].lower.as_str(), "the" | "our"))
        };
        // "… asked for a new rota app, about £2,000. I've suggested we see if the VMS can do
        // it first": a known name in a later sentence is weighed against the thing asked for.
        let later_sentence = |at: usize, m: &names::NameMatch| {
            toks[..m.start].iter().any(|t| {
                t.start > at
                    && t.kind == tokens::TokKind::Sym
                    && matches!(t.lower.as_str(), "." | "!" | "?")
            })
        };
        // "want to put solar panels on the sports hall roof": the known name the new thing
        // goes on (or in, at, over) is where it goes.
        let placed_on = |m: &names::NameMatch| {
            m.start >= 2
                && toks[m.start - 1].is("the")
                && matches!(
                    toks[m.start - 2].lower.as_str(),
                    "on" | "onto" | "over" | "in" | "at" | "across"
                )
        };
        let asked_first = |m: &names::NameMatch| {
            r.intent == Intent::Investment
                && new_names::new_name(text, toks, names, money, dates, verdict, r.intent)
                    .and_then(|n| text.find(n.as_str()))
                    .is_some_and(|at| {
                        at < toks[m.start].start
                            && (m.weak || served(m) || later_sentence(at, m) || placed_on(m))
                    })
        };
        // "HQ rejected the AGV introduction on 11/20, they want to see Line 3 result first":
        // the new thing the verdict is said of, in its clause, beats a name said (short or
        // whole: "not needed after the PLM migration") in a later clause (the reason).
        let object_first = |m: &names::NameMatch| {
            let Some((_, ve)) = verdict.filter(|_| r.intent == Intent::Decision) else {
                return false;
            };
            // "got OK for new ear defenders for the tug drivers": a name's single word after a
            // preposition and "the", past a thing said to be new, says whom or where it is for.
            let said_of_whom = m.weak
                && m.start >= 2
                && matches!(toks[m.start - 1].lower.as_str(), "the" | "our")
                && matches!(
                    toks[m.start - 2].lower.as_str(),
                    "to" | "for" | "at" | "in" | "on"
                );
            // "Rejected: the CX request for …": the colon after the verdict opens its clause.
            let from = if toks.get(ve).is_some_and(|t| t.is_sym(":")) {
                ve + 1
            } else {
                ve
            };
            let (clause_end, of_whom) = match (from..m.start).find(|&k| toks[k].is_break()) {
                Some(end) => (end, false),
                None if said_of_whom => (m.start - 2, true),
                None => return false,
            };
            let said_new = |at: usize| {
                let k = toks.partition_point(|t| t.start < at);
                k > 0 && toks[k - 1].is("new")
            };
            // "the second autoclave sensor kit … the autoclave": a new name with a word of
            // the known one is a part of it, not another thing.
            let shares_a_word = |n: &str| {
                let words = m.targets.iter().filter_map(|t| match t {
                    Target::Investment(i) => Some(ix.investment_words(*i)),
                    _ => None,
                });
                let said: Vec<String> = n.split_whitespace().map(str::to_lowercase).collect();
                words.flatten().any(|w| said.contains(w))
            };
            new_names::new_name(text, toks, names, money, dates, verdict, r.intent)
                .filter(|n| !shares_a_word(n))
                .and_then(|n| text.find(n.as_str()))
                .is_some_and(|at| {
                    ve > 0
                        && at >= toks[ve - 1].end
                        && at < toks[clause_end].start
                        && (!of_whom || said_new(at))
                })
        };
        let invs = invs.filter(|(_, m)| !asked_first(m) && !object_first(m));
        let invs = invs.map(|(list, m)| {
            if m.guessed {
                r.investment_guessed_from =
                    Some(text[toks[m.start].start..toks[m.end - 1].end].to_string());
            }
            (list, m.start, m.guessed)
        });
        if let Some((list, named_at, guessed)) = invs {
            // A short form two differently named investments fit equally: ask, never pick.
            let first = &ix.investments[list[0]].name;
            if list.iter().any(|i| ix.investments[*i].name != *first) {
                for i in &list {
                    let name = &ix.investments[*i].name;
                    if !r.investment_choices.contains(name) {
                        r.investment_choices.push(name.clone());
                    }
                }
                r.investment_guessed_from = None;
                r.unit = mentioned_unit;
                return;
            }
            let pick = match (list.as_slice(), &mentioned_unit) {
                ([one], _) => Some(*one),
                (many, Some(u)) => many.iter().copied().find(|i| ix.investments[*i].unit == *u),
                _ => None,
            };
            r.investment = Some(ix.investments[list[0]].name.clone());
            // The unit the note opens with or the unit met; not one only said after the
            // investment ("Palletiser - Finance want …"), unless the investment is only
            // guessed from an ordinary word in the unit's clause ("Attrition in the BPO
            // dropped …").
            let unit_met = names.iter().any(|m| {
                matches!(m.targets[0], Target::Unit(u)
                    if Some(&ix.units[u].name) == mentioned_unit.as_ref())
                    && (m.start < named_at && !units_met::reports(toks, m.end)
                        || units_met::met(toks, m.start, m.end)
                        || guessed
                            && m.start >= named_at
                            && units_met::same_clause(&toks[named_at..m.start]))
            });
            let said_as_unit = units
                .iter()
                .find(|(_, p)| *p)
                .or(units.first())
                .is_some_and(|(u, _)| !as_word.contains(u));
            match pick {
                // A note is about the unit met; a record belongs to its investment's unit.
                // "Marketing and Lanes met about the scoring contract": of the units met,
                // the one whose investment it names.
                // "👍 from the F&B managers": a unit only said in the note, not met, leaves
                // it with the investment's unit.
                Some(i)
                    if r.intent == Intent::Note
                        && mentioned_unit.is_some()
                        && said_as_unit
                        && unit_met =>
                {
                    let own = &ix.investments[i].unit;
                    let met_owner = units.iter().any(|(u, _)| ix.units[*u].name == *own);
                    // A unit said only after the investment was already turned away above
                    // (`unit_met`): the note is the work's own there.
                    r.unit = if met_owner {
                        Some(own.clone())
                    } else {
                        mentioned_unit
                    };
                }
                Some(i) => r.unit = Some(ix.investments[i].unit.clone()),
                None if r.intent == Intent::Note => r.unit = mentioned_unit,
                None => {
                    r.unit_choices = list
                        .iter()
                        .map(|i| ix.investments[*i].unit.clone())
                        .collect();
                }
            }
            return;
        }
        r.unit = mentioned_unit;
        // "Outpatients: £23,400 saved on postage since portal letters went digital": a
        // benefit needs an investment; a word of exactly one of the named unit's
        // investments, however common, names it (guessed, so the draft asks).
        if r.intent == Intent::Benefit {
            if let Some((inv, at)) = r.unit.as_deref().and_then(|u| ix.unit_word_in(toks, u)) {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                return;
            }
        }
        if matches!(
            r.intent,
            Intent::Decision | Intent::Investment | Intent::Benefit
        ) {
            r.investment = new_names::new_name(text, toks, names, money, dates, verdict, r.intent);
            // "Harbour master wants a new crane …": a new thing asked for by one word, a word
            // of exactly one of the named unit's investments (Harbour Crane Replacement), is
            // that investment, guessed (the draft asks).
            let one_word = r
                .investment
                .as_deref()
                .filter(|n| r.intent == Intent::Investment && !n.contains(' '))
                .map(str::to_lowercase);
            let unit_word = one_word.as_ref().and_then(|w| {
                r.unit
                    .as_deref()
                    .and_then(|u| ix.unit_word_in(toks, u))
                    .filter(|&(_, at)| toks[at].lower == *w)
            });
            if let Some((inv, at)) = unit_word {
                r.investment = Some(ix.investments[inv].name.clone());
                r.investment_guessed_from = Some(toks[at].lower.clone());
                return;
            }
            // "Theatre want a new scheduling system": the named unit's own investment whose
            // name is the unit's name and the thing asked for (Theatre Scheduling System).
            if r.intent == Intent::Investment {
                if let Some(inv) = unit_and_thing(ix, r.unit.as_deref(), r.investment.as_deref()) {
                    r.investment = Some(ix.investments[inv].name.clone());
                    return;
                }
            }
            r.new_investment = r.investment.is_some()
                && (r.intent == Intent::Investment || r.verdict == Some(Verdict::Approve));
        }
    }

    fn assign_money(
        &self,
        r: &mut Reading,
        toks: &[Token],
        money: &[MoneyMention],
        names: &[names::NameMatch],
        verdict_at: Option<(Verdict, usize)>,
    ) {
        let verdict = verdict_at.map(|(v, _)| v);
        if matches!(r.intent, Intent::Note | Intent::None) {
            return;
        }
        // A cue word inside a name ("Revenue approved $25k", the Revenue unit) says
        // nothing about the amount.
        let in_name = |k: usize| names.iter().any(|n| (n.start..n.end).contains(&k));
        // "postal renewals cost £6 each", "fines start at $10K per listing", "R$ 0,04 more
        // per litre", "we rent the stage for $4k a day": a price per thing or a rate by the
        // day or hour is never the one-off amount decided.
        let per_thing = |m: &MoneyMention| {
            let at = |k: usize| toks.get(m.end + k).map_or("", |t| t.lower.as_str());
            let skip = usize::from(matches!(at(0), "more" | "less" | "extra"));
            // "avg spend per table up $6", "spend per head up $2": the change in a figure
            // per thing, said just before the money ("savings per year: $40k" is no thing).
            let from = m.start.saturating_sub(4);
            let per_before = (from..m.start)
                .rev()
                .take_while(|&k| !toks[k].is_break())
                .any(|k| {
                    toks[k].is("per")
                        && !toks.get(k + 1).is_some_and(|t| {
                            matches!(
                                t.lower.as_str(),
                                "year" | "annum" | "month" | "week" | "quarter" | "day"
                            )
                        })
                });
            matches!(at(skip), "each" | "apiece")
                || at(skip) == "per" && !at(skip + 1).is_empty()
                || matches!(at(skip), "a" | "an")
                    && matches!(
                        at(skip + 1),
                        "day" | "hour" | "night" | "shift" | "head" | "person" | "user" | "pop"
                    )
                || money_roles::rate_per_thing(toks, m)
                || per_before
        };
        if r.intent == Intent::Benefit {
            // "… 40 brew days = ~$80k": the total worked out is what was realised.
            let realised = money
                .iter()
                .find(|m| !per_thing(m) && money_roles::worked_total(toks, m))
                .or(money.iter().find(|m| !per_thing(m)))
                .or(money.first());
            r.amount = realised.map(|m| m.money);
            return;
        }
        // Words next to the amount, not crossing a comma or a sentence end.
        let near = |m: &MoneyMention, words: &[&str], before: usize, after: usize| {
            let from = m.start.saturating_sub(before);
            let to = (m.end + after).min(toks.len());
            // "contract value SEK 9,6 mill": what a deal is worth is its cost.
            let deal_value = |k: usize| {
                toks[k].is("value")
                    && k > 0
                    && matches!(
                        toks[k - 1].lower.as_str(),
                        "contract" | "order" | "deal" | "purchase" | "total"
                    )
            };
            let hit = |(k, t): (usize, &Token)| {
                words.contains(&t.lower.as_str()) && !in_name(k) && !deal_value(k)
            };
            toks[from..m.start]
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, t)| !t.is_break())
                .any(|(k, t)| hit((from + k, t)))
                || toks[m.end..to]
                    .iter()
                    .enumerate()
                    .take_while(|(_, t)| !t.is_break())
                    .any(|(k, t)| hit((m.end + k, t)))
        };
        const BENEFIT: &[&str] = &["revenue", "return", "returns", "upside", "value"];
        const COST: &[&str] = &["costs", "cost"];
        // "should cut contractor survey costs by $40k/yr": a cost cut by an amount saves it.
        let cut_by = |m: &MoneyMention| {
            m.start >= 2
                && toks[m.start - 1].is("by")
                && (m.start.saturating_sub(7)..m.start - 1).any(|k| {
                    matches!(
                        toks[k].lower.as_str(),
                        "cut" | "cuts" | "reduce" | "reduces" | "lower" | "lowers" | "trim"
                    )
                })
        };
        // "At €90k a year for six users, we're stopping it": on a stop, money by the year
        // with no word of saving is what the work costs to run, not what it would bring.
        // So on a refusal ("the vendor quoted $120k/yr, so it's a no"), and on money said
        // as paid ("we're paying $160k/yr on the lease", "$30K up front + $900/mo").
        let refusal = matches!(
            verdict,
            Some(Verdict::Stop | Verdict::Reject | Verdict::Defer)
        );
        let saving_said =
            |m: &MoneyMention| near(m, money_words::SAVING_WORDS, 4, 3) || near(m, BENEFIT, 4, 3);
        // "for $400k saves us $70k a year": the price said before the saving's own money.
        let price_before_saving = |m: &MoneyMention| {
            m.period.is_none()
                && money.iter().any(|n| {
                    n.start > m.end
                        && n.start <= m.end + 4
                        && toks[m.end..n.start]
                            .iter()
                            .any(|t| money_words::SAVING_WORDS.contains(&t.lower.as_str()))
                })
        };
        // "would like a monitoring service, around £45k a year", "accepted … a data feed
        // for CHF 95'000 per year": the only money, by the year with no word of saving, is
        // what the thing costs.
        let sole_price = |m: &MoneyMention| money.len() == 1 && !saving_said(m);
        let is_benefit = |m: &MoneyMention| {
            saving_said(m) && !price_before_saving(m)
                || m.period.is_some()
                    && (!(refusal
                        || near(m, money_words::RUNNING_COST_WORDS, 3, 2)
                        || near(m, COST, 3, 2)
                        || money_roles::paid_by_period(toks, m, money)
                        || sole_price(m))
                        || cut_by(m))
        };
        // "paying $160k/yr on the lease now … saves us $70k a year": the money said as a
        // saving before money by the year said without a word of it.
        // "buying it out for $400k saves us $70k a year": the saving is the money by the
        // year after the word, not the price before it.
        let annual = money
            .iter()
            .find(|m| m.period.is_some() && near(m, money_words::SAVING_WORDS, 4, 0))
            .or(money
                .iter()
                .find(|m| saving_said(m) && !price_before_saving(m)))
            .or(money.iter().find(|m| is_benefit(m)));
        let years = intent::find_years(toks);
        r.annual_benefit = annual.map(|m| match (m.period, years) {
            (None, Some(y)) => Money::new(m.money.minor / i64::from(y), m.money.currency),
            _ => m.money,
        });
        // "the cost has gone from ₦900m to ₦1.4bn", "renewal is £28k, up from £19k": the
        // figure a cost moved from is the old one; the one it moved to is the record's.
        // On a deferral, "parked - the agency wants another £20k", "deferred to January,
        // £275k is too much while …": the reason's figure, not what was put off (a
        // rejection's "£1m is too much" is what was refused, and stays its amount).
        let reasons_figure = |m: &MoneyMention| {
            verdict == Some(Verdict::Defer)
                && verdict_at.is_some_and(|(_, v)| money_roles::in_judged_clause(toks, m, v))
        };
        let one_off: Vec<&MoneyMention> = money
            .iter()
            .filter(|m| {
                !is_benefit(m)
                    && m.period.is_none()
                    && !per_thing(m)
                    && !money_roles::moved_from(toks, m, money)
                    && !money_roles::takings(toks, m)
                    && !money_roles::stock_moved(toks, m)
                    && !reasons_figure(m)
                    && (verdict == Some(Verdict::Rescope) || !money_roles::alternative(toks, m))
                    // "we're continuing, came in £45k under budget": how far the cost
                    // came from its budget is no money decided.
                    && (verdict == Some(Verdict::Rescope)
                        || !intent::budget_variance(toks, m.start, m.end))
            })
            .collect();
        r.amount = if verdict == Some(Verdict::Rescope) {
            // "£70k instead of £125k", "rather than the £125k wall", "R$ 2,9 milhões, not
            // R$ 2,4 milhões": the figure replaced.
            let replaced = |m: &MoneyMention| {
                money_roles::alternative(toks, m)
                    || m.start >= 2
                        && matches!(
                            (
                                toks[m.start - 2].lower.as_str(),
                                toks[m.start - 1].lower.as_str()
                            ),
                            ("instead", "of") | ("rather", "than") | (",", "not")
                        )
            };
            one_off
                .iter()
                .find(|m| m.start > 0 && toks[m.start - 1].is("to"))
                .or(one_off.iter().rfind(|m| !replaced(m)))
                .map(|m| m.money)
        } else {
            // "Overtime is £310k over plan, so the tool is approved at £30k": an amount in
            // a clause before the verdict's is the reason's figure when the verdict's own
            // clause holds another.
            let in_verdict_clause = |m: &MoneyMention| {
                verdict_at.is_some_and(|(_, v)| {
                    let (a, b) = if m.start < v {
                        (m.end, v)
                    } else {
                        (v, m.start)
                    };
                    !toks[a.min(b)..b].iter().any(Token::is_break)
                })
            };
            // "Our cloud bill hit €30k last month, so the build farm is approved": money
            // spent in a past time, in a clause of its own, is the reason's figure.
            let spent_before = |m: &MoneyMention| {
                !in_verdict_clause(m)
                    && toks.get(m.end).is_some_and(|t| t.is("last"))
                    && toks.get(m.end + 1).is_some_and(|t| {
                        matches!(
                            t.lower.as_str(),
                            "month" | "year" | "quarter" | "week" | "season" | "winter"
                        )
                    })
            };
            let one_off: Vec<&MoneyMention> =
                one_off.into_iter().filter(|m| !spent_before(m)).collect();
            let first = one_off.first();
            let before_verdict = first.is_some_and(|m| {
                verdict_at.is_some_and(|(_, v)| m.end <= v) && !in_verdict_clause(m)
            });
            let own = one_off.iter().skip(1).find(|m| in_verdict_clause(m));
            // "Packaging asked $1.2mm … Approved one line for now, $600k": money in an
            // earlier sentence than the verdict is what was asked or spent when the
            // verdict's own sentence, after it, gives another.
            let given_after = verdict_at.and_then(|(_, v)| {
                first
                    .filter(|m| m.end <= v && money_roles::sentence_between(toks, m.end, v))
                    .and_then(|_| {
                        one_off.iter().find(|m| {
                            m.start > v && !money_roles::sentence_between(toks, v, m.start)
                        })
                    })
            });
            // "£32.7k all in", "the extra $200k": a total worked out, or the money added on
            // top, is what an approval is about, whatever figures come before it.
            let total = one_off.iter().find(|m| {
                money_roles::worked_total(toks, m) || money_roles::settled_figure(toks, m)
            });
            let more = one_off
                .iter()
                .find(|m| money_roles::added(toks, m))
                .filter(|_| !refusal);
            // "asked for $380k, we've given them $250k": the money given, not the ask.
            let given = first
                .filter(|m| money_roles::asked_for(toks, m))
                .and_then(|_| one_off.iter().skip(1).find(|m| money_roles::given(toks, m)));
            let more = more.or(given);
            match (total.or(more), own, given_after) {
                (Some(m), _, _) => Some(m.money),
                (None, Some(m), _) if before_verdict => Some(m.money),
                (None, _, Some(m)) => Some(m.money),
                _ => first.map(|m| m.money),
            }
        };
    }
}

/// Token by token: is it part of an amount or a date? One pass, so lookups are O(1).
fn amounts_and_dates(
    len: usize,
    money: &[MoneyMention],
    dates: &[dates::DateMention],
) -> Vec<bool> {
    let mut mask = vec![false; len];
    for (s, e) in money
        .iter()
        .map(|m| (m.start, m.end))
        .chain(dates.iter().map(|d| (d.start, d.end)))
    {
        mask[s.min(len)..e.min(len)]
            .iter_mut()
            .for_each(|b| *b = true);
    }
    mask
}

/// Is the date at `at` what someone asked for: "want", "need", "would like" earlier in
/// its clause?
fn asked(toks: &[Token], at: usize) -> bool {
    let clause = &toks[..at.min(toks.len())];
    clause
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, t)| !t.is_break())
        .any(|(k, t)| {
            // "we need a plan B by 8 Jan" is our own deadline, not a request; so is one
            // said with no one else wanting it ("gonna need the quotes by Fri, @chris?",
            // "Need to know before the 8th").
            let before = |n: usize| k.checked_sub(n).map(|j| &clause[j]);
            let writer = |t: Option<&Token>| {
                t.is_none_or(|t| {
                    matches!(t.lower.as_str(), "we" | "i" | "." | "!" | "?" | "\n" | ";")
                })
            };
            let ours =
                writer(before(1)) || before(1).is_some_and(|t| t.is("gonna")) && writer(before(2));
            !ours
                && matches!(
                    t.lower.as_str(),
                    "want" | "wants" | "wanted" | "need" | "needs" | "like" | "asked" | "asking"
                )
        })
}

/// The rules' role for date mention `d`: from its cue, the record's kind and verdict.
fn rule_role(
    r: &Reading,
    toks: &[Token],
    d: &dates::DateMention,
    has_action: bool,
    verdict_at: Option<usize>,
    today: NaiveDate,
) -> Role {
    use dates::Cue;
    let defer = r.verdict == Some(Verdict::Defer);
    // "Board minutes 19/11 - drones deferred to March": a recent plain date before the
    // verdict is when it was decided; the look-again date comes after it ("the vendor can
    // only start in March, so we're holding off till then" looks again in March).
    let before_verdict =
        verdict_at.is_some_and(|v| d.end <= v) && (today - d.past).num_days() <= 31;
    // "after the review on 18/11": a look-again date in the past is just a date.
    let cue = if d.cue == Cue::Until && d.past == d.future && d.future <= today {
        Cue::At
    } else {
        d.cue
    };
    // "knocked back in October but it's back on": the date of the verdict turned round.
    if verdict_at.is_some_and(|v| verdict_shapes::turned_by_but(toks, d.end, v, v + 1)) {
        return Role::None;
    }
    // "will be tested one more winter, decision about full rollout in April": after going
    // on, the decision still to take is when to look again (whatever milestone it names).
    if matches!(cue, Cue::At | Cue::Milestone)
        && r.verdict == Some(Verdict::Continue)
        && r.intent == Intent::Decision
        && verdict_at.is_some_and(|v| d.start > v)
        && d.future > today
        && decision_point_before(toks, d.start)
    {
        return Role::Review;
    }
    match cue {
        // "they want a decision by the 20th", "wants it in every room by September":
        // a note records the request, not a deadline of ours.
        // "IT want a firewall upgrade by March": a proposal's wished-for time is theirs too.
        // Handed to someone of ours ("Finance want the write-off done before 31/3, Mere to
        // sort the paperwork"), it is the follow-up's deadline.
        Cue::By | Cue::Until
            if matches!(r.intent, Intent::Note | Intent::Investment)
                && asked(toks, d.start)
                && !(has_action && r.intent == Intent::Note && cue == Cue::By) =>
        {
            Role::None
        }
        // "the go-live has slipped to March": in a note, a new date nobody is asked to
        // meet is not a due date (a follow-up's is).
        Cue::Until if r.intent == Intent::Note && !has_action => Role::None,
        // "the cutover weekend is 2/20-2/21": in a note, when a thing is set to happen is
        // not when anything happened.
        Cue::At if r.intent == Intent::Note && scheduled(toks, d.start) => Role::None,
        // "Kiosks: a maybe for Q2": in a note, a time things are meant for lies ahead.
        Cue::At
            if r.intent == Intent::Note
                && d.future > today
                && d.start > 0
                && toks[d.start - 1].is("for") =>
        {
            Role::None
        }
        Cue::By if defer && !has_action => Role::Review,
        // "said no - can't resource it before April": a refusal with no follow-up sets no
        // deadline; its date belongs to the reason.
        Cue::By
            if matches!(r.verdict, Some(Verdict::Reject | Verdict::Stop))
                && r.intent == Intent::Decision
                && !has_action =>
        {
            Role::None
        }
        Cue::By => Role::Due,
        // "approved at £60k, cash is tight until January": an approval sets no look-again;
        // the time its reason waits for belongs to the reason.
        Cue::Until
            if r.verdict == Some(Verdict::Approve)
                && r.intent == Intent::Decision
                && toks[d.start.saturating_sub(3)..d.start]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "until" | "till" | "til" | "'til")) =>
        {
            Role::None
        }
        Cue::Until if defer || r.intent == Intent::Decision => Role::Review,
        Cue::Until => Role::Due,
        // When an investment goes live is its start; for anything else, not a date the
        // record keeps.
        Cue::Milestone if r.intent == Intent::Investment => Role::Date,
        // "saved £31k since April": the start of the period a benefit covers.
        Cue::Since if r.intent == Intent::Benefit => Role::Date,
        Cue::Milestone | Cue::Since => Role::None,
        Cue::At if defer && d.future > today && !before_verdict => Role::Review,

        // "we're stopping it at the end of the month": when the stop takes effect.
        Cue::At if r.verdict == Some(Verdict::Stop) && r.intent == Intent::Decision => Role::Date,
        // "LMS: go, 60 k€, start in January", "back on for Q1", "the lease ends June": after
        // the verdict, when a plan is set to happen, not when it was decided.
        Cue::At
            if r.intent == Intent::Decision
                && verdict_at.is_some_and(|v| d.start > v)
                && d.future > today
                && (scheduled(toks, d.start)
                    || d.start > 0
                        && (toks[d.start - 1].is("for") || toks[d.start - 1].is("from"))) =>
        {
            Role::None
        }
        // "Next GL 15.12.": the next meeting's date is no date of the record, whatever its
        // verdict (nor, whatever the model reads, below).
        Cue::At if dates::next_meeting_before(toks, d.start) => Role::None,
        // "out of support next year": a date with no reading in the past is not when
        // anything happened.
        Cue::At if d.past > today => Role::None,
        Cue::At => Role::Date,
    }
}

/// Role `role` of date `d`, unless where the date sits says it is no date of the record
/// (whatever the rules or the model read): a time inside a condition or a reason is not
/// when to look again or a deadline; a decision still to come by a date in a note is
/// nobody's deadline; a meeting still to come said with its time is not when anything
/// happened; the period a budget is for is not when it was decided.
fn placed(
    role: Role,
    r: &Reading,
    toks: &[Token],
    d: &dates::DateMention,
    (has_action, verdict_at): (bool, Option<usize>),
    today: NaiveDate,
) -> Role {
    let ahead = matches!(role, Role::Review | Role::Due);
    let none = ahead
        && (date_contexts::in_condition(toks, d) || date_contexts::in_reason(toks, d, verdict_at))
        || role == Role::Review
            && verdict_at.is_some_and(|v| date_contexts::on_another_item(toks, d, v))
        || role == Role::Date
            && r.intent == Intent::Benefit
            && date_contexts::went_live_at(toks, d)
        || role == Role::Date
            && r.intent == Intent::Note
            && (date_contexts::runs_out_at(toks, d) || date_contexts::counted_in_a_month(toks, d))
        || role == Role::Date
            && r.intent == Intent::Investment
            && (date_contexts::runs_out_at(toks, d)
                || date_contexts::told_as_done(toks, d)
                || date_contexts::sold_then(toks, d)
                || date_contexts::event_it_must_precede(toks, d))
        || role == Role::Due
            && r.intent == Intent::Note
            && !has_action
            && decision_point_before(toks, d.start)
        || role == Role::Date
            && matches!(r.intent, Intent::Note | Intent::None)
            && (date_contexts::meeting_ahead(toks, d) || date_contexts::purpose_ahead(toks, d))
        || role == Role::Date
            && matches!(r.intent, Intent::Note | Intent::Decision)
            && date_contexts::wanted_then(toks, d)
        || role == Role::Date
            && r.intent == Intent::Decision
            && verdict_at.is_some_and(|v| v > d.end)
            && date_contexts::in_history_of_a_thing(toks, d)
        || role == Role::Date
            && (r.intent == Intent::Note
                || r.intent == Intent::Decision && verdict_at.is_some_and(|v| v < d.start))
            && date_contexts::month_planned(toks, d, today)
        || role == Role::Date
            && r.intent == Intent::Decision
            && (date_contexts::budget_period(toks, d) || date_contexts::worked_over(toks, d))
        || date_contexts::away_on(toks, d);
    if none {
        Role::None
    } else if role == Role::Date
        && r.intent == Intent::Note
        && date_contexts::asked_of_someone(toks, d)
    {
        // "@jean can you have a look the day?": when the request is wanted.
        Role::Due
    } else {
        role
    }
}

/// "decision about full rollout in April", "decision on the second batch in March": the
/// date at `start` is when a decision still to come is due.
fn decision_point_before(toks: &[Token], start: usize) -> bool {
    let from = start.saturating_sub(8);
    let clause_start = (from..start)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(from, |k| k + 1);
    (clause_start..start.saturating_sub(1)).any(|k| {
        matches!(toks[k].lower.as_str(), "decision" | "call")
            && matches!(toks[k + 1].lower.as_str(), "on" | "about" | "re")
    })
}

/// Is the date at `start` said as when something is set to happen ("is 2/20", "will be
/// on the 18th", "is booked for Thursday")?
fn scheduled(toks: &[Token], start: usize) -> bool {
    // The second date of a range ("2/20-2/21") is said as its first is.
    let mut start = start;
    if start > 0 && matches!(toks[start - 1].lower.as_str(), "-" | "–" | "to" | "thru") {
        start -= 1;
        while start > 0
            && (toks[start - 1].kind == tokens::TokKind::Num || toks[start - 1].is_sym("/"))
        {
            start -= 1;
        }
    }
    let word = |k: usize| {
        start
            .checked_sub(k)
            .and_then(|j| toks.get(j))
            .map_or("", |t| t.lower.as_str())
    };
    // "go-live is still 1 March", "install is now 3 February": said of the plan as it
    // stands.
    let skip = usize::from(matches!(word(1), "still" | "now" | "currently"));
    let (w1, w2) = match word(1 + skip) {
        "on" | "for" => (word(2 + skip), word(3 + skip)),
        w => (w, word(2 + skip)),
    };
    // "we're going back out with an RFQ in Feb", "goes to the ops committee on Jan 15th",
    // "go-live set for March 3rd": a plan earlier in the clause puts its date ahead.
    // "plan" only as a verb ("we plan to"): "approved our dust plan on Monday" is past.
    let window = &toks[start.saturating_sub(10)..start];
    let clause: Vec<&Token> = tokens::back_in_clause(window).collect();
    let plan_to = clause.windows(2).any(|w| w[0].is("to") && w[1].is("plan"))
        // "we'll make the call on the 12th".
        || clause.iter().any(|t| t.lower.ends_with("'ll"))
        // "the clock folk can do a demo the week of the 14th": an offer, ahead.
        || clause
            .windows(2)
            .any(|w| w[0].is("do") && matches!(w[1].lower.as_str(), "can" | "could"));
    let planned = plan_to
        || tokens::back_in_clause(window).any(|t| {
            matches!(
                t.lower.as_str(),
                "going"
                    | "goes"
                    | "want"
                    | "wants"
                    | "revisit"
                    | "will"
                    | "'ll"
                    | "expected"
                    | "planning"
                    | "set"
                    | "start"
                    | "starts"
                    | "restarts"
                    | "resumes"
                    | "ends"
                    | "expires"
                    | "begin"
                    | "begins"
                    | "kicks"
                    | "agenda"
                    | "coming"
                    | "visiting"
                    | "arriving"
                    | "runs"
                    | "lapses"
            )
        })
        // "the integrator is visiting Tuesday", "they're demoing on Monday": an
        // arrangement ahead.
        || clause.windows(2).any(|w| {
            w[0].lower.len() > 4
                && w[0].lower.ends_with("ing")
                && matches!(w[1].lower.as_str(), "is" | "are" | "'re" | "we're" | "they're")
        });
    // "final sign-off in Jan", "final call on the 14th": a decision still to be taken.
    let decision_ahead = clause.windows(2).any(|w| {
        w[1].is("final")
            && matches!(
                w[0].lower.as_str(),
                "sign" | "sign-off" | "signoff" | "decision" | "call" | "approval"
            )
    })
        // "go/no-go on Jan 12": the decision point ahead.
        || clause.windows(3).any(|w| w[2].is_sym("/") && w[1].is("no"));
    planned
        || decision_ahead
        || matches!(w1, "is" | "are")
        || w1 == "be" && w2 == "will"
        // "the engineers are in on Wednesday to calibrate …": a visit still to come.
        || w1 == "in" && matches!(w2, "is" | "are" | "'re" | "be")
        || matches!(w1, "booked" | "scheduled" | "planned") && matches!(w2, "is" | "are")
}

/// The date mentions outside the follow-up, each with what the date-role model reads and
/// the rules' role. Dates inside the follow-up are its due date, by its structure.
fn date_mentions<'a>(
    r: &Reading,
    toks: &'a [Token],
    dates: &'a [dates::DateMention],
    action: Option<&intent::ActionSpan>,
    verdict_at: Option<usize>,
    today: NaiveDate,
) -> Vec<date_roles::Mention<'a>> {
    dates
        .iter()
        .filter(|d| !action.is_some_and(|a| d.start >= a.start && d.start <= a.end))
        .enumerate()
        .map(|(nth, d)| date_roles::Mention {
            toks,
            d,
            intent: r.intent,
            verdict: r.verdict,
            verdict_at,
            today,
            rule: placed(
                rule_role(r, toks, d, action.is_some(), verdict_at, today),
                r,
                toks,
                d,
                (action.is_some(), verdict_at),
                today,
            ),
            asked: asked(toks, d.start),
            nth,
        })
        .collect()
}

/// "install starts in January", "pull a crew together for January": in a follow-up, a
/// time when the work starts, or a month it is for, no deadline of the task ("set it up for
/// Tuesday" is one).
fn lands_or_is_for(toks: &[Token], d: &dates::DateMention) -> bool {
    let word = |k: usize| {
        d.start
            .checked_sub(k)
            .map_or("", |j| toks[j].lower.as_str())
    };
    let month_alone = d.end == d.start + 1 && dates::month(&toks[d.start].lower).is_some();
    word(1) == "for" && month_alone
        || matches!(word(1), "in" | "on" | "from")
            && matches!(
                word(2),
                "starts" | "start" | "starting" | "begins" | "lands" | "launches"
            )
}

fn assign_dates(
    r: &mut Reading,
    toks: &[Token],
    dates: &[dates::DateMention],
    action: Option<&intent::ActionSpan>,
    verdict_at: Option<usize>,
    today: NaiveDate,
    roles: &ReasonModel,
) {
    let mut mentions = date_mentions(r, toks, dates, action, verdict_at, today).into_iter();
    let mut found: [Option<NaiveDate>; 3] = [None; 3];
    // "since Aug" is the date only when no other date says when ("since Aug, $48k in Oct").
    let mut since: Option<NaiveDate> = None;
    // Where the date taken as `date` was said.
    let mut date_from: Option<usize> = None;
    for d in dates {
        // In mention order, so the first date for a field wins as it is written.
        let in_action = action.is_some_and(|a| d.start >= a.start && d.start <= a.end);
        let (i, value) = if in_action && lands_or_is_for(toks, d) {
            (Role::None.index(), None)
        } else if in_action {
            (Role::Due.index(), Some(d.future).filter(|f| *f >= today))
        } else {
            let m = mentions
                .next()
                .expect("one mention per date outside the follow-up");
            let role = if roles.is_empty() {
                m.rule
            } else {
                date_roles::ROLES[roles.choose(&date_roles::options(&m), m.rule.index())]
            };
            // "continue into next year": how long the work goes on, never a date to look
            // again or to meet, whatever the model reads.
            // "Next GL 15.12.": the next meeting's date is no date of the record either.
            let role = if d.start > 0 && toks[d.start - 1].is("into")
                || dates::next_meeting_before(toks, d.start)
            {
                Role::None
            } else {
                placed(role, r, toks, d, (action.is_some(), verdict_at), today)
            };
            (role.index(), role.value(m.d, m.intent, m.verdict, today))
        };
        if d.cue == dates::Cue::Since && i == Role::Date.index() {
            since = since.or(value);
        } else if i < 3 && found[i].is_none() {
            found[i] = value;
            if i == Role::Date.index() {
                date_from = Some(d.start);
            }
        }
    }
    found[Role::Date.index()] = found[Role::Date.index()].or(since);
    // "Q1 we'll swap the counters, roughly $9K … Start early Feb.": a proposal's start said
    // as one is its date, over a time said before it.
    if r.intent == Intent::Investment && found[Role::Date.index()].is_some() {
        let said_as_start = |d: &&dates::DateMention| {
            let word = |k: usize| {
                d.start
                    .checked_sub(k)
                    .map_or("", |j| toks[j].lower.as_str())
            };
            let lead = usize::from(matches!(word(1), "in" | "on" | "from" | "early" | "mid"));
            date_from != Some(d.start)
                && matches!(
                    word(1 + lead),
                    "start" | "starts" | "starting" | "begin" | "begins" | "beginning"
                )
        };
        if let Some(d) = dates.iter().find(said_as_start) {
            found[Role::Date.index()] = Some(d.future);
            date_from = Some(d.start);
        }
    }
    // "parked until after the year-end close. look again in March": the date said to look
    // again is the review date, whatever date the condition before it names.
    let clause_start = |at: usize| {
        toks[..at]
            .iter()
            .rposition(|t| t.is_break() || (t.is_sym("-") && !t.attached))
            .map_or(0, |p| p + 1)
    };
    let look_again = dates.iter().find(|d| {
        !action.is_some_and(|a| d.start >= a.start && d.start <= a.end)
            && (clauses::opens_look_again(toks, clause_start(d.start))
                // "tomorrow we discuss again": the time said before who looks again.
                || clause_start(d.start) == d.start && clauses::opens_look_again(toks, d.end))
    });
    // "we review the benefits after year end in September": the clause's last date is the
    // one it settles on.
    let look_again = look_again.or_else(|| {
        dates.iter().rev().find(|d| {
            !action.is_some_and(|a| d.start >= a.start && d.start <= a.end)
                && date_contexts::review_said(toks, d)
        })
    });
    // "will look at the rest again in June": a time to look again is no deadline, whatever
    // the record.
    if look_again.is_some_and(|d| found[Role::Due.index()] == Some(d.future)) {
        found[Role::Due.index()] = None;
    }
    if let Some(d) = look_again.filter(|_| r.intent == Intent::Decision) {
        found[Role::Review.index()] = Some(d.future);
        // "Come back with it in February": the date to look again is not also when.
        if date_from == Some(d.start) {
            found[Role::Date.index()] = None;
        }
    }
    let [date, review, due] = found;
    r.date = r.date.or(date);
    r.review_date = r.review_date.or(review);
    r.due = r.due.or(due);
}

#[cfg(test)]
mod amount_misses2_tests;
#[cfg(test)]
mod amount_misses_tests;
#[cfg(test)]
mod b1_defects_tests;
#[cfg(test)]
mod c1_conventions_tests;
#[cfg(test)]
mod c2_conventions_tests;
#[cfg(test)]
mod c3_conventions_tests;
#[cfg(test)]
mod c4_conventions_tests;
#[cfg(test)]
mod clause_tests;
#[cfg(test)]
mod compound_names_tests;
#[cfg(test)]
mod d11_misses_tests;
#[cfg(test)]
mod date_misses10_tests;
#[cfg(test)]
mod date_misses11_tests;
#[cfg(test)]
mod date_misses12_tests;
#[cfg(test)]
mod eighth_strangers_tests;
#[cfg(test)]
mod eleventh_strangers_tests;
#[cfg(test)]
mod fifth_strangers_tests;
#[cfg(test)]
mod fourth_strangers_tests;
#[cfg(test)]
mod intent_misses_tests;
#[cfg(test)]
mod known_misses_tests;
#[cfg(test)]
mod model_guards_tests;
#[cfg(test)]
mod name_forms_tests;
#[cfg(test)]
mod name_misses10_tests;
#[cfg(test)]
mod name_misses11_tests;
#[cfg(test)]
mod name_misses12_tests;
#[cfg(test)]
mod name_misses13_tests;
#[cfg(test)]
mod name_misses14_tests;
#[cfg(test)]
mod name_misses15_tests;
#[cfg(test)]
mod name_misses7_tests;
#[cfg(test)]
mod name_misses8_tests;
#[cfg(test)]
mod name_misses9_tests;
#[cfg(test)]
mod name_misses_tests;
#[cfg(test)]
mod ninth_strangers_tests;
#[cfg(test)]
mod owner_forms_tests;
#[cfg(test)]
mod plain_words_tests;
#[cfg(test)]
mod r13_reasons_tests;
#[cfg(test)]
mod r14_reasons_found_tests;
#[cfg(test)]
mod r15_reason_spans_tests;
#[cfg(test)]
mod r16_reasons_tests;
#[cfg(test)]
mod r17_reasons_tests;
#[cfg(test)]
mod rationale_shapes_tests;
#[cfg(test)]
mod reason_misses10_tests;
#[cfg(test)]
mod reason_misses11_tests;
#[cfg(test)]
mod reason_misses12_tests;
#[cfg(test)]
mod reason_misses13_tests;
#[cfg(test)]
mod reason_misses14_tests;
#[cfg(test)]
mod reason_misses7_tests;
#[cfg(test)]
mod reason_misses8_tests;
#[cfg(test)]
mod reason_misses9_tests;
#[cfg(test)]
mod reason_misses_tests;
#[cfg(test)]
mod reason_shapes_tests;
#[cfg(test)]
mod record_splits_tests;
#[cfg(test)]
mod recorded_now_tests;
#[cfg(test)]
mod s10_strangers_tests;
#[cfg(test)]
mod s11_strangers_tests;
#[cfg(test)]
mod s12_strangers_tests;
#[cfg(test)]
mod s13_strangers_tests;
#[cfg(test)]
mod seventh_strangers_tests;
#[cfg(test)]
mod short_forms_tests;
#[cfg(test)]
mod sixth_strangers_tests;
#[cfg(test)]
mod stranger_forms_tests;
#[cfg(test)]
mod stranger_shapes_tests;
#[cfg(test)]
mod tenth_strangers_tests;
#[cfg(test)]
mod test_names;
#[cfg(test)]
use test_names::{inv, unit};
#[cfg(test)]
mod intent_misses10_tests;
#[cfg(test)]
mod readme_examples_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod third_strangers_tests;
#[cfg(test)]
mod twelfth_strangers_tests;
#[cfg(test)]
mod unmet_writer_tests;
#[cfg(test)]
mod unspelt_names_tests;
#[cfg(test)]
mod v12_names_tests;
#[cfg(test)]
mod v12_verdicts_tests;
#[cfg(test)]
mod v13_misses_tests;
#[cfg(test)]
mod v14_misses_tests;
#[cfg(test)]
mod v15_misses_tests;
#[cfg(test)]
mod verdict_forms_tests;
#[cfg(test)]
mod verdict_misses10_tests;
#[cfg(test)]
mod verdict_misses11_tests;
#[cfg(test)]
mod verdict_misses12_tests;
#[cfg(test)]
mod verdict_misses13_tests;
#[cfg(test)]
mod verdict_misses14_tests;
#[cfg(test)]
mod verdict_misses7_tests;
#[cfg(test)]
mod verdict_misses8_tests;
#[cfg(test)]
mod verdict_misses9_tests;

/// Of `unit`'s investments, the one named "<the unit's name or an alias> <thing>" (the
/// Theatre Scheduling System for Theatre's "scheduling system"), when exactly one is.
fn unit_and_thing(ix: &names::NameIndex, unit: Option<&str>, thing: Option<&str>) -> Option<usize> {
    let (unit, thing) = (unit?, thing?.to_lowercase());
    let u = ix.units.iter().find(|u| u.name == unit)?;
    let mut found = ix.investments.iter().enumerate().filter(|(_, inv)| {
        inv.unit == unit
            && inv
                .name
                .to_lowercase()
                .strip_suffix(&thing)
                .and_then(|head| head.strip_suffix(' '))
                .is_some_and(|head| {
                    std::iter::once(&u.name)
                        .chain(&u.aliases)
                        .any(|n| n.to_lowercase() == head)
                })
    });
    let (inv, _) = found.next()?;
    found.next().is_none().then_some(inv)
}
