//! "the award rates need loading before 1/1, @bec is across it", "HR's giving 2nd shift
//! till 12/11 to get the badge photos done. @gloria on it": a task told first, with the one
//! who has it named after it ("on it", "across it", "has it"), is a follow-up they own.

use super::*;

/// The follow-up whose owner is named after its task: the task is the sentence (or the
/// clause before the comma) ending just before "@name", which ends the message or its
/// sentence with "(is) on it", "(is) across it", "has it" or "'s on it".
pub(super) fn owner_named_after_task(text: &str, toks: &[Token]) -> Option<ActionSpan> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let at = (1..toks.len()).find(|&k| {
        toks[k].is_sym("@") && toks.get(k + 1).is_some_and(|t| t.is_word() && t.attached)
    })?;
    let mut k = at + 2;
    k += usize::from(matches!(word(k), "is" | "'s"));
    let has = matches!(word(k), "on" | "across") && word(k + 1) == "it"
        || word(k) == "has" && word(k + 1) == "it";
    let k = k + 2;
    if !has || !toks.get(k).is_none_or(|t| t.is_break()) {
        return None;
    }
    let end = at - usize::from(toks[at - 1].is_break());
    let start = (0..end)
        .rev()
        .find(|&j| matches!(word(j), "." | "!" | "?" | "\n" | ":" | ";"))
        .map_or(0, |j| j + 1);
    if end <= start + 2 {
        return None;
    }
    Some(ActionSpan {
        owner: text[toks[at + 1].start..toks[at + 1].end].to_string(),
        start,
        text_start: start,
        end,
    })
}
