//! "Barrel room's on ice til March, we'll know what vintage has done to the cash by then":
//! after a deferral to a time, a clause ending "by then" points back at that time and says
//! what the wait is for, so it is the reason.

use super::tokens::Token;

/// The clause after the verdict (which ends at `after`) and before `limit` that ends on
/// "by then", from the break before it.
pub fn known_by_then(text: &str, toks: &[Token], after: usize, limit: usize) -> Option<String> {
    let limit = limit.min(toks.len());
    let ends_sentence = |k: usize| {
        k >= limit
            || toks
                .get(k)
                .is_some_and(|t| matches!(t.lower.as_str(), "." | "!" | "\n"))
    };
    let by = (after..limit.saturating_sub(1))
        .find(|&k| toks[k].is("by") && toks[k + 1].is("then") && ends_sentence(k + 2))?;
    let s = (after..by)
        .rev()
        .find(|&k| {
            matches!(
                toks[k].lower.as_str(),
                "," | "." | ";" | "!" | "\n" | "—" | "–"
            ) || toks[k].is_sym("-") && !toks[k].attached
        })
        .map(|k| k + 1)?;
    (by >= s + 3).then(|| text[toks[s].start..toks[by + 1].end].trim().to_string())
}
