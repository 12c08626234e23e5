//! Who decided a cut to a cheaper means, said wanting it (round V60, convention 90): "New dive
//! boat: JP wants a 9m fibreglass instead of the 11m, so the price comes down to …", "Third
//! barge: the board wants a second-hand 3,500 dwt instead of a newbuild, budget cut from …",
//! "Freezer warehouse: Gerry wants it smaller - 2,000 pallet positions instead of 3,500. New
//! price is around $1.1M, was $1.9M." The name (or "the" and a body) opening the clause of
//! "wants", in the rescope's sentence or the one before it, with the cheaper thing set
//! against the other ("instead of", "rather than", "smaller") after it, cut it.

use super::decider_looks::AtVerdict;
use super::deciders::is_body;
use super::deciders_said_after::name_at;

/// The one wanting the cheaper means before the rescope at `verb`.
pub(super) fn wanted_instead(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let ends = |k: usize| matches!(look.word(k), "." | "!" | "?" | "\n");
    // From the start of the sentence before the verdict's.
    let this = (0..verb).rev().find(|&k| ends(k)).unwrap_or(0);
    let from = (0..this).rev().find(|&k| ends(k)).map_or(0, |k| k + 1);
    let w = (from..=verb).find(|&k| matches!(look.word(k), "wants" | "want" | "wanted"))?;
    let stop = (w..toks.len()).find(|&k| ends(k)).unwrap_or(toks.len());
    let set_against = (w + 1..stop).any(|k| {
        matches!(
            (look.word(k), look.word(k + 1)),
            ("instead", "of") | ("rather", "than")
        ) || matches!(look.word(k), "smaller" | "cheaper")
    });
    if !set_against {
        return None;
    }
    let opens = |k: usize| k == 0 || toks[k - 1].is_break() || toks[k - 1].is_sym("-");
    // "the board wants": the body named, without its "the".
    if w >= 2 && look.word(w - 2) == "the" && is_body(look.word(w - 1)) && opens(w - 2) {
        let t = &toks[w - 1];
        return Some(text[t.start..t.end].to_string());
    }
    (1..=2).find_map(|n| {
        let k = w.checked_sub(n)?;
        (opens(k) && toks[k].capital)
            .then(|| name_at(text, toks, k, w))
            .flatten()
    })
}
