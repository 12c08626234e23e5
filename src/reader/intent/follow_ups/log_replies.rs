//! A pasted chat ("Dean: 3 of the WAVs need new ramps / Tony: how much / Dean: £6,300 …
//! / Tony: do it, … / Dean: booking them in Monday") closed by a line from one of its
//! speakers telling what they'll do and when ("booking them in Monday", "👍 I'll call them
//! monday", "ok boss tmr I call supplier"): that line is their follow-up, due that day — the
//! "I" in it is the line's speaker, not the message's writer (round V52).

use super::*;

/// Words that say the day a line's work is for.
const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "mon",
    "tues",
    "wed",
    "thurs",
    "fri",
    "sat",
    "tmr",
    "tmrw",
    "tomorrow",
    "tomoz",
];

/// Words a reply opens on before its work: "ok", "👍", "boss", "sure".
const OPENERS: &[&str] = &[
    "ok", "okay", "👍", "boss", "sure", "yep", "will", "do", ",", "!",
];

/// The last line's task, when the message is a pasted chat of three or more "<Name>:"
/// lines and that line tells work to come on a day.
pub(super) fn log_reply_task(text: &str, toks: &[Token]) -> Option<ActionSpan> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    use crate::reader::chat_line_speakers::{is_pasted_chat, line_starts, speaker_colon};
    if !is_pasted_chat(toks) {
        return None;
    }
    let last = *line_starts(toks).last()?;
    let colon = speaker_colon(toks, last)?;
    let from = colon + 1;
    let mut k = from;
    while OPENERS.contains(&word(k)) {
        k += 1;
    }
    let w = word(k);
    let to_come = w.len() > 4 && w.ends_with("ing")
        || matches!(w, "i'll" | "i" | "will" | "tmr" | "tmrw" | "tomorrow");
    let day = (from..toks.len()).any(|j| DAYS.contains(&word(j)));
    (to_come && day).then(|| ActionSpan {
        owner: text[toks[last].start..toks[colon - 1].end].to_string(),
        start: from,
        text_start: from,
        end: toks.len(),
    })
}
