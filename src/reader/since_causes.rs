//! "Pontoon Wi-Fi goes ahead for Poole as well, £27k, since the Gosport install stopped the
//! complaints almost overnight": a verb of stopping with a subject of its own, inside a
//! "since" cause opened earlier in its clause, tells what the cause is (the work stopped the
//! complaints), not a decision; the verdict is the one before it. As "because" and "given"
//! causes are (`verdicts::verdict_context::in_reason_clause`), but "since" also says from
//! when ("paused since March"), so only a clause that "since" opens, with a subject after
//! it, is read so.

use crate::reader::tokens::Token;

/// Whether the word at `start` is the verb of a "since" cause opened earlier in its clause:
/// "since" after a comma, a dash or a verdict's words, then a subject of at least one word
/// that is no pronoun of the deciders ("we", "I"), then the word.
pub(super) fn verb_of_a_since_cause(toks: &[Token], start: usize) -> bool {
    if start == 0 || !toks[start - 1].is_word() {
        return false;
    }
    let since = (start.saturating_sub(8)..start)
        .rev()
        .take_while(|&j| !toks[j].is_break())
        .find(|&j| toks[j].is("since"));
    since.is_some_and(|s| {
        s > 0
            && s + 1 < start
            && (s + 1..start).all(|j| toks[j].is_word())
            && !matches!(
                toks[s + 1].lower.as_str(),
                "we" | "i" | "we've" | "we'd" | "i've"
            )
    })
}
