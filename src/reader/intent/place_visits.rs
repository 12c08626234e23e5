//! A visit told ahead as coming to a place on a day ("fyi health inspector coming to the
//! commissary tues"): news to note for the unit visited, not chat.

use super::Token;

/// "fyi health inspector coming to the commissary tues", "the auditor's coming out to the
/// depot on Monday": at `i` ("coming"), a visit to a place, the day said after the place
/// in the same clause.
pub(super) fn coming_to_a_place_on_a_day(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let to = match word(i + 1) {
        "to" => i + 1,
        "out" | "over" | "round" | "up" | "down" if word(i + 2) == "to" => i + 2,
        _ => return false,
    };
    (to + 2..(to + 7).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .any(|k| {
            word(k) == "tomorrow"
                || crate::reader::dates::weekday(word(k)).is_some()
                    && toks.get(k + 1).is_none_or(|t| t.is_break() || !t.is_word())
        })
}

/// "coming to the commissary", "visiting the depot": at `start`, the word after "the" is
/// the place someone comes to, the unit visited (not the ordinary word: see
/// `said_as_ordinary_word`).
pub(in crate::reader) fn place_visited(toks: &[Token], start: usize) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.lower.as_str());
    let before = |n: usize| start.checked_sub(n);
    let coming = |w: &str| matches!(w, "coming" | "comes" | "came" | "come");
    word(before(1)) == "the"
        && (word(before(2)) == "visiting"
            || word(before(2)) == "to"
                && (coming(word(before(3)))
                    || matches!(word(before(3)), "out" | "over" | "round")
                        && coming(word(before(4)))))
}
