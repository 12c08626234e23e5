//! A date said in the sentences that open a message of several records ("A few things from
//! yesterday's meeting. First, …"): the date of every item they announce, over a date said
//! in passing in another sentence of an item ("… and thanks to all who covered last week").
//! A heading's day said twice ("Capex board, Tue Dec 1") is still its one date.

use super::dates::DateMention;
use super::tokens::Token;
use super::verdicts;

/// The one day of a heading's dates: the first, when every one of them reads as the same
/// day ("Tue Dec 1", a weekday and its date); `None` when there is none or they differ.
pub fn one_day(found: &[DateMention]) -> Option<&DateMention> {
    let first = found.first()?;
    found.iter().all(|d| d.past == first.past).then_some(first)
}

/// Words of a lead-in that announces items from a meeting ("Two from the exec: …, fell by
/// half in October" tells no meeting: its date is the news's).
const ANNOUNCES: &[&str] = &[
    "meeting",
    "mtg",
    "minutes",
    "call",
    "catch-up",
    "session",
    "board",
    "committee",
    "panel",
    "review",
    "huddle",
    "list",
    "council",
    "elt",
    "steering",
    "sync",
    "standup",
    "stand-up",
    "offsite",
    // "Notes from Wednesday with Oom Gerrit and Tannie Elna." (round S49).
    "notes",
];

fn sentence_break(t: &Token) -> bool {
    t.is_sym(".") || t.is_sym("!") || t.is_sym("?") || t.is_sym("\n")
}

/// Where the first sentence with a verdict starts its verdict: the verdict the whole message
/// reads may be a later item's ("… two things. We agreed to keep the sensors going into next
/// year … And the tills budget goes up to £265k …"), and the lead-in ends before the first.
pub fn first_verdict_at(toks: &[Token]) -> Option<usize> {
    let mut a = 0;
    for (k, t) in toks.iter().enumerate() {
        if sentence_break(t) || k + 1 == toks.len() {
            if let Some(v) = verdicts::find_verdict_in(toks, a, k + 1) {
                return Some(v.start);
            }
            a = k + 1;
        }
    }
    None
}

/// Where the lead-in ends: the sentences before the one that holds the first verdict, when
/// they announce items ("Two things from yesterday's meeting."). `verdict_at` is where the
/// first verdict starts.
pub fn lead_in_end(toks: &[Token], verdict_at: usize) -> Option<usize> {
    let end = toks[..verdict_at.min(toks.len())]
        .iter()
        .rposition(sentence_break)?;
    (toks[..end]
        .iter()
        .any(|t| ANNOUNCES.contains(&t.lower.as_str()))
        || (1..end).any(|k| super::catch_up::catch_up_at(toks, k))
        || announces_answers(&toks[..end])
        || super::opening_sittings::tells_a_sitting(&toks[..end]))
    .then_some(end)
}

/// "Craig got back from the bank yesterday with one yes and one no.", "… on Tuesday with
/// two answers.": a lead-in that announces the answers it brings on a day it names (with
/// no day, a time in an item's reason is no heading's).
fn announces_answers(lead: &[Token]) -> bool {
    let has = |w: &str| lead.iter().any(|t| t.is(w));
    let day = lead.iter().any(|t| {
        let w = t.lower.trim_end_matches("'s");
        matches!(w, "yesterday" | "yday") || super::dates::weekday(w).is_some()
    });
    // "… on Wednesday with good news and bad." (round S42).
    day && (has("answers") || has("verdicts") || has("yes") && has("no") || has("news"))
}

/// Is the date at `start..end` said in another sentence than the verdict at
/// `verdict_start..verdict_end`?
pub fn in_another_sentence(
    toks: &[Token],
    (start, end): (usize, usize),
    (verdict_start, verdict_end): (usize, usize),
) -> bool {
    let between = if start >= verdict_end {
        &toks[verdict_end..start]
    } else if end <= verdict_start {
        &toks[end..verdict_start]
    } else {
        return false;
    };
    between.iter().any(sentence_break)
}

/// "For the record, from yesterday's exec: we've approved …", "At Monday's management
/// meeting with Aoife we signed off …": where the clause that names the meeting and its
/// day starts and ends, in the sentence of the first verdict (at `verdict_at`) before the
/// verdict: "from" or "at" then the day's own ("yesterday's") and the meeting's word within
/// four words. The
/// items after it were decided there too.
pub fn meeting_named_before(toks: &[Token], verdict_at: usize) -> Option<(usize, usize)> {
    let from = toks[..verdict_at.min(toks.len())]
        .iter()
        .rposition(sentence_break)
        .map_or(0, |k| k + 1);
    // The day said as the meeting's own ("yesterday's", "Monday's"), not a time in a
    // reason ("… at the November meeting").
    let at = (from..verdict_at).find(|&k| {
        (toks[k].is("from") || toks[k].is("at"))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.lower.ends_with("'s") || t.lower.ends_with("’s"))
    })?;
    let end = (at + 1..verdict_at.min(at + 6)).find(|&k| {
        let w = toks[k].lower.as_str();
        ANNOUNCES.contains(&w) || matches!(w, "exec" | "execs" | "exco" | "smt" | "slt")
    })?;
    Some((at, end + 1))
}

/// "…\nPlan-holder app, rejected, £70,000\nBoth per Tuesday's Plans committee.": where a
/// closing line or sentence opens, when it says where every item above was decided ("Both
/// per …", "All agreed at …"): the date it gives is every item's, as a heading's is.
pub fn closing_all_decided(toks: &[Token]) -> Option<usize> {
    let end = toks.len() - usize::from(toks.last().is_some_and(|t| t.is_sym(".")));
    let start = toks[..end]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "\n"))?
        + 1;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (matches!(word(start), "both" | "all")
        && matches!(
            word(start + 1),
            "per" | "at" | "agreed" | "decided" | "approved" | "signed"
        )
        && end - start <= 10)
        .then_some(start)
}
