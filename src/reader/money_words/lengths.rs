//! "still delaminates on anything over 6m", "boats longer than 12m", "a hose 8m long", "hit
//! water at 140m", "a workboat, 7.5m plate ally", "a 14m aluminium hull", "the 400m of
//! inshore boom", "a new 12m one", "stay longer at 20m": a few metres said of a thing's
//! size, what it is made of, a length laid or a depth, no money. A bare "6m" spent or approved ("spent over
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

/// Things laid or run by the metre, after "of" ("the 400m of inshore boom", "120m of
/// fencing", round S59): a length of them, no money ("2m of the budget" stays millions).
const LAID_BY_THE_METRE: &[&str] = &[
    "boom",
    "booms",
    "cable",
    "cabling",
    "pipe",
    "pipes",
    "pipework",
    "piping",
    "fence",
    "fencing",
    "hose",
    "rope",
    "netting",
    "track",
    "road",
    "wall",
    "walling",
    "drain",
    "drainage",
    "trench",
    "trenching",
    "boardwalk",
    "hedge",
    "hedging",
    "railing",
    "guttering",
    "conduit",
    "ducting",
    "kerb",
    "kerbing",
    "footpath",
    "quay",
    "pontoon",
    "pontoons",
    "jetty",
    "seawall",
    "fibre",
    "fiber",
    "wire",
    "chain",
    "conveyor",
    "belting",
];

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
    // "so divers can stay longer at 20m", "it runs deeper at 30m": a depth or a height
    // that a comparative is said at (round S59).
    let at_a_depth = at >= 2 && word(at - 1) == "at" && SIZES.contains(&word(at - 2));
    // "the 400m of inshore boom": a length of a thing laid by the metre, its kind within
    // two words of the "of" (round S59).
    let laid = word(end) == "of"
        && (LAID_BY_THE_METRE.contains(&word(end + 1))
            || LAID_BY_THE_METRE.contains(&word(end + 2)));
    // "Capt wants a new 12m one": a boat or a thing of that length, said with "a" and
    // "one" ("the 61m one", the quote picked, and "a 2m one-off" stay money).
    let a_length_of_one = word(end) == "one"
        && !toks
            .get(end + 1)
            .is_some_and(|t| t.is_sym("-") && t.attached)
        && at >= 1
        && (matches!(word(at - 1), "a" | "an")
            || at >= 2 && word(at - 1) == "new" && matches!(word(at - 2), "a" | "an"));
    depth
        || at_a_depth
        || laid
        || a_length_of_one
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
