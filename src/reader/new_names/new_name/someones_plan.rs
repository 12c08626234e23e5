//! "Macca's plan to put a second screen on every control desk", "Kumar plan to upgrade the
//! outlet wifi": whose plan it is, before what the plan does (round S50).

use super::*;

/// How many tokens at `i` say whose plan (idea, proposal) it is, through its "to": a
/// capitalised name, with or without its "'s", then "plan" / "idea" / "proposal" and "to",
/// when a verb of wanting follows (`want_verb_len`), which the phrase then steps past.
pub(super) fn someones_plan_len(toks: &[Token], i: usize) -> Option<usize> {
    let who = toks.get(i)?;
    if who.kind != TokKind::Word || !who.capital || who.caps {
        return None;
    }
    let mut k = i + 1;
    if toks.get(k).is_some_and(|t| t.is("'s") || t.is("’s")) {
        k += 1;
    }
    let plan = toks.get(k)?;
    if !matches!(plan.lower.as_str(), "plan" | "idea" | "proposal") || !toks.get(k + 1)?.is("to") {
        return None;
    }
    want_verb_len(toks, k + 2).map(|_| k + 2 - i)
}
