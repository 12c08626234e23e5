//! Verdicts said in idioms whose words are split or need the money after them: work
//! written off ("we're writing the app off", "we've written it off"), which stops it, and
//! an approval capped at a sum ("carries on but capped at $310k"), which sets its new size,
//! and a figure set against the full price (a rescope), here; approvals, refusals and stops,
//! and renewals signed are read in files of their own.

use super::money_words::find_money;
use super::tokens::{TokKind, Token};
use crate::money::Currency;

mod approvals;
mod refusals_and_stops;
mod signed;

pub(super) use self::approvals::*;
pub(super) use self::refusals_and_stops::*;
pub(super) use self::signed::*;

/// Does a figure of money open `toks` ("£12k of unsold stock", "$80K in claims")?
fn money_opens(toks: &[Token]) -> bool {
    find_money(toks, Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0)
}

/// "we're writing the audio guide app off", "we've written it off", "writing off the
/// kiosks": at `i`, work written off, a stop; where the shape ends. Money written off ("we
/// wrote off $80K in ineligible claims", "£12k of stock written off", "$1,800 a month we're
/// no longer writing off") is a loss counted, not work stopped.
pub(super) fn written_off_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(i),
        "write" | "writes" | "writing" | "wrote" | "written"
    ) || crate::reader::accounts_write_off::booked_by_the_accounts(toks, i)
    {
        return None;
    }
    let counted = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == TokKind::Num || money_opens(&toks[k..]))
    };
    // "writing off the kiosks", "written off." — but not "wrote off $80K".
    if word(i + 1) == "off" {
        // "roughly $1,800 a month we're no longer writing off.": the money told before the
        // verb, in its clause, is what is written off.
        let clause_end = toks.get(i + 2).is_none_or(|t| t.is_break());
        let money_before = (i.saturating_sub(10)..i)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .any(|k| money_opens(&toks[k..]));
        return (!(counted(i + 2) || clause_end && money_before)).then_some(i + 2);
    }
    // "writing it off", "writing the app off": a thing, with no figure, then "off".
    let object = matches!(
        word(i + 1),
        "it" | "them" | "this" | "that" | "the" | "our" | "those" | "these"
    );
    if !object {
        return None;
    }
    let off = (i + 2..(i + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| toks[k].is("off"))?;
    (!(i + 1..off).any(counted)).then_some(off + 1)
}

/// "carries on but capped at $310k", "capped at £90k": at `i`, the work's money capped at a
/// sum, its new size; where the shape ends. A cap on something else ("capped at 20% above
/// list", "capped at 40 users") sets no size.
pub(super) fn capped_at_money_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "capped" | "capping" | "cap") || !matches!(word(i + 1), "at" | "to") {
        return None;
    }
    let at = i + 2 + usize::from(matches!(word(i + 2), "about" | "around" | "~"));
    money_opens(toks.get(at..)?).then_some(i + 2)
}

/// "for Gallery 3 only, $140k instead of the full $390k", "£38k instead of the whole £140k",
/// "$58k instead of the full rebuild":
/// at `i`, a figure set against the full price of the work, so part of it is what is
/// decided, a rescope; where the shape ends. Fewer things for the money with no full price
/// ("£30k for 6 gates instead of 8", "only 250 k€ instead of 350") is still the verdict said.
pub(super) fn part_of_the_full_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "instead" || word(i + 1) != "of" {
        return None;
    }
    let mut k = i + 2;
    if matches!(word(k), "the" | "our") {
        k += 1;
    }
    // "$58k instead of the full rebuild": the full work named, not priced, does too.
    let full_work = toks
        .get(k + 1)
        .is_some_and(|t| t.is_word() && t.lower.len() > 2);
    let before = &toks[i.saturating_sub(5)..i];
    if k == i + 2 && bigger_price_replaced(toks, i, before) {
        return Some(i + 1);
    }
    if !matches!(word(k), "full" | "whole" | "original" | "entire")
        || !(money_opens(toks.get(k + 1..)?) || full_work)
    {
        return None;
    }
    find_money(before, Currency::GBP)
        .iter()
        .any(|m| m.end == before.len())
        .then_some(i + 1)
}

/// "Kitchen display screens only do 3 branches this round, not 7. $210k instead of $490k"
/// (round S46): at `i` ("instead"), a price right before set against a bigger price right
/// after "of", in the same currency, after the message said the work is now "only" part of
/// itself, and said no verdict before it: part of the work goes ahead for less. ("came in
/// under, $21,400 instead of $27K" tells a cost, no verdict.)
fn bigger_price_replaced(toks: &[Token], i: usize, before: &[Token]) -> bool {
    // "half the pens this summer, R220 000 instead of R450 000" (round S49): half of the
    // work said so, not a thing cut "in half".
    let only_said = toks[..i].iter().enumerate().any(|(k, t)| {
        matches!(t.lower.as_str(), "only" | "just")
            || t.is("half")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "the" | "of" | "our"))
    });
    if !only_said || crate::reader::verdicts::find_english_verdict_in(toks, 0, i).is_some() {
        return false;
    }
    let Some(now) = find_money(before, Currency::GBP)
        .into_iter()
        .find(|m| m.end == before.len())
    else {
        return false;
    };
    let after = toks.get(i + 2..(i + 6).min(toks.len())).unwrap_or_default();
    find_money(after, Currency::GBP).first().is_some_and(|was| {
        was.start == 0
            && was.money.currency == now.money.currency
            && was.money.minor > now.money.minor
    })
}

/// Whether `i` opens a clause: the message's start, or after a break or a dash.
pub(super) fn opens_clause(toks: &[Token], i: usize) -> bool {
    i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-")
}

/// The tokens from `i` to the end of its sentence.
pub(super) fn rest_of_sentence(toks: &[Token], i: usize) -> &[Token] {
    let from = i.min(toks.len());
    let end = toks[from..]
        .iter()
        .position(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .map_or(toks.len(), |k| from + k);
    &toks[from..end]
}
