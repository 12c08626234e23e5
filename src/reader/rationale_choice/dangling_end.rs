//! A reason cut off on a dangling word (round R48): "saving accounting about 3 days at" (from
//! "… at month end, roughly $18K a year"), "two parents tailgated into Rathmines last month
//! and" (from "… and Tusla will ask about it at the next inspection"). A follow-up or a time
//! misread inside the reason's clause ends it where no English clause ends; the reason runs on
//! to its clause's end.

use super::*;

/// Words no reason ends on: a preposition, a conjunction or an article waiting for its
/// words.
const DANGLING: &[&str] = &[
    "at", "and", "in", "on", "to", "of", "for", "by", "with", "or", "but", "the", "a", "an",
    "from", "into",
];

impl Choice<'_> {
    /// The rationale run on to its clause's end, when it ends on a dangling word and the
    /// words go on after it (no money among them).
    pub(super) fn dangling_end(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, in_money, .. } = *self;
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if b >= toks.len() || b < a + 3 || !DANGLING.contains(&toks[b - 1].lower.as_str()) {
            return rationale;
        }
        let e = (b..toks.len())
            .find(|&j| toks[j].is_break() || in_money(j))
            .unwrap_or(toks.len());
        if e == b {
            return rationale;
        }
        Some(self.words(a, e))
    }
}
