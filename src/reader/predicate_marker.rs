//! "The board i approve the wastewater ponds", "Chief Tari i agree for the boning room
//! extension", "The board i no approve the solar array this year", "Mr. Boe no approve the
//! staff bus" (round V62): Bislama, Pijin and Tok Pisin write "i" between a third person's
//! subject and its verb, and "no" before the verb for "does not". Written lowercase after a
//! body that decides or a titled name, the "i" is that marker, not the writer's "I"; the
//! "no" after them (or after the marker) is the verb's own negation, not an answer.

use super::deciders::is_body;
use super::tokens::Token;

/// Titles a named decider opens with in these writers' messages.
fn title(w: &str) -> bool {
    crate::reader::name_titles::courtesy_title(w)
        || matches!(w, "chief" | "pastor" | "father" | "sir")
}

/// Whether the token at `k` closes a body's word or a titled name ("the board", "Chief
/// Tari", "Mr. Boe").
fn closes_a_decider(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    if is_body(&t.lower) {
        return true;
    }
    let title_at = |j: usize| toks.get(j).is_some_and(|w| title(&w.lower));
    t.is_word()
        && t.capital
        && k >= 1
        && (title_at(k - 1) || k >= 2 && toks[k - 1].is_sym(".") && title_at(k - 2))
}

/// Whether the token at `k` is the marker "i" or the negation "no" between a decider named
/// before it and the verdict after it.
pub(super) fn between(toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|_| k >= 1) else {
        return false;
    };
    match t.lower.as_str() {
        "i" => !t.capital && closes_a_decider(toks, k - 1),
        "no" => {
            let marker = toks[k - 1].lower == "i" && between(toks, k - 1);
            marker || closes_a_decider(toks, k - 1)
        }
        _ => false,
    }
}
