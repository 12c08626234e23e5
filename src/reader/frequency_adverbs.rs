//! An adverb of frequency before a verb (round R39): "so the codes never arrive", "38% of
//! our new users never touch a terminal", "the setters still plan everything on paper".
//! The reader knows its finite verbs by a list and by "-ed"; a present verb it does not know
//! ("arrive", "touch", "plan") still follows an adverb such as "never" or "still" said
//! after the subject, which marks the words as a clause of its own.

use super::tokens::Token;

/// Adverbs of frequency that stand between a subject and its verb.
const FREQUENCY: &[&str] = &[
    "never", "still", "always", "rarely", "seldom", "barely", "hardly", "usually", "often",
];

/// Words after such an adverb that are no verb: "still in the yard", "never the same".
const NOT_VERBS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "of", "for", "to", "with", "there", "here", "more", "less",
    "under", "over", "up", "down", "by", "and", "or", "but", "not", "enough",
];

/// Within the five words from `from` (before a break), an adverb of frequency then a word
/// that can be a verb.
pub(super) fn adverb_before_verb(toks: &[Token], from: usize) -> bool {
    let end = (from + 5).min(toks.len());
    (from..end).take_while(|&k| !toks[k].is_break()).any(|k| {
        FREQUENCY.contains(&toks[k].lower.as_str())
            && toks.get(k + 1).is_some_and(|t| {
                t.is_word() && !t.is_break() && !NOT_VERBS.contains(&t.lower.as_str())
            })
    })
}
