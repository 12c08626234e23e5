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

mod answers_given;
mod approval_asks;
mod as_comparisons;
mod asked_of_us;
mod asks_put_up;
mod assemble;
mod assign_dates;
mod assign_money;
mod bare_clauses;
mod benefit_consequences;
mod benefit_money;
mod both_named;
mod building;
mod by_then;
mod category;
mod chat_asides;
mod chat_verdicts;
mod clauses;
mod compound_acronyms;
mod counted_things;
mod date_contexts;
mod date_roles;
mod dated_reasons;
mod dates;
mod deadline_days;
mod decided_things;
mod deciders;
mod described_things;
mod dictated_punctuation;
mod done_with;
mod dropped_g;
mod earlier_phase;
mod figure_rescopes;
mod figures_put_right;
mod french_verdicts;
mod funders_asks;
mod getting_things;
mod going_on_dates;
mod heading_dates;
mod headings;
mod hold_reasons;
mod incident_days;
mod intent;
mod judged_on;
mod kept_until;
mod known_acronyms;
mod left_to_wait;
mod list_items;
mod market_prices;
mod measured;
mod meeting_days;
pub mod model;
mod model_guards;
mod money_results;
mod money_roles;
mod money_sentences;
mod money_words;
mod name_idioms;
mod name_variants;
mod names;
mod new_budget;
mod new_names;
mod new_things;
mod next_sentence;
mod not_contrasts;
mod only_for_now;
mod others_news;
mod over_budget;
mod owns;
mod paid_before;
mod passes;
mod paying_off;
mod payments_dropped;
mod placed_things;
mod plain_verdicts;
mod plural_subjects;
mod pointing_back;
mod praise_then_result;
mod progress_counts;
mod questions;
mod rationale_choice;
mod rationale_settling;
mod read_memo;
mod realised_savings;
mod reason_heads;
mod reason_runs_on;
pub mod reasons;
mod records;
mod refusal_tags;
mod refused_prices;
mod refused_spend;
mod rescope_prices;
mod resolve_names;
mod result_subject;
mod running_costs;
mod said_otherwise;
mod saying_reasons;
mod scope_kept;
mod short_causes;
mod slack_markup;
mod slight_reasons;
mod small_talk;
mod so_joined;
mod so_opened;
mod spoken_days;
mod spoken_tags;
mod spoken_verdicts;
mod status_lines;
mod support_ended;
mod tail_clause;
mod terms_and_offers;
mod terms_of_address;
mod terse_verdicts;
mod thanks_to_work;
mod time_named_things;
mod timed_conditions;
mod tokens;
mod told_around_verdict;
mod told_in_passing;
mod told_scopes;
mod training_examples;
mod units_met;
mod unused_things;
mod vendor_products;
mod verdict_asides;
mod verdict_headings;
mod verdict_idioms;
mod verdict_shapes;
mod verdicts;
mod work_times;

use self::assign_dates::*;
use self::rationale_choice::Found;

pub use dates::{read_date, read_date_in, Calendar, Looking};
pub use model::IntentModel;
pub use names::{
    Directory, InvestmentName, StaticDirectory, StoreDirectory, UnitName, GENERIC, MAX_NAMES,
};
pub use questions::question;
pub use reasons::ReasonModel;
pub use training_examples::RationaleRecall;

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
    /// The month the tenant's financial year starts in, when its settings say.
    financial_year: Option<chrono::Month>,
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
        // Spans of the message asked about again by later passes are answered once (see
        // `read_memo`); dropped before `toks`, as it is declared after them.
        let _memo = read_memo::MessageMemo::start(&toks);
        let mut spans = records::split(&toks, &self.index, self.settings.default_currency);
        let (first_start, mut first_end) = spans[0];
        let tenant = self.settings.default_currency;
        let in_other = self.in_written_currency(&toks);
        let this = in_other.as_ref().unwrap_or(self);
        // "ok'd at committee last night:\n- A, 16k\n- B, 3.4k": one record per item.
        if let Some(items) = this.read_heading_items(message, &toks, speaker, today) {
            return Ok(items);
        }
        let mut first = this.assemble(message, &toks[first_start..first_end], speaker, today);
        // "Matters arising:\n- Item 8.2 (briquette boiler): the manager confirmed …\n- Fleet
        // tracking: @kamau to …": an item of a list split off first that reads as nothing
        // alone is read with the item after it, as one record.
        if first.intent == Intent::None
            && spans.len() > 1
            && list_items::list_item(&toks, first_start)
        {
            first_end = spans[1].1;
            spans.remove(1);
            spans[0].1 = first_end;
            first = this.assemble(message, &toks[first_start..first_end], speaker, today);
        }
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
            // "From yesterday's board: … And the depot refurb goes up to £310k from £260k":
            // an item that reads no verdict alone is read under the heading of the meeting
            // that decided it, when that gives it one.
            if more.verdict.is_none() {
                if let Some((said, said_toks)) = this.said_under_heading(message, &toks, (a, b)) {
                    let under = this.assemble(&said, &said_toks, speaker, today);
                    if under.verdict.is_some() {
                        more = under;
                    }
                }
            }
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

    /// The record at `a..b` said after the heading that opens the message, when that names
    /// a meeting or a body that decides ("From yesterday's board: …").
    fn said_under_heading(
        &self,
        message: &str,
        toks: &[Token],
        (a, b): (usize, usize),
    ) -> Option<(String, Vec<Token>)> {
        let colon = verdict_shapes::deciding_heading_end(toks).filter(|&c| c < a)?;
        let said = format!(
            "{} {}",
            &message[..toks[colon].end],
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
}

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

#[cfg(test)]
mod tests;
