//! A remark added on after a benefit's counted result (round R48): "Electric for the pad is
//! down about 38% on last winter, call it £2,100 a month. The TV crew for the Kestrels' cup
//! game were happy too." A sentence that ends on "too" or "as well" adds to what was said;
//! the counted result before what it is worth is the evidence (round R47's shape).

use super::*;

impl Choice<'_> {
    /// A benefit whose reason read is a sentence ending "… too" or "… as well", after the
    /// counted result told before its worth: that result instead.
    pub(super) fn remark_too(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        if self.intent != Intent::Benefit || self.verdict.is_some() {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if b < a + 2 {
            return rationale;
        }
        let last = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let added = last(b - 1) == "too" || (last(b - 2), last(b - 1)) == ("as", "well");
        if !added {
            return rationale;
        }
        let Some(result) = self.result_before_worth() else {
            return rationale;
        };
        match self.span_of(Some(&result)) {
            Some((_, rb)) if rb <= a => Some(result),
            _ => rationale,
        }
    }
}
