//! Red / amber / green status of an investment, as portfolio tools report it, from where it
//! stands against its forecast and its review date.

use super::DigestSettings;
use crate::domain::InvestmentStatus;
use chrono::NaiveDate;

/// What the rating is worked out from, as of one date.
pub struct RagInputs {
    pub status: InvestmentStatus,
    pub as_of: NaiveDate,
    pub start: NaiveDate,
    /// Realised against forecast to date; `None` while nothing is forecast yet.
    pub ratio: Option<f64>,
    /// The latest decision's date and review date.
    pub decided_on: Option<NaiveDate>,
    pub review: Option<NaiveDate>,
}

/// Why an investment has its rating: kept as values, put into words only where shown
/// (a digest rates every investment and shows no reasons).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reason {
    NotActive(InvestmentStatus),
    NotStarted(NaiveDate),
    ReviewPassed(NaiveDate),
    Slipping { ratio: f64, days: i64, line: f64 },
    NearSlipping { ratio: f64, days: i64, line: f64 },
    ReviewNear(NaiveDate),
    OnTrack,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pc = |r: f64| format!("{:.0}%", r * 100.0);
        match *self {
            Reason::NotActive(status) => write!(f, "not active: {status}"),
            Reason::NotStarted(start) => write!(f, "not started: starts {start}"),
            Reason::ReviewPassed(review) => {
                write!(f, "review date {review} passed with no decision since")
            }
            Reason::Slipping { ratio, days, line } => write!(
                f,
                "realised {} of forecast {days} days in (red under {})",
                pc(ratio),
                pc(line)
            ),
            Reason::NearSlipping { ratio, days, line } => write!(
                f,
                "realised {} of forecast {days} days in, near the {} red line",
                pc(ratio),
                pc(line)
            ),
            Reason::ReviewNear(review) => write!(f, "review due {review}"),
            Reason::OnTrack => write!(f, "on track"),
        }
    }
}

/// The rating (`red`, `amber`, `green`, `grey`) and why.
pub fn rag(s: &DigestSettings, i: &RagInputs) -> (&'static str, Reason) {
    if i.status != InvestmentStatus::Active {
        return ("grey", Reason::NotActive(i.status));
    }
    if i.as_of < i.start {
        return ("grey", Reason::NotStarted(i.start));
    }
    let days = (i.as_of - i.start).num_days();
    if let Some(review) = i.review.filter(|r| *r < i.as_of) {
        return ("red", Reason::ReviewPassed(review));
    }
    let line = s.slipping_ratio;
    if let Some(ratio) = i.ratio {
        if days >= s.slipping_days && ratio < line {
            return ("red", Reason::Slipping { ratio, days, line });
        }
    }
    let m = s.rag_amber_margin;
    if let Some(ratio) = i.ratio {
        let near_days = days as f64 >= s.slipping_days as f64 * (1.0 - m);
        if near_days && ratio < line * (1.0 + m) {
            return ("amber", Reason::NearSlipping { ratio, days, line });
        }
    }
    if let (Some(review), Some(decided)) = (i.review, i.decided_on) {
        let span = (review - decided).num_days();
        let left = (review - i.as_of).num_days();
        if left as f64 <= span as f64 * m {
            return ("amber", Reason::ReviewNear(review));
        }
    }
    ("green", Reason::OnTrack)
}

/// Reds first, then amber, green and grey.
pub fn rank(rag: &str) -> u8 {
    match rag {
        "red" => 0,
        "amber" => 1,
        "green" => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn rate(ratio: Option<f64>, as_of: &str, review: Option<&str>) -> &'static str {
        let s = DigestSettings::from_config(&Config::default()).unwrap();
        rag(
            &s,
            &RagInputs {
                status: InvestmentStatus::Active,
                as_of: d(as_of),
                start: d("2026-01-01"),
                ratio,
                decided_on: Some(d("2026-01-01")),
                review: review.map(d),
            },
        )
        .0
    }

    #[test]
    fn the_thresholds() {
        // 2026-04-01 is 90 days in; 2026-03-14 is 72 (80% of 90).
        assert_eq!(rate(Some(0.79), "2026-04-01", None), "red");
        assert_eq!(rate(Some(0.80), "2026-04-01", None), "amber");
        assert_eq!(rate(Some(0.959), "2026-04-01", None), "amber");
        assert_eq!(rate(Some(0.96), "2026-04-01", None), "green");
        assert_eq!(rate(Some(0.10), "2026-03-13", None), "green", "71 days in");
        assert_eq!(rate(Some(0.10), "2026-03-14", None), "amber", "72 days in");
        assert_eq!(rate(None, "2026-01-01", None), "green");
        // Review 2026-11-01, decided 2026-01-01 (304 days): amber from 60.8 days before.
        assert_eq!(rate(Some(1.0), "2026-09-01", Some("2026-11-01")), "green");
        assert_eq!(rate(Some(1.0), "2026-09-02", Some("2026-11-01")), "amber");
        assert_eq!(rate(Some(1.0), "2026-11-01", Some("2026-11-01")), "amber");
        assert_eq!(rate(Some(1.0), "2026-11-02", Some("2026-11-01")), "red");
        assert_eq!(rate(Some(1.0), "2025-12-31", None), "grey", "not started");
    }
}
