//! "no to the new workshop radios" against Grantham Workshop Diagnostics: a describing word
//! of a name (not its last) after "to the new" (or "a new"), then a word that is none of
//! the name's, ending the phrase, says what other new thing it is.

use super::GENERIC;
use crate::reader::name_variants;
use crate::reader::tokens::Token;

/// Whether the name's word at `i` (ending at `end`) is said of another new thing.
pub(super) fn new_other_thing(toks: &[Token], i: usize, end: usize, words: &[String]) -> bool {
    // "the new" after what it is wanted or refused for ("no to the new …", "quotes for
    // the new …", "happy with the new …"); not a thing the name brought ("riders hit the
    // new fare cap").
    let pointed = |k: usize| {
        matches!(toks[k].lower.as_str(), "the" | "our")
            && k >= 1
            && matches!(
                toks[k - 1].lower.as_str(),
                "to" | "for" | "on" | "about" | "with" | "w"
            )
    };
    let said_new = i >= 2
        && toks[i - 1].is("new")
        && (matches!(toks[i - 2].lower.as_str(), "a" | "an") || pointed(i - 2));
    let Some(next) = toks.get(end).filter(|t| t.is_word()) else {
        return false;
    };
    let w = next.lower.as_str();
    let other = !words.iter().any(|n| {
        n == w || w.strip_suffix('s') == Some(n.as_str()) || n.strip_suffix('s') == Some(w)
    }) && !name_variants::work_on(w)
        && !GENERIC.contains(&w);
    let phrase_ends = toks.get(end + 1).is_none_or(|t| !t.is_word());
    said_new && other && phrase_ends
}
