//! "2. Calibration of all gauges to be done by Qasim before 20/12.", "2. OSHA refresher
//! training to be scheduled by Nilda in January." (round S63): minutes' items setting a task
//! in the passive, the one who has it named after "by".

use super::*;

/// At `i`, "by" after "to be <done>" and before a name of one to three capitalised words
/// (no day, month or festival): the follow-up of the item's line, the one named its owner.
pub(super) fn done_by_named(text: &str, toks: &[Token], i: usize) -> Option<ActionSpan> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let passive = i >= 3
        && word(i - 3) == "to"
        && word(i - 2) == "be"
        && toks[i - 1].is_word()
        && word(i - 1).ends_with("ed")
        || i >= 3 && word(i - 3) == "to" && word(i - 2) == "be" && word(i - 1) == "done";
    if !passive {
        return None;
    }
    let capital = |k: usize| {
        toks.get(k).is_some_and(|t| {
            capitalised(text, t)
                && !t.caps
                && !names_nobody(&t.lower)
                && crate::reader::dates::month(&t.lower).is_none()
                && !crate::reader::dates::festival(&t.lower)
        })
    };
    if !capital(i + 1) {
        return None;
    }
    let mut e = i + 1;
    while e < i + 3 && capital(e + 1) {
        e += 1;
    }
    // The item: its line, less a list's number or bullet.
    let line_start = toks[..i]
        .iter()
        .rposition(|t| t.is_sym("\n"))
        .map_or(0, |k| k + 1);
    let text_start = (line_start..i).find(|&k| toks[k].is_word()).unwrap_or(i);
    let end = (e + 1..toks.len())
        .find(|&k| toks[k].is_sym("\n"))
        .unwrap_or(toks.len());
    Some(ActionSpan {
        owner: text[toks[i + 1].start..toks[e].end].to_string(),
        start: text_start,
        text_start,
        end,
    })
}
