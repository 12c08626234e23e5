//! A sentence after the verdict saying someone else pays for another part ("The drainage
//! Town Council will settle, not our cost.", round R56): an aside to the decision, no
//! reason; the trouble told in the sentence before the verdict's is.

use super::*;

impl Choice<'_> {
    /// The sentence before the verdict's in place of a reason read after it that only says
    /// another part is not our cost.
    pub(super) fn others_cost(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        let (Some(v), Some((a, b))) = (verdict, self.span_of(rationale.as_deref())) else {
            return rationale;
        };
        if a < v.end || !crate::reader::deadline_only::others_cost(toks, a, b) {
            return rationale;
        }
        self.sentence_before_verdict()
    }
}
