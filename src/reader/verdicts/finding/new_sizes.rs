//! A new size for the work said as a verdict: a higher cost accepted ("cost up to £710k …,
//! Board accepted the new figure"), or a figure now beside the one it was ("now $148k (was
//! $126k)").

use super::*;

/// "cost up to £710k after the quote, Board accepted the new figure", "the budget has gone
/// up to $1.2m, signed off": a higher cost accepted is a rescope to it. The verdict is the
/// rise ("cost up to"), so the amount after its "to" is the new size. `accepted` is
/// [`crate::reader::figure_rescopes::accepted_at`]'s answer for the span, asked by the caller.
pub(super) fn cost_rise_accepted(
    toks: &[Token],
    from: usize,
    to: usize,
    accepted: Option<usize>,
) -> Option<VerdictFinding> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    accepted?;
    (from..to).find_map(|i| {
        if !matches!(
            word(i),
            "cost" | "costs" | "price" | "budget" | "estimate" | "quote"
        ) {
            return None;
        }
        let mut j = i + 1;
        while matches!(
            word(j),
            "has" | "have" | "is" | "now" | "gone" | "went" | "'s"
        ) {
            j += 1;
        }
        if !matches!(
            word(j),
            "up" | "rose" | "risen" | "increased" | "grew" | "grown" | "jumped"
        ) {
            return None;
        }
        if word(j + 1) == "up" {
            j += 1;
        }
        let amount_next = toks
            .get(j + 2)
            .is_some_and(|t| t.kind == TokKind::Num || t.kind == TokKind::Sym);
        (word(j + 1) == "to" && amount_next).then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start: i,
            end: j + 2,
            affirmed: true,
        })
    })
}

/// "the payroll upgrade is now $148k (was $126k)": a new size said beside the old one in
/// brackets is a rescope to it.
pub(super) fn now_was_figure(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    (from..to).find_map(|i| {
        if !(matches!(word(i), "is" | "'s") && word(i + 1) == "now") {
            return None;
        }
        // Money: a currency sign, or a number with its "k" or "m" ("$148k", "148k").
        let figure = |k: usize| {
            toks.get(k).filter(|_| k < to).is_some_and(|t| {
                t.kind == TokKind::Sym && !t.is_break() && !t.is_sym("(")
                    || t.kind == TokKind::Num && matches!(word(k + 1), "k" | "m" | "grand")
            })
        };
        let was = (i + 3..(i + 7).min(to))
            .any(|k| toks[k].is_sym("(") && word(k + 1) == "was" && figure(k + 2));
        (figure(i + 2) && was).then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start: i,
            end: i + 2,
            affirmed: true,
        })
    })
}
