//! "snorkel raft: going wit da 28 footer instead of da 32. price down to $54k from $62k",
//! "Crew accom: going with 6 donga rooms not 10 for now, $140k instead of $210k": a choice
//! of a smaller option, set against the other, and the work's new figure said against its
//! old, bigger one, is the work cut back to that figure — a rescope (round V52); so is
//! "we should do half now — …, GHS 1.1 million instead of GHS 2.2 million" (round V53). The
//! choice alone ("going with the Carestream unit, $139K") is an approval, found apart.

use super::money_words::{find_money, MoneyMention};
use super::tokens::Token;
use crate::money::Currency;

/// How far past the choice the two figures are looked for (this sentence and the next).
const REACH: usize = 40;

/// Words between "of" / "than" / "not" / "from" and the old figure.
const LEAD_INS: &[&str] = &[
    "the", "a", "our", "full", "whole", "original", "old", "da", "new", "at", "buying",
];

/// At `i` ("go", "going", "went"), opening its clause or said by us, "with" the option
/// chosen and "instead of", "rather than" or "not" the other in the same sentence; then,
/// in that sentence or the next, a new figure set against a bigger old one: where the
/// shape ends (after "with").
pub(super) fn smaller_option_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) == "do" {
        return half_now_at(toks, i);
    }
    if matches!(word(i), "buy" | "buying" | "taking" | "take") {
        return cheaper_means_at(toks, i);
    }
    if !matches!(word(i), "go" | "going" | "went") {
        return None;
    }
    let opens = i == 0
        || toks[i - 1].is_break()
        || toks[i - 1].is_sym("-")
        || matches!(word(i - 1), "we're" | "we" | "i'm" | "are" | "'re" | "'ll");
    let with = match (word(i + 1), word(i + 2)) {
        ("with" | "wit", _) => i + 2,
        ("w", "/") => i + 3,
        _ => return None,
    };
    if !opens {
        return None;
    }
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let stop = (with..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let set_against = (with + 1..stop).any(|k| {
        matches!(
            (word(k), word(k + 1)),
            ("instead", "of") | ("rather", "than")
        ) || word(k) == "not"
    });
    if !set_against {
        return None;
    }
    let next_stop = (stop + 1..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let hi = next_stop.min(with + REACH);
    let money = find_money(&toks[with..hi], Currency::GBP);
    cut_figures(&toks[with..hi], &money).then_some(with)
}

/// At `i` ("buy", "buying", "taking", "take"), opening its clause or said by us, the thing
/// bought or taken set "instead of" / "rather than" another in the same sentence, and in that
/// sentence or the next its new figure set against a bigger old one, or said come "down to"
/// a figure: "we are taking the smaller model (3 m³) instead of the 6 m³, Rs 690,000 instead
/// of Rs 1.1M", "…: buy a second-hand 3-deck float … for £58,000 rather than new at £95k",
/// "we will buy the 2 tonne/hour model instead of the 5 tonne/hour one, cost comes down to
/// MK 41m" — a registered thing got by a cheaper means is cut back (convention 90, round
/// V60); where the shape ends (after the verb). "buying it outright rather than leasing it,
/// $155k" says nothing lower and is found apart (an approval).
fn cheaper_means_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = i == 0
        || toks[i - 1].is_break()
        || toks[i - 1].is_sym("-")
        || toks[i - 1].is_sym(":")
        || matches!(
            word(i - 1),
            "we're" | "we" | "i'm" | "are" | "'re" | "'ll" | "will" | "to"
        );
    if !opens {
        return None;
    }
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let stop = (i + 1..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let set_against = (i + 1..stop).any(|k| {
        matches!(
            (word(k), word(k + 1)),
            ("instead", "of") | ("rather", "than")
        )
    });
    if !set_against {
        return None;
    }
    let next_stop = (stop + 1..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let hi = next_stop.min(i + 1 + REACH).max(i + 1);
    let span = &toks[i + 1..hi];
    let money = find_money(span, Currency::GBP);
    let sw = |k: usize| span.get(k).map_or("", |t| t.lower.as_str());
    // "cost comes down to MK 41m", "price drop to G$86M": the new figure alone, said lower.
    // A currency's letters the default reading does not take ("MK") may stand between.
    let come_down = money.iter().any(|m| {
        let to = if m.start >= 1 && span[m.start - 1].is_word() && span[m.start - 1].capital {
            m.start - 1
        } else {
            m.start
        };
        m.period.is_none()
            && to >= 2
            && sw(to - 1) == "to"
            && matches!(sw(to - 2), "down" | "drop" | "drops" | "dropped")
            && sw(m.end) != "from"
    });
    (come_down || cut_figures(span, &money)).then_some(i + 1)
}

/// At `i` ("do"), "do half (now)" / "do only half": the part done set against the whole
/// ("100kW instead of 200kW") and, in that sentence or the next, a new figure set against a
/// bigger old one ("GHS 1.1 million instead of GHS 2.2 million"): where the shape ends
/// (after "half") (round V53).
fn half_now_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let half = match (word(i + 1), word(i + 2)) {
        ("half", _) => i + 2,
        ("only" | "just", "half") => i + 3,
        _ => return None,
    };
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let stop = (half..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let hi = stop.min(half + REACH);
    let money = find_money(&toks[half..hi], Currency::GBP);
    cut_figures(&toks[half..hi], &money).then_some(half)
}

/// Whether `money` (in `toks`) holds a new figure set against a bigger old one in the same
/// currency, neither by the month or year: "£140k instead of £210k", "£54k not £62k",
/// "down to £54k from £62k", "£65k, down from £140k", "from £62k to £54k".
fn cut_figures(toks: &[Token], money: &[MoneyMention]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let at = |k: usize| {
        let mut k = k;
        while LEAD_INS.contains(&word(k)) {
            k += 1;
        }
        money.iter().find(|m| m.start == k)
    };
    let lower = |new: &MoneyMention, old: &MoneyMention| {
        new.period.is_none()
            && old.period.is_none()
            && new.money.currency == old.money.currency
            && new.money.minor < old.money.minor
    };
    money.iter().any(|new| {
        let k = new.end + usize::from(word(new.end) == ",");
        let old_after = match (word(k), word(k + 1)) {
            ("instead", "of") | ("rather", "than") | ("down", "from") => at(k + 2),
            ("not", _) | ("from", _) => at(k + 1),
            _ => None,
        };
        let down_to = new.start >= 2
            && matches!((word(new.start - 2), word(new.start - 1)), ("down", "to"))
            && word(new.end) == "from";
        let old_before = money.iter().find(|o| {
            o.end + 1 == new.start
                && word(o.end) == "to"
                && o.start >= 1
                && word(o.start - 1) == "from"
        });
        let said = old_after.filter(|_| !matches!(word(k), "from") || down_to);
        said.or(old_before).is_some_and(|old| lower(new, old))
    })
}
