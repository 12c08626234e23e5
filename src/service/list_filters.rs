//! Which records `list`'s filters keep (`tag:`, `since:`, `verdict:`, `status:`…).

use super::error::Failure;
use super::follow_ups::person_key;
use super::render;
use super::{Caller, Service};
use crate::command::ListFilter;
use crate::domain::{Investment, Record};
use crate::ids::InvestmentId;
use chrono::NaiveDate;
use std::collections::HashMap;

/// The day a record is about: a meeting, a start, a decision, a benefit; otherwise the day
/// it was logged.
fn day_of(r: &Record) -> NaiveDate {
    match r {
        Record::Note(n) => n.met_on(),
        Record::Investment(i) => i.start,
        Record::Decision(d) => d.decided_on,
        Record::Benefit(b) => b.date,
        Record::Unit(_) | Record::Service(_) => r.meta().at.date_naive(),
    }
}

/// True when the record passes every filter.
pub fn keep_all(
    s: &Service,
    caller: &Caller,
    r: &Record,
    filters: &[ListFilter],
    investments: &HashMap<InvestmentId, Investment>,
) -> Result<bool, Failure> {
    for f in filters {
        let keep = match f {
            ListFilter::Tag(tag) => matches!(r, Record::Note(n) if n.tags.contains(tag)),
            ListFilter::Since(d) => day_of(r) >= *d,
            ListFilter::Until(d) => day_of(r) <= *d,
            ListFilter::Verdict(v) => matches!(r, Record::Decision(d) if d.verdict == *v),
            ListFilter::Status(st) => match r {
                Record::Investment(i) => render::status(&s.store, caller, i.id)?.0 == *st,
                _ => false,
            },
            ListFilter::Category(c) => {
                let of = |id: &InvestmentId| investments.get(id).is_some_and(|i| i.category == *c);
                match r {
                    Record::Investment(i) => i.category == *c,
                    Record::Decision(d) => of(&d.investment),
                    Record::Benefit(b) => of(&b.investment),
                    _ => false,
                }
            }
            ListFilter::By(who) => {
                let who = person_key(who);
                let meta = r.meta();
                let decided = matches!(r, Record::Decision(d) if person_key(&d.decided_by) == who);
                decided
                    || person_key(&meta.logged_by) == who
                    || person_key(&meta.logged_by_name) == who
            }
        };
        if !keep {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The filters in words, for the list's heading.
pub fn describe(filters: &[ListFilter]) -> String {
    filters
        .iter()
        .map(|f| match f {
            ListFilter::Tag(t) => format!(", tagged #{t}"),
            ListFilter::Since(d) => format!(", since {d}"),
            ListFilter::Until(d) => format!(", until {d}"),
            ListFilter::Verdict(v) => format!(", {v}"),
            ListFilter::Status(st) => format!(", {st}"),
            ListFilter::Category(c) => format!(", {c}"),
            ListFilter::By(who) => format!(", by {who}"),
        })
        .collect()
}
