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

mod about_time;
mod absolute_grounds;
mod accounts_write_off;
mod after_a_holiday;
mod after_incidents;
mod ahead_as_planned;
mod answered_yes;
mod answers_given;
mod approval_asks;
mod arrow_to_a_time;
mod as_comparisons;
mod asked_of_us;
mod asking_for_news;
mod asks_put_up;
mod assemble;
mod assign_dates;
mod assign_money;
mod away_notice;
mod bare_clauses;
mod benefit_and_results;
mod benefit_consequences;
mod benefit_evidence;
mod benefit_money;
mod benefit_results;
mod both_named;
mod bought_things;
mod building;
mod buy_a_new_one;
mod buying_at_a_price;
mod by_then;
mod cannot_run_more;
mod catch_up;
mod category;
mod chat_asides;
mod chat_line_speakers;
mod chat_logs;
mod chat_verdicts;
mod cheaper_option;
mod chinese_english_verdicts;
mod chosen_it_is;
mod clause_verbs;
mod clauses;
mod commenter_names;
mod compound_acronyms;
mod confirmed_done;
mod cost_taken_down;
mod cost_taken_on;
mod costed_lines;
mod could_we_answered;
mod counted_results;
mod counted_things;
mod counts_cut_at_a_price;
mod current_one_works;
mod cut_back_to;
mod cut_instead;
mod date_contexts;
mod date_roles;
mod dated_reasons;
mod dates;
mod deadline_days;
mod deadline_only;
mod decided_things;
mod decider_heads;
mod decider_looks;
mod decider_words;
mod deciders;
mod deciders_after_a_meeting;
mod deciders_again;
mod deciders_at_its_sitting;
mod deciders_boss;
mod deciders_by_pronoun;
mod deciders_closing;
mod deciders_confirming;
mod deciders_contracted;
mod deciders_decided_heading;
mod deciders_decision_of;
mod deciders_fine_after;
mod deciders_fine_with;
mod deciders_heading_from;
mod deciders_honorific;
mod deciders_in_fields;
mod deciders_in_letters;
mod deciders_in_logs;
mod deciders_pair_agreed;
mod deciders_passed_on;
mod deciders_per;
mod deciders_put_on_hold;
mod deciders_quoted;
mod deciders_said;
mod deciders_said_after;
mod deciders_said_so;
mod deciders_signed_dash;
mod deciders_thanked;
mod deciders_told;
mod deciders_told_me;
mod deciders_wanted_instead;
mod deliberation_days;
mod described_things;
mod dialect_auxiliaries;
mod dictated_punctuation;
mod doing_now;
mod done_after_all;
mod done_with;
mod dropped_g;
mod due_changes;
mod due_labels;
mod earlier_phase;
mod edits_within;
mod email_trailers;
mod equals_results;
mod everyday_verdicts;
mod fewer_at_a_price;
mod fewer_bought;
mod fewer_instead;
mod figure_instead;
mod figure_rescopes;
mod figures_put_right;
mod filipino_verdicts;
mod fine_with;
mod fine_with_staying;
mod french_verdicts;
mod frequency_adverbs;
mod funders_asks;
mod getting_things;
mod going_on_dates;
mod good_to_go;
mod got_at_a_price;
mod guessed_names;
mod happy_to_put_into;
mod heading_dates;
mod headings;
mod hedged_causes;
mod held_in_brackets;
mod hold_reasons;
mod hong_kong_verdicts;
mod incident_days;
mod intent;
mod interjections;
mod judged_on;
mod kept_and_pulled;
mod kept_as_it_is;
mod kept_their_own;
mod kept_until;
mod known_acronyms;
mod labelled_reasons;
mod laughed_off;
mod left_for_later;
mod left_to_wait;
mod level_kept;
mod list_items;
mod log_answers;
mod look_again_events;
mod market_prices;
mod means_results;
mod measured;
mod meeting_days;
mod meeting_word_in_name;
mod missed_the_cut;
pub mod model;
mod model_guards;
mod money_beside_result;
mod money_cut_alone;
mod money_in_since;
mod money_results;
mod money_roles;
mod money_sentences;
mod money_sunk;
mod money_words;
mod motion_votes;
mod name_idioms;
mod name_titles;
mod name_variants;
mod named_ok;
mod named_work_results;
mod names;
mod new_budget;
mod new_names;
mod new_things;
mod news_then_counted;
mod next_sentence;
mod no_longer_lost;
mod no_thing_at_all;
mod not_contrasts;
mod not_doing;
mod not_going_for;
mod not_happening;
mod not_this_year_alone;
mod not_till;
mod off_or_going_in;
mod only_for_now;
mod opening_sittings;
mod others_news;
mod over_budget;
mod owns;
mod paid_before;
mod part_now_not_whole;
mod passed_on_news;
mod passes;
mod paying_off;
mod payments_dropped;
mod phone_hold;
mod placed_things;
mod plain_verdicts;
mod planned_next;
mod planned_spend;
mod plural_subjects;
mod pointing_back;
mod praise_then_result;
mod praise_then_told;
mod praised_then_under;
mod predicate_marker;
mod price_bounds;
mod price_case_and;
mod price_dropped_to;
mod price_pushed;
mod priced_for_the_year;
mod priced_scope_dash;
mod prices_compared;
mod progress_counts;
mod pushed_to_a_time;
mod put_back_to_a_time;
mod put_in_since;
mod questions;
mod raised_again;
mod rationale_choice;
mod rationale_settling;
mod read_memo;
mod read_message;
mod reading;
mod realised_savings;
mod reason_dates;
mod reason_heads;
mod reason_runs_on;
pub mod reasons;
mod reckoned_yearly;
mod record_text;
mod records;
mod refusal_cases;
mod refusal_tags;
mod refused_funding;
mod refused_prices;
mod refused_spend;
mod repeated_words;
mod rescope_prices;
mod resolve_names;
mod result_subject;
mod results_run_back;
mod running_costs;
mod said_otherwise;
mod saved_to_date;
mod saying_reasons;
mod says_no_closing;
mod scope_kept;
mod second_language_verdicts;
mod short_causes;
mod since_after_result;
mod since_causes;
mod since_went_in;
mod sit_on;
mod slack_markup;
mod slight_reasons;
mod slip_but_works;
mod slipped_work;
mod slips_and_short_forms;
mod small_talk;
mod smaller_option;
mod smaller_scope;
mod so_joined;
mod so_opened;
mod someones_ok;
mod spend_ceiling;
mod spending_less;
mod spoken_days;
mod spoken_tags;
mod spoken_verdicts;
mod status_lines;
mod status_transitions;
mod stays_on;
mod stays_on_the_old;
mod still_do;
mod still_on_despite;
mod still_to_come;
mod still_waiting;
mod sunk_after_colon;
mod sunk_sentences;
mod support_ended;
mod swapped_for;
mod table_rows;
mod tail_clause;
mod tasks_on_decided;
mod terms_and_offers;
mod terms_of_address;
mod terse_verdicts;
mod thanks_to_work;
mod thread_do_it;
mod tickets_in;
mod time_first;
mod time_named_things;
mod timed_conditions;
mod tokens;
mod told_ahead;
mod told_around_verdict;
mod told_in_passing;
mod told_incidents;
mod told_scopes;
mod told_they_can;
mod too_dear_for_now;
mod trailing_months;
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
mod verdicts_passed_on;
mod want_to_see_first;
mod we_take_it;
mod weighed_setbacks;
mod which_is_money;
mod who_left_it;
mod wish_to_hold;
mod wished_dates;
mod work_arrivals;
mod work_deadlines;
mod work_done_lines;
mod work_subjects;
mod work_times;
mod worth_it;
mod writers_own_yes;

use self::assign_dates::*;
use self::rationale_choice::Found;

pub use dates::{read_date, read_date_in, Calendar, Looking};
pub use model::IntentModel;
pub use names::{
    is_common_word, Directory, InvestmentName, StaticDirectory, StoreDirectory, UnitName, GENERIC,
    MAX_NAMES,
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

#[cfg(test)]
mod tests;
