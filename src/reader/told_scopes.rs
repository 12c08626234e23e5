//! A scope told in a clause of its own after the verdict ("approved at £650k, phase 1
//! only", "… $90k. Just the eight big FVs for now, brites next year."): the labels'
//! convention 16 files it as the decision's reason, while a scope inside the verdict's own
//! words ("approved for the main stand only") is the decision itself and no reason. Nor is
//! the figure a cut-back amount replaces ("only R$ 300k, not the 520 that agronomy asked").

use super::tokens::{TokKind, Token};

/// Does the clause in tokens `s..e` (ending at a comma or the sentence's end) tell a scope:
/// ending on "only" ("phase 1 only", "two terminals only for now"), opening on "only" or
/// "just" and what is kept ("just the EU cluster", "only 800 seats"), what is dropped
/// ("taxiway signs dropped", "the garage ones are dropped"), or what we do and what we
/// leave ("we'll do the rails … and leave the apron")?
pub fn told_scope(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    if e >= s + 4 && e <= s + 20 && done_and_left(toks, s, e) {
        return true;
    }
    if e < s + 2 || e > s + 12 || !toks[s].is_word() {
        return false;
    }
    let w = |k: usize| toks[k].lower.as_str();
    // "… only for now", "… only this year": the time the scope holds for comes after it.
    let last = match (w(e - 2), w(e - 1)) {
        ("for", "now") | ("this", "year") | ("at", "first") => e.saturating_sub(3),
        _ => e - 1,
    };
    let ends_only = last > s && w(last) == "only";
    let kept = matches!(w(s), "only" | "just")
        && (toks[s + 1].is("the")
            || toks[s + 1].kind == TokKind::Num
                && !toks[s + 2..e].first().is_some_and(|t| t.is("%")));
    let dropped = e >= s + 2
        && w(e - 1) == "dropped"
        && !(s..e - 1).any(|k| matches!(w(k), "we" | "i" | "they" | "has" | "have"));
    ends_only || kept || dropped
}

/// "We'll do the rails and the cradle this winter and leave the concrete apron", "we just do
/// the cooler an' leave the classifier": what we do of the work and what we leave, told by
/// us in the clause `s..e`.
fn done_and_left(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| toks[k].lower.as_str();
    let we = match w(s) {
        "we'll" | "we" | "we're" | "we'm" => s + 1,
        _ => return false,
    };
    let we = if matches!(w(we), "will" | "just" | "only") {
        we + 1
    } else {
        we
    };
    let does = we < e && matches!(w(we), "do" | "doing" | "keep" | "keeping" | "just");
    does && (we + 2..e).any(|k| matches!(w(k), "leave" | "leaving") && k + 1 < e)
}

/// Does the clause in tokens `s..e` only name the figure the record's amount replaces: "not
/// the 520 that agronomy asked", "not the £14k we asked for"? Like "instead of the full
/// $390k", it tells what was asked, not why less was given.
pub fn replaced_figure(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let mut k = s + 1;
    if k < e && toks[k].is("the") {
        k += 1;
    }
    let figure = (k..e.min(k + 2)).any(|j| toks[j].kind == TokKind::Num);
    e > s + 1 && toks[s].is("not") && figure && e <= s + 10
}
