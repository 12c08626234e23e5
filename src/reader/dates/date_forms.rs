//! Dates in other forms: dotted dates, headings' dates, days of the month and months, the
//! nearest day before or after.

use super::*;

/// A date written with dots, always day first as everywhere it is written so: `01.07.2027`,
/// `19.11.` (the closing dot says it is a date), or `04.12` after a word that leads a date
/// ("until 04.12"); never an amount (`€15.03`).
pub(super) fn dotted(
    toks: &[Token],
    i: usize,
    today: NaiveDate,
) -> Option<(NaiveDate, NaiveDate, usize)> {
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
pub(super) const HEADING_WORDS: &[&str] = &[
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
pub(super) fn heading_date(toks: &[Token], i: usize) -> bool {
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
pub(in crate::reader) fn dotted_day_month(t: &Token, today: NaiveDate) -> Option<NaiveDate> {
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

pub(super) fn day_of_month_dates(today: NaiveDate, day: u32) -> Option<(NaiveDate, NaiveDate)> {
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
pub(super) fn month_dates(
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

pub(super) fn next_on_or_after(today: NaiveDate, day: Weekday) -> NaiveDate {
    let ahead = (7 + day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today + Days::new(ahead as u64)
}

pub(super) fn next_after(today: NaiveDate, day: Weekday) -> NaiveDate {
    next_on_or_after(today + Days::new(1), day)
}

pub(super) fn last_on_or_before(today: NaiveDate, day: Weekday) -> NaiveDate {
    let back = (7 + today.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
    today - Days::new(back as u64)
}

pub(super) fn last_before(today: NaiveDate, day: Weekday) -> NaiveDate {
    last_on_or_before(today - Days::new(1), day)
}

/// "by Friday week", "we'll know Thursday week" (British and Irish English): `rest` opening
/// on the weekday `day` then "week" is that day a week after the coming one.
pub(super) fn weekday_week(rest: &[&str], day: Weekday, today: NaiveDate) -> Option<NaiveDate> {
    let said = rest.get(1) == Some(&"week")
        && !matches!(
            rest.get(2).copied(),
            Some("of" | "ending" | "commencing" | "beginning" | "starting")
        );
    said.then(|| next_on_or_after(today, day) + Days::new(7))
}
