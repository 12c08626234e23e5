//! "replace di two old delivery trucks with one 10-tonne Isuzu. J$12.4 million. Saves us
//! about J$2.1m a year in repairs and rental, and should run 8 years easy", "dip tanks: R180k
//! for 6 villages, saves about R30k a yr in treatment, 15 yrs" (round S60's Jamaican and
//! Basotho writers): a price, then a saving "a year" said in the present or to come, with a
//! benefit horizon in years, is a case for spending — a proposal, its saving foreseen — even
//! with no "proposal" heading. A saving already made ("saved $40k a year") is a result.

use super::*;

/// Whether `toks` hold money, then a yearly saving ("saves … a year"), and a benefit horizon
/// or a life in years.
pub(super) fn saving_with_a_life(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // The words that tell a saving said now or to come, each word told by one match on
    // itself rather than a look through a list with a bounds test per word (round P61:
    // asked of every word of every record's cues).
    let Some(at) = toks
        .iter()
        .enumerate()
        .skip(1)
        .find(|&(i, t)| {
            matches!(t.lower.as_str(), "saves" | "save" | "cuts") && saving_a_year(toks, i)
        })
        .map(|(i, _)| i)
    else {
        return false;
    };
    // A price told before the saving: a number said as money.
    let priced_before = (0..at).any(|k| {
        toks[k].kind == TokKind::Num
            && (k > 0 && toks[k - 1].kind == TokKind::Sym && !toks[k - 1].is_break()
                || matches!(word(k + 1), "k" | "m" | "million" | "bn"))
    });
    priced_before
        && (super::super::years::find_years(toks).is_some() || super::super::years::life_said(toks))
}

/// Whether the saving at `i` is said by the year within its clause ("a year", "a yr", "per
/// year", "per annum", "annually").
fn saving_a_year(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (i + 1..(i + 9).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(
                (word(k), word(k + 1)),
                ("a" | "per", "year" | "yr" | "annum") | ("annually", _)
            )
        })
}
