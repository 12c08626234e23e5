//! The end of a period: "end of the month", "month end", "end of next week", "end of Q3",
//! "end Jan".

use super::*;
use std::ops::ControlFlow::{Break, Continue};

/// At `i`, the end of a period, said "end of …" or "… end".
pub(super) fn period_end(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Look {
    let rest = words_from(toks, i);
    // "end of the month", "month end", "end of next month", "end of Q3", "end of March"
    let (is_end, skip) = match (rest[0], rest[1], rest[2]) {
        ("end", "of", "the") => (true, 3),
        ("end", "of", _) => (true, 2),
        // "end Jan": the month's end without "of".
        ("end", m, _) if month(m).is_some() => (true, 1),
        _ => (false, 0),
    };
    let suffix_end = matches!(rest[0], "month" | "year" | "quarter")
        && (rest[1] == "end" || (rest[1] == "-" && rest[2] == "end"));
    // "year-end in April": a (financial) year's end said with its month is that month,
    // read next, not the calendar's 31 December.
    let past_end = if rest[1] == "-" { 3 } else { 2 };
    let month_said = suffix_end
        && rest[0] == "year"
        && lower(toks, i + past_end) == "in"
        && month(lower(toks, i + past_end + 1)).is_some();
    if month_said {
        return Continue(());
    }
    if is_end || suffix_end {
        Break(end_date(toks, i, today, cal, is_end, skip))
    } else {
        Continue(())
    }
}

/// The day a period said at `i` ends on: "end of …" when `is_end` (its period `skip` words
/// on), else "… end".
fn end_date(
    toks: &[Token],
    i: usize,
    today: NaiveDate,
    cal: Calendar,
    is_end: bool,
    skip: usize,
) -> Found {
    let w = lower(toks, i);
    let rest = words_from(toks, i);
    let j = i + skip;
    let q_end = |y: i32, q: u32| month_end(y, q * 3);
    let (d, used) = match lower(toks, j) {
        "month" if is_end => (month_end(today.year(), today.month())?, skip + 1),
        "year" if is_end => (ymd(today.year(), 12, 31)?, skip + 1),
        "quarter" if is_end => (q_end(today.year(), today.month0() / 3 + 1)?, skip + 1),
        "week" if is_end => (next_on_or_after(today, cal.week_ends), skip + 1),
        "next" if is_end && lower(toks, j + 1) == "month" => {
            let n = today.checked_add_months(Months::new(1))?;
            (month_end(n.year(), n.month())?, skip + 2)
        }
        // The last working day of next week (Friday in a Monday–Friday week).
        "next" if is_end && lower(toks, j + 1) == "week" => (
            next_after(today, cal.week_starts()) + Days::new(4),
            skip + 2,
        ),
        "month" | "year" | "quarter" if !is_end => {
            let used = if rest[1] == "-" { 3 } else { 2 };
            let d = match w {
                "month" => month_end(today.year(), today.month())?,
                "year" => ymd(today.year(), 12, 31)?,
                _ => q_end(today.year(), today.month0() / 3 + 1)?,
            };
            (d, used)
        }
        _ if is_end => {
            let (past, future, used) = date_at(toks, j, today, cal)?;
            let end_of = |d: NaiveDate| -> Option<NaiveDate> {
                if lower(toks, j).starts_with('q') {
                    month_end(d.year(), d.month() + 2)
                } else {
                    month_end(d.year(), d.month())
                }
            };
            // "end of Q4" in December is this year's: the end of the most recent one
            // while it is still ahead.
            let past_end = end_of(past)?;
            let future_end = if past_end >= today {
                past_end
            } else {
                end_of(future)?
            };
            return Some((past_end, future_end, skip + used));
        }
        _ => return None,
    };
    same(d, used)
}
