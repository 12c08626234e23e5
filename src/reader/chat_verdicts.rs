//! Verdict words that decide nothing where they stand: "we keep it" before more words
//! ("we keep it simple"), a participle that says which things were counted ("61 cancelled
//! sailings avoided") and a passive in a relative clause about other things ("3 attacks
//! which were all stopped in time"), a place to leave a car ("Parking at the terminal is
//! closed Thursday") and a visit ("Stopping by the pilots' station after lunch"); a machine
//! halted for minutes ("Line 2 stopped for 40 min"), a numbered lot turned away ("rejected
//! batch 214"), a thing we did not have to do ("beer we didn't have to dump"), and a
//! verdict word telling a time or an outcome ("before they were canned", "so the testing
//! can keep going"). The kinds are read in files of their own; here are the entry point,
//! the counted participle and the relative passive.

use super::tokens::{TokKind, Token};

mod other_senses;
mod places_and_visits;
mod said_of_other_things;
mod the_days_work;

use self::other_senses::*;
pub(super) use self::places_and_visits::*;
use self::said_of_other_things::*;
use self::the_days_work::*;

/// Words after a counted participle that show it is a verb after all ("2 approved today").
const NOT_A_NOUN: &[&str] = &[
    "by",
    "to",
    "at",
    "in",
    "on",
    "for",
    "and",
    "or",
    "it",
    "the",
    "this",
    "that",
    "today",
    "yesterday",
    "tonight",
    "last",
    "next",
    "until",
    "till",
    "from",
    "as",
    "with",
    "after",
    "before",
    "so",
    "but",
];

pub(super) fn not_a_verdict(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let w = word(start);
    if parking_at_a_place(toks, start, end)
        || a_visit(toks, start, end)
        || halted_for_minutes(toks, start, end)
        || numbered_thing(toks, end)
        || spared(toks, start)
        || told_as_time_or_outcome(toks, start)
        || answers_counted(toks, start)
        || time_killed(toks, start)
        || praise_killed(toks, start)
        || hardship_killing(toks, start)
        || weather_killed(toks, start)
        || a_thing_lasting(toks, start)
        || said_of_some_ones(toks, start)
        || in_scare_quotes(toks, start, end)
        || running_cost_cancelled(toks, start, end)
        || super::payments_dropped::payment_let_go_for_a_saving(toks, start, end)
        || super::payments_dropped::payment_stopped_after_a_result(toks, start, end)
        || super::payments_dropped::paying_stopped(toks, start)
        || a_no_in_jest(toks, start, end)
        || cut_to_nothing(toks, start)
        || super::verdict_words_not_verdicts::park_the_place(toks, start, end)
        || super::verdict_words_not_verdicts::who_parked(toks, start)
        || super::verdict_words_not_verdicts::stop_to_do(toks, start, end)
        || super::verdict_words_not_verdicts::habit_dropped_after_a_result(toks, start, end)
        || super::verdict_words_not_verdicts::where_we_landed(toks, start)
        || super::others_news::delivery_moved_by_others(toks, start)
        || backed_into(toks, start)
        || without_stopping(toks, start)
        || finished_and_signed_off(toks, start)
    {
        return true;
    }
    // "we keep it." decides; "we keep it simple", "we keep it in mind" do not.
    if w == "we" && word(start + 1) == "keep" {
        return toks.get(end).is_some_and(|t| !t.is_break());
    }
    // "keep it." and "we're pulling it, nobody used them" decide; "keep it up", "pulling it
    // together" do not.
    if matches!(w, "keep" | "pulling" | "pulled")
        && matches!(word(start + 1), "it" | "them")
        && end == start + 2
    {
        return toks.get(end).is_some_and(|t| !t.is_break());
    }
    // "Not doing the widget tbh" opens its sentence; "… is not doing the job" judges a
    // thing.
    // "We not doing the coffee tour café": the refusal said without its "are" (Caribbean
    // and casual English), "we" or "I" opening the sentence before it.
    if w == "not" && word(start + 1) == "doing" {
        let said_by_us = start > 0
            && matches!(word(start - 1), "we" | "i")
            && (start == 1 || toks[start - 2].is_break());
        return start > 0 && !toks[start - 1].is_break() && !said_by_us;
    }
    if !w.ends_with("ed") || end != start + 1 {
        return false;
    }
    // "61 cancelled sailings": a participle between a count and its noun.
    let counted = start > 0
        && toks[start - 1].kind == TokKind::Num
        && toks
            .get(end)
            .is_some_and(|t| t.is_word() && !NOT_A_NOUN.contains(&t.lower.as_str()));
    if counted {
        return true;
    }
    // "… which were all stopped in time", "… that had been rejected before": a passive in a
    // relative clause says what happened to other things.
    let mut k = start;
    while k > 0
        && matches!(
            word(k - 1),
            "all" | "both" | "also" | "then" | "later" | "quickly"
        )
    {
        k -= 1;
    }
    if k > 0 && word(k - 1) == "been" {
        k -= 1;
        if k > 0 && matches!(word(k - 1), "have" | "had" | "has") {
            k -= 1;
        }
    } else if k > 0 && matches!(word(k - 1), "was" | "were" | "got") {
        k -= 1;
    } else {
        return false;
    }
    k > 0 && matches!(word(k - 1), "which" | "that" | "who")
}
