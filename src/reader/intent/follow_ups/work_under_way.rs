//! "…, $13,500, Tyler's ordering from Dell this week", "Callum's ordering them from the
//! Hawick supplier next week", "Tyler is ordering them … next week" (the lead, round 57): a
//! capitalised name, "is" or its "'s", then a verb of work under way with a time it is done
//! in or by: theirs is the follow-up, as "Tyler is going to order …" is.

use super::super::owners::{capitalised_at, doing_work};
use super::named_asks::done_by_a_day;
use crate::reader::tokens::Token;

/// At `i`, a name with "'s" for "is" and a verb of work under way, done in a near time: the
/// owner (the name without its "'s") and where the task's text starts.
pub(super) fn work_under_way_at(text: &str, toks: &[Token], i: usize) -> Option<(String, usize)> {
    // Asked at every word the keyed openings pass by: the "'s" and the "-ing" first.
    let w = toks[i].lower.as_str();
    let verb = toks.get(i + 1)?.lower.as_str();
    if !(w.ends_with('s') && verb.ends_with("ing")) {
        return None;
    }
    let written = &text[toks[i].start..toks[i].end];
    let bare = written
        .strip_suffix("'s")
        .or_else(|| written.strip_suffix("’s"))?;
    let names_someone = !bare.is_empty()
        && (i == 0 || !toks[i - 1].is_word() || matches!(toks[i - 1].lower.as_str(), "and" | "so"))
        && capitalised_at(text, toks, i)
        && !toks[i].caps
        && !super::action_openings::names_nobody(&bare.to_lowercase());
    (names_someone && under_way_in_time(toks, i + 1)).then(|| (bare.to_string(), i + 1))
}

/// At `k`, a verb of work under way ("ordering", "sending"; not "asking", "planning") and,
/// in its sentence, a day it is done by, or a near time for a verb of buying or arranging.
pub(super) fn under_way_in_time(toks: &[Token], k: usize) -> bool {
    let verb = toks.get(k).map_or("", |t| t.lower.as_str());
    doing_work(verb)
        && !matches!(verb, "asking" | "requesting" | "planning")
        && (done_by_a_day(toks, k + 1)
            || buying_or_arranging(verb) && done_in_a_near_time(toks, k + 1))
}

/// The verbs of getting a decided thing bought or set up ("ordering", "booking"): told with
/// only a near time, these hand out the work; "Kevin's finishing the rest next week" tells
/// progress and "Kirsty's bringing oatcakes tomorrow" chat.
fn buying_or_arranging(verb: &str) -> bool {
    matches!(
        verb,
        "ordering"
            | "booking"
            | "arranging"
            | "sorting"
            | "organising"
            | "organizing"
            | "sourcing"
            | "procuring"
            | "placing"
            | "scheduling"
            | "chasing"
    )
}

/// From `k` to the sentence's end (at most 14 words): "this week", "next week", "today",
/// "tomorrow" or a weekday ("on Monday").
fn done_in_a_near_time(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    (k..toks.len().min(k + 14))
        .take_while(|&j| !matches!(word(j), "." | "!" | "?" | "\n" | ";"))
        .any(|j| {
            matches!(word(j), "this" | "next") && matches!(word(j + 1), "week" | "afternoon")
                || matches!(word(j), "today" | "tomorrow" | "tonight")
                || word(j) == "on" && crate::reader::dates::weekday(word(j + 1)).is_some()
        })
}
