//! Days said from today: "next week", "next month", "the new financial year", "last
//! Tuesday", a weekday, "in two weeks", "on hold for 3 months", "a fortnight from now".

use super::*;
use std::ops::ControlFlow::{Break, Continue};

/// Periods said from today with "this" ("this month", "this season").
const PERIODS: &[&str] = &[
    "week", "month", "year", "yr", "quarter", "season", "winter", "summer", "spring", "autumn",
    "fall", "term",
];

/// At `i`, a period said from today ("next week", "last quarter", "next FY", "this
/// Friday").
pub(super) fn relative_period(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Look {
    let w = lower(toks, i);
    let rest = words_from(toks, i);
    // "third time this month", "twice this week": times counted within the period date
    // nothing.
    // ("agent time this month" is the time saved: no count before it.)
    let before = |n: usize| i.checked_sub(n).map_or("", |k| lower(toks, k));
    let ordinal = |w: &str| {
        matches!(
            w,
            "second" | "third" | "fourth" | "fifth" | "sixth" | "nth" | "st" | "nd" | "rd" | "th"
        )
    };
    let counted = before(1) == "twice"
        || before(1) == "time" && ordinal(before(2))
        || before(1) == "times"
            && (i >= 2 && toks[i - 2].kind == TokKind::Num
                || matches!(before(2), "three" | "four" | "five" | "many" | "several"));
    if w == "this" && counted && PERIODS.contains(&rest[1]) {
        return Break(None);
    }
    let found = match (w, rest[1]) {
        ("next", "week") => {
            let monday = next_after(today, Weekday::Mon);
            // "next week Tuesday": that day of next week.
            match weekday(rest[2]) {
                Some(day) => same(monday + Days::new(u64::from(day.num_days_from_monday())), 3),
                None => same(monday, 2),
            }
        }
        // "the week after next": the Monday a week after next week's.
        ("week", "after") if rest[2] == "next" => {
            same(next_after(today, Weekday::Mon) + Days::new(7), 3)
        }
        ("next", "month") => {
            let n = today.checked_add_months(Months::new(1));
            n.and_then(|n| same(ymd(n.year(), n.month(), 1)?, 2))
        }
        ("next" | "new", "year" | "yr") => ymd(today.year() + 1, 1, 1).and_then(|d| same(d, 2)),
        // "shelved for this year", "on hold for this year": put off until the next one.
        ("this", "year" | "yr")
            if before(1) == "for"
                && matches!(
                    before(2),
                    "shelved" | "parked" | "hold" | "deferred" | "paused" | "postponed"
                ) =>
        {
            ymd(today.year() + 1, 1, 1).and_then(|d| same(d, 2))
        }
        // "next FY", "next fiscal (year)", "the new financial year".
        // "the new financial year": the next one's start too.
        ("next" | "new", "fy" | "fiscal" | "financial") => next_fiscal_year(toks, i, today, cal),
        ("next", "quarter") => next_quarter(today),
        // "maybe revisit next fall", "look again next spring", "bring it back next fall"
        // (rounds S67 and R67, each finding it): a season said with "next" as when to look
        // again is its coming first day, as "revisit in the fall" is; put off "till next
        // spring" or going live "next fall" it stays no date.
        ("next", season)
            if season_start(season).is_some()
                && matches!(
                    before(1),
                    "revisit" | "again" | "reassess" | "reconsider" | "back"
                ) =>
        {
            coming_season_start(today, season)
        }
        ("last", "quarter") => last_quarter(today),
        ("last", "month") => last_month(today),
        ("this", "month") => ymd(today.year(), today.month(), 1).and_then(|d| same(d, 2)),
        ("last", "week") => today
            .checked_sub_days(Days::new(7))
            .and_then(|d| same(d, 2)),
        ("next", _) | ("this", _) | ("last", _) | ("coming", _) => {
            let Some(day) = weekday_at(toks, i + 1) else {
                return Continue(());
            };
            let r = match w {
                "next" => next_after(today, day),
                "last" => last_before(today, day),
                _ => next_on_or_after(today, day),
            };
            same(r, 2)
        }
        _ => return Continue(()),
    };
    Break(found)
}

/// "next FY", "next fiscal year (July)", "the new financial year" at `i`: the next one's
/// first day.
fn next_fiscal_year(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Found {
    let w = lower(toks, i);
    let rest = words_from(toks, i);
    let used = if rest[2] == "year" { 3 } else { 2 };
    // "next fiscal year (July)": the month it starts in, when told.
    if let Some((d, n)) = fiscal_start::fiscal_start_month(toks, i + used, today) {
        return same(d, used + n);
    }
    // The tenant's own financial year when its settings say. Otherwise "next FY"
    // alone is 1 January (the corpus's convention: a fiscal year with no stated
    // start is the calendar year), and "the new financial year" the country's, as
    // its people say it (1 April in Britain, 1 July in Australia).
    let country = if w == "new" {
        cal.country_year_starts
    } else {
        1
    };
    let starts = cal.year_starts.unwrap_or(country);
    same(fiscal_start::next_year_start(today, starts)?, used)
}

/// The first day of the next quarter.
fn next_quarter(today: NaiveDate) -> Found {
    let q0 = today.month0() / 3;
    let d = ymd(today.year(), q0 * 3 + 1, 1)?.checked_add_months(Months::new(3))?;
    same(d, 2)
}

/// The first day of the last quarter.
fn last_quarter(today: NaiveDate) -> Found {
    let q0 = today.month0() / 3;
    let d = ymd(today.year(), q0 * 3 + 1, 1)?.checked_sub_months(Months::new(3))?;
    same(d, 2)
}

/// The first day of last month.
fn last_month(today: NaiveDate) -> Found {
    let d = ymd(today.year(), today.month(), 1)?.checked_sub_months(Months::new(1))?;
    same(d, 2)
}

/// At `i`, a weekday ("Tuesday", "Fri 11/20", "Friday next week"); none for one that
/// recurs ("every Saturday") or names a thing ("the Saturday queue").
pub(super) fn weekday_named(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Look {
    match weekday_at(toks, i) {
        Some(day) => Break(weekday_date(toks, i, today, cal, day)),
        None => Continue(()),
    }
}

fn weekday_date(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar, day: Weekday) -> Found {
    let rest = words_from(toks, i);
    // "every Saturday", "each Monday": a day that recurs is no one date.
    // "on a Friday", "ticket times down on a Saturday": any such day, no one date.
    if i > 0 && matches!(toks[i - 1].lower.as_str(), "every" | "each" | "a" | "any") {
        return None;
    }
    // "the saturday drop outs", "half of Saturday": a kind of day, no one date.
    if kinds_of_day::names_a_kind_of_day(toks, i) {
        return None;
    }
    // "the Saturday queue", "Saturday traffic at the mall up 12%", "the Saturday line at
    // the front desk": what happens on
    // that day of every week, a thing named for the day.
    if matches!(
        lower(toks, i + 1),
        "queue"
            | "queues"
            | "traffic"
            | "footfall"
            | "crowd"
            | "crowds"
            | "trade"
            | "trading"
            | "shift"
            | "shifts"
            | "rush"
            | "peak"
            | "market"
            | "markets"
            | "takings"
            | "volumes"
            | "visitors"
            | "line"
            | "lines"
    ) {
        return None;
    }
    if let Some(d) = weekday_week(&rest, day, today) {
        return same(d, 2);
    }
    // "Friday next week", "Fri next wk": that day of next week.
    if rest[1] == "next" && rest[2] == "week" {
        let monday = next_after(today, Weekday::Mon);
        let d = monday + Days::new(u64::from(day.num_days_from_monday()));
        return same(d, 3);
    }
    // "Fri 11/20", "Thu 3 Dec": the date the weekday goes with.
    // "Friday the 11th": the same, with the day said as an ordinal.
    let dated = |t: &Token| {
        t.kind == TokKind::Num
            || t.is("the") && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Num)
    };
    if let Some((past, future, used)) =
        date_at(toks, i + 1, today, cal).filter(|_| toks.get(i + 1).is_some_and(dated))
    {
        let date = if past.weekday() == day { past } else { future };
        return same(date, used + 1);
    }
    Some((
        last_on_or_before(today, day),
        next_on_or_after(today, day),
        1,
    ))
}

/// At `i`, "in two weeks", "within 2 wks", "on hold for a fortnight", "revisit in the
/// fall", "review in 6 months".
pub(super) fn counted_span(toks: &[Token], i: usize, today: NaiveDate, _cal: Calendar) -> Look {
    let w = lower(toks, i);
    // "in two weeks", "in 3 days", "within 2 wks", "in a fortnight"; "on hold for a
    // fortnight", "paused for 2 weeks": put off for a while, looked at again when it ends.
    let put_off = i > 0
        && matches!(
            lower(toks, i - 1),
            "hold" | "ice" | "paused" | "parked" | "deferred" | "shelved" | "off"
        );
    if w == "in" || w == "within" || w == "for" && put_off {
        Break(span_ahead(toks, i, today, put_off))
    } else {
        Continue(())
    }
}

fn span_ahead(toks: &[Token], i: usize, today: NaiveDate, put_off: bool) -> Found {
    if let Some(days) = days_counted(toks, i + 1) {
        return same(today.checked_add_days(Days::new(days))?, 3);
    }
    // "review in 6 months", "on hold for 3 months": months only when looking again,
    // since "nobody used it in 6 months" counts a while gone by.
    let again = i > 0
        && matches!(
            lower(toks, i - 1),
            "review" | "revisit" | "again" | "reassess" | "back" | "reconsider"
        );
    // "revisit in the fall", "look again in spring": a season said as when to look
    // again is its coming first day (March, June, September, December); put off "till
    // spring" or done "by summer" it stays no date, and so does "the vendor review in the
    // spring" (a review to hold, not a look again).
    if again && lower(toks, i - 1) != "review" {
        let the = usize::from(lower(toks, i + 1) == "the");
        if let Some(m) = season_start(lower(toks, i + 1 + the)) {
            let this_year = ymd(today.year(), m, 1)?;
            let (past, future) = if this_year > today {
                (ymd(today.year() - 1, m, 1)?, this_year)
            } else {
                (this_year, ymd(today.year() + 1, m, 1)?)
            };
            return Some((past, future, 2 + the));
        }
    }
    if put_off || again {
        let n = num(toks.get(i + 1)).or_else(|| match lower(toks, i + 1) {
            "a" | "one" => Some(1),
            "two" => Some(2),
            "three" => Some(3),
            "six" => Some(6),
            _ => None,
        })?;
        if matches!(lower(toks, i + 2), "months" | "month") && (1..=24).contains(&n) {
            return same(today.checked_add_months(Months::new(n))?, 3);
        }
    }
    None
}

/// The coming first day of `season` (its first month's first day after `today`), read as
/// said two tokens long ("next fall").
fn coming_season_start(today: NaiveDate, season: &str) -> Found {
    let m = season_start(season)?;
    let this_year = ymd(today.year(), m, 1)?;
    let future = if this_year > today {
        this_year
    } else {
        ymd(today.year() + 1, m, 1)?
    };
    same(future, 2)
}

/// At `i`, "a fortnight from now", "2 weeks from today".
pub(super) fn span_from_now(toks: &[Token], i: usize, today: NaiveDate, _cal: Calendar) -> Look {
    let rest = words_from(toks, i);
    if matches!(rest[2], "from") && matches!(rest[3], "now" | "today") {
        if let Some(days) = days_counted(toks, i) {
            return Break(
                today
                    .checked_add_days(Days::new(days))
                    .and_then(|d| same(d, 4)),
            );
        }
    }
    Continue(())
}
