//! A rescope whose own words say the part it keeps, narrowed after a dash: "We're cutting
//! the cottage refurbishment back to just the two end cottages — windows and roofs only,
//! £24k …". The dash clause says more of what is kept, still the verdict's object
//! (convention 16's scope inside the verdict's words), so it is no reason; the sentence
//! putting the rest off is (convention 65).

use super::*;

impl Choice<'_> {
    /// Whether `rationale` is a scope ending in "only" told straight after a dash that closes
    /// the verdict's own scope ("back to just …", "… only"), with no money or other break
    /// between the verdict and the dash.
    pub(super) fn narrows_verdicts_scope(&self, rationale: Option<&str>) -> bool {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        let (Some(v), Some((a, b))) = (verdict, self.span_of(rationale)) else {
            return false;
        };
        let dash = a.checked_sub(1).filter(|&d| d >= v.end);
        let Some(d) = dash.filter(|&d| toks[d].is_sym("—") || toks[d].is_sym("–")) else {
            return false;
        };
        let keeps = (v.start..d).any(|j| matches!(toks[j].lower.as_str(), "just" | "only"));
        keeps
            && toks[b - 1].lower == "only"
            && b - a <= 8
            && !(v.end..d).any(|j| toks[j].is_break() || in_money(j))
    }
}
