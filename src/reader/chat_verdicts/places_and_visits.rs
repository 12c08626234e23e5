//! Verdict words said of places and comings and goings, no verdict: parking at a place, a
//! visit ("I'll stop by"), "without stopping" and a vehicle "backed into" something.

use super::*;

/// Words before "stop by" that make it someone's visit ("I'll stop by", "we're stopping
/// by"), not a stop said of the work ("the pilot stopped by the board").
const VISITORS: &[&str] = &[
    "i", "we", "he", "she", "they", "you", "i'll", "we'll", "i'm", "we're", "'ll", "'m", "'re",
    "will", "to", "just", "also", "can", "could", "might", "may", "please", "pls", "am", "gonna",
    "quickly",
];

/// "Parking at the terminal", "Parking in lot B": at `start..end`, parking said of a place,
/// not of a time ("parking in Q2" would put work off).
/// So is a vehicle parked in a place ("who parked the box truck in dock door 3 again"); "parked
/// the van replacement until Q2" still puts work off.
pub(in crate::reader) fn parking_at_a_place(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let vehicle = matches!(word(start), "parked" | "parks" | "park" | "parking")
        && (end..end + 4).any(|k| {
            matches!(
                word(k),
                "truck"
                    | "van"
                    | "car"
                    | "ute"
                    | "lorry"
                    | "forklift"
                    | "bus"
                    | "trailer"
                    | "tractor"
                    | "bike"
                    | "boat"
                    | "minibus"
                    | "wagon"
                    | "reefer"
                    | "cab"
            ) && matches!(
                word(k + 1),
                "in" | "at" | "on" | "outside" | "across" | "behind" | "by" | "next"
            ) && !super::super::verdict_shapes::to_a_time(toks, k + 1)
        });
    vehicle
        || word(start) == "parking"
            && end == start + 1
            && matches!(
                word(end),
                "at" | "in" | "near" | "behind" | "outside" | "on" | "around"
            )
            && !super::super::verdict_shapes::to_a_time(toks, end)
}

/// "Stopping by the pilots' station after lunch", "I'll stop by later": at `start..end`,
/// someone's visit, said by the visitor or opening the message, and not "by" a time
/// ("we're stopping by the end of March").
pub(in crate::reader) fn a_visit(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let visitor = start == 0 || toks[start - 1].is_break() || VISITORS.contains(&word(start - 1));
    matches!(word(start), "stop" | "stops" | "stopped" | "stopping")
        && end == start + 1
        && word(end) == "by"
        && visitor
        && !matches!(word(end + 1), "end" | "close" | "start" | "then")
        && !super::super::verdict_shapes::to_a_time(toks, end)
}

/// "members roll through without stopping at the pay station", "book without stopping to
/// call": at `start`, a stop said after "without" is what people no longer have to do, no
/// stop of the work.
pub(super) fn without_stopping(toks: &[Token], start: usize) -> bool {
    start > 0
        && toks[start - 1].is("without")
        && matches!(
            toks[start].lower.as_str(),
            "stop" | "stopping" | "pausing" | "cancelling" | "canceling"
        )
}

/// "someone's backed into them", "backed out of the bay": a vehicle reversed, no work
/// backed. "the rigger's backed up till after christmas" (round S49), "we had trucks backed up
/// to the highway" (round R49): a tradesman, a road, a drain or a queue backed up is busy or
/// blocked; "backed up the plan" still backs it.
pub(super) fn backed_into(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    toks[start].is("backed")
        && (matches!(word(start + 1), "into" | "onto" | "out")
            || word(start + 1) == "up"
                && !matches!(
                    word(start + 2),
                    "the" | "our" | "a" | "an" | "it" | "this" | "that" | "them" | "his" | "her"
                ))
}
