//! Reading one date at a token: every written form, relative and absolute. Each look reads
//! one family of forms (`named_days`, `period_ends`, `relative_days`, `calendar_parts`,
//! `written_dates`); the first that takes the token gives its reading.

use super::*;
use std::ops::ControlFlow::{self, Break, Continue};

/// A date read at a token: the past and the future reading, and how many tokens it takes.
pub(super) type Found = Option<(NaiveDate, NaiveDate, usize)>;

/// One look at a token: `Break` ends the reading with what it found (`None` when the words
/// are taken but date nothing, as "every Saturday"), `Continue` leaves the token to the
/// next look.
pub(super) type Look = ControlFlow<Found>;

/// `d`, the same both ways, taking `n` tokens.
pub(super) fn same(d: NaiveDate, n: usize) -> Found {
    Some((d, d, n))
}

/// A look at token `i` of `toks`, read on `today` in the tenant's calendar.
type LookAt = fn(&[Token], usize, NaiveDate, Calendar) -> Look;

/// The looks, in the order they are tried.
const LOOKS: [LookAt; 14] = [
    year_alone,
    super::named_days::named_day,
    super::period_ends::period_end,
    super::relative_days::relative_period,
    super::relative_days::weekday_named,
    super::relative_days::counted_span,
    super::relative_days::span_from_now,
    super::calendar_parts::week_number,
    super::calendar_parts::fiscal_year_part,
    super::calendar_parts::part_in_words,
    super::calendar_parts::half_year,
    super::calendar_parts::quarter,
    super::written_dates::month_named,
    super::written_dates::numeric,
];

pub(super) fn date_at(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Found {
    for look in LOOKS {
        if let Break(found) = look(toks, i, today, cal) {
            return found;
        }
    }
    None
}

/// The next four words from `i` ("end of the month", "next week Tuesday").
#[inline(always)]
pub(super) fn words_from(toks: &[Token], i: usize) -> [&str; 4] {
    [
        lower(toks, i),
        lower(toks, i + 1),
        lower(toks, i + 2),
        lower(toks, i + 3),
    ]
}

fn year_alone(toks: &[Token], i: usize, _today: NaiveDate, _cal: Calendar) -> Look {
    let w = lower(toks, i);
    // "the full resurface to be looked at again in 2028", "revisit in 2028": a year alone,
    // said as when to look again, is its first day.
    let look_again = i >= 2
        && lower(toks, i - 1) == "in"
        && matches!(
            lower(toks, i - 2),
            "again" | "revisit" | "revisited" | "revisiting"
        );
    // "deferred to 2028", "pushed to 2028", "parked until 2028": a year alone that work is
    // put off to.
    let put_off = i >= 2
        && matches!(lower(toks, i - 1), "to" | "till" | "until" | "til")
        && matches!(
            lower(toks, i - 2),
            "deferred" | "pushed" | "postponed" | "delayed" | "parked" | "hold" | "off"
        );
    match num(toks.get(i)).filter(|y| (look_again || put_off) && w.len() == 4 && *y >= 2000) {
        Some(y) => Break(ymd(y as i32, 1, 1).and_then(|d| same(d, 1))),
        None => Continue(()),
    }
}
