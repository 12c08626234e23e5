//! Minutes' and tickets' fields for who owns the work, said inside an item: "1. Warehouse
//! racking – approved, $45,000. … Owner: Jone.", "JIRA IT-118: Replace 6 office laptops …
//! Assigned to Nuwan. Due 18.12.2026." (round V58). A "Assignee:" line of its own in a
//! ticket with a "Due:" line is [`super::ticket_assignee`]'s.

use super::*;

/// At `i`, "Owner:", "Responsible:" or "Assigned to" opening a sentence, then a name of one
/// to three capitalised words closing it: the name, and where it starts.
pub(super) fn owner_field_at(text: &str, toks: &[Token], i: usize) -> Option<(String, usize)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let at = match (word(i), word(i + 1)) {
        // "Responsibility: Dr. Faisal." in minutes (round V64).
        ("owner" | "responsible" | "responsibility", ":") | ("assigned", "to") => i + 2,
        // A ticket's "Assigned: Dylan" closing it (round S59).
        ("assigned" | "assignee", ":") => i + 2,
        _ => return None,
    };
    // "| Owner: Andre T |", "· Owner: Retsi ·": a ticket's cells, piped or dotted (round V61).
    let cell = |k: usize| toks[k].is_sym("|") || toks[k].is_sym("·");
    if i > 0 && !toks[i - 1].is_break() && !cell(i - 1) {
        return None;
    }
    // "Responsibility: Dr. Faisal.", "Owner: Mr. Bounmy.": a title and its full stop before
    // the name, kept with it (round V64).
    let titled = crate::reader::name_titles::courtesy_title(word(at))
        && toks
            .get(at + 1)
            .is_some_and(|t| t.is_sym(".") && t.attached)
        && toks
            .get(at + 2)
            .is_some_and(|t| t.is_word() && capitalised(text, t));
    let name_at = if titled { at + 2 } else { at };
    let end = (name_at..toks.len().min(name_at + 3))
        .find(|&k| !toks[k].is_word())
        .unwrap_or(toks.len().min(name_at + 3));
    // "| owner: Kenny | due 18/12/2026": a ticket's piped cell closes it too (round S59).
    let closes = end == toks.len() || matches!(word(end), "." | "\n" | ";" | "|" | "·");
    // "Andre T": a name closed by its initial, one capital letter (round V61).
    let initial = |k: usize| k > name_at && toks[k].lower.chars().count() == 1;
    let named = end > name_at
        && (name_at..end).all(|k| capitalised(text, &toks[k]) && (!toks[k].caps || initial(k)))
        && !names_nobody(word(at));
    (closes && named).then(|| (text[toks[at].start..toks[end - 1].end].to_string(), at))
}
