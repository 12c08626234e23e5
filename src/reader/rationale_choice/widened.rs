//! The reason run back or on: a rescope's kept scope with its condition, what we do or
//! keep now told just before it, and the judgement or clause after its comma.

use super::*;

impl Choice<'_> {
    /// The rationale run back over its scope or on over its judgement.
    pub(super) fn widened(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            intent,
            in_money,
            decides,
            names,
            skip,
            ..
        } = *self;
        // "Servicing stays on the core until the CDFI award is confirmed": a rescope's
        // kept scope comes with the condition it waits on.
        let rationale = rationale.map(|said| {
            let kept = verdict
                .filter(|v| v.verdict == Verdict::Rescope)
                .and_then(|_| reasons::span_of(text, toks, &said))
                .and_then(|(a, b)| {
                    let s = kept_until::scope_before_condition(toks, a, &in_money)?;
                    Some(self.words(s, b))
                });
            kept.unwrap_or(said)
        });
        // "We keep the new bar top and the ice wells, the patio waits till …": a rescope's
        // reason runs back over what we do or keep now, told just before it.
        let rationale = rationale.map(|said| {
            let back = verdict
                .filter(|v| v.verdict == Verdict::Rescope)
                .and_then(|_| reasons::span_of(text, toks, &said))
                .and_then(|(a, b)| Some((left_for_later::done_now_before(toks, a)?, b)));
            back.map_or(said, |(s, b)| self.words(s, b))
        });
        // "…, data cleanup is 80% done, no point stopping now": the judgement after the
        // reason's comma runs on with it.
        let rationale = rationale.map(|said| {
            let end = reasons::span_of(text, toks, &said).and_then(|(a, b)| {
                let limit = self.limit();
                let e = judged_on::judgement_after(toks, b, limit).or_else(|| {
                    let v = verdict.filter(|_| intent == Intent::Decision)?;
                    let refused = matches!(v.verdict, Verdict::Reject | Verdict::Stop);
                    reason_runs_on::clause_after(
                        text,
                        toks,
                        (a, b),
                        (v.end, refused),
                        limit,
                        &in_money,
                        &decides,
                    )
                })?;
                Some(self.words(a, e))
            });
            end.unwrap_or(said)
        });
        // "sorted the saturday drop outs, not one failed payment since …": a benefit's
        // results joined by commas (round R39).
        let benefit = intent == Intent::Benefit && verdict.is_none();
        rationale.map(|said| {
            if benefit {
                results_run_back::run_back(text, toks, said, names, skip, &in_money)
            } else {
                said
            }
        })
    }
}
