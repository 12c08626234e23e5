//! "Right, a wee note from me on the settlement portal now it's been running a full
//! quarter. Skippers are getting … , and we've stopped printing and posting about 900
//! statements a month.", "Hey team, circling back on the NYC box office — … honestly it's
//! night and day. Line times at will-call went from 25 mins to under 5, and we figure that's
//! worth …", "…: the pool filtration upgrade is complete and the numbers are in. Since the
//! new UV system went in, chlorine use is down 38% and …" (round R42): a benefit's sentence
//! of news, with no change and no money in it, is no evidence when the sentence after it
//! counts the result. The evidence is that sentence from its first counted clause (with a
//! "Since …," opening it) up to the clause that tells the money.

use super::clauses::CHANGE_WORDS;
use super::tokens::{TokKind, Token};

fn ends(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// A break between a result's clauses: a comma, a semicolon, a spaced dash.
fn clause_break(t: &Token) -> bool {
    matches!(t.lower.as_str(), "," | ";" | "—" | "–") || t.is_sym("-") && !t.attached
}

/// The counted result in the sentence after the evidence `a..b`, when `a..b` tells no
/// change and no money: its span, or `None`.
pub fn counted_after_news(
    toks: &[Token],
    a: usize,
    b: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let b = b.min(toks.len());
    // "live since 2 months" is news; "onboarding from 5 days to 1 day" is counted.
    let numbers = (a..b).filter(|&j| toks[j].kind == TokKind::Num).count();
    // "pulls DA records requests in minutes now instead of hours": a comparison is a
    // result too, not news (round R45).
    let compares = |w: &str| matches!(w, "instead" | "than" | "vs" | "versus");
    let news = numbers <= 1
        && (a..b).all(|j| {
            let w = toks[j].lower.as_str();
            !money(j) && !CHANGE_WORDS.contains(&w) && !compares(w)
        });
    // The evidence's sentence ends with it, and no money is told before the next one.
    let stop = (b..toks.len()).find(|&j| ends(&toks[j]))?;
    if !news || (b..stop).any(|j| toks[j].is_word()) {
        return None;
    }
    let mut s = stop;
    while toks.get(s).is_some_and(ends) {
        s += 1;
    }
    let e = (s..toks.len())
        .find(|&j| ends(&toks[j]))
        .unwrap_or(toks.len());
    // The sentence's clauses, in order.
    let mut clauses = Vec::new();
    let mut c = s;
    let breaks = (s..e).filter(|&j| clause_break(&toks[j]));
    for j in breaks.chain(std::iter::once(e)) {
        if j > c {
            clauses.push((c, j));
        }
        c = j + 1;
    }
    let counted = |(p, q): (usize, usize)| {
        (p..q).any(|j| toks[j].kind == TokKind::Num && !skip(j) && !money(j)) && !(p..q).any(money)
    };
    let first = clauses.iter().position(|&cl| counted(cl))?;
    let mut end = clauses[first].1;
    // "…, approx. ₺850 a month": a clause cut by an abbreviation's stop before money.
    let money_next = |q: usize| (q..(q + 3).min(toks.len())).any(money);
    for &(p, q) in &clauses[first + 1..] {
        if (p..q).any(money) || q == e && money_next(q) {
            break;
        }
        end = q;
    }
    let (mut start, _) = clauses[first];
    // ", and we've stopped …": the joining word is no part of it.
    if toks[start].is("and") {
        start += 1;
    }
    // "Since the new UV system went in, …": the event it is counted since stays.
    if first == 1 && toks[s].is("since") {
        start = s;
    }
    let words = (start..end).filter(|&j| toks[j].is_word()).count();
    (words >= 4).then_some((start, end))
}
