//! "still delaminates on anything over 6m", "boats longer than 12m", "a hose 8m long", "hit
//! water at 140m", "a workboat, 7.5m plate ally", "a 14m aluminium hull": a few metres said
//! of a thing's size, what it is made of or a depth, no money. A bare "6m" spent or approved ("spent over
//! 2m", "6m over five years") stays millions.

use super::*;

/// Words after a figure in metres that say what it measures.
const MEASURES: &[&str] = &[
    "long", "wide", "high", "tall", "deep", "across", "span", "length", "lengths", "drop",
];

/// What a boat, a shed or a build is made of, said after its length ("7.5m plate ally",
/// "a 14m aluminium hull"), and the hulls themselves ("a 9m hull").
const MADE_OF: &[&str] = &[
    "plate",
    "ally",
    "alloy",
    "aluminium",
    "aluminum",
    "steel",
    "fibreglass",
    "fiberglass",
    "timber",
    "hull",
    "hulled",
];

/// Comparatives of size before "than": "longer than 12m".
const SIZES: &[&str] = &[
    "longer", "wider", "taller", "higher", "deeper", "shorter", "bigger", "smaller", "lower",
];

/// "anything over 6m": a thing of any size past a bound.
const ANY_THING: &[&str] = &["anything", "everything", "nothing", "something"];

/// Whether the bare figure at `at`, its lowercase "m" ending at `end`, measures a size in
/// metres by the words around it.
pub(super) fn metres_of_a_size(toks: &[Token], at: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let m = end.checked_sub(1).and_then(|k| toks.get(k));
    if !m.is_some_and(|t| t.lower == "m" && !t.caps) {
        return false;
    }
    // "the drillers hit water at 140m", "drilled down to 80m": a depth reached (round V47).
    let depth = at >= 3
        && matches!(word(at - 1), "at" | "to")
        && (word(at - 2) == "water"
            && matches!(word(at - 3), "hit" | "struck" | "found" | "reached")
            || matches!(word(at - 2), "drilled" | "dug" | "bored")
            || word(at - 2) == "down" && matches!(word(at - 3), "drilled" | "dug" | "bored"));
    depth
        || MEASURES.contains(&word(end))
        || MADE_OF.contains(&word(end))
        // "a 2 x 4m shed": one side of a size written with "x".
        || at >= 2
            && matches!(word(at - 1), "x" | "×")
            && toks[at - 2].kind == TokKind::Num
        || at >= 2 && word(at - 1) == "than" && SIZES.contains(&word(at - 2))
        || at >= 2
            && matches!(word(at - 1), "over" | "under" | "above" | "below")
            && ANY_THING.contains(&word(at - 2))
}
