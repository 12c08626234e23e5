//! Work that slipped, told as what happened to it: "Conveyor install got pushed, the belt's
//! sitting at the port in Baltimore". With no one who pushed it and no time it was pushed
//! to, it is news of a delay (as "cutover slipped" is), not a deferral decided.

use super::tokens::Token;

/// Is the verdict's word at `start..end` "pushed" after "got" / "gets", with nothing after
/// it but the end of its clause, or the time it went to?
pub(super) fn got_pushed(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    word(start) == "pushed"
        && start > 0
        && matches!(word(start - 1), "got" | "gets" | "getting")
        && (end == start + 1 && toks.get(end).is_none_or(|t| t.is_break() || t.is_sym(","))
            || end <= start + 3 && pushed_to_a_time_alone(toks, start + 1))
}

/// "got pushed to 1/15, the electrician's backed up": after "pushed", the time it went to
/// and nothing more in its clause, no "by" saying who pushed it (round V51, convention 49).
fn pushed_to_a_time_alone(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let from = match word(end) {
        "to" | "till" | "until" => end + 1,
        "back" | "out" if word(end + 1) == "to" => end + 2,
        _ => return false,
    };
    let clause_end = (from..toks.len())
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len());
    // "… pushed back to March, the board wants the Q4 numbers first": someone who decides
    // wanting something first put it off; a supplier's hold-up ("the electrician's backed
    // up") is what slipped it.
    // "got pushed to spring; Kristen wants to see …" (round B65): past a semicolon too, which
    // joins the reason to the slip as a comma does.
    let after = clause_end + usize::from(word(clause_end) == ";");
    let sentence_end = (after..toks.len())
        .find(|&k| matches!(word(k), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(toks.len());
    let wanted = (clause_end..sentence_end).any(|k| {
        matches!(
            word(k),
            "wants" | "want" | "wanted" | "decided" | "agreed" | "asked" | "board"
        )
    });
    (1..=3).contains(&(clause_end - from))
        && !(from..clause_end).any(|k| word(k) == "by")
        && !wanted
}
