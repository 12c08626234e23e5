//! "Gazza: new tyres on all troopies before the Wet, roughly $7k. ok'd by me, go ahead"
//! (round B68): a first name opening the message before a colon is who speaks or is told;
//! the thing is first sought after the colon, the name only after every other start.

use super::*;

/// Where the words after an opening name's colon start, when the message's first word
/// (`first`) is one word with a capital (not an acronym, not a registered name) and a
/// colon follows it, then a word.
pub(super) fn after_a_name_and_colon(
    toks: &[Token],
    names: &[NameMatch],
    first: usize,
) -> Option<usize> {
    // Cheap first test: a capitalised word with a colon after it.
    let who = toks.get(first)?;
    if !who.capital || who.caps || !toks.get(first + 1)?.is_sym(":") {
        return None;
    }
    let named = names.iter().any(|m| m.start <= first && first < m.end);
    (who.is_word()
        && who.lower.len() >= 3
        && who.lower.chars().all(char::is_alphabetic)
        && !named
        && toks
            .get(first + 2)
            .is_some_and(|t| t.is_word() && !opens_a_question(&t.lower)))
    .then_some(first + 2)
}

/// "Teboho: can we buy the second-hand shearing trailer …": a question's opening word after
/// the colon; what is asked about comes later, found by the ask's own start.
fn opens_a_question(word: &str) -> bool {
    matches!(
        word,
        "can" | "could" | "should" | "shall" | "will" | "would" | "do" | "does" | "is" | "are"
    )
}
