//! A benefit read with no reason whose money's clause comes first and a result after it
//! tells that nothing went wrong (round R57, convention 29): "The new game drive vehicles
//! saved us KSh 620,000 in repairs last month alone, and no guest has been stuck in the mud
//! waiting for a rescue 🙌" → "no guest has been stuck in the mud waiting for a rescue". The
//! money is the amount (convention 15); the result with no money after it is why it pays.

use super::*;

impl Choice<'_> {
    /// ", and no <one> has …" after a benefit's first money, to its sentence's end.
    pub(super) fn nothing_wrong_after_money(&self) -> Option<String> {
        let Choice {
            toks,
            in_money,
            decides,
            ..
        } = *self;
        let m = self.benefit_money()?;
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let end = (m..toks.len())
            .find(|&j| is_end(&toks[j]))
            .unwrap_or(toks.len());
        let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
        let c = (m + 1..end).find(|&j| {
            w(j) == "," && w(j + 1) == "and" && matches!(w(j + 2), "no" | "nobody" | "not" | "zero")
        })?;
        let s = c + 2;
        let mut e = end;
        while e > s && !toks[e - 1].is_word() && toks[e - 1].kind != tokens::TokKind::Num {
            e -= 1;
        }
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        (words >= 5 && !(s..e).any(in_money) && !(s..e).any(|j| w(j) == ",") && !decides(s, e))
            .then(|| self.words(s, e))
    }
}
