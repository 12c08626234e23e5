//! "We're giving up on the hydro heater at Rockingham: $26k spent on a unit that still can't
//! hold 34 degrees, and …", "We're done with the customer app: $24k spent and 140 downloads,
//! …": a stop, a colon, then the money sunk in it and what still goes wrong. The words after
//! the colon, to the end of the sentence, are the stop's reason (convention 30: the money
//! walked away from is part of the case the writer makes).

use super::tokens::Token;

/// The span after the colon that closes the stop's clause (the verdict ends at `v_end`),
/// when it opens with money (`money`) and a verb of spending ("spent", "gone", "sunk") or
/// "in and" / "in,".
pub(super) fn sunk_after_colon(
    toks: &[Token],
    v_end: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let colon = (v_end..(v_end + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break() || toks[k].is_sym(":"))
        .find(|&k| toks[k].is_sym(":"))?;
    let a = colon + 1;
    if !toks.get(a).is_some_and(|_| money(a)) {
        return None;
    }
    let after = (a..toks.len()).find(|&k| !money(k))?;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let spent = matches!(
        word(after),
        "spent" | "gone" | "sunk" | "burned" | "burnt" | "wasted"
    ) || word(after) == "in" && matches!(word(after + 1), "and" | ",");
    if !spent {
        return None;
    }
    let b = (after..toks.len())
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len());
    // Not a bare figure: what the money bought, or what still goes wrong, follows.
    (b > after + 2).then_some((a, b))
}
