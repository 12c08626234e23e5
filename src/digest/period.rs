//! Digest periods: the ISO week, calendar month, quarter or year containing a date, or an
//! explicit range; and the period just before, for "what changed".

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
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
    /// `week` (ISO, Monday–Sunday), `month`, `quarter`, `year` containing `as_of`, or
    /// `YYYY-MM-DD..YYYY-MM-DD` (inclusive).
    pub fn parse(s: &str, as_of: NaiveDate) -> Result<Period, String> {
        let s = s.trim().to_lowercase();
        let p = match s.as_str() {
            "" | "week" => {
                let start =
                    as_of - Duration::days(i64::from(as_of.weekday().num_days_from_monday()));
                Period {
                    start,
                    end: start + Duration::days(6),
                }
            }
            "month" => {
                let start = month_start(as_of.year(), as_of.month());
                Period {
                    start,
                    end: next_month(start) - Duration::days(1),
                }
            }
            "quarter" => {
                let start = month_start(as_of.year(), (as_of.month() - 1) / 3 * 3 + 1);
                Period {
                    start,
                    end: next_month(next_month(next_month(start))) - Duration::days(1),
                }
            }
            "year" => Period {
                start: month_start(as_of.year(), 1),
                end: month_start(as_of.year() + 1, 1) - Duration::days(1),
            },
            range => {
                let (a, b) = range.split_once("..").ok_or_else(|| format!("`{s}` is not a period; use week, month, quarter, year or YYYY-MM-DD..YYYY-MM-DD"))?;
                let date = |x: &str| {
                    NaiveDate::parse_from_str(x.trim(), "%Y-%m-%d")
                        .map_err(|_| format!("`{x}` is not a date; write it as YYYY-MM-DD"))
                };
                let (start, end) = (date(a)?, date(b)?);
                if end < start {
                    return Err(format!("the period {start}..{end} ends before it starts"));
                }
                Period { start, end }
            }
        };
        Ok(p)
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

    #[test]
    fn periods_contain_the_date() {
        let as_of = d("2026-11-27"); // a Friday
        assert_eq!(
            Period::parse("week", as_of).unwrap(),
            Period {
                start: d("2026-11-23"),
                end: d("2026-11-29")
            }
        );
        assert_eq!(
            Period::parse("month", as_of).unwrap(),
            Period {
                start: d("2026-11-01"),
                end: d("2026-11-30")
            }
        );
        assert_eq!(
            Period::parse("quarter", as_of).unwrap(),
            Period {
                start: d("2026-10-01"),
                end: d("2026-12-31")
            }
        );
        assert_eq!(
            Period::parse("year", as_of).unwrap(),
            Period {
                start: d("2026-01-01"),
                end: d("2026-12-31")
            }
        );
        assert_eq!(
            Period::parse("month", d("2028-02-10")).unwrap().end,
            d("2028-02-29"),
            "leap year"
        );
        let r = Period::parse("2027-01-01..2027-03-31", as_of).unwrap();
        assert_eq!(r.days(), 90);
        assert_eq!(
            r.previous(),
            Period {
                start: d("2026-10-03"),
                end: d("2026-12-31")
            }
        );
        assert!(Period::parse("2027-03-01..2027-01-01", as_of)
            .unwrap_err()
            .contains("ends before"));
        assert!(Period::parse("fortnight", as_of)
            .unwrap_err()
            .contains("not a period"));
    }
}
