//! What a benefit's result let us do, joined after it by "and" or "so": "94% of patrol
//! slots filled on the first ask, so we've paid $7,500 less in callouts", "…, and we didn't
//! have to rent the phone bank this yr, $6,500 saved", "… went from 4:10 to 1:35 and we let
//! the overflow contract lapse - $2,100 a month". The joined clause tells where the money
//! comes from (the benefit's amount), not what was measured, so the evidence ends before
//! it. A second measured result joined the same way ("… and we moved 2 FTE back to the
//! desk", "and stewards' inquiries are down by a third") stays.

use super::tokens::Token;

/// The negation of a clause: what we no longer pay for or did not need.
fn negates(w: &str) -> bool {
    w.ends_with("n't") || matches!(w, "not" | "never" | "longer")
}

/// A figure counted in the clause ("2 FTE", "11 more roles", "one editor"): a result, not
/// a source.
fn counts(t: &Token) -> bool {
    t.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
        || matches!(
            t.lower.as_str(),
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "dozen"
                | "half"
        )
}

/// A rate per thing ("per-cap spend is up $2.10"): a measure, not the money saved.
fn per_thing(t: &Token) -> bool {
    t.lower == "per" || t.lower.starts_with("per-")
}

/// A contract or payment let go ("we let the overflow contract lapse", "we cancelled the
/// second line"): a payment no longer made (convention 29). What else the result let us do
/// ("so we left the desk post unfilled") is a consequence, and stays.
fn ends_a_payment(w: &str) -> bool {
    matches!(
        w,
        "lapse" | "lapsed" | "cancel" | "cancelled" | "canceled" | "terminated" | "ended"
    )
}

/// "Tim Hortons and Kal Tire": capitalised words on both sides of the "and" at `j`, none a
/// pronoun, the one before it not opening its sentence.
pub(super) fn names_joined(toks: &[Token], j: usize) -> bool {
    let name = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_word() && t.capital && !matches!(t.lower.as_str(), "i" | "we"))
    };
    j >= 2 && name(j - 1) && name(j + 1) && !toks[j - 2].is_break()
}

/// "and we're closing about 30 more replacements a month — call it $20k …" (round R40): the
/// joined clause counts a second result and its money comes only after a spaced dash, as
/// the benefit's amount said again; the clause is measured, not priced.
fn counted_before_dash(toks: &[Token], c: usize, b: usize, money: &dyn Fn(usize) -> bool) -> bool {
    let dash = |t: &Token| t.is_sym("—") || t.is_sym("–") || t.is_sym("-") && !t.attached;
    (c..b)
        .find(|&k| dash(&toks[k]))
        .is_some_and(|d| !(c..d).any(money) && toks[c..d].iter().any(counts))
}

/// "… and avoided an unplanned outage that would've cost us ~$600K" (round R40): what the
/// result avoided is evidence, what it would have cost the benefit's amount. Where the
/// relative "that / which would('ve) cost" with money after it starts, if it does.
fn would_have_cost(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < b)
            .map_or("", |t| t.lower.as_str())
    };
    let r = (a + 3..b).find(|&j| {
        matches!(w(j), "that" | "which")
            && (w(j + 1) == "would've" && w(j + 2) == "cost"
                || w(j + 1) == "would" && w(j + 2) == "have" && w(j + 3) == "cost")
    })?;
    (r..b)
        .any(money)
        .then_some(if toks[r - 1].is(",") { r - 1 } else { r })
}

/// Where the evidence `toks[a..b]` ends: before a clause joined by "and" or "so" (a comma
/// before it or not) that holds money (no rate per thing), is negated, or tells of a payment we
/// let go with no count in it and is followed at once by money. `b` when there is none.
pub fn before_consequence(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> usize {
    let money_follows = || {
        (b..toks.len().min(b + 4))
            .find(|&k| {
                !matches!(
                    toks[k].lower.as_str(),
                    "," | "-" | "—" | "–" | "(" | ":" | "~" | "about" | "roughly" | "around"
                )
            })
            .is_some_and(money)
    };
    if let Some(r) = would_have_cost(toks, a, b, money) {
        return r;
    }
    (a + 3..b.saturating_sub(2))
        .find(|&j| {
            if !matches!(toks[j].lower.as_str(), "and" | "so") {
                return false;
            }
            let c = j + 1;
            // "to Tim Hortons and Kal Tire for $45K": an "and" between two names joins the
            // names (round R41).
            if toks[j].is("and") && names_joined(toks, j) {
                return false;
            }
            let clause = &toks[c..b];
            let priced = (c..b).any(money)
                && !clause.iter().any(per_thing)
                && !counted_before_dash(toks, c, b, money);
            // "we didn't have to rent the phone bank": what we no longer paid for, said of
            // us; not a bad thing that did not happen ("and the vines never stressed", "and
            // we haven't had an outage all summer", "and not a peep from the DVSA"), which is
            // a result of its own.
            let ours = matches!(
                toks[c].lower.as_str(),
                "we" | "we've" | "we'd" | "we're" | "i" | "i've" | "i'd"
            );
            let had_none = clause.windows(3).any(|w| {
                negates(&w[0].lower)
                    && matches!(w[1].lower.as_str(), "had" | "have" | "seen")
                    && matches!(w[2].lower.as_str(), "a" | "an" | "any" | "one")
            });
            let negated = ours && !had_none && clause.iter().any(|t| negates(&t.lower));
            let payment_ended = toks[c].is("we")
                && clause.iter().any(|t| ends_a_payment(&t.lower))
                && !clause.iter().any(counts)
                && !(c..b).any(money)
                && money_follows();
            priced || negated || payment_ended
        })
        .map_or(b, |j| if toks[j - 1].is(",") { j - 1 } else { j })
}

/// "…, saving about £600 a month in postage", "… - Underwriting put that at €600k extra
/// premium a year": where the evidence `toks[a..b]` ends when its last clause, after a
/// comma or a dash, holds money (no rate per thing) and a figure is counted before it: the
/// benefit's amount told, which no label keeps in the evidence. `b` when there is none.
pub fn before_money_clause(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> usize {
    let breaks = |t: &Token| t.is(",") || t.is(";") || t.is_sym("-") && !t.attached;
    let breaks = |t: &Token| breaks(t) || t.is_sym("—") || t.is_sym("–");
    let Some(j) = (a + 2..b).rev().find(|&j| breaks(&toks[j])) else {
        return b;
    };
    let clause = &toks[j + 1..b];
    let priced = (j + 1..b).any(money) && !clause.iter().any(per_thing);
    if priced && toks[a..j].iter().any(counts) {
        j
    } else {
        b
    }
}

/// "Arena LED lighting – the first month of data shows hydro down 31%", "PM3 vision
/// system's earned its keep - culls down 30%": where the evidence `toks[a..b]` starts when
/// a dash or a colon in it follows words that count nothing (a heading, praise) and a
/// figure that is no money (`money`) is counted after it: after the last such mark. No
/// label's evidence spans one.
pub fn after_uncounted_heading(
    toks: &[Token],
    a: usize,
    b: usize,
    money: &dyn Fn(usize) -> bool,
) -> usize {
    let mark =
        |t: &Token| t.is(":") || (t.is_sym("-") || t.is_sym("—") || t.is_sym("–")) && !t.attached;
    (a + 1..b.saturating_sub(2))
        .rev()
        .find(|&k| {
            mark(&toks[k])
                && !toks[a..k].iter().any(counts)
                && (k + 1..b).any(|j| counts(&toks[j]) && !money(j))
        })
        .map_or(a, |k| k + 1)
}
