//! A ticket's "Assignee: Sunnvá Dam" / "Assigned: Shanice" line, in a ticket with a "Due:"
//! line (round V54): the one assigned owns the ticket's work, its title line the task. Round
//! S53 tried this and dropped it because its invented ticket was read as chat; the ticket is
//! a note when it names its work, and the assignee is read only then (the caller asks for
//! no other follow-up first).

use super::*;

/// Field labels that name who the ticket is assigned to.
fn assignee_label(w: &str) -> bool {
    matches!(w, "assignee" | "assigned")
}

/// The follow-up of a ticket whose lines say who it is assigned to and when it is due:
/// owned by the name after the label (up to the line's end, "@" dropped), its task the
/// ticket's first line.
pub(super) fn ticket_assignee(text: &str, toks: &[Token]) -> Option<ActionSpan> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let line_start = |k: usize| k == 0 || toks[k - 1].is_sym("\n");
    let due_line = (0..toks.len())
        .any(|k| line_start(k) && word(k) == "due" && (word(k + 1) == ":" || word(k + 2) == ":"));
    if !due_line {
        return None;
    }
    let label = (1..toks.len()).find(|&k| {
        line_start(k)
            && assignee_label(word(k))
            && (word(k + 1) == ":" || word(k + 1) == "to" && word(k + 2) == ":")
    })?;
    let mut at = label + 2 + usize::from(word(label + 1) == "to");
    if toks.get(at).is_some_and(|t| t.is_sym("@")) {
        at += 1;
    }
    let end = (at..toks.len())
        .find(|&k| toks[k].is_sym("\n"))
        .unwrap_or(toks.len());
    // A name of one to three words, each a word.
    if end <= at || end > at + 3 || !(at..end).all(|k| toks[k].is_word()) {
        return None;
    }
    let owner = text[toks[at].start..toks[end - 1].end].to_string();
    let title_end = (0..toks.len()).find(|&k| toks[k].is_sym("\n"))?;
    Some(ActionSpan {
        owner,
        start: 0,
        text_start: 0,
        end: title_end,
    })
}
