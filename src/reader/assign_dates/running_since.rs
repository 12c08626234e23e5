//! "toggle dryer is in and running since monday", "plate lookup is live since Monday": a
//! thing said working since a weekday started then, and a note of it is dated that day
//! (convention 87 (b), round V59); "sparky back wed to finish the wiring": a tradesman back
//! on a day is the work's schedule, no task of ours (convention 87 (a)).

use super::*;

/// Is `d`, cued by "since", a weekday said straight after a word of a thing working
/// ("running since tues", "live since Monday", "been working since Friday")?
pub(in crate::reader) fn working_since_a_weekday(toks: &[Token], d: &dates::DateMention) -> bool {
    let word = |k: usize| {
        d.start
            .checked_sub(k)
            .map_or("", |j| toks[j].lower.as_str())
    };
    d.cue == dates::Cue::Since
        && word(1) == "since"
        && toks
            .get(d.start)
            .is_some_and(|t| dates::weekday(&t.lower).is_some())
        && matches!(
            word(2),
            "running" | "working" | "live" | "operating" | "online" | "open" | "up" | "going"
        )
}

/// Is `d` a day someone comes back on ("sparky back wed to finish the wiring", "the
/// fitter's back on Tuesday"): "back" (and "on") straight before it, after a word that is
/// not a verb sending or calling something back ("get back Wed", "ring them back Monday")?
pub(in crate::reader) fn someone_back_then(toks: &[Token], d: &dates::DateMention) -> bool {
    let word = |k: usize| {
        d.start
            .checked_sub(k)
            .map_or("", |j| toks[j].lower.as_str())
    };
    let on = usize::from(word(1) == "on");
    word(1 + on) == "back"
        && toks
            .get(d.start)
            .is_some_and(|t| dates::weekday(&t.lower).is_some())
        && d.start >= 2 + on
        && toks[d.start - 2 - on].is_word()
        && !matches!(
            word(2 + on),
            "get"
                | "go"
                | "come"
                | "coming"
                | "comes"
                | "be"
                | "call"
                | "ring"
                | "phone"
                | "write"
                | "send"
                | "report"
                | "put"
                | "pushed"
                | "moved"
                | "them"
                | "him"
                | "her"
                | "me"
                | "us"
                | "it"
                | "you"
                | "i"
                | "we"
                | "they"
        )
}
