//! "Cost is 96 m.kr. instead of 140", "TSh 11m instead of the 23m in the first quote", "New
//! price is around $1.1M, was $1.9M" (round S54): with no other verdict, a figure of money
//! said against a bigger old one cuts the work back to it, a rescope (convention 57 (b)); so
//! does an old figure said "down to" a smaller one ("K310,000 down to K205,000", round S55).

use super::*;

/// Words between "instead of" / "rather than" and the old figure.
const LEAD_INS: &[&str] = &["the", "a", "our", "full", "whole", "original", "old"];

/// Multipliers said after a figure, with the power of ten each stands for.
fn multiplier(w: &str) -> Option<i32> {
    match w {
        "k" | "thousand" | "grand" => Some(3),
        "m" | "million" | "mn" | "mil" | "m.kr" | "millj" | "milljón" => Some(6),
        "bn" | "billion" => Some(9),
        _ => None,
    }
}

/// A figure in digits as a number: "7,2" and "1.1" read with their decimals, "96,000" and
/// "2.400.000" with their thousands.
fn value(digits: &str) -> Option<f64> {
    let decimal_comma = digits.matches(',').count() == 1
        && !digits.contains('.')
        && digits.rsplit(',').next().is_some_and(|d| d.len() <= 2);
    let plain: String = if decimal_comma {
        digits.replace(',', ".")
    } else if digits.matches('.').count() > 1 {
        digits.replace(['.', ','], "")
    } else {
        digits.replace(',', "")
    };
    plain.parse().ok()
}

/// The figure at `k` (a number), its value scaled by the multiplier after it, and the token
/// after the two; whether it is said as money (a sign or a currency word before it, or a
/// multiplier after it).
fn figure_at(toks: &[Token], k: usize, to: usize) -> Option<(f64, Option<i32>, usize, bool)> {
    let (power, after, money) = figure_shape_at(toks, k, to)?;
    Some((value(&toks[k].lower)?, power, after, money))
}

/// [`figure_at`] but the figure's value: its multiplier, the token after and whether it is
/// money. (The value, a number parsed from a copy of the digits, is worked out only for a
/// figure said against another, round P56.)
#[inline(always)]
fn figure_shape_at(toks: &[Token], k: usize, to: usize) -> Option<(Option<i32>, usize, bool)> {
    // Asked at every word, and only a number is a figure: told here, before a call (round P57).
    if !(k < to && toks.get(k).is_some_and(|t| t.kind == TokKind::Num)) {
        return None;
    }
    figure_shape_at_past_its_first_test(toks, k, to)
}

/// [`figure_shape_at`] once its first test is passed.
fn figure_shape_at_past_its_first_test(
    toks: &[Token],
    k: usize,
    to: usize,
) -> Option<(Option<i32>, usize, bool)> {
    let t = toks.get(k).filter(|_| k < to)?;
    if t.kind != TokKind::Num {
        return None;
    }
    let power = toks.get(k + 1).and_then(|n| multiplier(&n.lower));
    let after = k + 1 + usize::from(power.is_some());
    let sign_before = k > 0
        && (toks[k - 1].kind == TokKind::Sym && !toks[k - 1].is_break()
            || matches!(
                toks[k - 1].lower.as_str(),
                "tsh" | "kr" | "usd" | "isk" | "cad" | "pgk"
            )
            // The kina's "K" ("K310,000", round S55), the loti's "M" ("M450,000", round S60).
            || matches!(toks[k - 1].lower.as_str(), "k" | "m") && toks[k - 1].capital);
    Some((power, after, sign_before || power.is_some()))
}

/// Whether the old figure `(v, power)` is bigger than the new one; an old figure said
/// without its multiplier ("96 m.kr. instead of 140") takes the new one's.
fn bigger(new: (f64, Option<i32>), old: (f64, Option<i32>)) -> bool {
    let scale = |p: Option<i32>| 10f64.powi(p.unwrap_or(0));
    let old_power = old.1.or(new.1);
    old.0 * scale(old_power) > new.0 * scale(new.1)
}

pub(super) fn figure_against_old(toks: &[Token], from: usize, to: usize) -> Option<VerdictFinding> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    (from..to).find_map(|i| {
        let (power, mut after, money) = figure_shape_at(toks, i, to)?;
        if !money {
            return None;
        }
        // "we pay TSh 2m instead of 5m now": money paid or saved is a result, not a cut.
        let paid = (i.saturating_sub(5)..i).any(|k| {
            matches!(
                word(k),
                "pay"
                    | "pays"
                    | "paying"
                    | "paid"
                    | "spend"
                    | "spending"
                    | "spent"
                    | "save"
                    | "saves"
                    | "saved"
                    | "saving"
                    | "bill"
                    | "bills"
            )
        });
        // "came in under, $21,400 instead of $27K": the cost as it turned out is news.
        let came_in = (i.saturating_sub(6)..i).any(|k| word(k) == "came" && word(k + 1) == "in");
        if paid || came_in {
            return None;
        }
        // The currency said after the figure ("96 m.kr.", "1.800.000 kr.").
        if matches!(word(after), "kr" | "isk" | "tzs" | "cad" | "usd") {
            after += 1;
        }
        if toks.get(after).is_some_and(|t| t.is_sym(".") && t.attached) {
            after += 1;
        }
        let instead = matches!(
            (word(after), word(after + 1)),
            ("instead", "of") | ("rather", "than")
        );
        // "Revised budget M450,000 (was M780,000)" (round S60): the old figure in brackets.
        let was = matches!(word(after), "," | "(") && word(after + 1) == "was";
        // "K310,000 down to K205,000" (round S55): the old figure first, the new after.
        let down_to = word(after) == "down" && word(after + 1) == "to";
        // "$58,000 not $110,000", "$58,000, not $110,000" (round S56): the old figure after
        // "not", said as money.
        let not_at = match (word(after), word(after + 1)) {
            ("not", _) => Some(after + 1),
            (",", "not") => Some(after + 2),
            _ => None,
        };
        let not_old = not_at.is_some_and(|k| {
            toks.get(k)
                .is_some_and(|t| t.kind == TokKind::Sym && !t.is_break())
                && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Num)
        });
        if !(instead || was || down_to || not_old) {
            return None;
        }
        // (Nothing above turns on the value: a figure with none is none here, as before.)
        let v = value(&toks[i].lower)?;
        let mut at = if not_old {
            not_at.unwrap_or(after + 1)
        } else {
            after + 2
        };
        while at < after + 5 && LEAD_INS.contains(&word(at)) {
            at += 1;
        }
        // "J$16m", "US$2m" (round S60): letters written onto the sign before the old figure.
        if toks
            .get(at)
            .is_some_and(|t| t.is_word() && t.lower.len() <= 3)
            && toks
                .get(at + 1)
                .is_some_and(|t| t.is_sym("$") && t.attached)
        {
            at += 1;
        }
        // A sign or a currency word before the old figure.
        if toks
            .get(at)
            .is_some_and(|t| t.kind == TokKind::Sym && !t.is_break() || t.is("tsh"))
        {
            at += 1;
        }
        // A capital "K" before the new figure ("… down to K205,000"), or the loti's "M"
        // ("(was M780,000)", round S60).
        if toks
            .get(at)
            .is_some_and(|t| matches!(t.lower.as_str(), "k" | "m") && t.capital)
        {
            at += 1;
        }
        let (other, other_power, other_after, _) = figure_at(toks, at, to)?;
        // Said by the period ("down to $2,500 a month"), it is a bill, not the work's cost.
        let by_period = |k: usize| matches!(word(k), "a" | "per" | "/") || word(k).ends_with("ly");
        if down_to && by_period(other_after) {
            return None;
        }
        // The figures in their roles: after "down to", the one said second is the new.
        let ((v, power), (old, old_power)) = if down_to {
            ((other, other_power), (v, power))
        } else {
            ((v, power), (other, other_power))
        };
        // Only where the message says no verdict of its own anywhere ("rescoped to the
        // bleach plant only, $120K instead of $300K" is the rescope said).
        let said_elsewhere = || strong_verdict_in(toks, 0, toks.len(), table()).is_some();
        // The finding starts at the figure's currency written before it ("TSh 11m"), which
        // names no one.
        let written_before = |t: &Token| {
            t.kind == TokKind::Sym && !t.is_break()
                || matches!(
                    t.lower.as_str(),
                    "tsh" | "kr" | "isk" | "usd" | "cad" | "tzs" | "pgk"
                )
                || matches!(t.lower.as_str(), "k" | "m") && t.capital
        };
        let start = if i > from && written_before(&toks[i - 1]) {
            i - 1
        } else {
            i
        };
        (bigger((v, power), (old, old_power)) && !said_elsewhere()).then_some(VerdictFinding {
            verdict: Verdict::Rescope,
            start,
            end: after,
            affirmed: true,
        })
    })
}
