//! How a clause opens: after an event, a look-again, a remark on the date, a named driver,
//! a state, a condition, an owner's follow-up. Here, an event, a remark on the date, a
//! participle, the work named and a horizon held; a look-again, drivers and states, and
//! owners named are read in files of their own.

use super::*;

mod drivers_and_states;
mod look_again;
mod owners_named;

pub use self::drivers_and_states::*;
pub use self::look_again::*;
pub use self::owners_named::*;

/// "after the phishing incident in Sept", "after the data migration quote": "after" an event
/// that prompted the decision is its reason. `i` is at "after"; returns where the clause
/// ends (at its break). Not "after the summer" or "after go-live", which say when.
pub fn after_event(toks: &[Token], i: usize, limit: usize) -> Option<usize> {
    if !toks.get(i).is_some_and(|t| t.is("after")) {
        return None;
    }
    let det = toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "the" | "a" | "an" | "last" | "that" | "this"
        )
    });
    let e = clause_end(toks, i + 1, limit);
    if !det || e > i + 9 {
        return None;
    }
    // The event is named before any date in the clause ("incident in Sept"), or told as
    // what someone outside did ("after the vendor went into administration"; "after the
    // trial flopped" says when it was stopped).
    let named = (i + 2..e)
        .take_while(|&j| !matches!(toks[j].lower.as_str(), "in" | "on" | "last" | "this"))
        .any(|j| PROMPTING_EVENTS.contains(&toks[j].lower.as_str()));
    let outsider_acted = toks
        .get(i + 2)
        .is_some_and(|t| THIRD_PARTIES.contains(&t.lower.as_str()))
        && crate::reader::intent::own_clause(toks, i + 1, e);
    (named || outsider_acted).then_some(e)
}

/// ", which should be mid-January", ", which is usually early March": from `j` (the word
/// after the comma), a remark on when the condition before it is met. It says when to look
/// again, not why, so it closes the condition.
pub fn date_remark(toks: &[Token], j: usize, limit: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    if !toks.get(j).is_some_and(|t| t.is("which")) {
        return false;
    }
    let hedge = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "is" | "should" | "will" | "would" | "could" | "might" | "be" | "usually" | "normally"
                | "typically" | "probably" | "likely" | "hopefully" | "expected" | "due" | "to"
                | "we" | "think" | "hope" | "reckon"
                // "which is usually early March", "which should be around mid-Feb".
                | "early" | "mid" | "late" | "around" | "about"
        )
    };
    let k = (j + 1..limit.min(j + 5))
        .find(|&k| !hedge(&toks[k]))
        .unwrap_or(limit);
    let e = clause_end(toks, k, limit);
    // A month alone ("early March") may not be read as a date here.
    let month = |m: usize| skip(m) || crate::reader::dates::month(toks[m].lower.as_str()).is_some();
    k > j + 1 && k < e && (k..e).any(month) && only_time(toks, k, e, &month)
}

/// "phase 3 towns dropped", "the loans module removed": a clause that ends on a past
/// participle says what was changed, even when it opens with a word ("phase") that
/// otherwise marks a detail.
pub fn participle(toks: &[Token], s: usize, e: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    if e < s + 2 || e > toks.len() || (s..e).any(skip) {
        return false;
    }
    let last = &toks[e - 1];
    last.is_word()
        && (matches!(last.lower.as_str(), "cut" | "gone" | "out" | "lost")
            || (last.lower.len() > 4 && last.lower.ends_with("ed")))
        && !matches!(last.lower.as_str(), "expected" | "planned" | "needed")
}

/// "upgrade", "project": a word after a name that says it is the work, not a new thought.
pub fn names_the_work(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "upgrade"
            | "refresh"
            | "project"
            | "programme"
            | "program"
            | "rollout"
            | "replacement"
            | "system"
            | "pilot"
            | "tool"
            | "platform"
    )
}

/// "3 year horizon", "a 5-year term": the benefit horizon, a detail like an amount ("the
/// 15 year old system", "payback was over 9 years" and "asking for it for 3 yrs" are not
/// one).
pub fn holds_horizon(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    (s..e).any(|j| {
        let k = j + 1 + usize::from(toks.get(j + 1).is_some_and(|t| t.is_sym("-")));
        toks[j].kind == TokKind::Num && k < e && crate::reader::intent::years_at(toks, j).is_some()
    })
}

/// Words that open a sentence about the plan or the timing rather than the reason.
pub(in crate::reader) const NOT_A_REASON_OPENING: &[&str] = &[
    "go-live", "go", "launch", "next", "then", "nothing", "phase", "thanks", "cheers", "also",
    "we'll", "i'll", "action", "ap", "todo", "review", "revisit", "more",
    // "Motion carried 6-1", "Vote 5-2": the tally of a board's vote.
    "motion", "vote", "carried",
    // "Brief is a new look, a mobile catalogue …": what the work is, not why ("Scope
    // creep" is a reason, so "scope" is not here).
    "brief",
];
