//! "Mme Bégué has put the showroom refit on ice until …", "The MD has put the leather goods
//! shop at the Game City mall on ice." (round V59): the verdict "on ice" / "on hold" said
//! after the thing, whose "put" opens the clause after who decided.

use super::tokens::Token;

/// The "put" (or "placed") before the verdict "on hold" / "on ice" at `verb`, in its
/// sentence and at most a dozen words back, with the thing between.
pub(super) fn put_before(toks: &[Token], verb: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !(word(verb) == "on" && matches!(word(verb + 1), "hold" | "ice")) {
        return None;
    }
    (verb.saturating_sub(12)..verb.saturating_sub(1))
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| matches!(word(k), "put" | "placed"))
}
