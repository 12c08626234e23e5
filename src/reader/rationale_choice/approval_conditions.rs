//! An approval's closing condition as its reason (convention 55, round R49). "He's happy for
//! us to go ahead at £86k as long as the roof survey comes back clean, which Gaz thinks it
//! will": the condition is why; ", which <someone> thinks it will" only guesses how it will
//! turn out and is no part of it. (The condition set off by commas before another decision, "approved the
//! sports hall roof in principle, subject to a final quote, and deferred …", is kept with its
//! verdict by the records' cut: `records/cuts.rs`.)

use super::*;

/// The words that open an approval's condition.
fn opens_condition(w: &[&str]) -> bool {
    matches!(
        w,
        ["as" | "so", "long", "as", ..]
            | ["provided" | "providing" | "if" | "unless", ..]
            | ["subject", "to", ..]
            | ["on", "condition", ..]
            | ["on", "the", "condition", ..]
    )
}

/// The words of guessing or hoping after ", which <someone>".
const GUESSES: &[&str] = &[
    "thinks", "think", "reckons", "reckon", "expects", "expect", "hopes", "hope", "believes",
    "believe", "says", "say", "doubts", "doubt", "figures", "figure", "bets", "reckoned",
    "thought", "expected",
];

impl Choice<'_> {
    /// A reason opening on a condition and running on into ", which <someone> thinks …":
    /// the condition alone.
    pub(super) fn condition_remark(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let first = [w(a), w(a + 1), w(a + 2)];
        if !opens_condition(&first) {
            return rationale;
        }
        let cut = (a + 2..b).find(|&j| {
            w(j) == ","
                && w(j + 1) == "which"
                && (j + 2..(j + 5).min(b)).any(|k| GUESSES.contains(&w(k)))
        });
        match cut {
            Some(j) => Some(self.words(a, j)),
            None => rationale,
        }
    }
}
