//! A benefit's evidence told as two results joined by "and", the first with the money:
//! "hire revenue up $36k on last season and heaps fewer complaints about the boots", "we
//! spend less 1.800 € per month in diesel and maintenance, and no more fumes in the
//! warehouse", "fuel claims are down about R37 000 a month and the average response time
//! … has dropped from 14 to 9 minutes". The first is the benefit's amount told (the money
//! saved or earned, which no label keeps in the evidence); the second, with no money, is
//! what was measured, and is the evidence. A measure per thing ("avg ticket up $2.40 and
//! the line moves way faster", "average spend up $14 a head and …", "per-cap spend is up
//! $2.10") is a result of its own and both stay.

use super::tokens::Token;

/// A word that makes money a measure per thing, not a total saved or earned.
fn per_thing(toks: &[Token], k: usize) -> bool {
    let w = toks[k].lower.as_str();
    let next = toks.get(k + 1).map_or("", |t| t.lower.as_str());
    matches!(w, "avg" | "average" | "each" | "apiece")
        || w.starts_with("per-")
        || w == "per"
            && !matches!(
                next,
                "month" | "year" | "week" | "day" | "annum" | "quarter" | "season"
            )
        || w == "a" && matches!(next, "head" | "seat" | "unit" | "visit" | "cover")
}

/// Where the evidence `toks[a..b]` becomes the result beside its money: after an "and"
/// (the one after a comma first) that follows money in the span, when the clause after it,
/// up to the sentence's end (which may be past `b`), holds no money and a few words.
/// `None` when the span is no such pair.
pub fn result_beside_money(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let sentence_end = |from: usize| {
        (from..toks.len())
            .find(|&k| {
                matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n" | ";")
                    || (toks[k].is_sym("—") || toks[k].is_sym("–") || toks[k].is_sym("-"))
                        && !toks[k].attached
            })
            .unwrap_or(toks.len())
    };
    let joints = (a + 2..sentence_end(a)).filter(|&j| toks[j].is("and"));
    let after_comma = joints.clone().find(|&j| toks[j - 1].is(","));
    let j = after_comma.or_else(|| {
        let mut plain = (a + 2..b).filter(|&j| toks[j].is("and"));
        let j = plain.next()?;
        plain.next().is_none().then_some(j)
    })?;
    let end = if j < b { b } else { sentence_end(j) };
    let first = a..j;
    // "we sold the lawn at $14 instead of $9 and still sold out": prices set against each
    // other are the result's, not money it is told beside (round R45).
    let priced = first
        .clone()
        .any(|k| money(k) && !super::prices_compared::compared_price(toks, k, money))
        && !first.clone().any(|k| per_thing(toks, k));
    let second = j + 1..end;
    let words = second.clone().filter(|&k| toks[k].is_word()).count();
    // ", and …" just after the span: only its comma between.
    let joined = j < b || (b..j).all(|k| toks[k].is(","));
    (joined && priced && !second.clone().any(money) && words >= 3).then_some((j + 1, end))
}
