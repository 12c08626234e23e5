//! "Seawall: only the front 40m now, not the whole 90m. $41k." (round V60, convention 90):
//! after a thing's label, "only <a part> now" (or "for now", "this year", "this round", "this
//! season") set against ", not the whole <thing>" and a figure said for it — in that sentence
//! or the next — is the work cut back to the part, a rescope, though no verdict word is said.
//! With no figure ("Paving: only the front half now, not the whole yard") it is news of how
//! far the work has got, and nothing is found.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// How far past "only" the contrast and the figure are looked for.
const REACH: usize = 30;

/// At `i` ("only", "just") straight after a label's colon or dash: where the shape ends.
pub(super) fn part_now_not_whole_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "only" | "just") || i < 2 {
        return None;
    }
    let after_label = matches!(word(i - 1), ":" | "-" | "—" | "–") && !toks[i - 2].is_break();
    if !after_label {
        return None;
    }
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let stop = (i + 1..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len())
        .min(i + REACH);
    // ", not the whole …" / ", not all …" after a time saying the part is for now.
    let not_at = (i + 2..stop).find(|&k| {
        word(k) == ","
            && word(k + 1) == "not"
            && (matches!(word(k + 2), "all")
                || word(k + 2) == "the" && matches!(word(k + 3), "whole" | "full" | "entire"))
    })?;
    let for_now = matches!(
        (word(not_at - 2), word(not_at - 1)),
        (_, "now") | ("this", "year" | "round" | "season")
    );
    if !for_now {
        return None;
    }
    let next_stop = (stop + 1..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len())
        .min(i + REACH);
    let money = find_money(&toks[i..next_stop.max(i)], Currency::GBP);
    money
        .iter()
        .any(|m| m.period.is_none() && m.start > not_at - i)
        .then_some(i + 1)
}
