//! "Abandoned calls at Madison went from 14% to 3% since the switch, and …", "HSE came
//! round in October and went away happy for the first time since I've been here, no
//! improvement notice this time, …" (round R42): in a benefit, a "since" after a counted
//! change or "for the first time" says from when the result is counted, not why. The
//! evidence read after the "since" runs back over it to the result's clause.

use super::clauses::CHANGE_WORDS;
use super::tokens::{TokKind, Token};

fn clause_break(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "," | ";" | ":" | "." | "!" | "?" | "\n" | "—" | "–"
    ) || t.is_sym("-") && !t.attached
}

/// Where the evidence `a..b` read after a "since" starts once run back over the result
/// the "since" ends: the start of that result's clause, or `a`.
pub fn result_before_since(toks: &[Token], a: usize, money: &dyn Fn(usize) -> bool) -> usize {
    if a < 4 || !toks[a - 1].is("since") {
        return a;
    }
    let since = a - 1;
    let p = (0..since)
        .rev()
        .find(|&j| clause_break(&toks[j]))
        .map_or(0, |j| j + 1);
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let counted = (p..since).any(|j| toks[j].kind == TokKind::Num && !money(j))
        && (p..since).any(|j| CHANGE_WORDS.contains(&w(j)) || w(j) == "from");
    let first_time = since >= 2 && w(since - 1) == "time" && w(since - 2) == "first";
    let words = (p..since).filter(|&j| toks[j].is_word()).count();
    if words >= 3 && toks[p].is_word() && !(p..since).any(money) && (counted || first_time) {
        p
    } else {
        a
    }
}
