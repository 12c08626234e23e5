//! The strongest verdict a phrase table finds in a span, where several are said.

use super::*;

/// The strongest verdict `phrases` finds between `from` and `to`.
pub(super) fn strong_verdict_in(
    toks: &[Token],
    from: usize,
    to: usize,
    phrases: &PhraseTable<Verdict>,
) -> Option<VerdictFinding> {
    let mut best: Option<VerdictFinding> = None;
    let mut i = from;
    let toks_all = toks;
    let toks = &toks_all[..to.min(toks_all.len())];
    while i < toks.len() {
        // Most words open no shape: the phrases and a misspelt verb are all they can be.
        let shaped = opens_a_shape(&toks[i]);
        let found = shaped
            .then(|| shape_before_phrases_at(toks, i))
            .flatten()
            .or_else(|| phrases.match_at(toks, i))
            .or_else(|| shaped.then(|| shape_at(toks, i)).flatten())
            .or_else(|| fuzzy_verdict(&toks[i]).map(|v| (v, 1)));
        let Some((raw, len)) = found else {
            i += 1;
            continue;
        };
        let verdict = adjust(toks, i, i + len, raw);
        if let Some(v) = verdict {
            // "decision on the contract slipped to …" names the decision it moves.
            let moved = v == Verdict::Defer
                && crate::reader::verdict_shapes::decision_moved_at(toks, i).is_some();
            let found = VerdictFinding {
                verdict: v,
                start: i,
                end: i + len,
                // "Ops are happy to keep it …, so I'm signing the renewal": signing is the
                // act that decides; the keeping before it is the wish that led to it.
                affirmed: moved
                    || affirmed(toks, i)
                    || v == Verdict::Approve
                        && (restarted(toks, i)
                            || crate::reader::verdict_idioms::renewal_signed_at(toks, i).is_some()),
            };
            // A verdict said as decided ("decided to stop") wins over one said in passing
            // ("as the airlines moved to …"); otherwise the stronger kind wins.
            // Going on with less ("agreed to keep going with phase 1 only, budget cut to
            // $210k") is a rescope, however the going on is said.
            let smaller = |a: Verdict, b: Verdict| a == Verdict::Rescope && b == Verdict::Continue;
            // "knocked back in October but they're back on": the later verdict stands.
            let reversed = best.is_some_and(|b| {
                crate::reader::verdict_shapes::turned_by_but(toks, b.end, i, i + len)
            });
            // "we are stopping it. … the cost has gone from ₦900m to ₦1.4bn": a cost's move
            // from one figure to another told in a later sentence than a stop is its reason
            // ("… is now a no for the subsidiaries. Budget cut to ₦11m." still rescopes).
            let ends_between = |a: usize, b: usize| {
                toks[a..b]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "." | "!" | "\n"))
            };
            let figure_after_ending = |b: &VerdictFinding| {
                v == Verdict::Rescope
                    && toks[i].is("from")
                    && b.verdict == Verdict::Stop
                    && ends_between(b.end, i)
            };
            // "we continue with the external lab, the upgrade is cancelled": what we keep
            // instead yields to the verdict on the work.
            let kept_instead = |f: &VerdictFinding| {
                f.verdict == Verdict::Continue
                    && crate::reader::verdict_shapes::alternative_kept(toks, f.start, f.end)
            };
            // "we're dropping the Apple Watch bit …, so the budget's now £61k": a stop the
            // work's new figure follows from dropped a part of it, a rescope said in the
            // stop's words.
            if let Some(b) = best
                .filter(|b| v == Verdict::Rescope && toks[i].is("so") && b.verdict == Verdict::Stop)
            {
                best = Some(VerdictFinding {
                    verdict: Verdict::Rescope,
                    ..b
                });
                i += len;
                continue;
            }
            // "Staff van request not approved this year. Workers will continue with the
            // pick and drop allowance." (round V68): going on said with "will" in a sentence
            // after a refusal is what is done instead; the refusal stands.
            let goes_on_after_a_no = |b: &VerdictFinding| {
                b.verdict == Verdict::Reject
                    && v == Verdict::Continue
                    && i > 0
                    && toks[i - 1].is("will")
                    && ends_between(b.end, i)
            };
            let better = match best {
                Some(_) if reversed => true,
                Some(b) if goes_on_after_a_no(&b) => false,
                Some(b) if kept_instead(&b) != kept_instead(&found) => kept_instead(&b),
                Some(b) if figure_after_ending(&b) => false,
                Some(b) if smaller(v, b.verdict) => true,
                Some(b) if smaller(b.verdict, v) => false,
                Some(b) => {
                    (found.affirmed, std::cmp::Reverse(priority(v)))
                        > (b.affirmed, std::cmp::Reverse(priority(b.verdict)))
                }
                None => true,
            };
            if better {
                best = Some(found);
            }
        }
        i += len;
    }
    best
}
