//! Reasons told before the verdict: a condition or a state that opens the sentence, or
//! the clause before the verdict unless it is only the record's name.

use super::*;

impl Choice<'_> {
    /// The condition or state told first, else the reason before the verdict.
    pub(super) fn told_before_verdict(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            named,
            ..
        } = *self;
        // "Pending the audit, the CMS stays parked.": the condition told first.
        verdict
            .and_then(|v| clauses::opening_condition(text, toks, v.start))
            .or_else(|| {
                // "With circ staff down four positions, the kiosks are approved".
                verdict.and_then(|v| clauses::with_state_opening(text, toks, v.start))
            })
            .or_else(|| {
                // "supplier portal → OK from the board", "LED retrofit 👍 signed off":
                // the record's name before the verdict is no reason.
                verdict
                    .and_then(|v| intent::reason_before(text, toks, v.start))
                    .filter(|said| {
                        reasons::span_of(text, toks, said).is_none_or(|(a, b)| !named(a, b))
                    })
            })
    }
}
