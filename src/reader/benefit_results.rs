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
    let (said, b) = match so_consequence_end(toks, b, money) {
        Some(e) => (text[toks[a].start..toks[e - 1].end].trim().to_string(), e),
        None => (said, b),
    };
    // "Bottling line upgrade: the new labeller has cut …": after the work's name, the
    // subject is the part of it that did it, and stays.
    let named_before = names.iter().any(|m| m.end <= a && investment(m));
    let v = named_work_results::past_named_subject(toks, a, b, &name_end);
    if v == a || named_before {
        return Some(said);
    }
    Some(text[toks[v].start..toks[b - 1].end].trim().to_string())
}

/// ", so we ran one less till on Saturdays", ", so a commercial rodent route takes half the
/// time": what the result let us do, joined on by ", so", runs on with it to its clause's
/// end (no money in it: "so ~£225k" is the benefit's worth). Where it ends.
fn so_consequence_end(toks: &[Token], b: usize, money: &dyn Fn(usize) -> bool) -> Option<usize> {
    if !(toks.get(b).is_some_and(|t| t.is(",")) && toks.get(b + 1).is_some_and(|t| t.is("so"))) {
        return None;
    }
    let s = b + 2;
    let e = (s..toks.len())
        .find(|&j| toks[j].is_break() || toks[j].is_sym("-") && !toks[j].attached)
        .unwrap_or(toks.len());
    let plan = toks.get(s).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "that" | "we'll" | "i'll" | "will" | "please" | "pls"
        )
    });
    let words = (s..e).filter(|&j| toks[j].is_word()).count();
    (words >= 3 && !plan && !(s..e).any(money)).then_some(e)
}
