//! The shapes of a closing task's ask, after work put off, that `later_items` does not
//! take by a handle told "to" do it (round B55): "@beau get me the serial numbers off both
//! boats by 12/10", "Also Bully, can you get one haul-out quote from da Keehi yard by
//! 12/15?".

use crate::reader::intent::is_action_verb;
use crate::reader::tokens::Token;

/// Whether the sentence `(a, b)` asks someone for a task: a handle told a verb of work
/// straight after it, or someone's name (after "Also" or "And") with a comma, then "can
/// you", "could you" or "please".
pub(super) fn asks_for_a_task(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let word = |j: usize| if j < b { toks[j].lower.as_str() } else { "" };
    let name = |j: usize| j < b && toks[j].is_word() && toks[j].capital && !toks[j].caps;
    // "@beau get me …".
    if toks[a].is_sym("@") && a + 2 < b && toks[a + 1].attached && is_action_verb(word(a + 2)) {
        return true;
    }
    // "Also Bully, can you …".
    let k = a + usize::from(matches!(word(a), "also" | "and"));
    if k > a && name(k) && word(k + 1) == "," {
        return matches!(
            (word(k + 2), word(k + 3)),
            ("can" | "could", "you") | ("please" | "pls" | "kindly", _)
        );
    }
    false
}

/// "Also Bully, can you …": "Also" opening the sentence `(a, b)` before someone's name and
/// a comma (the task is read from the name on).
pub(in crate::reader::records) fn also_before_a_name(toks: &[Token], a: usize, b: usize) -> bool {
    a + 2 < b
        && toks[a].is("also")
        && toks[a + 1].is_word()
        && toks[a + 1].capital
        && !toks[a + 1].caps
        && toks[a + 2].is_sym(",")
}
