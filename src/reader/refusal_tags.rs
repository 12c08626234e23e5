//! A refusal said by us, then "not this year" tagged on after its comma: "So no, we're not
//! doing the fish shop, not this year anyway.", "I told him we ain't buying, not this
//! year." The tag stresses the no; with no time to look again anywhere in the message it
//! puts nothing off, so the verdict is a refusal ("not this year, revisit in Q2" and "Nope,
//! not this year, we'll revisit at the board" still defer).

use super::tokens::Token;

/// Words that, after our subject, say we will not do it.
const NOT_OURS: &[&str] = &["not", "ain't", "aren't", "won't", "ay", "isn't", "never"];

/// Words that say when to look at the work again.
pub(super) const LOOK_AGAIN: &[&str] = &[
    "revisit",
    "revisited",
    "revisiting",
    "again",
    "later",
    "next",
    "until",
    "till",
    "til",
    "once",
    "when",
    "maybe",
    "yet",
];

/// Does the defer found at `start..end` ("not this year") follow a comma closing a clause
/// in which we say we will not do it ("we're not doing …", "we ain't buying"), end its
/// sentence (an "anyway" aside), and stand in a message that says no time to look again?
pub(super) fn refusal_tagged_not_this_year(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(start) != "not" || word(start + 1) != "this" || start == 0 || word(start - 1) != "," {
        return false;
    }
    let ends = |k: usize| k >= toks.len() || matches!(word(k), "." | "!" | "\n");
    let after = end + usize::from(word(end) == "anyway");
    if !ends(after) {
        return false;
    }
    let from = (0..start - 1).rev().find(|&k| ends(k)).map_or(0, |k| k + 1);
    let ours = (from..start - 1).any(|k| {
        matches!(word(k), "we" | "we're" | "we'm" | "i'm" | "we'll")
            && NOT_OURS.contains(&word(k + 1))
    });
    ours && !toks.iter().any(|t| LOOK_AGAIN.contains(&t.lower.as_str()))
}

/// "2. Keyless entry for Manly rooms - not this year": the defer found at `start..end`
/// answering an item after its label's dash or colon, and closing its line, with no time
/// to look again in that line: the item is refused ("- tenant portal phase 2 - not this
/// year, look again in September" still defers).
pub(super) fn item_answered_not_this_year(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(start) != "not" || word(start + 1) != "this" {
        return false;
    }
    if start < 2 {
        return crate::reader::not_this_year_alone::opens_its_sentence_unrevisited(
            toks, start, end,
        );
    }
    let label = matches!(word(start - 1), "-" | "–" | "—" | ":") && !toks[start - 2].is_break();
    // "LED for house 3 — not this year." (round V55): a full stop closing the line too.
    let stop = end + usize::from(matches!(word(end), "." | "!"));
    if label && (end >= toks.len() || word(end) == "\n" || stop >= toks.len() || word(stop) == "\n")
    {
        let line_from = (0..start)
            .rev()
            .find(|&k| word(k) == "\n")
            .map_or(0, |k| k + 1);
        return !toks[line_from..start]
            .iter()
            .any(|t| LOOK_AGAIN.contains(&t.lower.as_str()));
    }
    crate::reader::not_this_year_alone::opens_its_sentence_unrevisited(toks, start, end)
}
