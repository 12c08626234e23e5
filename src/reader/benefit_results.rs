//! A benefit's reason settled at its edges once chosen: the work told as the result's
//! subject left out ("the LPR cameras at the Featherbrooke gate flagged 14 cloned plates
//! …" → "flagged 14 cloned plates …"), and money cut told alone dropped ("fuel card spend
//! is down $6k a month", convention 15).

use super::*;

/// The reason `said` of a benefit, settled; `None` when it is only the benefit's money.
pub(super) fn settled(
    text: &str,
    toks: &[Token],
    names: &[names::NameMatch],
    money: &dyn Fn(usize) -> bool,
    said: String,
) -> Option<String> {
    let investment = |m: &names::NameMatch| matches!(m.targets[0], Target::Investment(_));
    let name_end = |j: usize| {
        names
            .iter()
            .find(|m| m.start == j && investment(m))
            .map(|m| m.end)
    };
    let Some((a, b)) = reasons::span_of(text, toks, &said) else {
        return Some(said);
    };
    if money_cut_alone::only_money_cut(toks, a, b, money) {
        return None;
    }
    // "Bottling line upgrade: the new labeller has cut …": after the work's name, the
    // subject is the part of it that did it, and stays.
    let named_before = names.iter().any(|m| m.end <= a && investment(m));
    let v = named_work_results::past_named_subject(toks, a, b, &name_end);
    if v == a || named_before {
        return Some(said);
    }
    Some(text[toks[v].start..toks[b - 1].end].trim().to_string())
}
