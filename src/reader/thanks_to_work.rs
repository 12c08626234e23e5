//! "Thanks to the bed board the discharge lounge is full by 11 every morning now": a
//! benefit's result told after "thanks to <the work>" starts at the result's own subject,
//! not in or at the work's name.

use super::tokens::Token;

/// Where the result `a..b` starts when "thanks to" comes just before or at its start
/// (within a few words) and, two to five words on, an article opens a clause of its own
/// to `b`: at that article. Else `a`.
pub(super) fn after_thanks_to_work(toks: &[Token], a: usize, b: usize) -> usize {
    let to = (a.saturating_sub(5)..(a + 2).min(b))
        .find(|&j| toks[j].is("to") && j > 0 && toks[j - 1].is("thanks"));
    let Some(to) = to else {
        return a;
    };
    (to + 3..(to + 7).min(b))
        .filter(|&k| k > a)
        .find(|&k| {
            matches!(toks[k].lower.as_str(), "the" | "our" | "their")
                && (to + 1..k).all(|j| toks[j].is_word())
                && super::intent::own_clause(toks, k, b)
        })
        .unwrap_or(a)
}
