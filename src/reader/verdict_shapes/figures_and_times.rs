//! A new figure accepted against the old one, work moved to a place or a time, look-again
//! clauses, "no chance", decisions moved, and what is said for now, each in a file of its
//! own; here, what they share, and verdicts made by outsiders or told as a time.

use super::*;

mod answers_and_for_now;
mod moved_to_a_time;
mod new_figures;
mod said_a_time_after;

pub(in crate::reader) use self::answers_and_for_now::*;
pub(in crate::reader) use self::moved_to_a_time::*;
pub(in crate::reader) use self::new_figures::*;
pub(in crate::reader) use self::said_a_time_after::*;

/// The dates in `toks`, read day first, else month first: whether a time is said ("look
/// again 3/15") does not hang on the tenant's order, which these shapes do not know.
fn dates_either_way(toks: &[Token], any_day: NaiveDate) -> Vec<crate::reader::dates::DateMention> {
    let day_first = find_dates(toks, any_day, true);
    if day_first.is_empty() {
        find_dates(toks, any_day, false)
    } else {
        day_first
    }
}

pub(super) fn ends_sentence(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n")
}

/// Who decides things outside the organisation: a verdict they make ("the regulator
/// approved our plan", "Vendor rejected our change request") is news about our work, not
/// our decision.
pub(in crate::reader) const OUTSIDERS: &[&str] = &[
    "vendor",
    "vendors",
    "supplier",
    "suppliers",
    "regulator",
    "regulators",
    "auditor",
    "auditors",
    "insurer",
    "insurers",
    "landlord",
    "customer",
    "customers",
    "client",
    "clients",
    "distributor",
    "distributors",
    "wholesaler",
    "wholesalers",
    "city",
    "county",
];

/// "the week we paused it", "since they stopped the pilot", "when we approved it": at
/// `start`, a verdict told as the time of something else, in passing; so is "once we
/// dropped the training days", telling how a price came down.
pub(in crate::reader) fn told_as_a_time(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    start >= 2
        && matches!(word(start - 1), "we" | "they" | "i" | "you")
        && matches!(
            word(start - 2),
            "week" | "day" | "month" | "year" | "time" | "when" | "since" | "after" | "once"
        )
}
