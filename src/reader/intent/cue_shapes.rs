//! Shapes that confirm or refuse a cue where the cue words alone mislead: an amount asked
//! for, money lost or spent, a budget variance, a result counted, time saved. Each kind is
//! read in a file of its own; here, a result counted and a saving said now.

use super::*;

mod asked_and_wanted;
mod looked_at;
mod meetings_and_news;
mod money_said;
mod price_to_come;
mod suggested_buys;

pub(in crate::reader) use self::asked_and_wanted::*;
pub(in crate::reader) use self::looked_at::*;
pub(super) use self::meetings_and_news::*;
pub(in crate::reader) use self::money_said::*;
pub(super) use self::price_to_come::*;
pub(super) use self::suggested_buys::*;

/// "stopped 14 prohibited items", "caught 3 pump faults": a result counted, news about the
/// work that got it.
pub(super) fn counted_result(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].lower.as_str(),
        "stopped" | "caught" | "blocked" | "prevented" | "flagged" | "detected" | "spotted"
    ) && toks
        .get(i + 1)
        .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
}

/// "saving £3k a month", "saves 800 a month": a saving said in the present, with the money
/// straight after, or time saved for people ("saving the billing team ~25 hrs a week");
/// not "would be saving", "could save", "to be saving".
pub(super) fn saving_now(toks: &[Token], i: usize) -> bool {
    if !matches!(toks[i].lower.as_str(), "saving" | "saves") {
        return false;
    }
    let money_next = toks.get(i + 1).is_some_and(|t| {
        t.kind == crate::reader::tokens::TokKind::Num
            || matches!(
                t.lower.as_str(),
                "£" | "$" | "€" | "¥" | "us$" | "a$" | "c$"
            )
    }) || time_saved_for(toks, i + 1);
    // "to be saving" hedges; "from 40 minutes to 5, saving …" ends a span of figures.
    let hedged = (i.saturating_sub(3)..i).any(|k| match toks[k].lower.as_str() {
        "would" | "could" | "should" | "will" | "might" | "may" | "if" => true,
        "to" => toks
            .get(k + 1)
            .is_none_or(|t| t.kind != crate::reader::tokens::TokKind::Num),
        _ => false,
    });
    money_next && !hedged
}

/// Units time saved is counted in: "~25 hrs a week", "6 hours a day".
pub(super) const TIME_UNITS: &[&str] = &[
    "hrs", "hr", "hours", "hour", "mins", "min", "minutes", "days", "day", "weeks",
];

/// "the billing team ~25 hrs a week", "each consultant about 6 hours": from `at` (after
/// "saving"), up to four words of who, then a count of time.
pub(super) fn time_saved_for(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (at..(at + 5).min(toks.len()))
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym("~"))
        .any(|k| {
            toks.get(k + 1)
                .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
                && TIME_UNITS.contains(&word(k + 2))
                && k > at
        })
}
