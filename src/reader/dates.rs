//! Dates relative to today: `today`, `yesterday`, `on Friday`, `next Tuesday`, `end of month`,
//! `in February`, `Q3 2027`, `2027-03-31`, `31/03/2027` (day first unless configured).
//!
//! Each mention resolves two ways, because which one is meant depends on its role:
//! `past` (the most recent such day, today included: "met Ops on Friday", "benefit in Feb")
//! and `future` (the coming one, today included: "by Friday", "till Q3"). A month or quarter
//! resolves to its first day, or its last day after "end of". "next Tuesday" is the first
//! Tuesday after today; "last Tuesday" the most recent before today; both ignore the role.

use super::spoken_days::{self, coming_if_after};
use super::tokens::{TokKind, Token};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// What the words just before a date say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// No cue, or `on` / `in` / `last`: when something happened.
    At,
    /// `by`, `before`, `due`: a deadline.
    By,
    /// `till`, `until`, `to`, `revisit in`, `back in`: when to look again.
    Until,
    /// `go-live in May`, `launch in Q2`: when the work lands, not when anything was decided.
    Milestone,
    /// `since Aug`: where a run of time starts, not when anything happened or is due.
    Since,
}

#[derive(Debug, Clone, Copy)]
pub struct DateMention {
    pub past: NaiveDate,
    pub future: NaiveDate,
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

pub(super) fn weekday(w: &str) -> Option<Weekday> {
    // "Monday's board"
    let w = w.strip_suffix("'s").unwrap_or(w);
    Some(match w {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" | "weds" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        "sunday" => Weekday::Sun,
        _ => return None,
    })
}

/// The weekday token `i` names: a weekday's word, or "Sun" / "Sat" (also the sun and a
/// verb) written with a capital where a day is said: before a colon or a date ("Finance sync
/// Sun:", "Sat 5/12") or after a word that leads one ("on Sun", "by Sat", "next Sun").
fn weekday_at(toks: &[Token], i: usize) -> Option<Weekday> {
    let t = toks.get(i)?;
    // "slow on Sunday nights", "Saturday mornings": a part of the day in the plural tells a
    // habit, no one day.
    let habit = toks.get(i + 1).is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "nights" | "mornings" | "afternoons" | "evenings" | "arvos"
        )
    });
    if habit {
        return None;
    }
    if let Some(day) = weekday(&t.lower) {
        return Some(day);
    }
    let day = match t.lower.as_str() {
        "sun" => Weekday::Sun,
        "sat" => Weekday::Sat,
        _ => return None,
    };
    let next = toks.get(i + 1);
    let prev = if i > 0 { lower(toks, i - 1) } else { "" };
    let said_as_day = next.is_some_and(|n| n.is_sym(":") || n.kind == TokKind::Num)
        || matches!(
            prev,
            "on" | "by" | "last" | "next" | "this" | "coming" | "until" | "till" | "before"
        );
    // "NICE cut over sat night", "sun morning": a part of the day after it, however written.
    let part_of_day = next.is_some_and(|n| {
        matches!(
            n.lower.as_str(),
            "night" | "morning" | "afternoon" | "evening" | "arvo" | "am" | "pm"
        )
    });
    (t.capital && !t.caps && said_as_day || part_of_day && !t.caps).then_some(day)
}

/// The month a season's word starts in, by the months' seasons (spring from March).
fn season_start(w: &str) -> Option<u32> {
    match w {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

pub(super) fn month(w: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if let Some(i) = NAMES.iter().position(|n| *n == w) {
        return Some(i as u32 + 1);
    }
    let i = match w {
        "jan" => 0,
        "feb" => 1,
        "mar" => 2,
        "apr" => 3,
        "jun" => 5,
        "jul" => 6,
        "aug" => 7,
        "sep" | "sept" => 8,
        "oct" => 9,
        "nov" => 10,
        "dec" => 11,
        _ => return None,
    };
    Some(i + 1)
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Easter Sunday of year `y` (the Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    ymd(y, m, 1)?.checked_add_months(Months::new(1))?.pred_opt()
}

fn num(t: Option<&Token>) -> Option<u32> {
    let t = t?;
    if t.kind != TokKind::Num || t.lower.len() > 4 || t.lower.contains([',', '.']) {
        return None;
    }
    t.lower.parse().ok()
}

fn year_of(n: u32) -> i32 {
    if n < 100 {
        2000 + n as i32
    } else {
        n as i32
    }
}

fn lower(toks: &[Token], i: usize) -> &str {
    // Chat spellings of the words dates are made of: "nxt wk".
    match toks.get(i).map_or("", |t| t.lower.as_str()) {
        "nxt" => "next",
        "wk" => "week",
        "wks" => "weeks",
        "mth" | "mnth" => "month",
        w => w,
    }
}

/// The year of "fy27" or "fy2027"; a fiscal year with no stated start is the calendar
/// year.
fn fiscal_year(w: &str) -> Option<i32> {
    let digits = w.strip_prefix("fy")?;
    if !(digits.len() == 2 || digits.len() == 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(year_of(digits.parse().ok()?))
}

/// (past, future, tokens used) for a date starting at `i`.
/// "two weeks", "3 days", "a fortnight": at `i`, a count of days, weeks or fortnights, in
/// days.
fn days_counted(toks: &[Token], i: usize) -> Option<u64> {
    let n = num(toks.get(i)).or_else(|| match lower(toks, i) {
        "a" | "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "six" => Some(6),
        _ => None,
    })?;
    match lower(toks, i + 1) {
        "days" | "day" => Some(n as u64),
        "weeks" | "week" => Some(n as u64 * 7),
        "fortnight" | "fortnights" => Some(n as u64 * 14),
        _ => None,
    }
}

/// How a tenant writes dates: `31/03` day first or month first, and the last working day
/// of its week ("end of week" is Thursday in a Sunday–Thursday week).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calendar {
    pub day_first: bool,
    pub week_ends: Weekday,
}

impl Calendar {
    /// A Monday–Friday week.
    pub fn new(day_first: bool) -> Calendar {
        Calendar {
            day_first,
            week_ends: Weekday::Fri,
        }
    }

    /// The first working day of the week (five working days end on `week_ends`).
    fn week_starts(self) -> Weekday {
        (0..4).fold(self.week_ends, |d, _| d.pred())
    }
}

fn date_at(
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
    if let Some(y) = num(toks.get(i)).filter(|y| look_again && w.len() == 4 && *y >= 2000) {
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
            if matches!(
                lower(toks, i + 1),
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
            ) {
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
            let on = |y: i32| easter(y).map(|d| if after { d + Days::new(1) } else { d });
            let this = on(today.year())?;
            let (past, future) = if this <= today {
                (
                    this,
                    if this == today {
                        this
                    } else {
                        on(today.year() + 1)?
                    },
                )
            } else {
                (on(today.year() - 1)?, this)
            };
            return Some((coming_if_after(toks, i, past, future), future, 1));
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
        ("next", "year") | ("new", "year") => return same(ymd(today.year() + 1, 1, 1)?, 2),
        // "next FY", "next fiscal (year)": a fiscal year with no stated start is the
        // calendar year.
        ("next", "fy" | "fiscal" | "financial") => {
            let used = if rest[2] == "year" { 3 } else { 2 };
            return same(ymd(today.year() + 1, 1, 1)?, used);
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

/// A date written with dots, always day first as everywhere it is written so: `01.07.2027`,
/// `19.11.` (the closing dot says it is a date), or `04.12` after a word that leads a date
/// ("until 04.12"); never an amount (`€15.03`).
fn dotted(toks: &[Token], i: usize, today: NaiveDate) -> Option<(NaiveDate, NaiveDate, usize)> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Num || t.lower.contains(',') {
        return None;
    }
    let parts: Vec<&str> = t.lower.split('.').collect();
    if !(2..=3).contains(&parts.len()) || parts[..2].iter().any(|p| !(1..=2).contains(&p.len())) {
        return None;
    }
    let prev = if i > 0 { lower(toks, i - 1) } else { "" };
    if matches!(prev, "£" | "$" | "€" | "¥" | "₹") {
        return None;
    }
    let day: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    if parts.len() == 3 {
        let y: u32 = parts[2]
            .parse()
            .ok()
            .filter(|_| matches!(parts[2].len(), 2 | 4))?;
        let d = ymd(year_of(y), m, day)?;
        return Some((d, d, 1));
    }
    let closing_dot = toks.get(i + 1).is_some_and(|n| n.is_sym(".") && n.attached);
    // Not after "from" or "to", which lead figures as often ("down from 2.1 to 1.4"); after
    // "by" only with a two-digit month and nothing after it that makes it a figure ("cut by
    // 4.5", "by 12.10 %"); after a meeting's word ("Minutes 27.11", "the 15.01 board").
    let next = lower(toks, i + 1);
    let figure_next = next == "%" || next == "per" || next == "pts" || next == "points";
    let meeting_next = matches!(next, "board" | "meeting" | "mtg" | "committee" | "deadline");
    let led = (matches!(
        prev,
        "on" | "until"
            | "till"
            | "til"
            | "before"
            | "due"
            | "bis"
            | "am"
            | "within"
            | "by"
            | "revisit"
            | "minutes"
            | "board"
    ) || prev == "the" && meeting_next)
        && parts[1].len() == 2
        && !figure_next;
    if !(closing_dot || led || heading_date(toks, i) && parts[1].len() == 2)
        || !(1..=12).contains(&m)
    {
        return None;
    }
    let used = if closing_dot { 2 } else { 1 };
    month_dates(today, m, Some(day), None).map(|(p, f)| (p, f, used))
}

/// Words of a meeting's or a decision's heading ("Minutes R&D sync 29.11").
const HEADING_WORDS: &[&str] = &[
    "minutes",
    "sync",
    "meeting",
    "mtg",
    "committee",
    "board",
    "review",
    "call",
    "standup",
    "stand-up",
    "workshop",
    "huddle",
    "notes",
    "steering",
    "session",
    "exco",
    "excom",
    "slt",
    "decision",
    "decisions",
    "update",
    "catch-up",
    "townhall",
];

/// "Minutes steering group grid 30.11" (ending the heading's line), "Decision from ExCom
/// (24.11):" (in brackets): a day and month written with a dot and no year, where a heading
/// dates its meeting, not after a word that leads a figure.
fn heading_date(toks: &[Token], i: usize) -> bool {
    let prev = if i > 0 { lower(toks, i - 1) } else { "" };
    let next = lower(toks, i + 1);
    if prev == "(" && next == ")" {
        return true;
    }
    let line_end = next == "\n" || next == ":" || i + 1 == toks.len();
    let first_line = !toks[..i].iter().any(|t| t.is_sym("\n"));
    line_end
        && first_line
        && i > 0
        && toks[i - 1].is_word()
        && !matches!(prev, "to" | "from" | "at" | "of" | "is" | "was" | "by")
        && toks[..i]
            .iter()
            .any(|t| HEADING_WORDS.contains(&t.lower.as_str()))
}

/// The most recent and the coming day `day` of a month (today included), skipping months
/// too short to have it.
/// A day and month written with a dot and nothing else ("25.11"), as a heading dates its
/// items ("Yönetim Kurulu 25.11 decisions:"): the most recent such day. Only a caller that
/// knows the token heads a message asks, since elsewhere "25.11" may be an amount.
pub(super) fn dotted_day_month(t: &Token, today: NaiveDate) -> Option<NaiveDate> {
    let (d, m) = t.lower.split_once('.')?;
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if t.kind != TokKind::Num || !short(d) || !short(m) {
        return None;
    }
    let (day, m) = (d.parse().ok()?, m.parse().ok()?);
    if !(1..=12).contains(&m) {
        return None;
    }
    month_dates(today, m, Some(day), None).map(|(past, _)| past)
}

fn day_of_month_dates(today: NaiveDate, day: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = ymd(today.year(), today.month(), 1)?;
    let month_at = |k: i32| -> Option<NaiveDate> {
        let m = if k >= 0 {
            first.checked_add_months(Months::new(k as u32))?
        } else {
            first.checked_sub_months(Months::new(k.unsigned_abs()))?
        };
        ymd(m.year(), m.month(), day)
    };
    let past = (0..=12)
        .filter_map(|k| month_at(-k))
        .find(|d| *d <= today)?;
    // "by the 1st" said on the 1st is next month's: today would be said "today".
    let future = (0..=12).filter_map(month_at).find(|d| *d > today)?;
    Some((past, future))
}

/// A month (optionally day and year) as (past, future).
fn month_dates(
    today: NaiveDate,
    m: u32,
    day: Option<u32>,
    year: Option<i32>,
) -> Option<(NaiveDate, NaiveDate)> {
    let d = day.unwrap_or(1);
    if let Some(y) = year {
        let date = ymd(y, m, d)?;
        return Some((date, date));
    }
    let this = ymd(today.year(), m, d)?;
    let prev = ymd(today.year() - 1, m, d)?;
    let next = ymd(today.year() + 1, m, d)?;
    if day.is_some() {
        let past = if this <= today { this } else { prev };
        let future = if this >= today { this } else { next };
        Some((past, future))
    } else {
        // Whole months: the current month counts as past; the future is the next one to start.
        let past = if m <= today.month() { this } else { prev };
        let future = if m > today.month() { this } else { next };
        Some((past, future))
    }
}

fn next_on_or_after(today: NaiveDate, day: Weekday) -> NaiveDate {
    let ahead = (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today + Days::new(ahead as u64)
}

fn next_after(today: NaiveDate, day: Weekday) -> NaiveDate {
    next_on_or_after(today + Days::new(1), day)
}

fn last_on_or_before(today: NaiveDate, day: Weekday) -> NaiveDate {
    let back = (7 + today.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
    today - Days::new(back as u64)
}

fn last_before(today: NaiveDate, day: Weekday) -> NaiveDate {
    last_on_or_before(today - Days::new(1), day)
}

fn cue_before(toks: &[Token], start: usize) -> Cue {
    let prev = |k: usize| {
        if start >= k {
            lower(toks, start - k)
        } else {
            ""
        }
    };
    let p1 = prev(1);
    let p2 = prev(2);
    // "since start in August", "since we went live on 3/8": the start of a period said
    // with the event that began it.
    let since_event = matches!(p1, "in" | "on")
        && (2..=5)
            .take_while(|&k| start >= k && toks[start - k].is_word())
            .any(|k| prev(k) == "since");
    // "the range is dead from October to March": the end of a span said from a time to
    // another, no time to look again or to meet.
    let span_end = matches!(p1, "to" | "till" | "until" | "through" | "-" | "–")
        && (3..=5).any(|k| {
            prev(k) == "from"
                && (2..k).all(|j| {
                    start >= j && {
                        let t = &toks[start - j];
                        (t.is_word() || t.kind == TokKind::Num) && !t.is_break()
                    }
                })
                && (2..k).any(|j| {
                    month(prev(j)).is_some() || weekday(prev(j)).is_some() || {
                        let t = &toks[start - j];
                        t.kind == TokKind::Num
                    }
                })
        });
    if p1 == "since" || since_event || span_end {
        return Cue::Since;
    }
    // "offers will be collected until 15.12.", "applications accepted till Friday": how
    // long something is taken in is the deadline to send it, not a time to look again.
    if matches!(p1, "until" | "till" | "til")
        && matches!(
            p2,
            "collected" | "accepted" | "received" | "taken" | "open" | "submitted" | "welcome"
        )
    {
        return Cue::By;
    }
    // "continue the pilot through June": how long the work runs, not a date of the record.
    if matches!(p1, "through" | "thru") {
        return Cue::Milestone;
    }
    // "support past June", "not beyond 2027": a limit, not a date of the record; "now
    // saying April": a date someone expects; "rest by Q2": where the work gets to.
    if matches!(
        p1,
        "past" | "beyond" | "saying" | "expecting" | "forecasting"
    ) || p1 == "by" && matches!(p2, "rest" | "remainder")
    {
        return Cue::Milestone;
    }
    // "paused until the login is ready, maybe March": a look-again guessed at.
    if matches!(p1, "maybe" | "possibly" | "probably") {
        return Cue::Until;
    }
    // "mandatory from Feb", "compulsory from 1 April": when a rule starts to apply, told as
    // a reason, not a date of the record.
    if p1 == "from"
        && matches!(
            p2,
            "mandatory" | "compulsory" | "obligatory" | "required" | "enforced" | "force"
        )
    {
        return Cue::Milestone;
    }
    // "go-live in May", "rollout by Q2", "go-live 3/15", "cutover planned 01.07.": the
    // work's milestone.
    let leads_milestone = matches!(
        p1,
        "in" | "on"
            | "by"
            | "for"
            | "from"
            | "around"
            | "early"
            | "late"
            | "mid"
            | "planned"
            | "scheduled"
            | "targeted"
            | "target"
            // "go-live still April": the plan as it stands.
            | "still"
            | "is"
            // "go-live was 10/1": the work's milestone, told after it passed.
            | "was"
            | "due"
            // "go-live before the Easter holidays".
            | "before"
    );
    // "went live on Monday" happened: it is when, not a milestone to come.
    let done = |w: &str| matches!(w, "went" | "gone" | "was" | "were" | "got");
    if (leads_milestone && MILESTONES.contains(&p2) && !done(prev(3)))
        || (MILESTONES.contains(&p1) && p1 != "out" && p1 != "ready" && !done(p2))
        // "done by 1/8", "finished by March": when the work is finished, not a deadline
        // anyone owns.
        // ("has to be done by 6/1", "must be finished by the 20th" is one, below).
        || (matches!(p1, "by" | "in")
            && matches!(p2, "done" | "finished" | "complete" | "completed")
            && !(prev(3) == "be" && matches!(prev(4), "to" | "must" | "should")))
        || milestone_moved(p1, &prev)
        || milestone_planned(p1, &prev)
    {
        return Cue::Milestone;
    }
    // "60 stores by March", "all sites by Q2": a target the work reaches, unless someone
    // is asked to reach it ("Dana to order 60 more by …").
    if matches!(p1, "by" | "before")
        && start >= 3
        && toks[start - 2].is_word()
        && (toks[start - 3].kind == TokKind::Num || prev(3) == "all")
        && !asked_in_clause(toks, start - 3)
    {
        return Cue::Milestone;
    }
    // "next check-in 15/01", "the next catch-up in March": when to look again.
    let p3 = prev(3);
    let check_in = |a: &str, b: &str, c: &str| {
        (a == "in" && b == "-" && c == "check") || matches!(a, "checkin" | "check-in")
    };
    let next_meeting = |k: usize| {
        matches!(prev(k), "catch-up" | "catchup" | "review" | "meeting")
            || (prev(k) == "up" && prev(k + 1) == "-" && prev(k + 2) == "catch")
    };
    if check_in(p1, p2, p3)
        || (matches!(p1, "in" | "on" | "at") && check_in(p2, p3, prev(4)))
        || (matches!(p1, "in" | "on" | "at") && next_meeting(2) && {
            let k = if p2 == "up" { 5 } else { 3 };
            prev(k) == "next"
        })
    {
        return Cue::Until;
    }
    // "the budget review on 11/23", "Ops review 19/11", "after the review on 18/11": a
    // review meeting, when something happened, unless the sentence puts something off to it.
    let (review_at, noun_at) = if matches!(p1, "on" | "at") {
        (2, 3)
    } else {
        (1, 2)
    };
    if matches!(prev(review_at), "review" | "reviews")
        && start >= noun_at
        && toks[start - noun_at].is_word()
        && !matches!(
            prev(noun_at),
            "to" | "will"
                | "'ll"
                | "i'll"
                | "we'll"
                | "we"
                | "i"
                | "and"
                | "then"
                | "please"
                | "pls"
                | "can"
                | "should"
                | "must"
                | "let's"
                | "again"
                | "next"
        )
        && !puts_off_before(toks, start - review_at)
    {
        return Cue::At;
    }
    // "deadline for the business case is 15/12", "deadline: 15/12", "deadline of …".
    if matches!(p1, "is" | ":" | "of" | "=")
        && toks[..start - 1]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| !t.is_break() || t.is_sym(":"))
            .any(|t| matches!(t.lower.as_str(), "deadline" | "deadlines"))
    {
        return Cue::By;
    }
    match p1 {
        // "review by 28 Feb", "revisit by March": when to look again, not a deadline.
        "by" if matches!(
            p2,
            "review" | "revisit" | "reassess" | "reconsider" | "again"
        ) =>
        {
            Cue::Until
        }
        "again" => Cue::Until,
        "by" | "before" | "due" | "deadline" | "latest" => Cue::By,
        "till" | "til" | "until" | "'til" | "to" | "into" | "revisit" | "review" | "reconvene" => {
            Cue::Until
        }
        // "approved back in October", "members won back in Nov": when it happened.
        "in" if p2 == "back" && {
            let p3 = prev(3);
            p3.ends_with("ed")
                || matches!(
                    p3,
                    "was" | "were" | "won" | "got" | "brought" | "paid" | "went"
                )
        } =>
        {
            Cue::At
        }
        // "the portal went down again on Friday": a thing that happened once more says
        // when, no time to look again.
        "in" | "on" | "at" | "from" | "for" | "the" | "after"
            if p2 == "again" && happened_again(toks, start - 2) =>
        {
            Cue::At
        }
        "in" | "on" | "at" | "from" | "for" | "the" | "after"
            if matches!(
                p2,
                "revisit"
                    | "review"
                    | "back"
                    | "again"
                    | "reconvene"
                    | "resume"
                    | "restart"
                    | "revisiting"
                    | "reviewing"
                    | "pushed"
                    | "moved"
                    | "look"
                    | "reassess"
            ) =>
        {
            Cue::Until
        }
        _ => Cue::At,
    }
}

/// Whether the clause ending before `end` asks someone to act: "@sean to get …",
/// "Raj will …", "pls can …".
fn asked_in_clause(toks: &[Token], end: usize) -> bool {
    super::tokens::back_in_clause(&toks[..end]).any(|t| {
        matches!(
            t.lower.as_str(),
            "to" | "will"
                | "'ll"
                | "i'll"
                | "we'll"
                | "pls"
                | "please"
                | "can"
                | "should"
                | "must"
                | "need"
                | "needs"
        )
    })
}

/// Whether the sentence ending before `end` puts something off: "deferred to the board
/// review …", "parked, board review …".
fn puts_off_before(toks: &[Token], end: usize) -> bool {
    toks[..end]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .any(|t| {
            matches!(
                t.lower.as_str(),
                "to" | "till"
                    | "til"
                    | "until"
                    | "pushed"
                    | "deferred"
                    | "moved"
                    | "parked"
                    | "postponed"
                    | "hold"
                    | "defer"
                    | "park"
                    | "push"
                    | "delay"
                    | "delayed"
            )
        })
}

/// Words for when the work lands: a date beside them is a milestone.
pub(super) const MILESTONES: &[&str] = &[
    "live",
    "go-live",
    "golive",
    "launch",
    "launches",
    "launching",
    "rollout",
    "out",
    "delivery",
    "completion",
    "cutover",
    "cut-over",
    "ready",
    "lands",
    "landing",
];

/// "go-live slipped to March", "rollout pushed back to Q2": the milestone's new date, not
/// a date to look again at the work ("pushed to Q2" alone puts the work off).
fn milestone_moved<'a>(p1: &str, prev: &dyn Fn(usize) -> &'a str) -> bool {
    if !matches!(p1, "to" | "into" | "till" | "until" | "til") {
        return false;
    }
    let mut k = 2;
    if matches!(prev(k), "back" | "out" | "again") {
        k += 1;
    }
    let moved = matches!(
        prev(k),
        "slipped"
            | "slips"
            | "slip"
            | "slid"
            | "pushed"
            | "moved"
            | "moves"
            | "shifted"
            | "delayed"
            | "pushes"
    );
    moved
        && (1..=2)
            .map(|extra| prev(k + extra))
            .any(|w| MILESTONES.contains(&w) && w != "out" && w != "ready")
}

/// "rollout is planned for Q2", "installs start in January", "go-live scheduled for
/// May": when the work lands or starts, not when anything was decided.
fn milestone_planned<'a>(p1: &str, prev: &dyn Fn(usize) -> &'a str) -> bool {
    let work = |w: &str| {
        (MILESTONES.contains(&w) && w != "out" && w != "ready")
            || matches!(
                w,
                "install" | "installs" | "installation" | "build" | "works" | "construction"
            )
    };
    // "install 11/1", "install wk of Jan 11", "installation w/c 4 Jan": when the work is
    // put in.
    let installed = |w: &str| matches!(w, "install" | "installs" | "installation");
    // "install the week of 3/15": a "the" before the week too.
    let the = usize::from(p1 == "of" && prev(3) == "the");
    if installed(p1)
        || p1 == "of" && matches!(prev(2), "wk" | "week") && installed(prev(3 + the))
        || matches!(p1, "wk" | "week") && installed(prev(2))
    {
        return true;
    }
    if !matches!(p1, "for" | "in" | "on" | "from") {
        return false;
    }
    match prev(2) {
        "planned" | "scheduled" | "targeted" | "slated" | "pencilled" | "penciled" => {
            let k = if matches!(prev(3), "is" | "was" | "now" | "'s") {
                4
            } else {
                3
            };
            work(prev(k))
        }
        "start" | "starts" | "begin" | "begins" => work(prev(3)),
        _ => false,
    }
}

/// Whether the words just after a date make it a milestone: "3/1 go-live", "4/20 launch".
fn milestone_after(toks: &[Token], end: usize) -> bool {
    match lower(toks, end) {
        "go" => lower(toks, end + 1) == "-" && lower(toks, end + 2) == "live",
        "golive" | "launch" | "cutover" | "go-live" => true,
        _ => false,
    }
}

/// Nouns a quarter or month can qualify: "the Q4 numbers", "May release" name a thing,
/// not a date.
const QUALIFIED: &[&str] = &[
    "numbers",
    "number",
    "figures",
    "results",
    "forecast",
    "forecasts",
    "budget",
    "budgets",
    "report",
    "reports",
    "close",
    "accounts",
    "targets",
    "target",
    "plan",
    "plans",
    "release",
    "deck",
    "pack",
    "board",
    "payroll",
    "invoices",
    "invoice",
    "run",
    "data",
    "actuals",
    "spend",
    "sales",
    "stats",
    "metrics",
    "okrs",
    "roadmap",
    "campaign",
    "newsletter",
    // "warnings went out earlier in the Nov event", "in the January planning": an event or
    // a round of work named for its month.
    "event",
    "events",
    "planning",
    "storm",
    "storms",
    "floods",
    "intake",
];

/// Whether the date of `used` tokens at `i` is a quarter or month naming a thing.
fn names_a_thing(toks: &[Token], i: usize, used: usize) -> bool {
    let last = &toks[i + used - 1];
    // "pushed to the March board", "until the Jan exco", "revisit after the Feb board": the
    // meeting a thing is put off to, not its pack or minutes.
    let meeting = matches!(
        lower(toks, i + used),
        "board" | "committee" | "exco" | "meeting" | "sitting"
    ) && !QUALIFIED.contains(&lower(toks, i + used + 1));
    let the = if toks[i].lower == "the" {
        Some(i)
    } else {
        i.checked_sub(1).filter(|&k| toks[k].lower == "the")
    };
    let put_off_to = the.and_then(|k| k.checked_sub(1)).is_some_and(|k| {
        matches!(
            toks[k].lower.as_str(),
            "to" | "until" | "till" | "til" | "after"
        )
    });
    if meeting && put_off_to {
        return false;
    }
    // "the Q4 numbers", "May release", "the new year budget".
    let bare = used <= 3
        && ((last.lower.len() == 2 && last.lower.starts_with('q'))
            || matches!(last.lower.as_str(), "h1" | "h2")
            || month(&last.lower).is_some()
            || last.lower == "year")
        && toks[i..i + used].iter().all(|t| t.kind != TokKind::Num);
    // "the March budget workshop": a meeting named for what it settles is still when.
    let meeting_after = matches!(
        lower(toks, i + used + 1),
        "workshop" | "meeting" | "board" | "committee" | "session" | "retreat"
    );
    bare && !meeting_after
        && toks
            .get(i + used)
            .is_some_and(|t| QUALIFIED.contains(&t.lower.as_str()))
}

/// Every date in the message, in order.
/// "Next GL 15.12.", "next board on 15 Dec", "next meeting: 12/1": the date of the next
/// meeting, which is ahead, at `i`.
pub(super) fn next_meeting_before(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = i;
    if k > 0 && matches!(word(k - 1), "on" | ":" | "is" | "-" | "–") {
        k -= 1;
    }
    // One to three words name the meeting: "next GL", "next board meeting"; "next review
    // end of Jan" is when to look again.
    (1..=3).any(|back| {
        k > back
            && word(k - back - 1) == "next"
            && (k - back..k).all(|j| {
                toks[j].is_word()
                    && !matches!(
                        word(j),
                        "review" | "check" | "checkpoint" | "look" | "revisit" | "deadline"
                    )
            })
    })
}

pub fn find_dates(toks: &[Token], today: NaiveDate, day_first: bool) -> Vec<DateMention> {
    find_dates_in(toks, today, Calendar::new(day_first))
}

/// "went down again", "crashed again", "the scanners failed again": "again" at `again`
/// after a verb told in the past (or "down" / "out" after one), news of a thing that
/// happened once more.
fn happened_again(toks: &[Token], again: usize) -> bool {
    let word = |k: usize| {
        if again >= k {
            lower(toks, again - k)
        } else {
            ""
        }
    };
    let past = |w: &str| {
        w.len() > 3 && w.ends_with("ed")
            || matches!(
                w,
                "went" | "fell" | "broke" | "froze" | "was" | "were" | "died"
            )
    };
    past(word(1)) || matches!(word(1), "down" | "out" | "over" | "off") && past(word(2))
}

/// "11 more roles filled than October", "up 12% vs last March": a time set against
/// another as the base of a comparison, no date of the record; not "no later than Friday"
/// (a deadline).
fn compared_with(toks: &[Token], i: usize) -> bool {
    let prev = |k: usize| if i >= k { lower(toks, i - k) } else { "" };
    match prev(1) {
        "than" => !matches!(prev(2), "later" | "sooner" | "earlier" | "before" | "after"),
        "vs" | "versus" => true,
        _ => false,
    }
}

/// The date mentions of `toks`, read in the tenant's calendar.
/// "the Monday after" at `i`, ending its clause: the first such weekday after the date
/// `prev` said before it, with that mention's cue read afresh.
fn weekday_after(toks: &[Token], i: usize, prev: &DateMention) -> Option<DateMention> {
    if !toks[i].is("the") || lower(toks, i + 2) != "after" {
        return None;
    }
    let day = weekday(lower(toks, i + 1))?;
    let ends = toks.get(i + 3).is_none_or(|t| t.is_break());
    ends.then(|| {
        let future = next_after(prev.future, day);
        DateMention {
            past: next_after(prev.past, day),
            future,
            start: i,
            end: i + 3,
            cue: cue_before(toks, i),
        }
    })
}

pub fn find_dates_in(toks: &[Token], today: NaiveDate, cal: Calendar) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Only tokens that can start a date are tried, so this stays one pass.
        let t = &toks[i];
        let candidate = t.kind == TokKind::Num
            || matches!(
                t.lower.as_str(),
                "today"
                    | "today's"
                    | "tonight's"
                    | "yesterday's"
                    | "tomorrow's"
                    | "mid"
                    | "yesterday"
                    | "tomorrow"
                    | "end"
                    | "month"
                    | "year"
                    | "quarter"
                    | "next"
                    | "this"
                    | "last"
                    | "coming"
                    | "in"
                    | "within"
                    | "the"
                    | "eom"
                    | "cob"
                    | "eod"
                    | "new"
                    | "eow"
                    | "eoq"
                    | "eoy"
                    | "tmrw"
                    | "tmr"
                    | "nxt"
                    | "yday"
                    | "xmas"
                    | "christmas"
                    | "chrimbo"
                    | "hogmanay"
                    | "boxing"
                    | "easter"
            )
            || weekday_at(toks, i).is_some()
            || month(&t.lower).is_some()
            || (t.lower.len() == 2 && t.lower.starts_with('q'))
            || matches!(t.lower.as_str(), "wk" | "week" | "h1" | "h2" | "for")
            // "a fortnight from now", "two weeks from today".
            || lower(toks, i + 2) == "from"
                && matches!(
                    lower(toks, i + 1),
                    "fortnight" | "week" | "weeks" | "day" | "days"
                )
            || fiscal_year(&t.lower).is_some()
            || (t.lower.starts_with("wk") && t.lower[2..].bytes().all(|b| b.is_ascii_digit()));
        // "tender closes Fri 4/12, @dan to circulate the shortlist the Monday after": that
        // weekday after the date said before it.
        if let Some(m) = out.last().and_then(|prev| weekday_after(toks, i, prev)) {
            out.push(m);
            i = m.end;
            continue;
        }
        // "@jun", "@may": a handle that spells a month or a day is a person.
        let handle = i > 0 && t.attached && toks[i - 1].is_sym("@");
        if candidate && !handle && !compared_with(toks, i) {
            if let Some((past, future, used)) =
                date_at(toks, i, today, cal).filter(|&(_, _, used)| !names_a_thing(toks, i, used))
            {
                // "COB Tuesday: …", "EOD Fri": close of business is a deadline, wherever
                // it is said.
                let cue = if matches!(t.lower.as_str(), "cob" | "eod") {
                    Cue::By
                } else if milestone_after(toks, i + used) {
                    Cue::Milestone
                } else {
                    cue_before(toks, i)
                };
                // "cancelled as of 1 Dec", "effective 1 Nov": when a change takes effect is
                // the reading nearest today, before or after it.
                let effective = i >= 1 && lower(toks, i - 1) == "effective"
                    || i >= 2 && lower(toks, i - 2) == "as" && lower(toks, i - 1) == "of";
                let (past, future) = if effective {
                    let near = if (today - past).num_days() <= (future - today).num_days() {
                        past
                    } else {
                        future
                    };
                    (near, near)
                } else if next_meeting_before(toks, i) {
                    (future, future)
                } else {
                    (past, future)
                };
                out.push(DateMention {
                    past,
                    future,
                    start: i,
                    end: i + used,
                    cue,
                });
                i += used;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Which reading of a date a field wants: when something happened, or when it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Looking {
    /// A meeting, a decision, a benefit: "Friday" is the most recent Friday.
    Back,
    /// A due date, a review, a start: "Friday" is the coming Friday.
    Ahead,
}

/// Reads a whole phrase as one date, as typed in a command (`Friday`, `next Tuesday`, `EOM`,
/// `Q3`, `in 2 weeks`, `the 20th`, `31/01/2027`, `2027-01-31`): the same words the
/// plain-words reader understands, so a command and a message never disagree. `None` when
/// the phrase is not exactly one date.
pub fn read_date(
    text: &str,
    today: NaiveDate,
    day_first: bool,
    looking: Looking,
) -> Option<NaiveDate> {
    read_date_in(text, today, Calendar::new(day_first), looking)
}

/// [`read_date`] in the tenant's calendar (its week's last working day for "end of week").
pub fn read_date_in(
    text: &str,
    today: NaiveDate,
    cal: Calendar,
    looking: Looking,
) -> Option<NaiveDate> {
    let toks = super::tokens::tokenize(text.trim().trim_end_matches([',', '.', ';']));
    if toks.is_empty() {
        return None;
    }
    let (past, future, used) = date_at(&toks, 0, today, cal)?;
    if used != toks.len() {
        return None;
    }
    let date = match looking {
        Looking::Back => past,
        Looking::Ahead => future,
    };
    (1900..=2200).contains(&date.year()).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn resolves_relative_to_a_friday() {
        let today = d("2026-11-27"); // a Friday
        let cases: &[(&str, &str, &str, Cue)] = &[
            ("today", "2026-11-27", "2026-11-27", Cue::At),
            ("yesterday", "2026-11-26", "2026-11-26", Cue::At),
            ("on Friday", "2026-11-27", "2026-11-27", Cue::At),
            ("met them Tuesday", "2026-11-24", "2026-12-01", Cue::At),
            ("next Tuesday", "2026-12-01", "2026-12-01", Cue::At),
            ("by end of month", "2026-11-30", "2026-11-30", Cue::By),
            ("in February", "2026-02-01", "2027-02-01", Cue::At),
            ("till Q3", "2026-07-01", "2027-07-01", Cue::Until),
            ("Q3 2027", "2027-07-01", "2027-07-01", Cue::At),
            ("end of year", "2026-12-31", "2026-12-31", Cue::At),
            ("2027-03-31", "2027-03-31", "2027-03-31", Cue::At),
            ("due 31/03/2027", "2027-03-31", "2027-03-31", Cue::By),
            ("31st March 2027", "2027-03-31", "2027-03-31", Cue::At),
            ("revisit in March", "2026-03-01", "2027-03-01", Cue::Until),
            ("in two weeks", "2026-12-11", "2026-12-11", Cue::At),
            ("end of Q1", "2026-03-31", "2027-03-31", Cue::At),
        ];
        for (text, past, future, cue) in cases {
            let found = find_dates(&tokenize(text), today, true);
            let m = found.first().unwrap_or_else(|| panic!("no date in {text}"));
            assert_eq!(
                (m.past, m.future, m.cue),
                (d(past), d(future), *cue),
                "{text}"
            );
        }
    }

    #[test]
    fn chat_shorthand_and_days_of_the_month() {
        let today = d("2026-11-27"); // a Friday
        let cases: &[(&str, &str, &str)] = &[
            ("by EOM", "2026-11-30", "2026-11-30"),
            ("tomorrow", "2026-11-28", "2026-11-28"),
            ("by the 20th", "2026-11-20", "2026-12-20"),
            // Said on the 27th, the coming 27th is next month's ("by the 1st" said on the 1st).
            ("on the 27th", "2026-11-27", "2026-12-27"),
            ("by 3rd", "2026-11-03", "2026-12-03"),
            ("next Thu", "2026-12-03", "2026-12-03"),
            ("the 3rd of March", "2026-03-03", "2027-03-03"),
            ("by COB", "2026-11-27", "2026-11-27"),
            ("by end of next week", "2026-12-04", "2026-12-04"),
            ("till the new year", "2027-01-01", "2027-01-01"),
            ("by mid-Jan", "2026-01-15", "2027-01-15"),
            ("mid March", "2026-03-15", "2027-03-15"),
            ("last night", "2026-11-26", "2026-11-26"),
            ("today's meeting", "2026-11-27", "2026-11-27"),
            ("workshop 19.11.: notes", "2026-11-19", "2027-11-19"),
            ("until 04.12", "2025-12-04", "2026-12-04"),
            ("cutover 01.07.2027", "2027-07-01", "2027-07-01"),
        ];
        for (text, past, future) in cases {
            let found = find_dates(&tokenize(text), today, true);
            let m = found.first().unwrap_or_else(|| panic!("no date in {text}"));
            assert_eq!((m.past, m.future), (d(past), d(future)), "{text}");
        }
        // An ordinal that is not a date stays a word.
        assert!(find_dates(&tokenize("a 3rd party tool"), today, true).is_empty());
        // Neither an amount with a decimal point nor where a run of time starts.
        assert!(find_dates(&tokenize("€15.03 a unit"), today, true).is_empty());
        assert!(find_dates(&tokenize("rate 15.03 per cent"), today, true).is_empty());
        for figures in [
            "down from 2.1% to 1.4%",
            "up to 4.6 stars",
            "scaled back to 1.1m",
        ] {
            assert!(
                find_dates(&tokenize(figures), today, true).is_empty(),
                "{figures}"
            );
        }
        let since = find_dates(&tokenize("5 fewer since June"), today, true);
        assert_eq!(since[0].cue, Cue::Since);
    }

    #[test]
    fn a_date_beside_go_live_is_a_milestone() {
        let today = d("2026-11-27");
        for text in [
            "go-live 3/15",
            "3/15 go-live",
            "go-live planned 15.03.",
            "cutover 01.07.2027",
            "done by 1/8",
        ] {
            let found = find_dates(&tokenize(text), today, false);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, Cue::Milestone, "{text}");
        }
        // A go-live that happened is when something happened.
        for text in ["went live Monday", "went live on 11/23"] {
            let found = find_dates(&tokenize(text), today, false);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, Cue::At, "{text}");
        }
    }

    #[test]
    fn a_typed_date_reads_whole_or_not_at_all() {
        let today = d("2026-11-27");
        let ahead = |s: &str| read_date(s, today, true, Looking::Ahead);
        assert_eq!(ahead("Friday"), Some(d("2026-11-27")));
        assert_eq!(ahead("next Tuesday"), Some(d("2026-12-01")));
        assert_eq!(ahead("end of month"), Some(d("2026-11-30")));
        assert_eq!(ahead("EOM"), Some(d("2026-11-30")));
        assert_eq!(ahead("Q3"), Some(d("2027-07-01")));
        assert_eq!(ahead("in 2 weeks"), Some(d("2026-12-11")));
        assert_eq!(ahead("31/01/2027"), Some(d("2027-01-31")));
        assert_eq!(ahead("2027-01-31"), Some(d("2027-01-31")));
        assert_eq!(ahead("the 20th"), Some(d("2026-12-20")));
        assert_eq!(
            read_date("Tuesday", today, true, Looking::Back),
            Some(d("2026-11-24"))
        );
        assert_eq!(
            read_date("01/02/2027", today, false, Looking::Ahead),
            Some(d("2027-01-02"))
        );
        for bad in ["", "soon", "Friday the vendor", "2027-02-30", "31/13/2027"] {
            assert_eq!(ahead(bad), None, "{bad}");
        }
    }

    #[test]
    fn week_numbers_and_halves_of_the_year() {
        let today = d("2026-11-27"); // a Friday in ISO week 48
        let cases: &[(&str, &str, &str, Cue)] = &[
            // A week by its ISO number is its Monday, the coming one looking ahead.
            ("revisit in wk 12", "2026-03-16", "2027-03-22", Cue::Until),
            ("share the plan wk 50", "2025-12-08", "2026-12-07", Cue::At),
            ("by week 2", "2026-01-05", "2027-01-11", Cue::By),
            ("by wk50", "2025-12-08", "2026-12-07", Cue::By),
            ("week 10 2027", "2027-03-08", "2027-03-08", Cue::At),
            // A half of the year is its first day.
            (
                "not now, revisit in H2",
                "2026-07-01",
                "2027-07-01",
                Cue::Until,
            ),
            ("till H1", "2026-01-01", "2027-01-01", Cue::Until),
            ("H1 2028", "2028-01-01", "2028-01-01", Cue::At),
        ];
        for (text, past, future, cue) in cases {
            let found = find_dates(&tokenize(text), today, true);
            let m = found.first().unwrap_or_else(|| panic!("no date in {text}"));
            assert_eq!(
                (m.past, m.future, m.cue),
                (d(past), d(future), *cue),
                "{text}"
            );
        }
        // A fiscal year with no stated start is the calendar year, before or after.
        for (text, want) in [
            ("revisit FY27 Q1", "2027-01-01"),
            ("benefit in Q3 FY26", "2026-07-01"),
            ("till FY2028 H2", "2028-07-01"),
            ("Q2 FY27", "2027-04-01"),
        ] {
            let found = find_dates(&tokenize(text), today, true);
            let m = found.first().unwrap_or_else(|| panic!("no date in {text}"));
            assert_eq!((m.past, m.future), (d(want), d(want)), "{text}");
        }
        // A week of something is a count, not a date.
        for text in [
            "week 3 of the pilot",
            "a 12 week trial",
            "H2O levels",
            "the H2 budget",
        ] {
            assert!(
                find_dates(&tokenize(text), today, true).is_empty(),
                "{text}"
            );
        }
        assert_eq!(
            read_date("wk 12", today, true, Looking::Ahead),
            Some(d("2027-03-22"))
        );
    }

    #[test]
    fn a_count_of_things_by_a_date_is_a_milestone_not_a_deadline() {
        let today = d("2026-11-27");
        for text in [
            "approved, 60 stores by March",
            "R1.2m, the first 40 stores before Dec",
            "all sites by Q2",
        ] {
            let found = find_dates(&tokenize(text), today, true);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, Cue::Milestone, "{text}");
        }
        // Someone asked to do it by then owns a deadline.
        for text in [
            "Dana to order 60 more by end of next month",
            "@sean to get 3 quotes by Friday",
            "pls can Raj send 2 options by Dec 4",
        ] {
            let found = find_dates(&tokenize(text), today, false);
            assert_eq!(found[0].cue, Cue::By, "{text}");
        }
    }

    #[test]
    fn chat_spellings_and_a_day_named_twice() {
        let today = d("2026-11-27"); // a Friday
        let cases: &[(&str, &str, &str)] = &[
            ("send it nxt week", "2026-11-30", "2026-11-30"),
            ("got the green light yday", "2026-11-26", "2026-11-26"),
            ("approved Dec. 4", "2025-12-04", "2026-12-04"),
            ("by Jan. 15th", "2026-01-15", "2027-01-15"),
            ("by end of the wk", "2026-11-27", "2026-11-27"),
            ("by nxt Tues", "2026-12-01", "2026-12-01"),
            // Close of business on the day named after it.
            ("EOD tmrw", "2026-11-28", "2026-11-28"),
            ("COB Mon", "2026-11-23", "2026-11-30"),
            // A weekday before the date it is: the date.
            ("mtg Fri 11/20: demo went well", "2026-11-20", "2026-11-20"),
            ("due Thu 12/3", "2026-12-03", "2026-12-03"),
        ];
        for (text, past, future) in cases {
            let found = find_dates(&tokenize(text), today, false);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(
                (found[0].past, found[0].future),
                (d(past), d(future)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_deadline_said_before_its_date_is_a_deadline() {
        let today = d("2026-11-27");
        for text in [
            "£70k, deadline for the business case is 15/12",
            "the deadline is Friday",
            "deadline: 15/12",
            "hard deadline of 15/12 for the quotes",
        ] {
            let found = find_dates(&tokenize(text), today, true);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, Cue::By, "{text}");
        }
    }

    #[test]
    fn a_review_meeting_on_a_date_is_when_not_a_look_again() {
        let today = d("2026-11-27");
        // (message, day first, cue)
        for (text, day_first, cue) in [
            ("Ops budget review on 11/23 - approved $60k", false, Cue::At),
            ("carried on after the review on 11/18", false, Cue::At),
            ("deferred to the board review on 12/2", false, Cue::Until),
            ("parked, review on 3/1", false, Cue::Until),
            ("we'll review on Monday", false, Cue::Until),
            ("Ops review 19/11: agreed to continue", true, Cue::At),
            ("continue, next check-in 15/01", true, Cue::Until),
            ("keep going, next catch-up in March", true, Cue::Until),
            ("Stores catch-up on 23/11. Landlords asked", true, Cue::At),
        ] {
            let found = find_dates(&tokenize(text), today, day_first);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, cue, "{text}");
        }
    }

    #[test]
    fn month_first_when_configured() {
        let found = find_dates(&tokenize("03/31/2027"), d("2026-11-27"), false);
        assert_eq!(found[0].past, d("2027-03-31"));
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(find_dates(&tokenize("we may approve it"), d("2026-11-27"), true).is_empty());
    }
}
