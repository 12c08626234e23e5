//! Digest periods: the ISO week, calendar month, quarter or year containing a date (so far),
//! the last complete one before it, or an explicit range; and the period just before, for
//! "what changed".

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// How it was asked for, for the digest's title (the JSON has `period_name`).
    #[serde(skip)]
    pub kind: PeriodKind,
}

/// A calendar span a period can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Week,
    Month,
    Quarter,
    Year,
}

impl Span {
    fn word(self) -> &'static str {
        match self {
            Span::Week => "week",
            Span::Month => "month",
            Span::Quarter => "quarter",
            Span::Year => "year",
        }
    }

    fn parse(s: &str) -> Option<Span> {
        Some(match s {
            "week" => Span::Week,
            "month" => Span::Month,
            "quarter" => Span::Quarter,
            "year" => Span::Year,
            _ => return None,
        })
    }

    /// The span containing `d`.
    fn around(self, d: NaiveDate) -> (NaiveDate, NaiveDate) {
        match self {
            Span::Week => {
                let start = d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
                (start, start + Duration::days(6))
            }
            Span::Month => {
                let start = month_start(d.year(), d.month());
                (start, next_month(start) - Duration::days(1))
            }
            Span::Quarter => {
                let start = month_start(d.year(), (d.month() - 1) / 3 * 3 + 1);
                (
                    start,
                    next_month(next_month(next_month(start))) - Duration::days(1),
                )
            }
            Span::Year => (
                month_start(d.year(), 1),
                month_start(d.year() + 1, 1) - Duration::days(1),
            ),
        }
    }
}

/// Whether a period is the current span so far, the last complete one, or a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PeriodKind {
    ToDate(Span),
    Last(Span),
    #[default]
    Range,
}

fn month_start(y: i32, m: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, 1).expect("valid month")
}

fn next_month(d: NaiveDate) -> NaiveDate {
    if d.month() == 12 {
        month_start(d.year() + 1, 1)
    } else {
        month_start(d.year(), d.month() + 1)
    }
}

impl Period {
    /// `week` (ISO, Monday–Sunday), `month`, `quarter`, `year` containing `as_of` (so far;
    /// also `this-week` and so on), `last-week` (and so on) for the last complete one, or
    /// `YYYY-MM-DD..YYYY-MM-DD` (inclusive).
    pub fn parse(s: &str, as_of: NaiveDate) -> Result<Period, String> {
        let s = s.trim().to_lowercase();
        let word = if s.is_empty() { "week" } else { s.as_str() };
        let this = word.strip_prefix("this-").unwrap_or(word);
        if let Some(span) = Span::parse(this) {
            let (start, end) = span.around(as_of);
            return Ok(Period {
                start,
                end,
                kind: PeriodKind::ToDate(span),
            });
        }
        if let Some(span) = word.strip_prefix("last-").and_then(Span::parse) {
            return Ok(Period::last_complete(span, as_of));
        }
        let (a, b) = word.split_once("..").ok_or_else(|| format!("`{s}` is not a period; use week, month, quarter, year (so far), last-week, last-month, last-quarter, last-year or YYYY-MM-DD..YYYY-MM-DD"))?;
        let date = |x: &str| {
            NaiveDate::parse_from_str(x.trim(), "%Y-%m-%d")
                .map_err(|_| format!("`{x}` is not a date; write it as YYYY-MM-DD"))
        };
        let (start, end) = (date(a)?, date(b)?);
        if end < start {
            return Err(format!("the period {start}..{end} ends before it starts"));
        }
        Ok(Period {
            start,
            end,
            kind: PeriodKind::Range,
        })
    }

    /// The last complete span before the one containing `day`: what a digest scheduled on
    /// `day` reports on (a Monday's weekly digest covers the week that ended on Sunday).
    pub fn last_complete(span: Span, day: NaiveDate) -> Period {
        let (this_start, _) = span.around(day);
        let (start, end) = span.around(this_start - Duration::days(1));
        Period {
            start,
            end,
            kind: PeriodKind::Last(span),
        }
    }

    /// What a scheduled digest with period `word` (`week`, `month`, `quarter`, `year`)
    /// covers when it fires on `day`, in the subscription's time zone.
    pub fn scheduled(word: &str, day: NaiveDate) -> Result<Period, String> {
        let word = word.trim().to_lowercase();
        let span = Span::parse(word.strip_prefix("last-").unwrap_or(&word)).ok_or_else(|| {
            format!("`{word}` is not a period for a schedule; use week, month, quarter or year")
        })?;
        Ok(Period::last_complete(span, day))
    }

    /// The period a scorecard compares with: the calendar span before a week, month,
    /// quarter or year (to date or complete), or the range of the same length before a range.
    pub fn before(&self) -> Period {
        match self.kind {
            PeriodKind::ToDate(span) | PeriodKind::Last(span) => {
                Period::last_complete(span, self.start)
            }
            PeriodKind::Range => self.previous(),
        }
    }

    /// The period in words, for a title: `week to date`, `last month`, `2027-01-01 to
    /// 2027-03-31`.
    pub fn name(&self) -> String {
        match self.kind {
            PeriodKind::ToDate(span) => format!("{} to date", span.word()),
            PeriodKind::Last(span) => format!("last {}", span.word()),
            PeriodKind::Range => format!("{} to {}", self.start, self.end),
        }
    }

    /// The period as it stands on `as_of`: the start, and the end or `as_of` if sooner.
    pub fn shown_end(&self, as_of: NaiveDate) -> NaiveDate {
        match self.kind {
            PeriodKind::ToDate(_) => self.end.min(as_of),
            _ => self.end,
        }
    }

    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// The period of the same length just before this one.
    pub fn previous(&self) -> Period {
        let end = self.start - Duration::days(1);
        Period {
            start: end - Duration::days(self.days() - 1),
            end,
            kind: PeriodKind::Range,
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d <= self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn span(p: Period) -> (NaiveDate, NaiveDate) {
        (p.start, p.end)
    }

    #[test]
    fn periods_contain_the_date() {
        let as_of = d("2026-11-27"); // a Friday
        let week = Period::parse("week", as_of).unwrap();
        assert_eq!(span(week), (d("2026-11-23"), d("2026-11-29")));
        assert_eq!(week.name(), "week to date");
        assert_eq!(week.shown_end(as_of), as_of);
        assert_eq!(Period::parse("this-week", as_of).unwrap(), week);
        assert_eq!(
            span(Period::parse("month", as_of).unwrap()),
            (d("2026-11-01"), d("2026-11-30"))
        );
        assert_eq!(
            span(Period::parse("quarter", as_of).unwrap()),
            (d("2026-10-01"), d("2026-12-31"))
        );
        assert_eq!(
            span(Period::parse("year", as_of).unwrap()),
            (d("2026-01-01"), d("2026-12-31"))
        );
        assert_eq!(
            Period::parse("month", d("2028-02-10")).unwrap().end,
            d("2028-02-29"),
            "leap year"
        );
        let r = Period::parse("2027-01-01..2027-03-31", as_of).unwrap();
        assert_eq!(r.days(), 90);
        assert_eq!(r.name(), "2027-01-01 to 2027-03-31");
        assert_eq!(span(r.previous()), (d("2026-10-03"), d("2026-12-31")));
        assert!(Period::parse("2027-03-01..2027-01-01", as_of)
            .unwrap_err()
            .contains("ends before"));
        assert!(Period::parse("fortnight", as_of)
            .unwrap_err()
            .contains("not a period"));
    }

    #[test]
    fn last_periods_are_the_complete_ones_before() {
        let monday = d("2026-11-30");
        let last = Period::parse("last-week", monday).unwrap();
        assert_eq!(span(last), (d("2026-11-23"), d("2026-11-29")));
        assert_eq!(last.name(), "last week");
        assert_eq!(last.shown_end(monday), d("2026-11-29"));
        // Across the year boundary.
        let new_year = d("2027-01-01");
        assert_eq!(
            span(Period::scheduled("week", d("2027-01-04")).unwrap()),
            (d("2026-12-28"), d("2027-01-03"))
        );
        assert_eq!(
            span(Period::scheduled("month", new_year).unwrap()),
            (d("2026-12-01"), d("2026-12-31"))
        );
        assert_eq!(
            span(Period::scheduled("quarter", new_year).unwrap()),
            (d("2026-10-01"), d("2026-12-31"))
        );
        assert_eq!(
            span(Period::parse("last-year", new_year).unwrap()),
            (d("2026-01-01"), d("2026-12-31"))
        );
        // Mid-period, the last complete one is still the one before.
        assert_eq!(
            span(Period::scheduled("month", d("2026-03-15")).unwrap()),
            (d("2026-02-01"), d("2026-02-28"))
        );
        assert!(Period::scheduled("fortnight", new_year).is_err());
    }
}
