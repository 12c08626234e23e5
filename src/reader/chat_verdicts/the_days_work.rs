//! Verdict words telling the day's work or its news, no verdict: a machine halted for
//! minutes, a numbered lot turned away, a thing we did not have to do, a time or an
//! outcome told, and answers counted in a heading.

use super::*;

/// Units of time short enough that a stop for one of them is a halt, not a decision
/// ("paused for 3 weeks" still puts work off).
const MINUTES: &[&str] = &[
    "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hour", "hours", "hr",
    "hrs", "h",
];

/// "Line 2 stopped for 40 min", "the tills stopped for an hour at lunch": at `start..end`, a
/// stop said with a length of minutes or hours in its clause, a halt of a machine.
pub(super) fn halted_for_minutes(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(start),
        "stop" | "stops" | "stopped" | "stopping" | "paused" | "pause" | "pausing"
    ) {
        return false;
    }
    (end..(end + 6).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .filter(|&k| toks[k].is("for"))
        .any(|k| {
            // "for 40 min", "for an hour", "for about half an hour"
            let mut j = k + 1;
            let mut counted = false;
            while j < k + 5 {
                let num = toks.get(j).is_some_and(|t| t.kind == TokKind::Num);
                if !(num || matches!(word(j), "a" | "an" | "half" | "about" | "around" | "~")) {
                    break;
                }
                counted |= num || matches!(word(j), "a" | "an");
                j += 1;
            }
            counted && MINUTES.contains(&word(j))
        })
}

/// Things counted out by number ("batch 214", "PO 4471", "lot 7"): one of them approved or
/// turned away is the day's work, not a verdict on an investment.
const NUMBERED: &[&str] = &[
    "batch",
    "lot",
    "invoice",
    "po",
    "order",
    "ticket",
    "pallet",
    "shipment",
    "delivery",
    "sample",
    "load",
    "container",
];

/// At `end`, right after a verdict word, a numbered thing ("rejected batch 214").
pub(super) fn numbered_thing(toks: &[Token], end: usize) -> bool {
    let at = end + usize::from(toks.get(end).is_some_and(|t| t.is("the")));
    toks.get(at)
        .is_some_and(|t| NUMBERED.contains(&t.lower.as_str()))
        && toks.get(at + 1).is_some_and(|t| t.kind == TokKind::Num)
}

/// "~$14k of beer we didn't have to dump", "no longer need to cancel": at `start`, a verdict
/// word after a negated "have to" or "need to", what was spared, not done.
pub(super) fn spared(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if start < 3 || word(start - 1) != "to" {
        return false;
    }
    let need = word(start - 2);
    matches!(need, "have" | "had" | "need" | "needed")
        && matches!(
            word(start - 3),
            "didn't" | "don't" | "doesn't" | "won't" | "not" | "never" | "longer" | "n't"
        )
}

/// "caught diacetyl in two batches before they were canned", "so the testing can keep
/// going": at `start`, a verdict word in a clause that tells a time ("before" and a
/// passive) or an outcome ("so … can"), no verdict of the message's.
pub(super) fn told_as_time_or_outcome(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(prev) = start.checked_sub(1) else {
        return false;
    };
    let clause_has = |w: &str| {
        (prev.saturating_sub(6)..prev)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .any(|k| toks[k].is(w))
    };
    let passive = matches!(word(prev), "was" | "were" | "got");
    let modal = matches!(word(prev), "can" | "could");
    passive && clause_has("before") || modal && clause_has("so")
}

/// "Two yeses and a no from the partners: …": at `start`, "a no" counted beside yeses, a
/// heading that tallies the answers given after it, no answer of its own.
pub(super) fn answers_counted(toks: &[Token], start: usize) -> bool {
    toks[start].is("a")
        && toks.get(start + 1).is_some_and(|t| t.is("no"))
        && (start.saturating_sub(4)..start)
            .any(|k| matches!(toks[k].lower.as_str(), "yeses" | "yesses"))
}

/// "char booth fire suppression is done n signed off by the fire marshal", "the cabinets
/// are in and signed off by the inspector" (round S49): finished work signed off by whoever
/// checks it, a check passed, no verdict on the work.
pub(super) fn finished_and_signed_off(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    start >= 2
        && word(start) == "signed"
        && word(start + 1) == "off"
        && word(start + 2) == "by"
        && matches!(word(start - 1), "and" | "n" | "&")
        && matches!(
            word(start - 2),
            "done"
                | "in"
                | "finished"
                | "installed"
                | "fitted"
                | "complete"
                | "completed"
                | "commissioned"
                | "up"
        )
}
