//! How an earlier phase went, told after the verdict on the next: "Member app phase 2 —
//! approved at £48k. Phase 1 got 3,100 downloads from 4,200 members", "continue as planned.
//! Phase 1 (accounting) finished on schedule and …". A sentence opening on "Phase N" is
//! usually the plan ("Phase 2 starts in March"); told in the past tense it is the evidence
//! the decision rests on.

use super::tokens::{TokKind, Token};

/// Verbs in the past that tell how a phase went.
fn past_verb(w: &str) -> bool {
    (w.ends_with("ed") && w.len() > 3)
        || matches!(
            w,
            "got"
                | "went"
                | "came"
                | "ran"
                | "hit"
                | "did"
                | "was"
                | "were"
                | "had"
                | "sold"
                | "brought"
                | "made"
                | "took"
                | "won"
                | "drew"
                | "paid"
                | "cost"
                | "saw"
        )
}

/// Where the words after "phase" and its number (and a short bracket naming it) go on, for
/// a "phase N" at `s`.
fn after_phase_label(toks: &[Token], s: usize, e: usize) -> Option<usize> {
    let numbered = toks[s].is("phase")
        && toks.get(s + 1).is_some_and(|t| {
            t.kind == TokKind::Num || matches!(t.lower.as_str(), "one" | "two" | "1a" | "1b")
        });
    if !numbered {
        return None;
    }
    let v = s + 2;
    if toks.get(v).is_some_and(|t| t.is("(")) {
        let close = (v + 1..e.min(v + 6)).find(|&k| toks[k].is(")"))?;
        return Some(close + 1);
    }
    Some(v)
}

/// Does the sentence `s..e` open on an earlier phase ("Phase 1", "Phase 1 (accounting)")
/// and tell in the past how it went?
pub fn how_it_went(toks: &[Token], s: usize, e: usize) -> bool {
    after_phase_label(toks, s, e)
        .filter(|&v| v + 1 < e)
        .is_some_and(|v| past_verb(&toks[v].lower))
}

/// Is the bracket opening at `paren` the name of the phase just before it ("Phase 1
/// (accounting)"): which part, not why?
pub fn names_the_phase(toks: &[Token], paren: usize) -> bool {
    paren >= 2 && after_phase_label(toks, paren - 2, toks.len()).is_some()
        // "scaled back to Phase 1 only (Riverside Trail, 1.2 km)" (round R41).
        || paren >= 3
            && toks[paren - 1].is("only")
            && after_phase_label(toks, paren - 3, toks.len()).is_some()
}
