//! A task handed out after a decision that names no investment, no unit and nothing else by
//! a proper name ("… approved at $240k. @sam please book the crane by 12/4", "… continue,
//! the ACT inspection said …. @paulo please send me the new measurements until 22/12") is
//! work on the decided investment: its note is filed under it. One that names something of
//! its own ("@lisa please book the Winter Carnival fireworks permit", "Lauren to chase the
//! Sage licence refund") is about that.

use super::{dates, questions, Intent, Reading};
use crate::reader::tokens::Token;

/// Gives `note` (read from `toks`) the investment and unit of the decision `before` it, when
/// the note is a task about nothing it names.
pub(super) fn file_under_decided(note: &mut Reading, before: &Reading, toks: &[Token]) {
    if note.intent != Intent::Note
        || note.investment.is_some()
        || note.unit.is_some()
        || note.due.is_none()
        || before.intent != Intent::Decision
        || before.investment.is_none()
        || names_something(toks)
    {
        return;
    }
    note.investment = before.investment.clone();
    note.unit = before.unit.clone();
    note.new_investment = before.new_investment;
    note.missing = questions::missing(note);
}

/// A day or month a task is due by, written with a capital but naming no thing ("by Fri",
/// "end of Sept").
fn day_or_month(w: &str) -> bool {
    dates::weekday(w).is_some() || dates::month(w).is_some() || matches!(w, "sat" | "sun")
}

/// A word written with a capital that opens no sentence, line or handle and is no day or
/// month: a proper name.
fn names_something(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        let opens = k == 0
            || toks[k - 1].is_sym("@")
            || toks[k - 1].is_sym("\n")
            || toks[k - 1].is_sym(".")
            || toks[k - 1].is_sym("!")
            || toks[k - 1].is_sym("?");
        t.is_word() && t.capital && !opens && t.lower != "i" && !day_or_month(&t.lower)
    })
}
