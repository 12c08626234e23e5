//! "the freezer warehouse they still want to see the April numbers before they say yes",
//! "the bank want to see the 2026 numbers first" (round V55): someone other than the
//! writer who must say yes wanting to see figures first puts the thing off, a deferral, as
//! the corpus files it. The writer's own wish ("I want to see the second quote first",
//! "leaning towards yes …, want to see Q1 gas prices first") or a message saying nothing is
//! decided yet ("No decision yet - they want to see the pilot data first") is not this
//! shape. Read only where no other verdict is found: beside one ("on hold till March;
//! Renee wants to see the January count first") it is that verdict's reason.

use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;

/// The first place in `toks` that says the shape, as a deferral.
pub(in crate::reader) fn wanted_first(toks: &[Token]) -> Option<VerdictFinding> {
    let at = (0..toks.len()).find(|&i| want_to_see_first_at(toks, i).is_some())?;
    Some(VerdictFinding {
        verdict: Verdict::Defer,
        start: at,
        end: at + 3,
        affirmed: false,
    })
}

/// At `i` ("want" / "wants"), a subject other than the writer before it, "to see", then
/// "first" or "before they say yes" in its sentence: where the shape ends (after "see").
fn want_to_see_first_at(toks: &[Token], i: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(w(i), "want" | "wants") || w(i + 1) != "to" || w(i + 2) != "see" {
        return None;
    }
    let mut s = i.checked_sub(1)?;
    while s > 0 && matches!(w(s), "still" | "also" | "really" | "just" | "first") {
        s -= 1;
    }
    let subject = &toks[s];
    if !subject.is_word()
        || matches!(
            subject.lower.as_str(),
            "i" | "we" | "you" | "i'd" | "we'd" | "to" | "and" | "but" | "just" | "yes" | "yet"
        )
    {
        return None;
    }
    let stops = |k: usize| matches!(w(k), "." | "!" | "?" | ";" | "\n");
    let sentence_end = (i + 3..toks.len())
        .find(|&k| stops(k))
        .unwrap_or(toks.len());
    let first = (i + 3..sentence_end).any(|k| {
        w(k) == "first"
            || w(k) == "before"
                && matches!(w(k + 1), "they" | "he" | "she" | "it")
                && matches!(
                    w(k + 2),
                    "say" | "says" | "approve" | "approves" | "sign" | "decide"
                )
    });
    let undecided = (0..toks.len()).any(|k| {
        w(k) == "leaning"
            || matches!(w(k), "no" | "any") && matches!(w(k + 1), "decision" | "decisions" | "call")
            || w(k) == "nothing" && (k + 1..(k + 4).min(toks.len())).any(|j| w(j) == "decided")
    });
    (first && !undecided).then_some(i + 3)
}
