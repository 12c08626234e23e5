//! A word said twice after a verdict (round R43): "we shall continue with the replacement,
//! pole pole" (Swahili, "slowly"), "Approved $420k for 12 new forklifts, die die must replace
//! before CNY" (Singlish, "at all costs"). The doubled word is the writer's tone or urgency:
//! alone it is no reason, and opening a "must …" it is the plan's urgency, not why.

use super::tokens::Token;

/// Is the clause `toks[s..e]` a word said twice, alone or before a modal ("die die must
/// replace …")?
pub fn said_twice(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    if e < s + 2 || !toks[s].is_word() || toks[s].lower != toks[s + 1].lower {
        return false;
    }
    // Its words, less a stop or an emoji closing it.
    let words = (s..e).filter(|&j| toks[j].is_word()).count();
    words == 2
        || toks.get(s + 2).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "must" | "need" | "needs" | "have" | "got" | "gotta"
            )
        })
}
