//! Words in a task after a decision that say where or how the decided work goes on, not
//! which thing the task is about (round B55): "@tash can you get me the training dates for
//! the Gold Coast pools by next Thu?" after the move to a new enrolment system, where
//! "pools" is a unit's alias and "training" a word of the Instructor Training Platform.

use crate::reader::tokens::Token;

/// Whether a place is said before a word for a group of sites or people ("the Gold Coast
/// pools", "the Leeds shops", "the Houston centers"): where the work goes on.
pub(super) fn places_said(toks: &[Token]) -> bool {
    (1..toks.len()).any(|k| {
        toks[k].is_word()
            && toks[k].capital
            && !toks[k - 1].is_sym("@")
            && !toks[k - 1].is_sym("\n")
            && !toks[k - 1].is_sym(".")
            && super::place_before_group(toks, k)
    })
}

/// Whether the task says, of the registered name `name`, only words that are neither its
/// first nor its last ("training" of Instructor Training Platform): a describing word of
/// that thing, said of the work the task is on, not the thing itself.
pub(super) fn only_a_describing_word(name: &str, toks: &[Token]) -> bool {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.len() < 3 {
        return false;
    }
    let said = |w: &String| toks.iter().any(|t| t.is_word() && t.lower == *w);
    let last = words.len() - 1;
    words[1..last].iter().any(said) && !said(&words[0]) && !said(&words[last])
}
