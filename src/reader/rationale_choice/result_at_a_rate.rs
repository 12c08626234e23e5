//! A benefit read with no reason whose money is a rate for the result told before it (round
//! R57, convention 15): "DIL sim: 9 fewer test days this season at about £25k a day, so
//! ~£225k." → "9 fewer test days this season". The rate and the total are the amount; the
//! count before "at" is the result.

use super::*;

/// Words that may stand between "at" and the rate: "at about £25k a day".
const ROUGHLY: &[&str] = &["about", "around", "roughly", "~", "abt", "approx"];

impl Choice<'_> {
    /// The measured clause before "at <rate>", from its sentence's start or colon.
    pub(super) fn result_at_a_rate(&self) -> Option<String> {
        let Choice { toks, decides, .. } = *self;
        let m = self.benefit_money()?;
        let w = |j: usize| toks[j].lower.as_str();
        let mut at = m.checked_sub(1)?;
        while at > 0 && ROUGHLY.contains(&w(at)) {
            at -= 1;
        }
        if w(at) != "at" {
            return None;
        }
        let opens = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ":" | ",");
        let s = toks[..at].iter().rposition(opens).map_or(0, |p| p + 1);
        let words = (s..at).filter(|&j| toks[j].is_word()).count();
        let counted = toks.get(s).is_some_and(|t| t.kind == tokens::TokKind::Num)
            && (s + 1..at).any(|j| matches!(w(j), "fewer" | "more" | "less" | "extra"));
        (words >= 3 && counted && !decides(s, at)).then(|| self.words(s, at))
    }
}
