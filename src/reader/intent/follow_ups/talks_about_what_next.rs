//! "I'll set up a call next week about what else we could do there", "I'll book some time
//! next week to talk about what we do with that space instead", "I'll set up the kickoff
//! with the contractor next week": after a decision, the writer's own talk about what comes
//! next is no task of the decision's (its day is no due). A call booked with nothing
//! decided before it stays the message's task.

use super::*;

/// Whether the follow-up opening at `i` ("I'll …") is the writer setting up, booking or
/// arranging a talk about "what …" or "how …" comes next, after a verdict in the message.
pub(super) fn talk_about_what_next(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "i'll" | "ill")
        || !matches!(
            word(i + 1),
            "set" | "book" | "arrange" | "schedule" | "organise"
        )
    {
        return false;
    }
    let clause_end = (i + 2..toks.len())
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len())
        .min(i + 12);
    let about_what = (i + 2..clause_end)
        .any(|k| word(k) == "about" && matches!(word(k + 1), "what" | "how" | "where"));
    // "I'll set up the kickoff with the substation contractor next week", "I shall organise
    // a meeting with the supplier": a meeting set up, with no deadline said (round D44).
    let a_meeting = (i + 2..clause_end.min(i + 5)).any(|k| {
        matches!(
            word(k),
            "kickoff" | "kick-off" | "meeting" | "call" | "catch-up" | "chat"
        )
    }) && !(i + 2..clause_end).any(|k| matches!(word(k), "by" | "before"));
    (about_what || a_meeting) && crate::reader::verdicts::find_verdict_in(toks, 0, i).is_some()
}
