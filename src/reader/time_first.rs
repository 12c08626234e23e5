//! "Q2 for the website redo, nothing's broken", "Spring for the shower block refit, the old
//! one's holding up": a time said first, opening the message or a line, then "for the
//! <thing>" and a clause after its comma, puts the thing off to that time, a deferral
//! (round V48). A time for a go-live or a launch ("Spring for the go-live, all on track")
//! is a date, no verdict.

use super::tokens::Token;

/// Whether `w` is a time that may open the shape: a quarter, a season or a month ("may" is
/// too often the verb), by the date reader's own words.
fn opening_time(w: &str) -> bool {
    matches!(w, "q1" | "q2" | "q3" | "q4")
        || super::dates::season_start(w).is_some()
        || (w != "may" && super::dates::MONTHS.contains(&w))
}

/// Words a thing may take before its comma.
const MAX_THING: usize = 6;

/// At `i` (a time opening the message or a line), "for the / our <thing>," and more after
/// the comma: where the shape ends (after "for").
pub(in crate::reader) fn time_first_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = i == 0 || toks[i - 1].is_sym("\n");
    if !opens
        || !opening_time(word(i))
        || word(i + 1) != "for"
        || !matches!(word(i + 2), "the" | "our")
    {
        return None;
    }
    let comma = (i + 3..(i + 4 + MAX_THING).min(toks.len()))
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym(","))
        .find(|&k| toks[k].is_sym(","))?;
    let thing = i + 3..comma;
    let a_time = thing
        .clone()
        .any(|k| super::clauses::TIME_WORDS.contains(&word(k)) || matches!(word(k), "go" | "live"));
    let said_after = toks.get(comma + 1).is_some_and(|t| t.is_word());
    (!thing.is_empty() && !a_time && said_after).then_some(i + 2)
}
