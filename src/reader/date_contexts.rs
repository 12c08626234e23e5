//! Where a date sits, when that says it is no date of the record: inside a condition ("hold
//! off until the Q1 numbers are in"), inside a reason ("— too much change in January",
//! "because the deadline is 26.5.27"), or as the time of a meeting still to come ("demo w/
//! vendor thu 10:00"). Each is a short scan back over the date's clause.

use super::dates::{month, weekday, DateMention};
use super::tokens::{TokKind, Token};
use chrono::NaiveDate;

mod concessions;
mod conditions_and_reasons;
mod earlier_items;
mod offers_ahead;
mod put_in_at;
mod times_ahead;
mod times_past_and_periods;

pub use self::concessions::*;
pub use self::conditions_and_reasons::*;
pub use self::earlier_items::*;
pub use self::offers_ahead::*;
pub use self::put_in_at::*;
pub use self::times_ahead::*;
pub use self::times_past_and_periods::*;

/// Where the clause holding token `at` starts: after the last break or spaced dash.
fn clause_start(toks: &[Token], at: usize) -> usize {
    toks[..at.min(toks.len())]
        .iter()
        .rposition(|t| t.is_break() || (t.is_sym("-") && !t.attached))
        .map_or(0, |p| p + 1)
}

/// Where the clause holding token `at` ends (exclusive).
fn clause_end(toks: &[Token], at: usize) -> usize {
    toks[at.min(toks.len())..]
        .iter()
        .position(|t| t.is_break() || (t.is_sym("-") && !t.attached))
        .map_or(toks.len(), |p| p + at)
}

/// Words that tell what happened: said with one, a weekday and its time are past.
pub(super) fn past_told(t: &Token) -> bool {
    let w = t.lower.as_str();
    matches!(
        w,
        "met"
            | "had"
            | "was"
            | "were"
            | "went"
            | "did"
            | "spoke"
            | "took"
            | "came"
            | "saw"
            | "got"
            | "gave"
            | "told"
            | "held"
            | "ran"
            | "sat"
            | "said"
            | "agreed"
            | "showed"
    ) || w.len() > 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "booked"
                | "scheduled"
                | "planned"
                | "arranged"
                | "confirmed"
                | "needed"
                | "moved"
                | "pencilled"
                | "penciled"
        )
}
