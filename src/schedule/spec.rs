//! When a subscription fires: a cron expression read in a time zone, with daylight-saving
//! rules people expect. A local time that does not exist (spring forward) fires once at the
//! next valid instant; a local time that happens twice (fall back) fires once, the first time.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use cron::Schedule;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// A parsed schedule: the cron expression (6 or 7 fields, seconds first) and its zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spec {
    /// What the user wrote, for display (`weekly mon 09:00` or `0 9 * * MON`).
    pub display: String,
    /// The expression handed to the cron crate (seconds first).
    pub cron: String,
    pub tz: String,
}

pub const DAYS: &str = "mon, tue, wed, thu, fri, sat or sun";

fn day(word: &str) -> Option<&'static str> {
    Some(match word.to_lowercase().get(..3)? {
        "mon" => "MON",
        "tue" => "TUE",
        "wed" => "WED",
        "thu" => "THU",
        "fri" => "FRI",
        "sat" => "SAT",
        "sun" => "SUN",
        _ => return None,
    })
}

/// `HH:MM` (24-hour) as (hour, minute).
fn clock_time(s: &str) -> Option<(u32, u32)> {
    let (h, m) = s.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

impl Spec {
    /// `weekly <day> <HH:MM>`, `daily <HH:MM>`, `monthly <day-of-month> <HH:MM>`.
    pub fn from_words(words: &[&str], tz: Tz) -> Result<Spec, String> {
        let usage =
            "write `weekly mon 09:00`, `daily 08:30`, `monthly 1 09:00`, or `cron \"0 9 * * MON\"`";
        let cron = match words {
            [w, d, t] if w.eq_ignore_ascii_case("weekly") => {
                let d = day(d).ok_or_else(|| format!("`{d}` is not a day; use {DAYS}"))?;
                let (h, m) = clock_time(t)
                    .ok_or_else(|| format!("`{t}` is not a time; write it as HH:MM, like 09:00"))?;
                format!("0 {m} {h} * * {d}")
            }
            [w, t] if w.eq_ignore_ascii_case("daily") => {
                let (h, m) = clock_time(t)
                    .ok_or_else(|| format!("`{t}` is not a time; write it as HH:MM, like 09:00"))?;
                format!("0 {m} {h} * * *")
            }
            [w, dom, t] if w.eq_ignore_ascii_case("monthly") => {
                let dom: u32 = dom
                    .parse()
                    .ok()
                    .filter(|d| (1..=28).contains(d))
                    .ok_or_else(|| format!("`{dom}` is not a day of the month from 1 to 28"))?;
                let (h, m) = clock_time(t)
                    .ok_or_else(|| format!("`{t}` is not a time; write it as HH:MM, like 09:00"))?;
                format!("0 {m} {h} {dom} * *")
            }
            _ => return Err(format!("I could not read that schedule; {usage}")),
        };
        Spec::checked(words.join(" "), cron, tz)
    }

    /// A crontab expression: 5 fields (minute first), or the cron crate's 6/7 with seconds.
    pub fn from_cron(expr: &str, tz: Tz) -> Result<Spec, String> {
        let fields = expr.split_whitespace().count();
        let cron = match fields {
            5 => format!("0 {}", expr.trim()),
            6 | 7 => expr.trim().to_string(),
            _ => return Err(format!("`{expr}` has {fields} fields; a cron expression has 5 (minute hour day month weekday), or 6/7 with seconds first")),
        };
        Spec::checked(expr.trim().to_string(), cron, tz)
    }

    fn checked(display: String, cron: String, tz: Tz) -> Result<Spec, String> {
        Schedule::from_str(&cron)
            .map_err(|e| format!("`{display}` is not a valid cron expression ({e})"))?;
        let spec = Spec {
            display,
            cron,
            tz: tz.name().to_string(),
        };
        if spec.next_after(Utc::now() - Duration::days(1)).is_none() {
            return Err(format!("`{}` never fires", spec.display));
        }
        Ok(spec)
    }

    pub fn zone(&self) -> Tz {
        self.tz.parse().unwrap_or(Tz::UTC)
    }

    fn schedule(&self) -> Option<Schedule> {
        Schedule::from_str(&self.cron).ok()
    }

    /// Fire instants strictly after `after`, in order.
    pub fn fire_times_after(
        &self,
        after: DateTime<Utc>,
    ) -> impl Iterator<Item = DateTime<Utc>> + '_ {
        let tz = self.zone();
        let schedule = self.schedule();
        // Walk the schedule in local wall-clock time (a naive calendar, as if UTC), starting
        // a little early so a slot pushed later by a spring-forward gap is not missed.
        let local_start = after.with_timezone(&tz).naive_local() - Duration::hours(3);
        let mut last: Option<DateTime<Utc>> = None;
        schedule
            .into_iter()
            .flat_map(move |s| s.after_owned(Utc.from_utc_datetime(&local_start)))
            .take(100_000)
            .filter_map(move |local| {
                let instant = resolve(tz, local.naive_utc())?;
                if instant <= after || last.is_some_and(|l| instant <= l) {
                    return None;
                }
                last = Some(instant);
                Some(instant)
            })
    }

    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.fire_times_after(after).next()
    }

    /// The latest fire instant at or before `at`, if any after `since`.
    pub fn latest_at_or_before(
        &self,
        since: DateTime<Utc>,
        at: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        self.fire_times_after(since).take_while(|t| *t <= at).last()
    }

    /// The shortest gap between fires over the next `count` fires after `from`.
    pub fn shortest_gap(&self, from: DateTime<Utc>, count: usize) -> Option<Duration> {
        let times: Vec<_> = self.fire_times_after(from).take(count).collect();
        times.windows(2).map(|w| w[1] - w[0]).min()
    }
}

/// The instant of a local wall-clock time: the first of two on fall-back; on spring-forward,
/// the first valid instant after the gap.
fn resolve(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Some(first.with_timezone(&Utc)),
        LocalResult::None => {
            // Find the end of the gap, minute by minute (gaps are at most a few hours).
            let mut probe = local;
            for _ in 0..(4 * 60) {
                probe += Duration::minutes(1);
                if let LocalResult::Single(t) | LocalResult::Ambiguous(t, _) =
                    tz.from_local_datetime(&probe)
                {
                    return Some(t.with_timezone(&Utc));
                }
            }
            None
        }
    }
}

#[cfg(test)]
#[path = "spec_tests.rs"]
mod tests;
