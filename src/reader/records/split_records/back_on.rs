//! "Heads up, Craig's come round on the show stand, the Sydney show is back on at $58k, …":
//! after a decider came round on a thing (or changed their mind on it), the clause joined
//! after it saying a thing is back on tells the same approval again, with its money: the
//! sentence is not cut there (see `cut_joined`).

use super::*;

/// Whether the left of a joined sentence, `a..j`, says a mind changed on a thing, and the
/// right, `j + 1..b`, that a thing is back on.
pub(super) fn back_on_after_coming_round(toks: &[Token], a: usize, j: usize, b: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let came_round = (a..j).any(|k| {
        matches!(word(k), "come" | "came") && matches!(word(k + 1), "round" | "around")
            || word(k) == "changed"
                && matches!(word(k + 1), "his" | "her" | "their")
                && word(k + 2) == "mind"
    });
    came_round && (j + 1..b.min(j + 10)).any(|k| word(k) == "back" && word(k + 1) == "on")
}
