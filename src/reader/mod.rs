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
//! - An approval, a refusal or a deferral of a name not in the directory sets
//!   `new_investment` (its draft registers it with the decision); the name is taken as
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
mod benefit_results;
mod both_named;
mod building;
mod by_then;
mod category;
mod chat_asides;
mod chat_logs;
mod chat_verdicts;
mod chosen_it_is;
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
mod due_labels;
mod earlier_phase;
mod email_trailers;
mod everyday_verdicts;
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
mod labelled_reasons;
mod left_for_later;
mod left_to_wait;
mod list_items;
mod market_prices;
mod measured;
mod meeting_days;
pub mod model;
mod model_guards;
mod money_cut_alone;
mod money_results;
mod money_roles;
mod money_sentences;
mod money_words;
mod name_idioms;
mod name_variants;
mod named_work_results;
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
mod reading;
mod realised_savings;
mod reason_dates;
mod reason_heads;
mod reason_runs_on;
pub mod reasons;
mod record_text;
mod records;
mod refusal_tags;
mod refused_funding;
mod refused_prices;
mod refused_spend;
mod rescope_prices;
mod resolve_names;
mod result_subject;
mod running_costs;
mod said_otherwise;
mod saying_reasons;
mod scope_kept;
mod second_language_verdicts;
mod short_causes;
mod slack_markup;
mod slight_reasons;
mod slipped_work;
mod slips_and_short_forms;
mod small_talk;
mod so_joined;
mod so_opened;
mod spoken_days;
mod spoken_tags;
mod spoken_verdicts;
mod status_lines;
mod status_transitions;
mod support_ended;
mod tail_clause;
mod tasks_on_decided;
mod terms_and_offers;
mod terms_of_address;
mod terse_verdicts;
mod thanks_to_work;
mod time_named_things;
mod timed_conditions;
mod tokens;
mod told_ahead;
mod told_around_verdict;
mod told_in_passing;
mod told_incidents;
mod told_scopes;
mod training_examples;
mod units_met;
mod unused_things;
mod vendor_products;
mod verdict_asides;
mod verdict_headings;
mod verdict_idioms;
mod verdict_shapes;
mod verdict_words_not_verdicts;
mod verdicts;
mod wished_dates;
mod work_times;

use self::assign_dates::*;
use self::rationale_choice::Found;

pub use dates::{read_date, read_date_in, Calendar, Looking};
pub use model::IntentModel;
pub use names::{
    Directory, InvestmentName, StaticDirectory, StoreDirectory, UnitName, GENERIC, MAX_NAMES,
};
pub use questions::question;
pub use reading::{
    FollowUpReading, Intent, Missing, ReadError, ReaderSettings, Reading, MAX_MESSAGE_BYTES,
    MAX_MORE_RECORDS,
};
pub use reasons::ReasonModel;
pub use training_examples::RationaleRecall;

use crate::domain::Verdict;
use crate::money::{Currency, Money};
use chrono::NaiveDate;
use date_roles::Role;
use money_words::MoneyMention;
use names::{NameIndex, Target};
use tokens::Token;

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
        // An email pasted in: what its writer wrote above the sign-off or the quoted history,
        // unless that reads as nothing ("FYI below."), when the forwarded message decides.
        let written = email_trailers::written_part(message);
        if written.len() < message.len() {
            let reading = self.read(written, speaker, today)?;
            if reading.intent != Intent::None {
                return Ok(reading);
            }
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
                && toks.get(a + 1).is_some_and(|t| t.is("new"))
                || records::same_for_at(&toks, a);
            // Its words alone may read as nothing (to the intent model, or to the rules):
            // then it is read said with the verdict ("signed off a new podcast kit at £6k").
            // "The customer portal is the same, let's look again in March.": read as a note,
            // its look-again date is no review; said with the verdict, it is.
            let same_unread = more.verdict.is_none() && records::same_for_at(&toks, a);
            if (more.intent == Intent::None || same_unread) && listed_new && first.verdict.is_some()
            {
                if let Some(v) = verdicts::find_verdict_in(&toks, first_start, a) {
                    let said = format!(
                        "{} {}",
                        &message[toks[v.start].start..toks[v.end - 1].end],
                        &message[toks[a].start..toks[b - 1].end]
                    );
                    more = this.assemble(&said, &tokens::tokenize(&said), speaker, today);
                    // "hold till … Customer portal phase 2 is the same": the thing's own
                    // words after a verdict that ends on "till" are no reason.
                    if same_unread
                        && more
                            .rationale
                            .as_deref()
                            .is_some_and(|w| w.to_lowercase().contains(" the same"))
                    {
                        more.rationale = None;
                    }
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
            self.file_under_heading_or_decided(&mut more, &first, &toks, (a, b));
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

#[cfg(test)]
mod tests;
