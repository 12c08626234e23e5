//! An aside told after the verdict and read as its reason (round R56): a sentence saying
//! someone else pays for another part ("The drainage Town Council will settle, not our
//! cost."), or who does the next part and when ("…, Kevin's bringing her up on the slipway
//! next week"). Neither says why; the trouble or the result told in the sentence before the
//! verdict's is the reason, else none.

use super::*;

impl Choice<'_> {
    /// The sentence before the verdict's in place of an aside read after it.
    pub(super) fn aside_after(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        let (Some(v), Some((a, b))) = (verdict, self.span_of(rationale.as_deref())) else {
            return rationale;
        };
        let aside = crate::reader::deadline_only::others_cost(toks, a, b)
            || crate::reader::planned_next::plan_with_a_day(toks, a, b);
        if a < v.end || !aside {
            return rationale;
        }
        self.sentence_before_verdict()
    }
}
