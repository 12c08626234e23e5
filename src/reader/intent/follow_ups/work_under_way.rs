//! "…, $13,500, Tyler's ordering from Dell this week", "Callum's ordering them from the
//! Hawick supplier next week", "Tyler is ordering them … next week" (the lead, round 57): a
//! capitalised name, "is" or its "'s", then a verb of work under way with a time it is done
//! in or by: theirs is the follow-up, as "Tyler is going to order …" is.

use super::super::owners::{capitalised, capitalised_at, doing_work};
use super::named_asks::done_by_a_day;
use crate::reader::tokens::Token;

/// At `i`, a name with "'s" for "is" and a verb of work under way, done in a near time: the
/// owner (the name without its "'s") and where the task's text starts.
#[inline(always)]
pub(super) fn work_under_way_at(text: &str, toks: &[Token], i: usize) -> Option<(String, usize)> {
    // Asked at every word the keyed openings pass by: the "'s" and the "-ing" first, here,
    // before a call (round P62).
    let verb = toks.get(i + 1)?.lower.as_str();
    if !(toks[i].lower.ends_with('s') && verb.ends_with("ing")) {
        return None;
    }
    work_under_way_at_past_its_first_test(text, toks, i)
}

/// [`work_under_way_at`] once its first test is passed.
fn work_under_way_at_past_its_first_test(
    text: &str,
    toks: &[Token],
    i: usize,
) -> Option<(String, usize)> {
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

/// "• Yarn store racking: agreed at £14,200. Davie ordering from the Galashiels firm.",
/// "• Time & attendance: held over to the new year, Fiona re-pricing." (round V59): in an
/// item that decides, a name opening its sentence or clause with a verb of buying, arranging
/// or pricing under way, no "is" and no time, is the one the work is handed to.
#[inline(always)]
pub(super) fn minutes_doing_at(text: &str, toks: &[Token], i: usize) -> Option<(String, usize)> {
    // Asked at every word the keyed openings pass by: the "-ing" after it (or the "re" of
    // "re-pricing", written "re", "-", "pricing") first, here, before a call (round P62).
    let next = toks.get(i + 1)?.lower.as_str();
    if !(next.ends_with("ing") || next == "re") {
        return None;
    }
    minutes_doing_at_past_its_first_test(text, toks, i)
}

/// [`minutes_doing_at`] once its first test is passed.
fn minutes_doing_at_past_its_first_test(
    text: &str,
    toks: &[Token],
    i: usize,
) -> Option<(String, usize)> {
    // The "-ing" after it first ("re-pricing" is written "re", "-", "pricing").
    let mut verb = toks.get(i + 1)?.lower.as_str();
    if verb == "re" && toks.get(i + 2).is_some_and(|t| t.is_sym("-") && t.attached) {
        verb = toks.get(i + 3)?.lower.as_str();
    }
    if !verb.ends_with("ing") {
        return None;
    }
    let pricing = matches!(verb, "pricing" | "repricing" | "quoting");
    if !(pricing || buying_or_arranging(verb)) {
        return None;
    }
    let t = &toks[i];
    let opens = i > 0 && (toks[i - 1].is_break() || toks[i - 1].is_sym(","));
    // "Dean's sorting the handover" is work told under way, with a time or none.
    let named = opens
        && t.is_word()
        && capitalised(text, t)
        && !t.caps
        && !t.lower.ends_with("'s")
        && !super::action_openings::names_nobody(&t.lower);
    if !named {
        return None;
    }
    // The item's line, a list's item ("• …", "2. …"), from its start to the name, decides
    // the thing; a sentence of chat ("Stopping that contract, Dexter sourcing a next
    // company") tells work under way.
    let line = toks[..i]
        .iter()
        .rposition(|t| t.is_sym("\n"))
        .map_or(0, |k| k + 1);
    (crate::reader::list_items::list_item(toks, line)
        && crate::reader::verdicts::find_verdict_in(toks, line, i).is_some())
    .then(|| (text[t.start..t.end].to_string(), i + 1))
}

#[cfg(test)]
mod p62_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P62: the first tests in front of work under way ("'s" then an "-ing") and of
    /// the minutes' name doing work (an "-ing", or the "re" of "re-pricing", after it) keep
    /// the looks' answers at every word of the corpus's training messages and of `src/`'s
    /// strings, and each is still found. Invented: "Quillon Ropeworks".
    #[test]
    fn the_first_tests_keep_work_under_way() {
        let text = "Splicing rig approved, Tamsin's ordering it from the Grimsby yard this week.";
        let toks = tokenize(text);
        let at = toks.iter().position(|t| t.is("tamsin's")).unwrap_or(0);
        assert_eq!(
            work_under_way_at(text, &toks, at),
            Some(("Tamsin".to_string(), at + 1))
        );
        // The near sentence: no "-ing" after the name, nothing to find.
        let near = "Splicing rig approved, Tamsin's order goes to the Grimsby yard this week.";
        let near_toks = tokenize(near);
        assert_eq!(work_under_way_at(near, &near_toks, at), None);
        let minutes = "• Splicing rig: agreed at £14,200. Tamsin re-pricing the fitting.";
        let toks = tokenize(minutes);
        let at = toks.iter().position(|t| t.is("tamsin")).unwrap_or(0);
        assert_eq!(
            minutes_doing_at(minutes, &toks, at),
            Some(("Tamsin".to_string(), at + 1))
        );
        let asked = crate::reader::tests::p55_training_texts::at_every_token(|text, toks, i| {
            assert_eq!(
                work_under_way_at(text, toks, i),
                work_under_way_at_past_its_first_test(text, toks, i),
                "{text:?} at {i}"
            );
            assert_eq!(
                minutes_doing_at(text, toks, i),
                minutes_doing_at_past_its_first_test(text, toks, i),
                "{text:?} at {i}"
            );
        });
        assert!(asked > 100_000, "{asked}");
    }
}
