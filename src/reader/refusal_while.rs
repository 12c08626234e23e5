//! "RingCentral want a 3-year term and I'm not signing that while the DMS move is live",
//! "on hold until March: I'm not spending $92k on it until we know …": a "while" or
//! "until" clause that is the condition of the writer's own refusal before it, in a
//! sentence (or after a colon) of its own after the verdict, belongs with that refusal as
//! one reason.

use super::tokens::Token;

/// Where the reason that opens on "while" (or "until") at `a` starts, when the sentence it ends opens
/// after `verdict_end` and holds the writer's own "not" before the "while" ("I'm not
/// signing that while …", "we won't commit while …"); `a` otherwise.
pub(super) fn refusal_before_while(toks: &[Token], a: usize, verdict_end: usize) -> usize {
    if !toks
        .get(a)
        .is_some_and(|t| matches!(t.lower.as_str(), "while" | "until" | "till" | "til"))
    {
        return a;
    }
    let ends_sentence = |t: &Token| {
        t.is_sym(".") || t.is_sym("!") || t.is_sym("?") || t.is_sym(";") || t.is_sym(":")
    };
    let Some(stop) = toks[..a]
        .iter()
        .rposition(|t| ends_sentence(t) || t.is("\n"))
    else {
        return a;
    };
    let s = stop + 1;
    let negated = toks[s..a].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "not" | "won't" | "can't" | "cannot" | "isn't" | "aren't" | "wont" | "never"
        ) || t.lower.ends_with("n't")
    });
    if s >= verdict_end && s + 3 < a && negated && toks[s..a].iter().all(|t| !t.is_sym(",")) {
        s
    } else {
        a
    }
}
