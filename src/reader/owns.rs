//! A follow-up handed out by naming who owns the work: "Ross owns the cutover, by 22/12",
//! "@nadia owns the load testing".

use super::tokens::Token;
use chrono::NaiveDate;

/// Capitalised words that say nobody in particular ("Nobody owns the logs").
const NOT_PEOPLE: &[&str] = &[
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "noone",
    "it",
    "this",
    "that",
    "who",
    "which",
    "what",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
];

/// At `i`, a person said to own the work ("Dana owns the cutover planning, first draft by the
/// 15th"): the owner and where the task's text starts. An @name is a person; a capitalised
/// word is taken for one only when the sentence gives the work a date, since a team is also
/// written with a capital ("Finance owns the budget line") and an acronym ("IT owns …")
/// never is one.
#[inline(always)]
pub(super) fn owner_of_work(
    text: &str,
    toks: &[Token],
    i: usize,
    day_first: bool,
) -> Option<(String, usize)> {
    // Asked at every word, and only a word before "owns" is one: told here, before a call (round
    // P57).
    if !(toks.get(i + 1).is_some_and(|w| w.is("owns"))) {
        return None;
    }
    owner_of_work_past_its_first_test(text, toks, i, day_first)
}

/// [`owner_of_work`] once its first test is passed.
fn owner_of_work_past_its_first_test(
    text: &str,
    toks: &[Token],
    i: usize,
    day_first: bool,
) -> Option<(String, usize)> {
    let t = toks.get(i)?;
    // Asked at every word: the "owns" after it told first.
    if !toks.get(i + 1).is_some_and(|w| w.is("owns")) {
        return None;
    }
    let mention = i > 0 && toks[i - 1].is_sym("@") && t.attached;
    let person = mention
        || t.is_word()
            && !t.caps
            && text[t.start..].starts_with(char::is_uppercase)
            && !NOT_PEOPLE.contains(&t.lower.as_str());
    if !person {
        return None;
    }
    let text_start = i + 2;
    // The rest of the sentence, a bounded look so a run of "X owns" stays linear.
    let last = toks.len().min(text_start + 40);
    let end = (text_start..last)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .unwrap_or(last);
    if text_start >= end || toks[text_start].is_break() {
        return None;
    }
    // Any day will do: only whether the sentence names a date matters here, read in the
    // tenant's order ("by 12/18" dates a month-first tenant's work).
    let any_day = NaiveDate::from_ymd_opt(2026, 1, 1)?;
    let dated = !super::dates::find_dates(&toks[text_start..end], any_day, day_first).is_empty();
    // "- Well pump upgrade: approved, $18,400, Beau owns it" (round V59): the thing just
    // decided, owned by the one named.
    // "Estimating software: approved by Ray 11/30, …, Shawn owns the rollout." (round V67):
    // the decided thing's rollout, install or project.
    let the_work = toks[text_start].is("the")
        && text_start + 2 == end
        && matches!(
            toks[text_start + 1].lower.as_str(),
            "rollout" | "roll-out" | "install" | "installation" | "project" | "implementation"
        );
    let owns_the_decided = (toks[text_start].is("it") && text_start + 1 == end || the_work)
        && super::verdicts::find_verdict_in(toks, 0, i).is_some();
    (mention || dated || owns_the_decided).then(|| (text[t.start..t.end].to_string(), text_start))
}
