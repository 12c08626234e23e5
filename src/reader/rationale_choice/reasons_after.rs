//! The reasons told after the verdict, as the rationale rules find them: an aside or a
//! slight fragment giving way to the sentence after it, and a condition ("until …", "once …")
//! giving way to the why told with or after it.

use super::*;

impl Choice<'_> {
    /// The rationale rules' reason after the verdict, set right for asides, slight
    /// fragments and conditions.
    pub(super) fn reasons_after_verdict(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            dates,
            from,
            stop,
            day_first,
            skip,
            in_money,
            decides,
            aside,
            ctx,
            ..
        } = *self;
        let found = intent::find_rationale(text, toks, from, stop, ctx);
        // "approved at $88k, Varley's quote. Both trucks are …", "- rejected,
        // I'm afraid. It's outwith …": an aside after the verdict's comma gives way
        // to the reasons told after it.
        let found = found.filter(|said| !aside(said));
        // "The old system (actual one) has no support from 2027.": an aside in brackets
        // inside the sentence is no reason alone.
        let found = found.filter(|said| !self.bracket_in_sentence(said));
        // "…, second-hand, £38k, since hiring one is costing us …": what the thing is,
        // then why.
        let found = self.marked_reason_later(found);
        // "we're carrying on, slippage and all. The old system is out of support
        // …": a slight fragment yields to the sentence of its own after it.
        let found = match found {
            Some(f) if slight_reasons::slight(&f) => reasons::span_of(text, toks, &f)
                .and_then(|(_, b)| {
                    clauses::next_sentence(text, toks, b, stop, &skip, &in_money, &decides).or_else(
                        || {
                            dated_reasons::told_with_date(
                                text, toks, b, stop, dates, &in_money, &decides,
                            )
                        },
                    )
                })
                .or(Some(f)),
            f => f,
        };
        // "parked the portal until the ATS is in. No point building it twice.":
        // the condition says when it comes back, the sentence after says why.
        // So does "goes ahead once the herring's done, £56k. The old clock's
        // been freezing mid-lot …": when it starts, then why.
        let condition = found.as_deref().is_some_and(|r| {
            let w = r.split_whitespace().next().unwrap_or("").to_lowercase();
            matches!(w.as_str(), "until" | "till" | "til" | "once")
        });
        let after = verdict.filter(|_| condition).and_then(|v| {
            clauses::next_sentence(text, toks, v.end, stop, &skip, &in_money, &decides)
        });
        // Not the condition told again ("hold. Not going ahead until …"), nor a
        // follow-up on it ("Marine to revert then").
        let after = after.filter(|a| {
            let words: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
            let cond = found.as_deref().unwrap_or("");
            !a.contains(cond)
                && words.get(1).is_none_or(|w| w != "to")
                && words.last().is_none_or(|w| w != "then")
        });
        // "parked till after vintage, nobody's got time to …": the clause after
        // the condition's comma says why.
        let within = found.as_deref().filter(|_| condition).and_then(|said| {
            let (a, b) = reasons::span_of(text, toks, said)?;
            let c = reason_heads::after_timed_condition(toks, a, b, day_first)?;
            Some(self.words(c, b))
        });
        // "wait till after the crop is shelled out, probably March — Renita wants …": a
        // clause of its own after the hold's time, in its sentence, says why before the
        // sentence after it does (round R47); so it does when the reason was found only
        // after the hold's sentence.
        let held = self.why_after_hold_time().filter(|&(_, e)| {
            condition
                || found.is_none()
                || found
                    .as_deref()
                    .and_then(|f| reasons::span_of(text, toks, f))
                    .is_some_and(|(a, _)| a > e)
        });
        let held = held.map(|(s, e)| self.words(s, e));
        // "…, so the board signed off on the rest, $22K, tonight": a clause that
        // only says when is no reason; the one before the verdict may be.
        within
            .or(held)
            .or(after)
            .or(found)
            .filter(|said| !clauses::only_when(said))
    }
}
