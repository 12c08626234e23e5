//! "The website rebuild is back on at a smaller scope, $35k — …", "goes ahead on a smaller
//! scale": work let go on at a smaller scope than planned is a rescope (to the money said
//! with it), not an approval of the whole.

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// At `i`, a going-ahead word ("back on", "goes ahead", "approved", "continues") followed
/// within three words by "at / on / with / in a smaller (reduced, narrower, cut-down)
/// scope (scale, size)": a rescope; where the shape ends.
pub(super) fn smaller_scope_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        word(toks, i),
        "back" | "goes" | "go" | "going" | "ahead" | "approved" | "continues" | "proceeds"
    ) {
        return None;
    }
    (i + 1..(i + 4).min(toks.len())).find_map(|k| {
        let smaller = matches!(
            word(toks, k + 2),
            "smaller" | "reduced" | "narrower" | "cut-down" | "scaled-down" | "leaner"
        );
        (matches!(word(toks, k), "at" | "on" | "with" | "in")
            && matches!(word(toks, k + 1), "a" | "much")
            && smaller
            && matches!(word(toks, k + 3), "scope" | "scale" | "size" | "footprint"))
        .then_some(k + 4)
    })
}
