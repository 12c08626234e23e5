//! "We're fixin' to build the fourth kiln, $385,000 …", "we're going to put £40k into the
//! boat lift": our plan to spend, priced, on the thing itself ("the …", "our …", "it") is its
//! go-ahead (convention 62). A plan to spend on "a new …" puts a new thing forward instead,
//! and is left to the intent's proposal cues; a plan with no price settles nothing.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// The verbs a plan to spend is said with.
const SPEND_VERBS: &[&str] = &[
    "build", "buy", "replace", "install", "order", "fit", "refit", "put", "spend", "pour",
];

/// Words that open the thing itself, already named: not "a new …".
const THE_THING: &[&str] = &["the", "our", "that", "those", "these", "it", "them"];

/// At `i` ("going", "fixing", "planning", "gonna"), said by us ("we're", "we are", "I'm"),
/// then "to" (but after "gonna") and a verb of spending on the thing itself, with a price
/// before its sentence ends: where the verb ends.
pub(super) fn planned_spend_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "going" | "fixing" | "planning" | "gonna") || i == 0 {
        return None;
    }
    let ours = matches!(word(i - 1), "we're" | "i'm")
        || i >= 2 && word(i - 1) == "are" && word(i - 2) == "we";
    let verb = if word(i) == "gonna" { i + 1 } else { i + 2 };
    if !ours || verb == i + 2 && word(i + 1) != "to" || !SPEND_VERBS.contains(&word(verb)) {
        return None;
    }
    let end = (verb..toks.len())
        .find(|&k| matches!(word(k), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(toks.len());
    // "put £40k into the boat lift", "spend £25k on a new kiosk": the money, then where it
    // goes; "build the second slipway, £185,000": the thing, then its price.
    let money = find_money(&toks[verb + 1..end], Currency::GBP);
    let first = money.first()?;
    let thing = if matches!(word(verb), "put" | "spend" | "pour") {
        let after = verb + 1 + first.end;
        matches!(word(after), "into" | "on" | "in") && THE_THING.contains(&word(after + 1))
    } else {
        THE_THING.contains(&word(verb + 1))
    };
    thing.then_some(verb + 1)
}

/// Convention 62's other side: whether the plan to spend found at `start` (ending at
/// `end`) is said of a thing the register does not hold — no investment's name in its
/// sentence after the verb ("we're going to build the cider shed, £60,000"), or, for "it"
/// and "them", none anywhere in the message (one word of a name guessed is none). Such a plan puts a new thing forward: no
/// verdict.
pub(super) fn spent_on_nothing_registered(
    toks: &[Token],
    start: usize,
    end: usize,
    names: &[super::names::NameMatch],
) -> bool {
    if planned_spend_at(toks, start) != Some(end) {
        return false;
    }
    let sentence_end = (end..toks.len())
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(toks.len());
    let pronoun = toks[end..sentence_end]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "it" | "them"));
    !names.iter().any(|m| {
        // One word of a name guessed ("the cider shed" against Cider Club Box) is no name.
        let named = !(m.weak || m.guessed && m.end == m.start + 1);
        named
            && matches!(m.targets.as_slice(), [super::names::Target::Investment(_)])
            && (pronoun || m.start >= end && m.start < sentence_end)
    })
}
