//! "…, 2800 bucks, trey go ahead and order it", "…, 12k, kumar can proceed", "…, 22 units
//! $26k, ah huat arrange", "…, 1.8k, dean crack on", "…, marcus handle it" (round V56): after
//! a verdict, a name (written in lower case or not, one or two words) opening the clause
//! after a comma, then words telling them to get on with the work: theirs is the follow-up.

use crate::reader::decider_words::is_decider_word;
use crate::reader::tokens::{TokKind, Token};

/// Where the words telling someone to get on with it start at `k`, and where the task's
/// text starts, if they do.
fn get_on_at(toks: &[Token], k: usize) -> Option<usize> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let closes = |j: usize| toks.get(j).is_none_or(|t| t.is_break());
    match (word(k), word(k + 1)) {
        ("go", "ahead") | ("crack", "on") | ("handle", "it") => Some(k),
        ("can", "proceed" | "go") => Some(k + 1),
        ("arrange" | "proceed", _) if closes(k + 1) => Some(k),
        _ => None,
    }
}

/// At `i`, after a comma: the name told to get on with the work after a verdict, and where
/// the task's text starts.
#[inline(always)]
pub(super) fn told_to_get_on(text: &str, toks: &[Token], i: usize) -> Option<(String, usize)> {
    // Asked at every word, and only after a comma: told here, before a call (round P57).
    if !(i != 0 && toks[i - 1].is_sym(",")) {
        return None;
    }
    told_to_get_on_past_its_first_test(text, toks, i)
}

/// [`told_to_get_on`] once its first test is passed.
fn told_to_get_on_past_its_first_test(
    text: &str,
    toks: &[Token],
    i: usize,
) -> Option<(String, usize)> {
    if i == 0 || !toks[i - 1].is_sym(",") {
        return None;
    }
    let name_word = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Word
                && !t.caps
                && t.lower.chars().all(char::is_alphabetic)
                && is_decider_word(&t.lower)
                && !matches!(
                    t.lower.as_str(),
                    "it" | "that"
                        | "this"
                        | "then"
                        | "so"
                        | "and"
                        | "but"
                        | "now"
                        | "all"
                        | "just"
                        | "pls"
                        | "please"
                        | "boss"
                        | "team"
                        | "everyone"
                        | "guys"
                )
        })
    };
    if !name_word(i) {
        return None;
    }
    let (last, start) = match get_on_at(toks, i + 1) {
        Some(s) => (i, s),
        None if name_word(i + 1) => (i + 1, get_on_at(toks, i + 2)?),
        None => return None,
    };
    // After a verdict in the message before the comma.
    crate::reader::verdicts::find_verdict_in(toks, 0, i - 1)?;
    Some((text[toks[i].start..toks[last].end].to_string(), start))
}

/// Words that open a sentence before a comma and name no one ("Right, update from …",
/// "Alright, …", "Morning, …", "Also, …"): not the one told to do the work.
pub(super) fn word_before_a_comma(w: &str) -> bool {
    matches!(
        w,
        "right"
            // Spanish "well" and "fine" opening a Gibraltar or Spanish writer's line (round V63).
            | "bueno"
            | "vale"
            | "alright"
            | "ok"
            | "okay"
            | "so"
            | "well"
            | "anyway"
            | "anyways"
            | "yes"
            | "yeah"
            | "sure"
            | "now"
            | "also"
            | "morning"
            | "afternoon"
            | "evening"
            | "hi"
            | "hello"
            | "hey"
            | "folks"
            | "team"
            | "guys"
            | "all"
            | "everyone"
            | "sorry"
            | "thanks"
            | "cheers"
            | "first"
            | "second"
            | "third"
            | "finally"
            | "lastly"
            | "then"
            | "next"
            | "again"
            | "besides"
            | "otherwise"
            | "meanwhile"
            | "separately"
            | "still"
            | "today"
            | "tomorrow"
            | "yesterday"
    )
}
