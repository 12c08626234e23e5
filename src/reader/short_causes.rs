//! Short reasons told before the verdict. A short cause ending the sentence before a bare
//! verdict: "Finance wants £4,500 more for the scanning contractors, supplier delays.
//! Approved by the FD." The sentence asks for money; the few words after its last comma
//! name what made it needed (a noun of trouble: "delays", "overruns", "price rises"), and
//! the verdict's own sentence gives no reason. And a price with what it buys, opening the
//! verdict's sentence before a dash: "$9K a year to lease a machine that got used 11
//! times — we're ending the lease."

use super::tokens::{TokKind, Token};

fn sentence_end(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// Nouns that name a cause of more money or more time when said alone: "vendor delays",
/// "cost overruns", "scope creep", "steel price rises".
const TROUBLE_NOUNS: &[&str] = &[
    "delay",
    "delays",
    "overrun",
    "overruns",
    "creep",
    "inflation",
    "shortage",
    "shortages",
    "rises",
    "increases",
    "hikes",
    "issues",
    "problems",
    "failures",
    "outages",
];

/// The verdict at `verdict_start` opens its sentence; the sentence before it holds money and
/// ends on a comma and one to three words closing on a noun of trouble, with no number in
/// them. Those words are the reason.
pub fn short_cause_before(
    text: &str,
    toks: &[Token],
    verdict_start: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let p = verdict_start.checked_sub(1)?;
    if !sentence_end(toks.get(p)?) {
        return None;
    }
    let q = (0..p)
        .rev()
        .find(|&j| sentence_end(&toks[j]))
        .map_or(0, |j| j + 1);
    let comma = (q..p).rev().find(|&j| toks[j].is_break())?;
    if !toks[comma].is(",") || !(q..comma).any(money) {
        return None;
    }
    let (s, e) = (comma + 1, p);
    let short = (1..=3).contains(&(e - s))
        && (s..e).all(|j| toks[j].kind == TokKind::Word && !money(j))
        && TROUBLE_NOUNS.contains(&toks[e - 1].lower.as_str());
    short.then(|| text[toks[s].start..toks[e - 1].end].trim().to_string())
}

/// The clause opening the verdict's sentence and ending at a spaced dash just before the
/// verdict (at `verdict_start`, after at most a pronoun and an auxiliary: "— we're
/// ending …"), when it opens on a price and what it would buy.
pub fn price_before_dash(
    text: &str,
    toks: &[Token],
    verdict_start: usize,
    money: &dyn Fn(usize) -> bool,
    skip: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let dash = (verdict_start.saturating_sub(3)..verdict_start.min(toks.len()))
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "—" | "–" | "-") && !toks[j].attached)?;
    let q = (0..dash)
        .rev()
        .find(|&j| sentence_end(&toks[j]) || toks[j].is(":"))
        .map_or(0, |j| j + 1);
    (dash > q + 3 && super::clauses::prices_what_it_buys(toks, q, dash, money, skip))
        .then(|| text[toks[q].start..toks[dash - 1].end].trim().to_string())
}
