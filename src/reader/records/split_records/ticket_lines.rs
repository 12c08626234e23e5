//! "RITM0042210 – Dolby Atmos upgrade, Auditorium 4 Chinook\nCost: $198,000\nStatus: Open →
//! Deferred\nMarcus: look again in May, …" (round B61, convention 89): a tracker's ticket
//! is about the thing its title names, and a line of a field or of a commenter under it
//! ("Status: …", "Note: …", "Marcus: …", "Raj Patel commented: …") says more of that
//! thing's record, no record of its own.

use super::*;

/// Whether the message opens on a tracker's ticket key on a line of its own: a word in
/// capitals, a hyphen or "#" and a number ("CON-61", "TICKET #4471", "IT-0332"), or a word
/// of letters and three digits or more ("RITM0042210"); a date ("SLT 25/11:") is no key.
fn opens_on_a_ticket(toks: &[Token]) -> bool {
    let Some(first) = toks.first() else {
        return false;
    };
    if !first.is_word() {
        return false;
    }
    let digits = first.lower.bytes().filter(u8::is_ascii_digit).count();
    let lettered_number = digits >= 3 && first.lower.bytes().any(|b| b.is_ascii_alphabetic());
    let key = first.caps
        && toks.get(1).is_some_and(|t| t.is_sym("-") || t.is_sym("#"))
        && toks.get(2).is_some_and(|t| t.kind == TokKind::Num);
    lettered_number || key
}

/// Whether the part at `a` opens a line of a ticket's field or commenter: one to three
/// words (a capitalised first) and a colon, or a name and "commented:", under a ticket's
/// first line.
pub(super) fn ticket_field_or_comment(toks: &[Token], a: usize) -> bool {
    if a == 0 || !toks[a - 1].is_sym("\n") || !toks[a].is_word() || !toks[a].capital {
        return false;
    }
    let words = toks[a..]
        .iter()
        .take(4)
        .take_while(|t| t.is_word() && !t.is_sym(":"))
        .count();
    (1..=3).contains(&words)
        && toks.get(a + words).is_some_and(|t| t.is_sym(":"))
        && opens_on_a_ticket(toks)
}
