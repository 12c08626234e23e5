//! A hold's "until <event>" reason, then a guess of when that will be (round R52): "hold
//! until after the year-end audit, so around March", "wait until the new kiln running
//! stable, maybe May next year we check again", "hold the hatchery seawater contract till
//! the grant result's in, so early Feb". The event is why; the time guessed after its comma
//! is when the thing comes back (the review date), no part of the reason.

use super::*;

/// Words opening the guess: "so around March", "maybe May", "probably early Feb".
const GUESS: &[&str] = &[
    "so",
    "maybe",
    "probably",
    "prob",
    "likely",
    "possibly",
    "hopefully",
    "around",
    "roughly",
    "say",
];

/// Words that make the guess a time when no date was read in it: "so around March", "maybe
/// May next year", "so early Feb".
const TIME: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "year",
    "q1",
    "q2",
    "q3",
    "q4",
];

impl Choice<'_> {
    /// A reason opening on "until" / "till" / "pending" cut before a comma that opens a guess
    /// of when, holding a time.
    pub(super) fn guess_of_when(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, skip, .. } = *self;
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if !matches!(
            toks[a].lower.as_str(),
            "until" | "till" | "til" | "'til" | "pending"
        ) {
            return rationale;
        }
        let Some(c) = (a + 2..b).find(|&j| toks[j].is(",")) else {
            return rationale;
        };
        let guessed = toks
            .get(c + 1)
            .is_some_and(|t| GUESS.contains(&t.lower.as_str()));
        let timed = (c + 1..b).any(|j| skip(j) || TIME.contains(&toks[j].lower.as_str()));
        let words = (c + 1..b).filter(|&j| toks[j].is_word()).count();
        if !guessed || !timed || words > 8 {
            return rationale;
        }
        Some(self.words(a, c))
    }
}
