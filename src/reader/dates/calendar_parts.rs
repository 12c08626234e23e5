//! Parts of a year named by their number: "wk 12", "FY27 Q1", "the second quarter of
//! 2027", "H2", "Q3 2027".

use super::*;
use std::ops::ControlFlow::{Break, Continue};

/// At `i`, an ISO week: "wk 12", "week 12", "wk12", its Monday; not "week 3 of the pilot".
pub(super) fn week_number(toks: &[Token], i: usize, today: NaiveDate, _cal: Calendar) -> Look {
    let w = lower(toks, i);
    let week = match w {
        "wk" | "week" => num(toks.get(i + 1)).map(|n| (n, 2)),
        _ => w
            .strip_prefix("wk")
            .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse().ok())
            .map(|n| (n, 1)),
    };
    match week.filter(|(n, _)| (1..=53).contains(n)) {
        Some((n, used)) => Break(week_monday(toks, i, today, n, used)),
        None => Continue(()),
    }
}

fn week_monday(toks: &[Token], i: usize, today: NaiveDate, n: u32, mut used: usize) -> Found {
    if lower(toks, i + used) == "of" {
        return None;
    }
    let monday = |y: i32| NaiveDate::from_isoywd_opt(y, n, Weekday::Mon);
    if let Some(y) = num(toks.get(i + used)).filter(|y| *y >= 2000) {
        used += 1;
        return same(monday(y as i32)?, used);
    }
    let now = today.iso_week();
    let (past_y, future_y) = if n > now.week() {
        (now.year() - 1, now.year())
    } else {
        (now.year(), now.year() + 1)
    };
    Some((monday(past_y)?, monday(future_y)?, used))
}

/// At `i`, "FY27 Q1", "FY2028 H2", "deferred to FY28".
pub(super) fn fiscal_year_part(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar) -> Look {
    match fiscal_year(lower(toks, i)) {
        Some(y) => Break(fiscal_part(toks, i, today, cal, y)),
        None => Continue(()),
    }
}

fn fiscal_part(toks: &[Token], i: usize, today: NaiveDate, cal: Calendar, y: i32) -> Found {
    // "deferred to FY28", "until FY2028": the (calendar) year's first day, said as a
    // time to move to; "the FY27 budget" names a budget.
    let moved_to = i > 0 && matches!(lower(toks, i - 1), "to" | "till" | "until" | "into");
    let part = lower(toks, i + 1);
    if moved_to && !(part.starts_with('q') || part.starts_with('h')) {
        return same(ymd(y, 1, 1)?, 1);
    }
    let (_, future, used) = date_at(toks, i + 1, today, cal)?;
    let part = lower(toks, i + 1);
    if used != 1 || !(part.starts_with('q') || part.starts_with('h')) {
        return None;
    }
    let d = ymd(y, future.month(), 1)?;
    same(d, 2)
}

/// At `i`, "the second quarter of 2027", "the first half of next year": a quarter or a
/// half said in words, from its first day, as "Q2 2027" and "H1" are.
pub(super) fn part_in_words(toks: &[Token], i: usize, today: NaiveDate, _cal: Calendar) -> Look {
    let w = lower(toks, i);
    let rest = words_from(toks, i);
    let nth = match w {
        "first" => Some(1u32),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    };
    match nth.filter(|&n| rest[1] == "quarter" || rest[1] == "half" && n <= 2) {
        Some(n) => Break(part_start(toks, i, today, n)),
        None => Continue(()),
    }
}

fn part_start(toks: &[Token], i: usize, today: NaiveDate, n: u32) -> Found {
    let rest = words_from(toks, i);
    let m = if rest[1] == "quarter" {
        (n - 1) * 3 + 1
    } else {
        (n - 1) * 6 + 1
    };
    let year = match (rest[2], rest[3]) {
        ("of" | "in", _) => num(toks.get(i + 3))
            .filter(|y| *y >= 2000)
            .map(|y| (y as i32, 4))
            .or_else(|| {
                (rest[3] == "next" && lower(toks, i + 4) == "year").then_some((today.year() + 1, 5))
            }),
        _ => None,
    };
    if let Some((y, used)) = year {
        return same(ymd(y, m, 1)?, used);
    }
    // "the second half of the season": a half of something else.
    if rest[2] == "of" {
        return None;
    }
    let this = ymd(today.year(), m, 1)?;
    let (past, future) = if this <= today {
        (this, ymd(today.year() + 1, m, 1)?)
    } else {
        (ymd(today.year() - 1, m, 1)?, this)
    };
    Some((past, future, 2))
}

/// At `i`, H1, H2, H2 2027: a half of the year, from its first day.
pub(super) fn half_year(toks: &[Token], i: usize, today: NaiveDate, _cal: Calendar) -> Look {
    let w = lower(toks, i);
    let half = w.strip_prefix('h').and_then(|h| match h {
        "1" => Some(1u32),
        "2" => Some(2),
        _ => None,
    });
    match half {
        Some(h) => Break(half_start(toks, i, today, h)),
        None => Continue(()),
    }
}

fn half_start(toks: &[Token], i: usize, today: NaiveDate, h: u32) -> Found {
    let m = if h == 1 { 1 } else { 7 };
    if let Some(y) = num(toks.get(i + 1)).filter(|y| *y >= 20) {
        return same(ymd(year_of(y), m, 1)?, 2);
    }
    if let Some(y) = fiscal_year(lower(toks, i + 1)) {
        return same(ymd(y, m, 1)?, 2);
    }
    let current_h = if today.month() <= 6 { 1 } else { 2 };
    let (past_y, future_y) = if h > current_h {
        (today.year() - 1, today.year())
    } else {
        (today.year(), today.year() + 1)
    };
    Some((ymd(past_y, m, 1)?, ymd(future_y, m, 1)?, 1))
}

/// At `i`, Q3, Q3 2027, Q3 27, "after Q1".
pub(super) fn quarter(toks: &[Token], i: usize, today: NaiveDate, _cal: Calendar) -> Look {
    let w = lower(toks, i);
    if w.len() == 2 && w.starts_with('q') {
        Break(quarter_start(toks, i, today))
    } else {
        Continue(())
    }
}

fn quarter_start(toks: &[Token], i: usize, today: NaiveDate) -> Found {
    let w = lower(toks, i);
    let q: u32 = w[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
    let m = (q - 1) * 3 + 1;
    if let Some(y) = num(toks.get(i + 1)).filter(|y| *y >= 20) {
        return same(ymd(year_of(y), m, 1)?, 2);
    }
    if let Some(y) = fiscal_year(lower(toks, i + 1)) {
        return same(ymd(y, m, 1)?, 2);
    }
    let current_q = today.month0() / 3 + 1;
    // "after Q1": the day the quarter ends into, the coming one while it runs.
    if i > 0 && lower(toks, i - 1) == "after" {
        let ends_into = |y: i32| {
            if q == 4 {
                ymd(y + 1, 1, 1)
            } else {
                ymd(y, m + 3, 1)
            }
        };
        let y = if q >= current_q {
            today.year()
        } else {
            today.year() + 1
        };
        return Some((ends_into(y - 1)?, ends_into(y)?, 1));
    }
    let past_y = if q <= current_q {
        today.year()
    } else {
        today.year() - 1
    };
    let future_y = if q > current_q {
        today.year()
    } else {
        today.year() + 1
    };
    Some((ymd(past_y, m, 1)?, ymd(future_y, m, 1)?, 1))
}
