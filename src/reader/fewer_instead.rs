//! "GM approved 2 instead of 3, $395k each" (round S62): an approval of a count said against
//! a bigger one it replaces cuts the work back, a rescope (convention 57 (b), which says so
//! of a new figure of money "instead of" its old one).

use super::tokens::{TokKind, Token};

/// A small whole count at `k` (no money: no multiplier after it).
fn count_at(toks: &[Token], k: usize) -> Option<u32> {
    let t = toks.get(k).filter(|t| t.kind == TokKind::Num)?;
    let n: u32 = t.lower.parse().ok()?;
    let scaled = toks.get(k + 1).is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "k" | "m" | "mn" | "bn" | "million" | "thousand" | "%"
        )
    });
    (!scaled && n <= 10_000).then_some(n)
}

/// Right after an approval's words ending at `end`: a count, at most two words of what it
/// counts, "instead of" / "rather than" (a "the" allowed) and a bigger count.
pub(super) fn fewer_instead_of_more(toks: &[Token], end: usize) -> bool {
    // Asked after every approval: only a number straight after it opens the shape.
    if !toks.get(end).is_some_and(|t| t.kind == TokKind::Num) {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(new) = count_at(toks, end) else {
        return false;
    };
    (end + 1..end + 4).any(|k| {
        let lead = matches!(
            (word(k), word(k + 1)),
            ("instead", "of") | ("rather", "than")
        );
        let nouns = || (end + 1..k).all(|j| toks.get(j).is_some_and(Token::is_word));
        let old_at = k + 2 + usize::from(word(k + 2) == "the");
        lead && nouns() && count_at(toks, old_at).is_some_and(|old| old > new)
    })
}
