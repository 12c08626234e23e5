//! "holding off til the state network is live in March": a wait for an event that says
//! when the event is due. The look-again is that time, though the date sits in a condition
//! with its own verb ("until the March numbers are in" still waits for an event, not a
//! time: see `date_contexts::in_condition`).

use super::dates::DateMention;
use super::tokens::Token;

/// Words saying the awaited thing is done or running, before "in March" / "by June".
const DONE_WORDS: &[&str] = &[
    "live",
    "ready",
    "done",
    "open",
    "up",
    "built",
    "finished",
    "complete",
    "installed",
    "available",
    "signed",
    "through",
];

/// Whether date `d` ends a condition ("until", "till", "til") that tells its event with a
/// verb of being and a word of it done ("is live", "are ready") right before the date's
/// "in", "by" or "on", or with a verb of its own and then the date closing the clause ("til
/// the commissioners see the FY27 numbers in January").
pub fn event_timed(toks: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if d.start < 4 || !matches!(word(d.start - 1), "in" | "by" | "on") {
        return false;
    }
    if event_then_its_time(toks, d) {
        return true;
    }
    if !DONE_WORDS.contains(&word(d.start - 2)) {
        return false;
    }
    let Some(c) = (0..d.start - 2)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| matches!(word(k), "until" | "till" | "til" | "'til"))
    else {
        return false;
    };
    // "till the audit's done in Jan": the verb joined to its subject.
    (c + 1..d.start - 2).any(|k| {
        matches!(word(k), "is" | "are" | "'s" | "goes" | "gets") || word(k).ends_with("'s")
    })
}

/// "til the commissioners see the FY27 numbers in January": the date, after "in" / "by" /
/// "on", closes the clause of a condition told with a verb of its own ("see", "sign",
/// "meets"), so the event is timed.
fn event_then_its_time(toks: &[Token], d: &DateMention) -> bool {
    let closes = toks.get(d.end).is_none_or(|t| t.is_break());
    let Some(c) = (0..d.start - 1)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| matches!(toks[k].lower.as_str(), "until" | "till" | "til" | "'til"))
    else {
        return false;
    };
    closes
        && (c + 1..d.start - 1).any(|k| {
            toks[k].is_word()
                && super::date_contexts::CONDITION_VERBS.contains(&toks[k].lower.as_str())
        })
}
