//! "Microsoft ends support of our version anyway", "the vendor is dropping support for
//! v7", "Sage stops its support next year": a maker ending its support is news of a
//! product, a reason of its own told after a stop, as "our version is out of support" is.

use super::tokens::Token;

/// "support" at `j` is the object of a verb of ending: "ends support", "dropping its
/// support", "stopped support".
pub(super) fn support_ended(toks: &[Token], j: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(j) != "support" || j == 0 {
        return false;
    }
    let v = j - 1 - usize::from(j > 1 && matches!(word(j - 1), "its" | "their" | "the" | "all"));
    matches!(
        word(v),
        "ends"
            | "ending"
            | "ended"
            | "drops"
            | "dropping"
            | "dropped"
            | "stops"
            | "stopping"
            | "stopped"
            | "withdraws"
            | "withdrawing"
            | "withdrew"
    )
}
