//! Candidates that beat the one the stages chose: the clause joined by "so" or the
//! sentence before "So …", what "That's" points back at, a price over the budget, a rescope's
//! whole price before ", so", and the measured result after unmeasured praise.

use super::*;

impl Choice<'_> {
    /// The rationale, or a candidate the writer's wording says beats it.
    pub(super) fn preferred(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            intent,
            in_money,
            decides,
            ..
        } = *self;
        // "…, so the trustees have agreed to replace it. £68,000 for …, most of which
        // …": the clause joined by "so" beats a remark after the price.
        let joined = verdict
            .filter(|v| so_joined::so_before(toks, v.start))
            .and_then(|v| {
                let (a, _) = reasons::span_of(text, toks, rationale.as_deref()?)?;
                if !so_joined::remark_after(toks, v.end, a) {
                    return None;
                }
                intent::reason_before(text, toks, v.start)
            });
        // "… flagged our MFA gaps. So the cyber uplift is approved": the sentence before.
        let so_opened =
            verdict.and_then(|v| so_opened::reason_sentence_before(text, toks, v.start));
        let rationale = so_opened.or(joined).or(rationale);
        // "…. That's the whole point of the upgrade, so I'm approving": what "That's" points
        // back at is the reason.
        let rationale = rationale.map(|said| {
            pointing_back::sentence_pointed_at(text, toks, &said, &in_money, &decides)
                .unwrap_or(said)
        });
        // "quote came in at $14k, way over what we budgeted. Parking it …": a price over
        // the budget before the verdict is why, over none or a condition said after.
        let conditional = rationale.as_deref().is_none_or(|r| {
            let w = r.split_whitespace().next().unwrap_or("").to_lowercase();
            matches!(w.as_str(), "once" | "until" | "till" | "til")
        });
        let over = verdict
            .filter(|_| conditional)
            .and_then(|v| over_budget::price_over_before(text, toks, v.start, &in_money));
        let rationale = over.or(rationale);
        // "…: we've had to scale it back. Full replacement came in at €1.2m, so we're doing
        // …": the whole job's price before ", so", not what is done instead.
        let priced = verdict
            .filter(|v| v.verdict == Verdict::Rescope)
            .and_then(|v| {
                rescope_prices::price_before_so(text, toks, v.end, self.limit(), &in_money)
            })
            .filter(|(s, _)| {
                rationale
                    .as_deref()
                    .is_none_or(|r| reasons::span_of(text, toks, r).is_some_and(|(a, _)| a == *s))
            });
        let rationale = priced.map(|(_, said)| said).or(rationale);
        // "The new coding software is flying. Coders cleared the October backlog three
        // weeks early and …": praise with no figure, then the measured result, beats none,
        // the praise, or a part of the result after its start ("not a day and a half"); a
        // result read from the same start keeps its own cut.
        let praised = (intent == Intent::Benefit && verdict.is_none())
            .then(|| praise_then_result::result_after_unmeasured_praise(text, toks, &in_money))
            .flatten()
            .filter(|&(s, e, _)| {
                rationale.as_deref().is_none_or(|r| {
                    reasons::span_of(text, toks, r).is_none_or(|(a, b)| {
                        a < s || a > s && b <= e
                        // "…, and the insurer knocked €4,200 a year off our premium after
                        // the spring inspection": a remark past the money's clause (R53).
                        || a >= e && (e..a).any(in_money)
                    })
                })
            });
        praised.map(|(_, _, said)| said).or(rationale)
    }
}
