//! Days said in words the date parser reads apart: "the day" (Scots for today) and a date
//! after a named holiday ("rest after Christmas"), which is always the coming one.

use super::tokens::{TokKind, Token};
use chrono::NaiveDate;

/// "can you have a look the day?", "good session the day 🥃": "the day" closing a clause
/// after a verb or its object is Scots for today. Not after a preposition or "is" ("on the
/// day", "end of the day", "Monday is the day"), not before a word ("the day before", "the
/// day shift"), and not the idioms "save/win/carry the day".
pub(super) fn the_day_for_today(toks: &[Token], i: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    if word(i) != "the" || word(i + 1) != "day" || i == 0 {
        return false;
    }
    let closes = toks
        .get(i + 2)
        .is_none_or(|t| t.kind == TokKind::Sym && t.lower != "-" && t.lower != "'");
    let before = &toks[i - 1];
    closes
        && before.kind == TokKind::Word
        && !matches!(
            before.lower.as_str(),
            "on" | "of"
                | "for"
                | "all"
                | "by"
                | "to"
                | "in"
                | "at"
                | "during"
                | "that"
                | "per"
                | "from"
                | "until"
                | "till"
                | "til"
                | "through"
                | "is"
                | "was"
                | "be"
                | "are"
                | "were"
                | "'s"
                | "save"
                | "saved"
                | "saves"
                | "win"
                | "won"
                | "carry"
                | "carried"
                | "seize"
                | "into"
                | "across"
                | "over"
                | "throughout"
                | "around"
                | "about"
                | "within"
                | "call"
                | "called"
        )
}

/// "Rest after Christmas", "after Easter", "after Hogmanay": a date after a named holiday is
/// when something will happen, so it is the coming one even where the past one is asked for
/// (the message's own date); the holiday said alone keeps `past`.
pub(super) fn coming_if_after(
    toks: &[Token],
    i: usize,
    past: NaiveDate,
    future: NaiveDate,
) -> NaiveDate {
    let after = i > 0 && toks[i - 1].lower == "after";
    if after {
        future
    } else {
        past
    }
}
