//! Short asides after a verdict's comma that tell no reason: whose price it is ("…
//! approved at $88k, Varley's quote."), how the writer feels about it ("- rejected, I'm
//! afraid."), or that it is like the work done elsewhere ("is a go, $16K, same setup as
//! Plaquemine."). The reason, if any, is told in another clause or sentence.

use super::tokens::Token;

/// Words for a price someone gave: "Varley's quote", "the Holmes estimate".
const PRICE_GIVEN: &[&str] = &[
    "quote", "quotes", "price", "estimate", "tender", "bid", "figure", "number", "pricing",
];

/// Is the clause `a..b` a hedge of the writer's ("I'm afraid", "sadly", "unfortunately")?
fn hedge(words: &[&str]) -> bool {
    let words = match words.last() {
        Some(&"though") => &words[..words.len() - 1],
        _ => words,
    };
    matches!(
        words,
        ["i'm", "afraid"]
            | ["i", "am", "afraid"]
            | ["sadly"]
            | ["unfortunately"]
            | ["regrettably"]
            | ["alas"]
            | ["i'm", "sorry", "to", "say"]
    )
}

/// Is the clause `a..b` only whose price it is: a possessive (or "the", "per") and at most
/// two more words ending on a word for a price ("Varley's quote", "per the Holmes quote")?
fn price_source(toks: &[Token], words: &[&str]) -> bool {
    let words = match words.first() {
        Some(&"per") | Some(&"as") => &words[1..],
        _ => words,
    };
    let words = match words.first() {
        Some(&"per") => &words[1..],
        _ => words,
    };
    (2..=4).contains(&words.len())
        && PRICE_GIVEN.contains(words.last().unwrap_or(&""))
        && (words[0].ends_with("'s") || words[0].ends_with("s'") || words[0] == "the")
        && toks.iter().all(|t| !t.lower.ends_with("n't"))
}

/// Is the clause `a..b` the work likened to the same done elsewhere: "same setup as
/// Plaquemine", "the same spec as last year's", with no verb of its own?
fn same_as_elsewhere(words: &[&str]) -> bool {
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => words,
    };
    let Some(as_at) = words.iter().position(|w| *w == "as") else {
        return false;
    };
    words.first() == Some(&"same")
        && (2..=4).contains(&as_at)
        && words.len() <= as_at + 4
        && !words.iter().any(|w| {
            matches!(*w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                || w.ends_with("n't")
        })
}

/// Is the clause `a..b` an aside that tells no reason (see the module's note)?
pub fn no_reason_aside(toks: &[Token], a: usize, b: usize) -> bool {
    let span = &toks[a..b.min(toks.len())];
    let words: Vec<&str> = span
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    let all_words = span.iter().all(|t| t.is_word() || t.is("'"));
    all_words && (hedge(&words) || price_source(span, &words) || same_as_elsewhere(&words))
}
