//! The strongest verdict a phrase table finds in a span, where several are said.

use super::*;
use crate::reader::read_memo::VerdictStep;

/// The strongest verdict `phrases` finds between `from` and `to`.
pub(super) fn strong_verdict_in(
    toks: &[Token],
    from: usize,
    to: usize,
    phrases: &PhraseTable<Verdict>,
) -> Option<VerdictFinding> {
    strongest(toks, from, to, phrases, true)
}

/// What the span's look finds at word `i` of `toks` (the tokens up to the span's end): how
/// many words the match takes (0: none, go on at the next word) and the verdict it gives
/// there, if it gives one. It reads only `toks` and `i`: every span of the same tokens ending
/// at the same place finds the same at `i` (see [`crate::reader::read_memo::verdict_steps`]).
fn step_at(toks: &[Token], i: usize, phrases: &PhraseTable<Verdict>) -> VerdictStep {
    // Most words open no shape: the phrases and a misspelt verb are all they can be.
    let shaped = opens_a_shape(&toks[i]);
    let found = shaped
        .then(|| shape_before_phrases_at(toks, i))
        .flatten()
        .or_else(|| phrases.match_at(toks, i))
        .or_else(|| shaped.then(|| shape_at(toks, i)).flatten())
        .or_else(|| fuzzy_verdict(&toks[i]).map(|v| (v, 1)));
    let Some((raw, len)) = found else {
        return (0, None);
    };
    let finding = adjust(toks, i, i + len, raw).map(|v| {
        // "decision on the contract slipped to …" names the decision it moves.
        let moved = v == Verdict::Defer
            && crate::reader::verdict_shapes::decision_moved_at(toks, i).is_some();
        VerdictFinding {
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
        }
    });
    (len, finding)
}

/// [`strong_verdict_in`], with each word's step remembered for the message's own tokens
/// (`remember`) or worked out afresh.
fn strongest(
    toks: &[Token],
    from: usize,
    to: usize,
    phrases: &PhraseTable<Verdict>,
    remember: bool,
) -> Option<VerdictFinding> {
    let mut best: Option<VerdictFinding> = None;
    let mut i = from;
    let toks_all = toks;
    let toks = &toks_all[..to.min(toks_all.len())];
    let table = phrases as *const PhraseTable<Verdict> as usize;
    let mut steps = if remember && i < toks.len() {
        crate::reader::read_memo::verdict_steps(table, toks)
    } else {
        None
    };
    while i < toks.len() {
        let step = match steps.as_mut() {
            Some((_, kept)) => *kept[i].get_or_insert_with(|| step_at(toks, i, phrases)),
            None => step_at(toks, i, phrases),
        };
        let (len, found) = step;
        if len == 0 {
            i += 1;
            continue;
        }
        if let Some(found) = found {
            let v = found.verdict;
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
            let better = match best {
                Some(_) if reversed => true,
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
    if let Some((place, kept)) = steps {
        crate::reader::read_memo::keep_verdict_steps(table, place, kept);
    }
    best
}

#[cfg(test)]
mod p53_steps_tests;
