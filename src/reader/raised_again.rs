//! "State: Scheduled → Cancelled\nClose notes: CAB pulled it, vendor can't ship the 9300s
//! before the holiday freeze. Re-raise in February.": work called off to be raised again at
//! a later time waits, a deferral with that time to look again (round V49, `aurora-cinemas`
//! 16), as a refusal with a time to revisit is.

use super::tokens::Token;

/// Does the message say the work is to be raised again or revisited ("Re-raise in
/// February", which the tokens read as "revisit"; "raise it again in Q2")?
pub(super) fn raised_again(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (0..toks.len()).any(|k| {
        matches!(word(k), "revisit" | "re-raise" | "reraise" | "re-raised")
            || word(k) == "re"
                && toks[k + 1..].first().is_some_and(|t| t.is_sym("-"))
                && matches!(word(k + 2), "raise" | "raised" | "raising")
            || matches!(word(k), "raise" | "raised")
                && matches!(word(k + 1), "it" | "this" | "them")
                && word(k + 2) == "again"
    })
}
