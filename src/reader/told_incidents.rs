//! What went wrong, told as a past event: "Had another ammonia scare in the engine room
//! last night", "Old crush at the main yards broke Jacko's arm last week", "The rains wash
//! out the lower road again and …". Told in the sentence just before a verdict, it is why
//! the verdict was given, though the writer drops the subject ("Had …") or writes the
//! past in the present of their English ("wash out … again").

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// A time that places an event in the recent past, or says it happened once more: "last
/// night", "last week", "yesterday", "again".
fn past_time_at(toks: &[Token], j: usize) -> bool {
    match word(toks, j) {
        "yesterday" | "again" => true,
        "last" => matches!(
            word(toks, j + 1),
            "night"
                | "week"
                | "weekend"
                | "month"
                | "winter"
                | "summer"
                | "spring"
                | "autumn"
                | "fall"
                | "season"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
        ),
        _ => false,
    }
}

/// Words that open no told event: a time, a place, a plan or an ask.
fn opens_no_event(w: &str) -> bool {
    matches!(
        w,
        "last"
            | "yesterday"
            | "again"
            | "in"
            | "on"
            | "at"
            | "since"
            | "after"
            | "before"
            | "until"
            | "till"
            | "by"
            | "for"
            | "if"
            | "when"
            | "please"
            | "pls"
            | "can"
            | "could"
            | "should"
            | "shall"
            | "will"
            | "we'll"
            | "i'll"
            | "need"
            | "needs"
            | "want"
            | "wants"
            | "asked"
            | "met"
            | "thanks"
            | "hi"
            | "hey"
            | "morning"
    )
}

/// "two quick ones from the Scranton visit yesterday", "a couple of things from last
/// night's board": a count of the items to come announces them, no event.
fn announces_items(toks: &[Token], s: usize, e: usize) -> bool {
    let count = toks[s].kind == super::tokens::TokKind::Num
        || matches!(
            word(toks, s),
            "two" | "three" | "four" | "five" | "couple" | "a" | "few" | "some"
        );
    count
        && (s + 1..e.min(s + 5)).any(|j| {
            matches!(
                word(toks, j),
                "ones" | "things" | "items" | "updates" | "decisions" | "bits" | "calls"
            )
        })
}

/// Is `s..e` an event told in the past: opening on a word (no time, place or plan), with
/// a time placing it in the recent past or saying it happened again, and words enough to
/// say what happened?
pub(in crate::reader) fn incident_told(toks: &[Token], s: usize, e: usize) -> bool {
    e >= s + 5
        && e <= toks.len()
        && toks[s].is_word()
        && !opens_no_event(&toks[s].lower)
        && !announces_items(toks, s, e)
        && (s + 2..e).any(|j| past_time_at(toks, j))
        && (s..e).filter(|&j| toks[j].is_word()).count() >= 5
}
