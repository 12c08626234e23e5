//! "Since we moved first aid refreshers onto the online portal, 212 lifeguards have …",
//! "Since the digital X-ray room opened, Radiology are doing …": a benefit's result opened
//! by "Since" and what we did (or the work opening), told before the result's comma; and
//! a result whose subject is a plain noun phrase ("Radiology", "212 lifeguards") with its
//! auxiliary.

use super::*;

/// Past verbs of what we did to the work that are not spelt "-ed".
const DONE_IRREGULAR: &[&str] = &[
    "put", "brought", "took", "got", "went", "began", "set", "built", "made", "swapped",
];

/// Is `s..e` what we (or they) did, told as a clause of its own: "we moved first aid
/// refreshers onto the online portal", "we put the new tills in"?
pub(super) fn our_action(toks: &[Token], s: usize, e: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verb = w(s + 1);
    matches!(w(s), "we" | "they")
        && (verb.len() > 3 && verb.ends_with("ed") || DONE_IRREGULAR.contains(&verb))
        && e > s + 2
        && e <= s + 12
        && !(s..e).any(|j| toks[j].is_break())
}

/// "Radiology are doing 140 more films", "212 lifeguards have re-certified": a noun phrase
/// of one or two words (a name, a count of people) then its auxiliary and a word.
pub(super) fn plain_noun_then_auxiliary(toks: &[Token], k: usize, e: usize) -> bool {
    let subject = toks
        .get(k)
        .is_some_and(|t| t.is_word() && t.capital || t.kind == TokKind::Num);
    subject
        && (k + 1..(k + 3).min(e)).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "is" | "are" | "was" | "were" | "has" | "have"
            ) && (k + 1..j).all(|m| toks[m].is_word())
                && toks.get(j + 1).is_some_and(Token::is_word)
                && j + 1 < e
        })
}

/// "Since the laneway went in on the north side we walk the mob …", "Since TradeNet
/// automation go live, permit turnaround from 4 hrs to 20 min": where a benefit's result
/// read from `a` starts when its sentence (or the words after a colon) opens with "since"
/// before it: at that "since", the work's event told with the result (convention 31's
/// benefit side: every such label keeps it); not across money (`money`).
pub fn since_opening_before(
    toks: &[Token],
    a: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let s = toks[..a.min(toks.len())]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ":" | ";"))
        .map_or(0, |p| p + 1);
    (s < a && a <= s + 16 && toks[s].is("since") && !(s..a).any(money)).then_some(s)
}
