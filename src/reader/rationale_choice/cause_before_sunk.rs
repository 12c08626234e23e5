//! A stop, then what went wrong in a sentence of its own, then the money sunk in the next
//! (round R59): "Yard drainage — we're stopping it. The contractor hit bedrock at half a
//! metre and the price went through the roof. £12,400 spent on the survey and the first
//! trench, that's gone.", "Inventory system: wi stop di trial wid Fishbowl. Too complicated
//! fi di warehouse boys. Subscription already paid fi 3 months $2,250 – cyaan get it back" —
//! the sentence right after the stop says why it stopped; the money after it says what is
//! lost (convention 30's case where nothing else is told).

use super::*;

impl Choice<'_> {
    /// A stop whose reason is none or lies in a later sentence holding money: the sentence
    /// right after the verdict's, when it holds no money, decides nothing, names no time to
    /// look again and is followed by a sentence holding money.
    pub(super) fn cause_before_sunk(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            decides,
            in_money,
            skip,
            ..
        } = *self;
        let Some(v) = verdict.filter(|v| v.verdict == Verdict::Stop) else {
            return rationale;
        };
        let limit = self.limit();
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let sentence_end = |s: usize| (s..limit).find(|&k| is_end(&toks[k])).unwrap_or(limit);
        let Some(e0) = (v.end..limit).find(|&k| is_end(&toks[k])) else {
            return rationale;
        };
        let s1 = e0 + 1;
        let e1 = sentence_end(s1);
        let s2 = e1 + 1;
        let e2 = sentence_end(s2);
        let money_in = |s: usize, e: usize| (s..e).any(in_money);
        let later = match self.span_of(rationale.as_deref()) {
            None => rationale.is_none(),
            Some((a, _)) => a >= s2 && money_in(s2, e2),
        };
        let cause = e1 >= s1 + 4
            && s2 < e2
            && (s1..e1).all(|k| toks[k].is_word() || toks[k].is(",") || toks[k].is("'s"))
            && !money_in(s1, e1)
            && !(s1..e1).any(skip)
            && !decides(s1, e1)
            && !clauses::opens_look_again(toks, s1)
            && money_in(s2, e2);
        if later && cause {
            Some(self.words(s1, e1))
        } else {
            rationale
        }
    }
}
