//! "… the grower portal carries on as rescoped and the grower liaison team wants a text
//! message alert system … about nine thousand dollars": after a verdict, "and" then someone
//! (one to four words, opening on "the" or a name) wanting or asking for a thing said as new
//! ("a", "an", "another"), with money after it, is another record joined on: a proposal of
//! its own. The "and"'s position (each side is then a record: see `cut_joined`).

use super::*;

pub(super) fn ask_joined_at(
    toks: &[Token],
    (_, b): (usize, usize),
    verdict: VerdictFinding,
    currency: Currency,
) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "…, since the bearings are gone and the fitters want a new one": a want inside the
    // reason is the reason's.
    let reason =
        |j: usize| (verdict.end..j).any(|k| matches!(word(k), "since" | "because" | "cos" | "coz"));
    (verdict.end..b.saturating_sub(4)).find(|&j| asks_after_and(toks, j, b, currency) && !reason(j))
}

/// Whether "and" at `j` opens someone wanting a thing said as new, its money after it,
/// before `b`.
pub(super) fn asks_after_and(toks: &[Token], j: usize, b: usize, currency: Currency) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    word(j) == "and"
        && (j + 2..(j + 6).min(b))
            .find(|&k| matches!(word(k), "want" | "wants" | "needs" | "need"))
            .filter(|&k| (j + 1..k).all(|m| toks[m].is_word()))
            .is_some_and(|k| {
                // "the agency wants another £20k": more money, no thing.
                matches!(word(k + 1), "a" | "an" | "another")
                    && toks
                        .get(k + 2)
                        .is_some_and(|t| t.is_word() && !t.lower.starts_with(['£', '$', '€']))
                    && find_money(&toks[k + 1..b], currency)
                        .first()
                        .is_some_and(|m| m.start > 1)
            })
}
