//! What had happened when the thing was decided, told after "once" or "after" in the
//! verdict's own sentence (round R48): "Lorraine signed the Phorest order on Tuesday, once
//! their team showed us the deposit rules working on a test salon", "Carys signed the order
//! with Ashtead on Wednesday after the Environment Agency gave us until June to sort the
//! discharge at Sennen". With a past verb it is no condition still to be met but the event
//! that moved the decision (convention 22 keeps its "after"; "once" is kept the same way),
//! and it is why before the plans and remarks of the sentences after.

use super::*;

/// Past forms not spelt "-ed" that tell what happened ("showed us", "gave us until June").
const PAST: &[&str] = &[
    "showed", "shown", "gave", "came", "got", "went", "found", "had", "told", "made", "said",
    "sent", "brought", "took", "paid", "won", "lost", "broke", "wrote", "rang",
];

impl Choice<'_> {
    /// An approval read with no reason, or with one from a later sentence: the "once" or
    /// "after" clause of the verdict's own sentence whose verb is past, to the sentence's end.
    pub(super) fn once_it_happened(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        let Some(v) = verdict.filter(|v| v.verdict == Verdict::Approve) else {
            return rationale;
        };
        let limit = self.limit();
        let end = |j: usize| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n");
        let e = (v.end..limit).find(|&j| end(j)).unwrap_or(limit);
        let span = self.span_of(rationale.as_deref());
        // Only over none, or a reason read from a sentence after the verdict's.
        if rationale.is_some() && span.is_none_or(|(a, _)| a <= e) {
            return rationale;
        }
        let Some(k) = (v.end..e).find(|&j| matches!(toks[j].lower.as_str(), "once" | "after"))
        else {
            return rationale;
        };
        let past = (k + 2..e.min(k + 6)).any(|j| {
            let w = toks[j].lower.as_str();
            PAST.contains(&w) || w.len() > 4 && w.ends_with("ed")
        });
        let words = (k + 1..e).filter(|&j| toks[j].is_word()).count();
        // "approved at $1.2mm, down from the $1.45mm … once we dropped the training days":
        // after money, the event explains the figure, not the decision.
        if !past || words < 5 || (v.end..e).any(in_money) {
            return rationale;
        }
        Some(self.words(k, e))
    }
}
