//! "Macca's plan to put a second screen on every control desk", "Kumar plan to upgrade the
//! outlet wifi": whose plan it is, before what the plan does (round S50); "Beau's idea of a
//! second well", "Kevin's plan to move the office to Microsoft 365" (round B52).

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
    if !matches!(plan.lower.as_str(), "plan" | "idea" | "proposal") {
        return None;
    }
    let then = toks.get(k + 1)?;
    // "Beau's idea of a second well": the thing follows its article (round B52).
    if (then.is("of") || then.is("for"))
        && toks
            .get(k + 2)
            .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
    {
        return Some(k + 2 - i);
    }
    // "Kevin's plan to move the office to Microsoft 365": the moving read on from there.
    (then.is("to")
        && (want_verb_len(toks, k + 2).is_some()
            || crate::reader::new_names::ask_shapes::moved_onto_len(toks, k + 2).is_some()))
    .then_some(k + 2 - i)
}
