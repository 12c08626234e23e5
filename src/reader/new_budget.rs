//! A budget set to a new figure, whatever the verb: "budget goes down to DKK 5 mio.",
//! "cutting the copilot budget to $90k", "new budget CHF 2'300'000 instead of …". Each is
//! a rescope to that figure.

use super::money_words::find_money;
use super::tokens::{TokKind, Token};
use crate::money::Currency;

/// How far from the change word "budget" and its "to" are looked for.
const REACH: usize = 6;

/// Words that change a budget's size.
pub(super) const CHANGES: &[&str] = &[
    "down",
    "up",
    "increased",
    "increasing",
    "raised",
    "raising",
    "reduced",
    "reducing",
    "lowered",
    "lowering",
    "cut",
    "cutting",
    "trimmed",
    "trimming",
    "dropped",
    "dropping",
];

fn budget_word(t: &Token) -> bool {
    matches!(t.lower.as_str(), "budget" | "envelope")
}

/// An amount opens `toks` at `at` (any currency will do: only whether one is said matters;
/// "kr." and "Fr." count only where the tenant's money is kroner or francs, so they are
/// taken at their word here).
fn money_at(toks: &[Token], at: usize) -> bool {
    let window = &toks[at.min(toks.len())..(at + 5).min(toks.len())];
    let abbreviated = window.first().is_some_and(|t| t.is("kr") || t.is("fr"))
        && window.get(1).is_some_and(|t| t.kind == TokKind::Num);
    abbreviated
        || find_money(window, Currency::GBP)
            .first()
            .is_some_and(|m| m.start == 0)
}

/// An amount at `at` followed by "instead of" / "rather than" and the amount it replaces.
pub(super) fn replaces_a_figure(toks: &[Token], at: usize) -> bool {
    let Some(new) = find_money(
        &toks[at.min(toks.len())..(at + 5).min(toks.len())],
        Currency::GBP,
    )
    .first()
    .copied()
    .filter(|m| m.start == 0) else {
        return false;
    };
    let k = at + new.end;
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    matches!(
        (word(k), word(k + 1)),
        ("instead", "of") | ("rather", "than")
    ) && money_at(toks, k + 2)
}

/// At `i`, a change word before "to" and an amount ("goes down to DKK 5 mio."), with the
/// budget named in its sentence before it ("the refit budget goes down to …") or between it
/// and "to" ("cutting the copilot budget to $90k"); or "new budget" before an amount. Where
/// the finding ends, when `i` opens one.
pub(super) fn set_at(toks: &[Token], i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    if t.is("new") {
        let k = i + 1;
        let at = k + 1 + usize::from(toks.get(k + 1).is_some_and(|n| n.is_sym(":") || n.is("of")));
        return (toks.get(k).is_some_and(budget_word) && money_at(toks, at)).then_some(k + 1);
    }
    // "total budget ₺1,55 milyon instead of ₺1,2 milyon": a total said with the figure it
    // replaces is a new budget.
    if t.is("total") && toks.get(i + 1).is_some_and(budget_word) {
        return replaces_a_figure(toks, i + 2).then_some(i + 2);
    }
    if !CHANGES.contains(&t.lower.as_str()) {
        return None;
    }
    if let Some(end) = risen_to_at(toks, i) {
        return Some(end);
    }
    let to = (i + 1..(i + 1 + REACH).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| toks[k].is("to"))?;
    if !money_at(toks, to + 1) {
        return None;
    }
    let named_between = toks[i + 1..to].iter().any(budget_word);
    let named_before = toks[i.saturating_sub(REACH)..i]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
        .any(budget_word);
    (named_between || named_before).then_some(to + 1)
}

/// What we pay for that is no work of ours: its rise to a figure ("the rent is going up to
/// $5k") is news, not the work's new cost.
const PAID_FOR: &[&str] = &[
    "bill",
    "bills",
    "rent",
    "subscription",
    "fee",
    "fees",
    "price",
    "prices",
    "rate",
    "rates",
    "premium",
    "premiums",
    "tariff",
    "wages",
    "salary",
];

/// At `i` ("up" or "down"), the work's cost told rising or falling to a figure with no
/// "budget" said: "Dock hoist is going up to $38,500.", "the depot refurb goes up to £310k
/// from £260k", "the reclaimer's second stage comes down to £45k". Its
/// subject is the work, so a bill, a rent or a price before it in the sentence is not
/// this shape. Where the finding ends.
fn risen_to_at(toks: &[Token], i: usize) -> Option<usize> {
    // "goes up to", "comes down to £45k" (but "it comes down to cost" names no figure).
    let going = i.checked_sub(1).and_then(|k| toks.get(k)).is_some_and(|t| {
        matches!(t.lower.as_str(), "going" | "goes" | "gone" | "went")
            || toks[i].is("down") && matches!(t.lower.as_str(), "comes" | "came" | "coming")
    });
    if !going || !toks.get(i + 1).is_some_and(|t| t.is("to")) || !money_at(toks, i + 2) {
        return None;
    }
    let paid = toks[..i]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
        .any(|t| PAID_FOR.contains(&t.lower.as_str()));
    (!paid).then_some(i + 2)
}
