//! "Mere's asked us to sit on the website rebuild, the China distributor does most of our
//! online sales now anyway", "let's sit on the booking upgrade till the numbers are in": a
//! thing someone asks us, or we mean, to sit on is held, a deferral (round V48). Papers that
//! "used to sit on" a desk, and a thing "still sitting on" someone's desk, are no verdict.

use super::tokens::Token;

/// Words before "to sit on" that tell how things usually lie, not a wish to hold them.
const HOW_THINGS_LIE: &[&str] = &["used", "tend", "tends", "tended", "seem", "seems", "left"];

/// At `i` ("sit"), "sit on the/our/it …" asked of us or meant by us ("asked us to", "let's",
/// "we'll", or opening a sentence): where the shape ends (after "on").
pub(in crate::reader) fn sit_on_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "sit"
        || word(i + 1) != "on"
        || !matches!(
            word(i + 2),
            "the" | "our" | "it" | "this" | "that" | "these" | "those"
        )
    {
        return None;
    }
    let meant = if i == 0 || toks[i - 1].is_break() {
        true
    } else {
        match word(i - 1) {
            "to" => i >= 2 && !HOW_THINGS_LIE.contains(&word(i - 2)),
            "let's" | "lets" | "we'll" | "i'll" | "we" | "gonna" | "should" | "just" => true,
            _ => false,
        }
    };
    meant.then_some(i + 2)
}

/// Before `start` ("sit"), "<someone> asked / wants us to": the wait asked of us, the
/// asking no hedge on it.
pub(in crate::reader) fn asked_of_us(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    start >= 3
        && word(start - 1) == "to"
        && matches!(word(start - 2), "us" | "me")
        && matches!(
            word(start - 3),
            "asked" | "asks" | "asking" | "wants" | "want" | "wanted" | "told"
        )
}
