//! Days said as when something is owed, not when anything happened: "have the draft to me
//! by the board meeting on the 15th" (the meeting's day is the deadline), "Nick will
//! circulate it to the team on Monday" (a task someone else took on, due that day), and
//! "Grant wants the export by end of next week, Penny owns it" (a request handed to an owner
//! of ours, so its date is the follow-up's deadline).

use super::date_roles::Role;
use super::dates::{Cue, DateMention};
use super::intent::is_action_verb;
use super::tokens::Token;

/// The tokens of the clause before `d`, nearest first, up to a break.
fn clause_before<'a>(toks: &'a [Token], d: &DateMention) -> impl Iterator<Item = &'a Token> {
    toks[..d.start.min(toks.len())]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
}

/// "by the board meeting on the 15th", "by the trustees' call on Tuesday": the day of a
/// meeting something is wanted by.
pub fn by_a_meeting_on(toks: &[Token], d: &DateMention) -> bool {
    let before: Vec<&str> = clause_before(toks, d)
        .take(7)
        .map(|t| t.lower.as_str())
        .collect();
    before.first() == Some(&"on")
        && before.iter().skip(1).any(|w| {
            matches!(
                *w,
                "meeting" | "mtg" | "call" | "board" | "committee" | "review"
            )
        })
        && before.contains(&"by")
}

/// "Nick has the programme and will circulate it to the kitchen team on Monday": a task
/// someone else (not the writer, not "we") takes on, said with the day it will be done.
pub fn someone_will_do_on(toks: &[Token], d: &DateMention) -> bool {
    let before: Vec<&Token> = clause_before(toks, d).collect();
    if before.first().is_none_or(|t| !t.is("on")) {
        return false;
    }
    before.windows(3).any(|w| {
        is_action_verb(&w[0].lower)
            && w[1].is("will")
            && !matches!(
                w[2].lower.as_str(),
                "i" | "we" | "they" | "it" | "that" | "this" | "vendor" | "supplier"
            )
    })
}

/// "…, Penny owns it", "Sam owns this": the clause after a request hands it to an owner.
pub fn owner_named_after(toks: &[Token], d: &DateMention) -> bool {
    let rest = &toks[d.end.min(toks.len())..];
    rest.windows(3).any(|w| {
        w[0].is_word() && w[1].is("owns") && matches!(w[2].lower.as_str(), "it" | "this" | "that")
    })
}

/// Whether a note's date `d`, read in `role`, is a deadline by one of the shapes above.
pub fn owed_then(role: Role, toks: &[Token], d: &DateMention) -> bool {
    matches!(role, Role::Date | Role::None)
        && (by_a_meeting_on(toks, d) || someone_will_do_on(toks, d))
        || role == Role::None && d.cue == Cue::By && owner_named_after(toks, d)
}

/// "the 18th at the latest", "23/12 at the latest": is the date ending at `e` said as the
/// latest it may be?
pub(super) fn at_the_latest(toks: &[Token], e: usize) -> bool {
    toks.get(e..e + 3)
        .is_some_and(|w| w[0].is("at") && w[1].is("the") && w[2].is("latest"))
}

/// "… on the loom retrofit? Need it before the board on 14/12.", "… can start before 15th
/// January. Kindly revert by Friday.": the sentence just after a request ending at `end`
/// that says when the answer is needed; its date (one of `dates`, still to come).
pub(super) fn answer_needed_by<'a>(
    toks: &[Token],
    end: usize,
    dates: &'a [DateMention],
    today: chrono::NaiveDate,
) -> Option<&'a DateMention> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut s = end;
    while s < end + 2 && matches!(word(s), "?" | "." | "!" | "\n") {
        s += 1;
    }
    if s == end && end > 0 && !matches!(word(end - 1), "?" | "." | "!" | "\n") {
        return None;
    }
    let k = s + usize::from(matches!(word(s), "kindly" | "please" | "pls" | "and"));
    let asks = matches!(word(k), "need" | "needed")
        && matches!(word(k + 1), "it" | "this" | "them" | "that" | "the")
        || matches!(word(k), "revert" | "reply" | "respond");
    if !asks {
        return None;
    }
    let stop = (k..toks.len())
        .find(|&j| matches!(word(j), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len());
    dates
        .iter()
        .find(|d| d.start > k && d.start < stop && d.future >= today)
}
