//! `follow-ups [mine] [overdue] [due:<date>|due:this-week] [unit:<unit>] [owner:@who]`: the
//! open follow-up actions, filtered.

use super::error::ParseError;
use super::values::{Looking, Parser};
use super::Command;
use chrono::{Datelike, Days, NaiveDate};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUpsArgs {
    /// Only the caller's: owned by them, or unowned on a note they logged.
    pub mine: bool,
    /// Only those past their due date.
    pub overdue: bool,
    /// Only those due on or before this day (overdue ones included).
    pub due_by: Option<NaiveDate>,
    pub unit: Option<String>,
    pub owner: Option<String>,
}

const FILTERS: &str =
    "`mine`, `overdue`, `due:this-week`, `due:<date>`, `unit:<unit>`, `owner:@who`";

/// The last day of the week (Sunday) `weeks` weeks after today's.
fn week_end(today: NaiveDate, weeks: u64) -> NaiveDate {
    let to_sunday = 6 - u64::from(today.weekday().num_days_from_monday());
    today + Days::new(to_sunday + 7 * weeks)
}

pub(super) fn parse_follow_ups(mut p: Parser<'_>) -> Result<Command, ParseError> {
    let mut args = FollowUpsArgs::default();
    while let Some(t) = p.next() {
        if t.is("mine") {
            args.mine = true;
            continue;
        }
        if t.is("overdue") || t.is("late") {
            args.overdue = true;
            continue;
        }
        let Some((key, value)) = t.key_value() else {
            return Err(p.error_at(
                t,
                format!("`{}` is not a filter; the filters are {FILTERS}", t.text),
            ));
        };
        let value = value.trim();
        if value.is_empty() {
            return Err(p.error_at(t, format!("`{key}:` needs a value")));
        }
        match key.as_str() {
            "unit" => args.unit = Some(value.to_string()),
            "owner" => args.owner = Some(value.to_string()),
            "due" => {
                let today = p.ctx.today;
                args.due_by = Some(match value.to_lowercase().as_str() {
                    "this-week" | "thisweek" | "week" => week_end(today, 0),
                    "next-week" | "nextweek" => week_end(today, 1),
                    _ => {
                        let words = value.replace('-', " ");
                        let dashed = p.date(t, value, Looking::Ahead);
                        match dashed {
                            Ok(d) => d,
                            Err(_) => p.date_words(t, &words, Looking::Ahead)?,
                        }
                    }
                })
            }
            _ => {
                return Err(p.error_at(
                    t,
                    format!("`{key}` is not a filter; the filters are {FILTERS}"),
                ))
            }
        }
    }
    Ok(Command::FollowUps(args))
}
