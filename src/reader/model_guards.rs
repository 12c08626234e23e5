//! Readings the exact passes keep whatever the intent model says (round G1): a model
//! retrained on more text leans another way on some shapes whose words settle the kind of
//! record for sure.

use super::model::Signals;
use super::names::NameMatch;
use super::tokens::Token;
use super::{confirmed_done, deciders, intent, paying_off, placed_things, Intent, Target};

/// A known investment named outright: neither guessed from a word of its name nor weak.
pub(super) fn named_outright(names: &[NameMatch]) -> bool {
    names
        .iter()
        .any(|m| !m.guessed && !m.weak && matches!(m.targets[0], Target::Investment(_)))
}

/// The intent after the model's, `intent`, where the words settle it.
pub(super) fn settle(
    intent: Intent,
    rule: Intent,
    toks: &[Token],
    names: &[NameMatch],
    signals: &Signals,
    verdict: Option<usize>,
) -> Intent {
    // "Directors: the lakeside zipline is off the table", "the pilot is dead in the water,
    // we're stopping it": a verdict the rules read as the message's decision, said by
    // those who decide, is a record, never chat.
    if intent == Intent::None
        && rule == Intent::Decision
        && verdict.is_some_and(|v| said_by_deciders(toks, v))
    {
        return Intent::Decision;
    }
    // "Café tills paid off big time, … that's about £6K more this season": work praised as
    // paying off at the message's start is no new thing asked for; with money, a benefit
    // (whether realised is settled after), without, news about it.
    if intent == Intent::Investment
        && rule != Intent::Investment
        && paying_off::opens_praising(toks)
    {
        return if signals.money {
            Intent::Benefit
        } else {
            Intent::Note
        };
    }
    // "Met the treasurer about the café till system: the quote came back at £9k and she
    // wants a second supplier in the mix before she signs": wanting another party, figure
    // or time, with no other word of a new ask, is no new investment.
    if intent == Intent::Investment
        && rule == Intent::Note
        && !signals.investment_cue
        && (0..toks.len()).any(|i| intent::wants_no_new_thing(toks, i))
    {
        return Intent::Note;
    }
    // "Sales want more seats on the online store, $2k", "Estates asked us to look at
    // options for the car park roof": more of a known investment, or choices to look at,
    // with no word of a new thing, is no new investment: the rules' reading stands.
    if intent == Intent::Investment
        && rule != Intent::Investment
        && !signals.investment_cue
        && placed_things::asks_for_no_new_thing(toks, &known_starts(names))
    {
        return rule;
    }
    // "Matters arising:\n- Item 3.1 (…): the Systems Librarian confirmed that the old
    // catalogue was switched off.": a minutes' item that only reports a confirmation of
    // something done, which the rules read as nothing, is no note of its own.
    if intent == Intent::Note
        && rule == Intent::None
        && confirmed_done::item_reports_a_confirmation(toks)
    {
        return Intent::None;
    }
    intent
}

/// Where each known investment named outright starts.
fn known_starts(names: &[NameMatch]) -> Vec<usize> {
    names
        .iter()
        .filter(|m| !m.guessed && matches!(m.targets[0], Target::Investment(_)))
        .map(|m| m.start)
        .collect()
}

/// Is the verdict at `start` said by those who decide: under a heading naming only a body
/// that decides ("Directors:", "The board:"), or by the speaker's side doing it ("we're
/// stopping it", "we scrapped …")? Not a meeting moved or a sailing cancelled.
fn said_by_deciders(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let heading = (1..start.min(5))
        .find(|&c| toks[c].is(":"))
        .is_some_and(|c| deciders::only_a_body(&toks[..c]));
    let by_us = start >= 1 && matches!(word(start - 1), "we're" | "we've" | "we")
        || start >= 2 && word(start - 2) == "we" && matches!(word(start - 1), "are" | "have");
    heading || by_us
}
