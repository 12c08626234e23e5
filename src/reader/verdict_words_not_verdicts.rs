//! Verdict words that tell no verdict (round V35): "park" the noun ("for the RV park as
//! well"), someone asked who parked a vehicle ("lol who parked the demo F-150 in the
//! service bay again"), "stop to buy" (a habit the work ended, as a second-language writer
//! says "stop buying"), and a thing cut "to near zero" (a result told).

use super::tokens::Token;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Words before the verb "park" ("we'll park it", "let's park", "to park"); any other word
/// before it names a place ("the RV park", "car park", "Memorial Park").
const BEFORE_THE_VERB: &[&str] = &[
    "to", "we", "i", "we'll", "i'll", "'ll", "let's", "lets", "let", "will", "would", "should",
    "could", "can", "and", "or", "just", "then", "so", "please", "pls", "plz", "we'd", "must",
    "gonna", "might", "may", "also", "now", "we're", "'re", "they", "board", "simply", "rather",
    "decided", "agreed", "probably", "prob", "maybe", "said", "them", "you", "u",
];

/// Words after the verb "park" ("park it", "park till spring", "park the CRM").
const AFTER_THE_VERB: &[&str] = &[
    "it", "that", "this", "them", "till", "til", "until", "untill", "for", "the", "a", "an",
    "these", "those", "our", "up", "on", "in", "off", "and",
];

/// At `start..end`, "park" alone said as a noun: after a word that is no subject or helper
/// of a verb ("the RV park", "car park", a capital "Park" inside a sentence), before a word
/// no verb takes.
pub(super) fn park_the_place(toks: &[Token], start: usize, end: usize) -> bool {
    if word(toks, start) != "park" || end != start + 1 || start == 0 {
        return false;
    }
    let prev = &toks[start - 1];
    if !prev.is_word() || BEFORE_THE_VERB.contains(&prev.lower.as_str()) {
        return false;
    }
    !AFTER_THE_VERB.contains(&word(toks, end))
}

/// "lol who parked the demo F-150 in the service bay again": at `start`, "parked" after
/// "who", someone asked who did it, no work put off.
pub(super) fn who_parked(toks: &[Token], start: usize) -> bool {
    start > 0
        && matches!(word(toks, start), "parked" | "park" | "parks")
        && matches!(word(toks, start - 1), "who" | "who's" | "whoever")
}

/// "We burn our own cork dust and stop to buy natural gas": at `start..end`, "stop" before
/// "to" and a verb, a habit the work ended, no stop of the work.
pub(super) fn stop_to_do(toks: &[Token], start: usize, end: usize) -> bool {
    matches!(word(toks, start), "stop" | "stops" | "stopped")
        && end == start + 1
        && word(toks, end) == "to"
        && matches!(
            word(toks, end + 1),
            "buy"
                | "pay"
                | "use"
                | "rent"
                | "hire"
                | "spend"
                | "send"
                | "print"
                | "order"
                | "import"
                | "burn"
        )
}

/// "Overtime came in R212 000 lower in November … we stopped double-booking guards": at
/// `start..end`, a habit we gave up (a gerund after "we stopped"), after a result told in
/// an earlier sentence: what the work changed, not a stop of it. Stopping using, running,
/// paying for or renting a thing stops the thing.
pub(super) fn habit_dropped_after_a_result(toks: &[Token], start: usize, end: usize) -> bool {
    let habit = matches!(word(toks, start), "stopped" | "stop")
        && end == start + 1
        && start > 0
        && matches!(word(toks, start - 1), "we" | "we've" | "'ve")
        && gerund_at(toks, end).is_some_and(|t| {
            t.lower.len() > 5
                && t.lower.ends_with("ing")
                && !matches!(
                    t.lower.as_str(),
                    "using"
                        | "running"
                        | "funding"
                        | "paying"
                        | "renting"
                        | "leasing"
                        | "hiring"
                        | "buying"
                        | "selling"
                        | "offering"
                        | "supporting"
                        | "developing"
                        | "building"
                        | "licensing"
                )
        });
    if !habit {
        return false;
    }
    // The result, in a sentence before this one.
    let Some(stop) = (0..start)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
    else {
        return false;
    };
    toks[..stop]
        .iter()
        .any(|t| super::payments_dropped::RESULT_SAID.contains(&t.lower.as_str()))
}

/// The word at `k`, or the last part of a hyphened compound opening there
/// ("double-booking" read as "booking").
fn gerund_at(toks: &[Token], k: usize) -> Option<&Token> {
    let t = toks.get(k)?;
    match (toks.get(k + 1), toks.get(k + 2)) {
        (Some(h), Some(n)) if h.is_sym("-") && h.attached && n.attached && n.is_word() => Some(n),
        _ => Some(t),
    }
}

/// At `start`, "landed" after "where" and its subject ("here's where we landed on the IT
/// stuff at the mtg", "this is where the board landed on capex"): a summary's opening, what
/// was settled told after it, no verdict of its own (round S67).
pub(super) fn where_we_landed(toks: &[Token], start: usize) -> bool {
    if word(toks, start) != "landed" {
        return false;
    }
    (start.saturating_sub(4)..start).any(|k| word(toks, k) == "where")
}
