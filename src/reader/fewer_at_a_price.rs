//! "crew trucks down to 3 from 4, $138k now", "buggies down to 4 from 6, £28k", "going with
//! 2 lanes not 3, $95k" (round S45): fewer of the work's things, told with the price they
//! now come to, is a rescope to that price. A count down with no price after it ("trolley
//! waits down to 9 from 23") or money saved ("…, saving $2k a month") is a result, not a
//! verdict.

use super::tokens::{TokKind, Token};
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;

/// The shape between `from` and `to`: "down to N from M" (N below M) after the thing, then a
/// comma and a price ending its clause (or followed by "now").
pub(in crate::reader) fn fewer_at_a_price(
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    let word = |k: usize| word_before(toks, k, to);
    let num = |k: usize| count_before(toks, k, to);
    (from + 1..to).find_map(|i| {
        let (at_comma, start, end) =
            if word(i) == "down" && word(i + 1) == "to" && word(i + 3) == "from" {
                let (new, old) = (num(i + 2)?, num(i + 4)?);
                (new < old).then_some((i + 5, i, i + 5))?
            } else {
                fewer_than_planned(toks, i, to)?
            };
        if word(at_comma) != "," {
            return None;
        }
        // The price: a currency sign then a number ("$138k", "£28k"), or a number with its
        // "k" ("138k").
        let mut k = at_comma + 1;
        if toks
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Sym && !t.is_break())
        {
            k += 1;
        } else if !matches!(word(k + 1), "k" | "m") {
            return None;
        }
        num(k)?;
        k += 1;
        if matches!(word(k), "k" | "m") {
            k += 1;
        }
        let ends = k >= to || toks[k].is_break() || word(k) == "now";
        ends.then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start,
            end,
            affirmed: false,
        })
    })
}

/// At `i`, "going with N <things> not M" / "doing N instead of M" (N below M, a word or
/// two of the things after either count): where the comma after it should be, and the
/// shape's start and end.
fn fewer_than_planned(toks: &[Token], i: usize, to: usize) -> Option<(usize, usize, usize)> {
    let word = |k: usize| word_before(toks, k, to);
    let num = |k: usize| count_before(toks, k, to);
    let going_with = word(i) == "going" && word(i + 1) == "with";
    if !(going_with || word(i) == "doing") {
        return None;
    }
    let mut k = i + if going_with { 2 } else { 1 };
    if word(k) == "only" {
        k += 1;
    }
    let new = num(k)?;
    k += 1;
    let things = |k: usize| {
        (k..k + 3).find(|&j| {
            !toks
                .get(j)
                .is_some_and(|t| t.is_word() && !matches!(t.lower.as_str(), "not" | "instead"))
        })
    };
    k = things(k)?;
    k += match (word(k), word(k + 1)) {
        ("not", _) => 1,
        ("instead", "of") => 2,
        _ => return None,
    };
    let old = num(k)?;
    let end = things(k + 1)?;
    (new < old).then_some((end, i, end))
}

/// The lower-case word at `k`, or "" at or past `to`.
fn word_before(toks: &[Token], k: usize, to: usize) -> &str {
    toks.get(k)
        .filter(|_| k < to)
        .map_or("", |t| t.lower.as_str())
}

/// The count written at `k` ("3", "1,200"), if a number stands there before `to`.
fn count_before(toks: &[Token], k: usize, to: usize) -> Option<f64> {
    toks.get(k)
        .filter(|t| k < to && t.kind == TokKind::Num)
        .and_then(|t| t.lower.replace(',', "").parse::<f64>().ok())
}
