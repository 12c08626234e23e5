//! Clauses that say when, not why: times, "since …", "after …", "until …", and the events
//! they name.

use super::*;

mod since_events;
mod since_results;
mod when_not_why;

pub use self::since_events::*;
pub use self::since_results::*;
pub use self::when_not_why::*;

/// Words that name a time rather than a cause: "since the summer", "till the spring",
/// "since launch".
pub(in crate::reader) const TIME_WORDS: &[&str] = &[
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "hogmanay",
    // "signed off on the rest, $22K, tonight": when, as "this morning" is.
    "tonight",
    "easter",
    "launch",
    "relaunch",
    "go-live",
    "golive",
    "cutover",
    "kickoff",
    "kick-off",
    "rollout",
    "then",
    "year",
    "month",
    "week",
    "quarter",
    "term",
    "start",
    "beginning",
    "end",
    "holidays",
    "break",
    "new",
    "last",
    "this",
    "next",
    "the",
    "its",
    "our",
    "their",
    // "early Feb", "late March": where in the time.
    "early",
    "mid",
    "late",
];

/// Where the clause from `s` ends: the next clause break, or `limit`.
pub fn clause_end(toks: &[Token], s: usize, limit: usize) -> usize {
    (s..limit.min(toks.len()))
        .find(|&j| toks[j].is_break())
        .unwrap_or(limit.min(toks.len()))
}

/// "which nobody used", "who never logged in": a relative clause that belongs to the
/// clause before its comma.
pub fn opens_relative(toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|t| matches!(t.lower.as_str(), "which" | "who" | "whom" | "where"))
}

/// Things that happen and prompt a decision: "after the phishing incident", "after the data
/// migration quote".
pub(super) const PROMPTING_EVENTS: &[&str] = &[
    "incident",
    "incidents",
    "breach",
    "outage",
    "outages",
    "attack",
    "audit",
    "quote",
    "quotes",
    "recall",
    "fire",
    "flood",
    "failure",
    "failures",
    "fine",
    "complaint",
    "complaints",
    "inspection",
    "findings",
    "near-miss",
    "crash",
    "leak",
    "scare",
    "report",
    "reports",
    "theft",
    "thefts",
    "accident",
    "accidents",
    "injury",
    "injuries",
    "spill",
    "breakdown",
    "breakdowns",
];
