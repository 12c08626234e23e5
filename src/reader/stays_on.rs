//! "The water recycling is staying on for another season", "the ticket app stays on another
//! year": a thing said to stay on for a further term goes on, as one kept for another year
//! does (convention 12, round S45).

use super::tokens::{TokKind, Token};
use super::verdict_shapes::PERIODS;

/// At `i` ("stay", "stays", "staying"), "stays on (for) another <period>": where the shape
/// ends (after the period).
pub(in crate::reader) fn stays_on_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let rolls = matches!(word(i), "rolls" | "roll" | "rolling");
    if !(matches!(word(i), "stay" | "stays" | "staying") || rolls) || word(i + 1) != "on" {
        return None;
    }
    // "dust sprays on the haul road stay on, EA lad was well chuffed …" (round S46): said of
    // the thing before it, closing its clause.
    if !rolls && closing_after_a_thing(toks, i) {
        return Some(i + 2);
    }
    let mut k = i + 2;
    if word(k) == "for" {
        k += 1;
    }
    match word(k) {
        "another" | "further" => k += 1,
        "a" if word(k + 1) == "further" => k += 2,
        "one" if word(k + 1) == "more" => k += 2,
        _ => k = counted_more_at(toks, k)?,
    }
    if toks.get(k).is_some_and(|t| t.kind == TokKind::Num) {
        k += 1;
    }
    PERIODS.contains(&word(k)).then_some(k + 1)
}

/// At `i` ("stay", "stays"), "on" closes the clause (a comma, a stop, a dash or the end),
/// and the word before is a thing, not a person or a pronoun ("she stays on", "we stay on").
fn closing_after_a_thing(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let closed = toks
        .get(i + 2)
        .is_none_or(|t| t.is_break() || matches!(t.lower.as_str(), "—" | "–"));
    // "the pivots are staying on" (round S52): the thing before "is" or "are".
    let staying = word(i) == "staying" && i > 1 && matches!(word(i - 1), "is" | "are");
    let i = if staying { i - 1 } else { i };
    closed
        && (matches!(word(i), "stay" | "stays") || staying)
        && i > 0
        && toks[i - 1].is_word()
        && !matches!(
            word(i - 1),
            "i" | "we"
                | "you"
                | "he"
                | "she"
                | "they"
                | "it"
                | "who"
                | "that"
                | "will"
                | "to"
                | "can"
                | "should"
                | "must"
                | "may"
                | "might"
                | "would"
                | "could"
        )
        && !toks[i - 1].capital
}

/// Counts a further term is said in ("two more years", "2 more seasons").
const COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// At `k`, a further term counted, "two more" / "2 more" ("rolls on for two more years",
/// "renewed for three more years", round V48): the index after "more".
pub(in crate::reader) fn counted_more_at(toks: &[Token], k: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let counted = toks.get(k).is_some_and(|t| t.kind == TokKind::Num) || COUNTS.contains(&word(k));
    (counted && word(k + 1) == "more").then_some(k + 2)
}
