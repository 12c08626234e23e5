//! A continue's result, then its count in a time after a comma (round R52): "keepin the
//! online store goin thru xmas, gift boxes r flyin out, 212 orders last wk". The count is
//! the same result told in figures (convention 29: another result after a result stays), so
//! the reason runs on over it.

use super::*;

impl Choice<'_> {
    /// A continue's reason widened over ", <a count of things in a time>" straight after it.
    pub(super) fn count_after_result(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            skip,
            in_money,
            ..
        } = *self;
        if verdict.is_none_or(|v| v.verdict != Verdict::Continue) {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let limit = self.limit();
        if b + 2 >= limit || !toks[b].is(",") || toks[b + 1].kind != tokens::TokKind::Num {
            return rationale;
        }
        let s = b + 1;
        let e = (s..limit).find(|&j| toks[j].is_break()).unwrap_or(limit);
        let counted = crate::reader::counted_results::counted_in_a_time(
            toks,
            s,
            e,
            skip,
            Some(Verdict::Continue),
        );
        if !counted || (s..e).any(in_money) || e > s + 8 {
            return rationale;
        }
        Some(self.words(a, e))
    }
}
