//! "crew trucks down to 3 from 4, $138k now", "buggies down to 4 from 6, £28k", "going with
//! 2 lanes not 3, $95k" (round S45), "Utes: down from three to two, $112k", "Dashcams, 20
//! units lang muna instead of all 45, so ₱360k na lang" (round S47): fewer of the work's
//! things, told with the price they now come to, is a rescope to that price. A count down with no price after it ("trolley
//! waits down to 9 from 23") or money saved ("…, saving $2k a month") is a result, not a
//! verdict.

use super::tokens::{word_before, TokKind, Token};
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
    let num = |k: usize| count_before(toks, k, to, 10);
    (from + 1..to).find_map(|i| {
        let (at_comma, start, end) =
            if word(i) == "down" && word(i + 1) == "to" && word(i + 3) == "from" {
                let (new, old) = (num(i + 2)?, num(i + 4)?);
                (new < old).then_some((i + 5, i, i + 5))?
            } else if word(i) == "down" && word(i + 1) == "from" && word(i + 3) == "to" {
                // "Utes: down from three to two, $112k" (round S47).
                let (old, new) = (num(i + 2)?, num(i + 4)?);
                (new < old).then_some((i + 5, i, i + 5))?
            } else {
                fewer_than_planned(toks, i, to)?
            };
        if word(at_comma) != "," {
            return None;
        }
        // The price: a currency sign then a number ("$138k", "£28k"), or a number with its
        // "k" ("138k"), perhaps after "so" ("…, so ₱360k na lang").
        let mut k = at_comma + 1;
        if matches!(word(k), "so" | "that's" | "thats") {
            k += 1;
        }
        // "US$180k", "NZ$95k": letters written onto the sign; "USD 180k": a code (round S48).
        let lettered = toks.get(k).is_some_and(|t| t.is_word())
            && toks.get(k + 1).is_some_and(|t| t.is_sym("$") && t.attached);
        let coded = toks.get(k).is_some_and(|t| {
            t.caps && t.lower.len() == 3 && crate::money::Currency::from_code(&t.lower).is_some()
        });
        let signed = toks
            .get(k)
            .is_some_and(|t| t.kind == TokKind::Sym && !t.is_break());
        if lettered {
            k += 2;
        } else if coded || signed {
            k += 1;
        } else if !matches!(word(k + 1), "k" | "m") {
            return None;
        }
        num(k)?;
        k += 1;
        if matches!(word(k), "k" | "m") {
            k += 1;
        }
        // Ending its clause, or followed by "now" or the Tagalog "na lang" / "lang" (only).
        let ends = k >= to
            || toks[k].is_break()
            || matches!(word(k), "now" | "lang")
            || word(k) == "na" && word(k + 1) == "lang";
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
    let num = |k: usize| count_before(toks, k, to, 10);
    let going_with = word(i) == "going" && word(i + 1) == "with";
    if !(going_with || word(i) == "doing") {
        return count_opening_instead(toks, i, to);
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

/// At `i`, a count opening a clause after the thing's name and "instead of" a bigger one,
/// with a few words between ("Dashcams, 20 units lang muna instead of all 45", "Modern
/// jeepney units – 6 na lang this year instead of 10", round S47): where the comma after it
/// should be, and the shape's start and end.
fn count_opening_instead(toks: &[Token], i: usize, to: usize) -> Option<(usize, usize, usize)> {
    let word = |k: usize| word_before(toks, k, to);
    let num = |k: usize| count_before(toks, k, to, 10);
    let opens = i > 0 && matches!(toks[i - 1].lower.as_str(), "," | "–" | "—" | ":" | "-");
    if !opens {
        return None;
    }
    let new = num(i)?;
    let instead = (i + 1..(i + 6).min(to))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| word(k) == "instead" && word(k + 1) == "of")?;
    let mut k = instead + 2;
    if matches!(word(k), "all" | "the") {
        k += 1;
    }
    let old = num(k)?;
    let end = (k + 1..k + 4).find(|&j| !toks.get(j).is_some_and(|t| t.is_word()))?;
    (new < old).then_some((end, i, end))
}

/// The count written at `k` ("3", "1,200", "three"), if one stands there before `to`; in
/// words, from "one" up to the `most`-th ("ten", "twelve").
pub(in crate::reader) fn count_before(
    toks: &[Token],
    k: usize,
    to: usize,
    most: usize,
) -> Option<f64> {
    let t = toks.get(k).filter(|_| k < to)?;
    if t.kind == TokKind::Num {
        return t.lower.replace(',', "").parse::<f64>().ok();
    }
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    WORDS[..most.min(WORDS.len())]
        .iter()
        .position(|w| *w == t.lower)
        .map(|p| (p + 1) as f64)
}
