//! Reading one date at a token: every written form, relative and absolute.

use super::*;

pub(super) fn date_at(
    toks: &[Token],
    i: usize,
    today: NaiveDate,
    cal: Calendar,
) -> Option<(NaiveDate, NaiveDate, usize)> {
    let w = lower(toks, i);
    let same = |d: NaiveDate, n: usize| Some((d, d, n));
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
    if let Some(y) =
        num(toks.get(i)).filter(|y| (look_again || put_off) && w.len() == 4 && *y >= 2000)
    {
        return same(ymd(y as i32, 1, 1)?, 1);
    }
    match w {
        "today" | "tonight" | "today's" | "tonight's" => return same(today, 1),
        "yesterday" | "yesterday's" | "yday" => return same(today.pred_opt()?, 1),
        "tomorrow" | "tmrw" | "tmr" | "tomorrow's" => return same(today.succ_opt()?, 1),
        "last" if matches!(lower(toks, i + 1), "night" | "night's") => {
            return same(today.pred_opt()?, 2)
        }
        // "mid-Jan", "mid March": the month's 15th.
        "mid" => {
            let j = if lower(toks, i + 1) == "-" {
                i + 2
            } else {
                i + 1
            };
            // "mid next month": the 15th of next month.
            if lower(toks, j) == "next" && lower(toks, j + 1) == "month" {
                let n = today.checked_add_months(Months::new(1))?;
                return same(ymd(n.year(), n.month(), 15)?, j + 2 - i);
            }
            let m = month(lower(toks, j))?;
            let (past, future) = month_dates(today, m, Some(15), None)?;
            return Some((past, future, j + 1 - i));
        }
        // Chat shorthand for "end of month / week / quarter / year".
        "eom" => return same(month_end(today.year(), today.month())?, 1),
        // Close of business, end of day: today, or the day named after it ("EOD tmrw").
        "cob" | "eod" => {
            return match date_at(toks, i + 1, today, cal) {
                Some((past, future, used)) if !lower(toks, i + 1).is_empty() => {
                    Some((past, future, used + 1))
                }
                _ => same(today, 1),
            };
        }
        "eow" => return same(next_on_or_after(today, cal.week_ends), 1),
        "eoq" => return same(month_end(today.year(), (today.month0() / 3 + 1) * 3)?, 1),
        "eoy" => return same(ymd(today.year(), 12, 31)?, 1),
        // Christmas Day; "before Xmas" is by Christmas Eve, the last day before it, and
        // "after Christmas" is Boxing Day, the first after it (as "after Easter" is Easter
        // Monday).
        // "Christmas Eve" is the 24th.
        "xmas" | "christmas" | "chrimbo" => {
            // "Christmas orders", "the Christmas party is the 18th", "the Christmas fair on
            // Saturday": a thing or an event named after the season, whose own day (if any)
            // is said apart.
            if named_after_the_day(lower(toks, i + 1)) {
                return None;
            }
            let eve = lower(toks, i + 1) == "eve";
            let day = match lower(toks, i.wrapping_sub(1)) {
                _ if eve => 24,
                "before" => 24,
                "after" => 26,
                _ => 25,
            };
            let (past, future) = month_dates(today, 12, Some(day), None)?;
            return Some((
                coming_if_after(toks, i, past, future),
                future,
                1 + usize::from(eve),
            ));
        }
        // Hogmanay, the Scots New Year's Eve: "by Hogmanay" is the 31st, "before Hogmanay"
        // the 30th and "after Hogmanay" New Year's Day, as Christmas reads above.
        "hogmanay" => {
            let (past, future) = match lower(toks, i.wrapping_sub(1)) {
                "after" => month_dates(today, 1, Some(1), None)?,
                "before" => month_dates(today, 12, Some(30), None)?,
                _ => month_dates(today, 12, Some(31), None)?,
            };
            return Some((coming_if_after(toks, i, past, future), future, 1));
        }
        "boxing" if lower(toks, i + 1) == "day" => {
            let (past, future) = month_dates(today, 12, Some(26), None)?;
            return Some((coming_if_after(toks, i, past, future), future, 2));
        }
        // Easter Sunday; "after Easter" is Easter Monday, the first day after it.
        "easter" => {
            let after = i > 0 && lower(toks, i - 1) == "after";
            let (past, future) = around_easter(today, i64::from(after))?;
            return Some((coming_if_after(toks, i, past, future), future, 1));
        }
        // Mardi Gras, 47 days before Easter; "after Mardi Gras" is Ash Wednesday, the first
        // day after it.
        "mardi" if lower(toks, i + 1) == "gras" => {
            if named_after_the_day(lower(toks, i + 2)) {
                return None;
            }
            let after = i > 0 && lower(toks, i - 1) == "after";
            let (past, future) = around_easter(today, i64::from(after) - 47)?;
            return Some((coming_if_after(toks, i, past, future), future, 2));
        }
        // "sort it the day?": Scots for today.
        "the" if spoken_days::the_day_for_today(toks, i) => return same(today, 2),
        // "the 20th", "the 3rd of March": a day of the month needs its ordinal after "the".
        "the" => {
            let (past, future, used) = date_at(toks, i + 1, today, cal)?;
            return Some((past, future, used + 1));
        }
        _ => {}
    }
    let rest: Vec<&str> = (i..i + 4).map(|j| lower(toks, j)).collect();
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
    if is_end || suffix_end {
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
        return same(d, used);
    }
    match (w, rest[1]) {
        ("next", "week") => {
            let monday = next_after(today, Weekday::Mon);
            // "next week Tuesday": that day of next week.
            if let Some(day) = weekday(rest[2]) {
                let d = monday + Days::new(u64::from(day.num_days_from_monday()));
                return same(d, 3);
            }
            return same(monday, 2);
        }
        // "the week after next": the Monday a week after next week's.
        ("week", "after") if rest[2] == "next" => {
            return same(next_after(today, Weekday::Mon) + Days::new(7), 3);
        }
        ("next", "month") => {
            let n = today.checked_add_months(Months::new(1))?;
            return same(ymd(n.year(), n.month(), 1)?, 2);
        }
        ("next" | "new", "year" | "yr") => return same(ymd(today.year() + 1, 1, 1)?, 2),
        // "next FY", "next fiscal (year)", "the new financial year".
        // "the new financial year": the next one's start too.
        ("next" | "new", "fy" | "fiscal" | "financial") => {
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
            return same(fiscal_start::next_year_start(today, starts)?, used);
        }
        ("next", "quarter") => {
            let q0 = today.month0() / 3;
            let d = ymd(today.year(), q0 * 3 + 1, 1)?.checked_add_months(Months::new(3))?;
            return same(d, 2);
        }
        ("last", "quarter") => {
            let q0 = today.month0() / 3;
            let d = ymd(today.year(), q0 * 3 + 1, 1)?.checked_sub_months(Months::new(3))?;
            return same(d, 2);
        }
        ("last", "month") => {
            let d = ymd(today.year(), today.month(), 1)?.checked_sub_months(Months::new(1))?;
            return same(d, 2);
        }
        ("this", "month") => return same(ymd(today.year(), today.month(), 1)?, 2),
        ("last", "week") => return same(today.checked_sub_days(Days::new(7))?, 2),
        ("next", _) | ("this", _) | ("last", _) | ("coming", _) => {
            if let Some(day) = weekday_at(toks, i + 1) {
                let r = match w {
                    "next" => next_after(today, day),
                    "last" => last_before(today, day),
                    _ => next_on_or_after(today, day),
                };
                return same(r, 2);
            }
        }
        _ => {}
    }
    if let Some(day) = weekday_at(toks, i) {
        // "every Saturday", "each Monday": a day that recurs is no one date.
        // "on a Friday", "ticket times down on a Saturday": any such day, no one date.
        if i > 0 && matches!(toks[i - 1].lower.as_str(), "every" | "each" | "a" | "any") {
            return None;
        }
        // "the Saturday queue", "Saturday traffic at the mall up 12%": what happens on
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
        return Some((
            last_on_or_before(today, day),
            next_on_or_after(today, day),
            1,
        ));
    }
    // "in two weeks", "in 3 days", "within 2 wks", "in a fortnight"; "on hold for a
    // fortnight", "paused for 2 weeks": put off for a while, looked at again when it ends.
    let put_off = i > 0
        && matches!(
            lower(toks, i - 1),
            "hold" | "ice" | "paused" | "parked" | "deferred" | "shelved" | "off"
        );
    if w == "in" || w == "within" || w == "for" && put_off {
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
        return None;
    }
    // "a fortnight from now", "2 weeks from today".
    if matches!(rest[2], "from") && matches!(rest[3], "now" | "today") {
        if let Some(days) = days_counted(toks, i) {
            return same(today.checked_add_days(Days::new(days))?, 4);
        }
    }
    // "wk 12", "week 12", "wk12": the Monday of that ISO week; not "week 3 of the pilot".
    let week = match w {
        "wk" | "week" => num(toks.get(i + 1)).map(|n| (n, 2)),
        _ => w
            .strip_prefix("wk")
            .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|d| d.parse().ok())
            .map(|n| (n, 1)),
    };
    if let Some((n, mut used)) = week.filter(|(n, _)| (1..=53).contains(n)) {
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
        return Some((monday(past_y)?, monday(future_y)?, used));
    }
    // "FY27 Q1", "FY2028 H2": the quarter or half of that (calendar) year.
    if let Some(y) = fiscal_year(w) {
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
        return same(d, 2);
    }
    // "the second quarter of 2027", "the first half of next year": a quarter or a half said
    // in words, from its first day, as "Q2 2027" and "H1" are.
    let nth = match w {
        "first" => Some(1u32),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    };
    if let Some(n) = nth.filter(|&n| rest[1] == "quarter" || rest[1] == "half" && n <= 2) {
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
                    (rest[3] == "next" && lower(toks, i + 4) == "year")
                        .then_some((today.year() + 1, 5))
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
        return Some((past, future, 2));
    }
    // H1, H2, H2 2027: a half of the year, from its first day.
    if let Some(h) = w.strip_prefix('h').and_then(|h| match h {
        "1" => Some(1u32),
        "2" => Some(2),
        _ => None,
    }) {
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
        return Some((ymd(past_y, m, 1)?, ymd(future_y, m, 1)?, 1));
    }
    // Q3, Q3 2027, Q3 27
    if w.len() == 2 && w.starts_with('q') {
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
        return Some((ymd(past_y, m, 1)?, ymd(future_y, m, 1)?, 1));
    }
    // Month names: "February", "Feb 2027", "March 31", "31 March", "31st of March 2027"
    if let Some(m) = month(w) {
        // "may" and "march" are also words; they need a number or a preposition nearby.
        let prev = if i > 0 { lower(toks, i - 1) } else { "" };
        let prepositioned = matches!(
            prev,
            "in" | "of"
                | "by"
                | "till"
                | "until"
                | "since"
                | "from"
                | "to"
                | "for"
                | "end"
                | "during"
                | "at"
                // "…, maybe March": a guess at when.
                | "maybe"
        ) || (prev == "the"
            && i >= 2
            && matches!(
                lower(toks, i - 2),
                "to" | "till" | "until" | "by" | "for" | "at" | "after"
            ));
        // "Dec. 4": the abbreviation's dot before the day.
        let dot = usize::from(
            toks.get(i + 1).is_some_and(|t| t.is_sym(".") && t.attached)
                && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Num),
        );
        let mut used = 1;
        let mut day = None;
        let mut year = None;
        if let Some(n) = num(toks.get(i + 1 + dot)) {
            if (1..=31).contains(&n) {
                day = Some(n);
                used = 2 + dot;
                if lower(toks, i + used).len() == 2
                    && toks.get(i + used).is_some_and(|t| t.attached)
                {
                    used += 1;
                }
            } else if n >= 2000 {
                year = Some(n as i32);
                used = 2;
            }
        }
        if day.is_some() {
            if let Some(y) = num(toks.get(i + used)).filter(|y| *y >= 2000) {
                year = Some(y as i32);
                used += 1;
            }
        }
        if !prepositioned && day.is_none() && year.is_none() && matches!(w, "may" | "march" | "mar")
        {
            return None;
        }
        return month_dates(today, m, day, year).map(|(p, f)| (p, f, used));
    }
    if let Some(found) = dotted(toks, i, today) {
        return Some(found);
    }
    // Numbers: ISO, d/m/y, "31 March", "31st of March"
    if let Some(a) = num(toks.get(i)) {
        let sep = lower(toks, i + 1);
        if matches!(sep, "-" | "/" | ".") && lower(toks, i + 3) == sep {
            let b = num(toks.get(i + 2))?;
            let c = num(toks.get(i + 4))?;
            let d = if toks[i].lower.len() == 4 {
                ymd(a as i32, b, c)
            } else if cal.day_first {
                ymd(year_of(c), b, a)
            } else {
                ymd(year_of(c), a, b)
            }?;
            return same(d, 5);
        }
        // "24/11": day and month, the year from context; "24/7" is round the clock.
        let round_the_clock = a == 24 && lower(toks, i + 2) == "7";
        if sep == "/" && toks[i].lower.len() <= 2 && !round_the_clock {
            if let Some(b) = num(toks.get(i + 2)).filter(|_| toks[i + 2].lower.len() <= 2) {
                let (day, m) = if cal.day_first { (a, b) } else { (b, a) };
                if (1..=12).contains(&m) {
                    // "see you at the 9/12 board" said on 27/11: a day and month within the
                    // coming quarter is that one, not the same day nearly a year ago.
                    return month_dates(today, m, Some(day), None).map(|(p, f)| {
                        let soon = (f - today).num_days() <= 92;
                        (if soon { f } else { p }, f, 3)
                    });
                }
            }
        }
        let mut j = i + 1;
        let ordinal = matches!(lower(toks, j), "st" | "nd" | "rd" | "th")
            && toks.get(j).is_some_and(|t| t.attached);
        if ordinal {
            j += 1;
        }
        if lower(toks, j) == "of" {
            j += 1;
        }
        if let Some(m) = month(lower(toks, j)) {
            if !(1..=31).contains(&a) {
                return None;
            }
            let mut used = j + 1 - i;
            let mut year = None;
            if let Some(y) = num(toks.get(j + 1)).filter(|y| *y >= 2000) {
                year = Some(y as i32);
                used += 1;
            }
            // "CBK meeting on 9th Dec" said on 2 Dec: as "9/12" is, a day and month within
            // the coming quarter is that one, not the same day nearly a year ago.
            return month_dates(today, m, Some(a), year).map(|(p, f)| {
                let soon = year.is_none() && (f - today).num_days() <= 92;
                (if soon { f } else { p }, f, used)
            });
        }
        // "the 20th", "by 20th", "this 15th": a day of this month or the next (or the last,
        // looking back). "Fri 11th": the weekday before it says it is a day too (the caller
        // picks the reading that falls on that weekday).
        let after_the_or_cue = i > 0
            && (matches!(
                lower(toks, i - 1),
                "the" | "this" | "by" | "on" | "due" | "before" | "until" | "till"
            ) || weekday_at(toks, i - 1).is_some());
        // "the 3rd kiln", "the 2nd phase": an ordinal before its noun counts, it dates nothing.
        let before_noun = i > 0
            && matches!(lower(toks, i - 1), "the" | "this")
            && toks.get(i + 2).is_some_and(|t| {
                t.is_word()
                    && !matches!(
                        t.lower.as_str(),
                        "at" | "for"
                            | "and"
                            | "or"
                            | "is"
                            | "was"
                            | "will"
                            | "then"
                            | "so"
                            | "please"
                            | "pls"
                            | "latest"
                            | "when"
                            | "we"
                            | "i"
                            | "with"
                            | "to"
                            | "in"
                            | "on"
                            | "by"
                            | "from"
                            | "until"
                            | "till"
                            | "as"
                            | "if"
                            | "but"
                            | "this"
                            | "next"
                            | "meeting"
                            | "board"
                            | "mtg"
                            | "deadline"
                    )
                    && month(&t.lower).is_none()
                    && weekday(&t.lower).is_none()
            });
        if ordinal && after_the_or_cue && !before_noun && (1..=31).contains(&a) {
            return day_of_month_dates(today, a).map(|(p, f)| (p, f, 2));
        }
        // "before tgl 15": Indonesian "tanggal" (the date) before a day of the month.
        let tanggal = i > 0 && matches!(lower(toks, i - 1), "tgl" | "tanggal");
        if tanggal && !ordinal && j == i + 1 && (1..=31).contains(&a) {
            return day_of_month_dates(today, a).map(|(p, f)| (p, f, 1));
        }
    }
    None
}

/// "Christmas orders", "the Christmas party is the 18th", "the Mardi Gras coverage": the word
/// after a holiday's name that makes it a thing or an event named after the day, whose own
/// day (if any) is said apart.
fn named_after_the_day(next: &str) -> bool {
    matches!(
        next,
        "party"
            | "parties"
            | "do"
            | "lunch"
            | "dinner"
            | "drinks"
            | "orders"
            | "order"
            | "sales"
            | "trading"
            | "shopping"
            | "market"
            | "markets"
            | "tree"
            | "card"
            | "cards"
            | "menu"
            | "bonus"
            | "jumper"
            | "jumpers"
            | "gifts"
            | "hampers"
            | "fair"
            | "fayre"
            | "raffle"
            | "appeal"
            | "concert"
            | "quiz"
            | "show"
            | "shows"
            | "season"
            | "trade"
            | "peak"
            | "rush"
            // "until after the Christmas surge" (a hospital's winter pressure).
            | "surge"
            | "crunch"
            // "the Christmas showcase", "the Santa specials at Christmas": events.
            | "showcase"
            | "tournament"
            | "event"
            | "events"
            | "special"
            | "specials"
            | "camp"
            | "classic"
            | "game"
            | "games"
            // "the Mardi Gras coverage", "the Christmas parade".
            | "coverage"
            | "parade"
            | "parades"
    )
}
