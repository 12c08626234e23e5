//! "MD still says no, we will train the peeling women more" (round V67): "says no" closing
//! its clause — before a comma, a stop, a semicolon, a line's end or the message's — is the
//! named one's refusal. "says no to …" is read by the phrase table's "no to"; "the report
//! says no savings" and "who says no?" refuse nothing.

use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;

/// The "says no" closing its clause in `from..to`.
pub(crate) fn says_no_closing(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    (from.max(1)..to).find_map(|k| {
        // The word's own test first: only "says" may open the shape.
        if !toks[k].is("says") {
            return None;
        }
        says_no_at(toks, k, to)
    })
}

/// [`says_no_closing`] at a "says" at `k`.
fn says_no_at(toks: &[Token], k: usize, to: usize) -> Option<VerdictFinding> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    if word(k + 1) != "no" || k + 1 >= to {
        return None;
    }
    let closes = toks
        .get(k + 2)
        .is_none_or(|t| matches!(t.lower.as_str(), "," | "." | ";" | "\n" | "!" | "again"));
    // Someone says it: a word before "says" (or before its "still"), not one who names
    // nobody.
    let s = if word(k - 1) == "still" {
        k.checked_sub(2)?
    } else {
        k - 1
    };
    let sayer = toks[s].is_word()
        && !matches!(
            toks[s].lower.as_str(),
            "who" | "nobody" | "noone" | "never" | "it" | "that" | "this" | "which"
        );
    (closes && sayer).then_some(VerdictFinding {
        verdict: Verdict::Reject,
        start: k,
        end: k + 2,
        affirmed: false,
    })
}
