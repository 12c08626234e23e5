//! A stop's money already put in, told as a clause of its own just before its reason
//! (round R45): "killing the syrup subscription box, 2.2k in, 40 subscribers tops, not worth
//! the packing". What was paid is part of the case (convention 30), so it is kept with it.

use super::*;

impl Choice<'_> {
    /// The rationale of a stop, widened back over "<money> in," / "<money> sunk," /
    /// "<money> spent," told between the verdict and it.
    pub(super) fn sunk_before(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        let Some(v) = verdict.filter(|v| v.verdict == Verdict::Stop) else {
            return rationale;
        };
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if a < v.end + 3 || !toks[a - 1].is(",") {
            return rationale;
        }
        // The clause before the reason's comma: money, then what says it was paid.
        let s = (v.end..a - 1)
            .rev()
            .find(|&j| toks[j].is_break())
            .map_or(v.end, |j| j + 1);
        let paid = in_money(s) && {
            let k = (s..a - 1).find(|&j| !in_money(j)).unwrap_or(a - 1);
            k + 1 == a - 1 && matches!(toks[k].lower.as_str(), "in" | "sunk" | "spent")
        };
        if !paid {
            return rationale;
        }
        Some(self.words(s, b))
    }
}
