//! "the rebrand Marketing wanted", "the gift shop Mama wanted for the sawdust candles", "the
//! sorting conveyor the Baton Rouge rep was pushing": a clause about the new thing, said
//! without "that", naming who wanted, pitched or quoted it. It opens on its own subject, so
//! the thing's name ends before it (round B52).

use super::*;

/// Verbs of someone wanting, offering or pricing a thing, said after them.
const WANTED: &[&str] = &[
    "wanted",
    "pitched",
    "quoted",
    "floated",
    "suggested",
    "proposed",
    "recommended",
    "priced",
];

/// Whether a clause naming who wanted the thing opens at `i`: a capitalised word or "he" /
/// "she" / "they", or "the" and up to three words, then a verb of wanting ("wanted",
/// "pitched") or "was" / "were" with a word ending "-ing" ("was pushing").
pub(super) fn wanted_by_someone_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verb_at = |k: usize| {
        WANTED.contains(&word(k))
            || matches!(word(k), "was" | "were")
                && word(k + 1).len() > 4
                && word(k + 1).ends_with("ing")
    };
    let Some(t) = toks.get(i) else {
        return false;
    };
    let someone = t.kind == TokKind::Word
        && (t.capital && !t.caps || matches!(t.lower.as_str(), "he" | "she" | "they"));
    if someone && verb_at(i + 1) {
        return true;
    }
    word(i) == "the"
        && (i + 2..(i + 5).min(toks.len()))
            .any(|k| toks[i + 1..k].iter().all(Token::is_word) && verb_at(k))
}
