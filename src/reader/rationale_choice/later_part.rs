//! The part of a cut or an approval left for later ("rest next FY").

use super::*;

impl Choice<'_> {
    /// "cut to 90 machines ($117k), rest next FY": the part left for later.
    pub(super) fn part_left_for_later(&self) -> Option<String> {
        // "cut to 90 machines ($117k), rest next FY", "the 35 oldest get replaced
        // now, £31k, the rest wait till April": the part left for later.
        let v =
            (self.verdict).filter(|v| matches!(v.verdict, Verdict::Rescope | Verdict::Approve))?;
        let limit = self.limit();
        left_for_later::part_left_for_later(self.text, self.toks, v.start, limit, &self.in_money)
    }
}
