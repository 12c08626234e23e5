//! What an approved work means for us, told after ", which means" (round R48): "The
//! extraction line is a goer — $285k for the Cowen uncapper and spinner, going in over the
//! Christmas shutdown, which means we stop losing whole days of the flow every time the old
//! spinner throws a bearing". The consequence the writer draws is why the work goes ahead; it
//! is read without its "which means", as a "since" cause is without its "since".

use super::*;

impl Choice<'_> {
    /// An approval or a continue read with no reason, or with the clause before it: the
    /// clause of its own after ", which means" (or "that means") in the verdict's sentence,
    /// to that sentence's end; its words of stopping ("we stop losing whole days") are the
    /// consequence, no other verdict.
    pub(super) fn which_means(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        let Some(v) = verdict.filter(|v| matches!(v.verdict, Verdict::Approve | Verdict::Continue))
        else {
            return rationale;
        };
        let span = self.span_of(rationale.as_deref());
        if rationale.is_some() && span.is_none() {
            return rationale;
        }
        let limit = self.limit();
        let end = |j: usize| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n");
        let e = (v.end..limit).find(|&j| end(j)).unwrap_or(limit);
        let Some(k) = (v.end + 1..e.saturating_sub(1)).find(|&j| {
            matches!(toks[j].lower.as_str(), "which" | "that")
                && toks[j - 1].is(",")
                && toks[j + 1].is("means")
        }) else {
            return rationale;
        };
        // Read with no reason, or with the clause the "which means" hangs on ("going in
        // over the Christmas shutdown"), which says when, not why.
        if span.is_some_and(|(a, b)| !(a >= v.end && b + 1 == k)) {
            return rationale;
        }
        let s = k + 2;
        if s >= e {
            return rationale;
        }
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        // "we stop losing …": a pronoun and its verb, whatever the verb.
        let pronoun = matches!(
            toks[s].lower.as_str(),
            "we" | "they" | "you" | "i" | "we'll" | "we're" | "we've" | "they'll" | "it'll"
        );
        let clause = pronoun || intent::own_clause(toks, s, e);
        (words >= 4 && !(s..e).any(in_money) && clause)
            .then(|| self.words(s, e))
            .or(rationale)
    }
}
