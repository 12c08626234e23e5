//! "… no quote yet. n they want 2 more lux meters ~12k", "… And they want 3 more chainsaws,
//! about £2,400.": a sentence opening on "and" (or "n", "plus") where someone wants or needs
//! more things, or a thing, announces another ask, as "Also they want …" does; with its
//! money, the sentence is a record of its own (see `has_record` and `split`).

use super::*;

/// Whether the sentence starting at `a` opens on "and" / "n" / "plus", then who asks (one or
/// two words) and "want(s)" / "need(s)", then a count, "more" or "a"/"an".
pub(super) fn and_they_want(toks: &[Token], a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(a), "and" | "n" | "plus") {
        return false;
    }
    (a + 2..a + 4)
        .find(|&k| matches!(word(k), "want" | "wants" | "need" | "needs"))
        .filter(|&k| (a + 1..k).all(|j| toks[j].is_word()))
        .is_some_and(|k| {
            toks.get(k + 1).is_some_and(|t| {
                t.kind == TokKind::Num
                    || matches!(t.lower.as_str(), "more" | "a" | "an" | "another")
            })
        })
}
