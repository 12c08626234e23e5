//! Table-driven grammar tests: every line of the issue, and every error case. The helpers
//! live here; the tables are in the files named for what they check.

use super::*;
use crate::domain::{Category, Verdict};
use crate::ids::{InvestmentId, Kind, NoteId, RecordId};
use crate::money::{Currency, Money};

mod dates;
mod errors;
mod issue_lines;
mod names;
mod plain_and_digests;

fn ctx() -> Context {
    Context {
        default_currency: Currency::GBP,
        today: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        day_first: true,
        week_ends: chrono::Weekday::Fri,
        financial_year_starts: None,
    }
}

fn gbp(minor: i64) -> Money {
    Money::new(minor, Currency::GBP)
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn ok(line: &str) -> Command {
    parse(line, &ctx()).unwrap_or_else(|e| panic!("{line}: {e}"))
}
