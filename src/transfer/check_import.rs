//! Checks a JSON export before any of it is imported: every id within the bound a counter
//! can hold, every name by the rules the commands apply, every date a real one (years
//! 1900–2200). Each problem names the line of the file and the field, so the file can be
//! fixed by hand. Text lengths are not checked: an older file may hold longer notes, and
//! they are kept as they were.

use crate::domain::{names, Record};
use crate::ids::{RecordId, MAX_NUMBER};
use crate::store::{Change, LogEntry};
use chrono::{Datelike, NaiveDate};

/// Years a date may fall in.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// The line on which each element of the top-level `entries` array starts. Empty if the
/// text does not have that shape (the caller then names entries by number only).
pub fn entry_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let (mut line, mut depth) = (1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    let (mut string, mut last_string) = (String::new(), String::new());
    let (mut in_entries, mut expect_element) = (false, false);
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        if in_string {
            if escaped {
                escaped = false;
                string.push(c);
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
                last_string = std::mem::take(&mut string);
            } else {
                string.push(c);
            }
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        if in_entries && depth == 2 && expect_element && !matches!(c, ']' | ',') {
            lines.push(line);
            expect_element = false;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => {
                depth += 1;
                if c == '[' && depth == 2 && last_string == "entries" {
                    in_entries = true;
                    expect_element = true;
                }
            }
            '}' | ']' => {
                if c == ']' && depth == 2 {
                    in_entries = false;
                }
                depth = depth.saturating_sub(1);
            }
            ',' if in_entries && depth == 2 => expect_element = true,
            _ => {}
        }
    }
    lines
}

fn id_problem(field: &str, id: RecordId) -> Option<String> {
    (id.n > MAX_NUMBER)
        .then(|| format!("`{field}` {id} is beyond the largest id number ({MAX_NUMBER})"))
}

fn date_problem(field: &str, date: NaiveDate) -> Option<String> {
    (!YEARS.contains(&date.year())).then(|| {
        format!(
            "`{field}` {date} is not a plausible date (years {} to {})",
            YEARS.start(),
            YEARS.end()
        )
    })
}

fn name_problem(field: &str, name: &str, colon_allowed: bool) -> Option<String> {
    names::problem(name, &format!("`{field}`"), colon_allowed)
}

/// The problems of one record, each naming its field.
fn record_problems(record: &Record) -> Vec<String> {
    let mut out = vec![id_problem("record.id", record.id())];
    match record {
        Record::Unit(u) => {
            out.push(name_problem("record.name", &u.name, false));
            for a in &u.aliases {
                out.push(name_problem("record.aliases", a, false));
            }
        }
        Record::Note(n) => {
            out.push(id_problem("record.unit", n.unit.record()));
            for f in &n.followups {
                out.push(f.due.and_then(|d| date_problem("record.followups.due", d)));
            }
        }
        Record::Investment(i) => {
            out.push(id_problem("record.unit", i.unit.record()));
            out.push(name_problem("record.name", &i.name, true));
            for a in &i.aliases {
                out.push(name_problem("record.aliases", a, false));
            }
            out.push(date_problem("record.start", i.start));
        }
        Record::Decision(d) => {
            out.push(id_problem("record.investment", d.investment.record()));
            out.push(
                d.supersedes
                    .and_then(|s| id_problem("record.supersedes", s.record())),
            );
            out.push(date_problem("record.decided_on", d.decided_on));
            out.push(d.review.and_then(|r| date_problem("record.review", r)));
        }
        Record::Benefit(b) => {
            out.push(id_problem("record.investment", b.investment.record()));
            out.push(date_problem("record.date", b.date));
        }
        Record::Service(s) => {
            out.push(s.unit.and_then(|u| id_problem("record.unit", u.record())));
            out.push(name_problem("record.name", &s.name, true));
        }
    }
    out.push(date_problem(
        "record.meta.at",
        record.meta().at.date_naive(),
    ));
    out.into_iter().flatten().collect()
}

/// Where an entry is in the file, for messages: "line 12 (entry 3)".
pub fn place(lines: &[usize], index: usize) -> String {
    match lines.get(index) {
        Some(line) => format!("line {line} (entry {})", index + 1),
        None => format!("entry {}", index + 1),
    }
}

/// Every problem of every entry, each naming its line and field.
pub fn problems(entries: &[LogEntry], lines: &[usize]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let mut found: Vec<String> = [
            id_problem("record", entry.record),
            date_problem("at", entry.at.date_naive()),
        ]
        .into_iter()
        .flatten()
        .collect();
        match &entry.change {
            Change::Created { record } | Change::Amended { record, .. } => {
                found.extend(record_problems(record))
            }
            Change::Retracted { .. } | Change::Restored { .. } => {}
        }
        for problem in found {
            out.push(format!("{}: {problem}", place(lines, i)));
        }
    }
    out
}

/// The problems of the exported subscriptions: ids within the bound, units by id.
pub fn subscription_problems(subs: &[crate::schedule::Subscription]) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for sub in subs {
        let found = [
            id_problem("id", sub.id.record()),
            sub.unit.and_then(|u| id_problem("unit", u.record())),
            (!seen.insert(sub.id)).then(|| format!("{} appears twice", sub.id)),
        ];
        for problem in found.into_iter().flatten() {
            out.push(format!("subscription {}: {problem}", sub.id));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_found_by_line_whatever_the_layout() {
        let text = "{\n \"format\": \"x\",\n \"entries\": [\n  {\"a\": \"]\\\"[{\"},\n  {\"b\": [1, {\"c\": 2}]}\n ]\n}";
        assert_eq!(entry_lines(text), vec![4, 5]);
        assert_eq!(entry_lines("{\"entries\":[{},{}]}"), vec![1, 1]);
        assert!(entry_lines("{\"entries\":[]}").is_empty());
    }
}
