//! "the smaller version came in at $51,900 final, a little under what we approved", "more
//! than what the board approved" (round S53): a verdict word after "what" and its subject
//! names the money decided before, against which a cost is told; no verdict now.

use super::*;

/// "what we approved", "what was approved", "what the board signed off": `Some(None)`.
pub(super) fn what_was_decided(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, _end, _word, _prev, _next) = at.parts();
    if raw != Verdict::Approve {
        return None;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // The subject between "what" and the verdict word: one or two words, or "was", "had
    // been", "we had".
    let what = (1..=3).find(|&back| start >= back && word(start - back) == "what")?;
    let between = &toks[start - what + 1..start];
    let subject = between.iter().all(|t| {
        t.is_word()
            && matches!(
                t.lower.as_str(),
                "we" | "they"
                    | "he"
                    | "she"
                    | "i"
                    | "you"
                    | "the"
                    | "board"
                    | "exco"
                    | "md"
                    | "was"
                    | "were"
                    | "had"
                    | "has"
                    | "have"
                    | "been"
                    | "we'd"
                    | "we've"
                    | "they'd"
                    | "finance"
                    | "management"
                    | "committee"
            )
    });
    // Told against a cost: "under", "over", "within", "than", "of", "above", "below" before
    // "what".
    let against = start > what
        && matches!(
            word(start - what - 1),
            "under" | "over" | "within" | "than" | "above" | "below" | "beyond" | "on" | "to"
        );
    (subject && against).then_some(None)
}
