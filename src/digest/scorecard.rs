//! A unit's scorecard: its spend (run and change), the value of its active investments,
//! realised against forecast, decisions taken and due, RAG counts, services' cost per user
//! and engagement, each against the period before. Worked out from the aggregates, as a
//! unit digest is, so it costs two unit digests.

use super::model::{LeftOut, UnitFigures};
use super::{from_aggregates, DigestRequest, DigestSettings, Period};
use crate::ids::{TenantId, UnitId};
use crate::money::{format_minor, Currency};
use crate::store::{Store, StoreError};
use chrono::NaiveDate;
use serde::Serialize;
use valuebridge_chat::{Reply, ReplyKind, Visibility};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    pub unit: String,
    pub period: Period,
    pub period_name: String,
    pub as_of: NaiveDate,
    /// The base currency every amount is in.
    pub currency: String,
    pub figures: UnitFigures,
    /// The period compared with, and its figures as of its last day.
    pub previous_period: Period,
    pub previous: UnitFigures,
    pub left_out: Vec<LeftOut>,
    pub warnings: Vec<String>,
}

/// The scorecard of `unit` over `period`, as of `as_of`.
pub fn scorecard(
    store: &Store,
    tenant: &TenantId,
    s: &DigestSettings,
    unit: UnitId,
    period: Period,
    as_of: NaiveDate,
) -> Result<Scorecard, StoreError> {
    store.with_aggregates(tenant, |agg| {
        let now = from_aggregates(
            agg,
            s,
            &DigestRequest {
                unit: Some(unit),
                period,
                as_of,
            },
        );
        let before_period = period.before();
        let before = from_aggregates(
            agg,
            s,
            &DigestRequest {
                unit: Some(unit),
                period: before_period,
                as_of: before_period.end.min(as_of),
            },
        );
        let figures = |d: &super::Digest| {
            d.units
                .first()
                .map(|l| l.figures.clone())
                .unwrap_or_default()
        };
        Scorecard {
            unit: now.unit.clone().unwrap_or_default(),
            period,
            period_name: period.name(),
            as_of,
            currency: now.currency.clone(),
            figures: figures(&now),
            previous_period: before_period,
            previous: figures(&before),
            left_out: now.left_out.clone(),
            warnings: now.warnings.clone(),
        }
    })
}

fn money(minor: i128, cur: Currency) -> String {
    format_minor(minor, cur, true)
}

fn money_change(now: i128, before: i128, cur: Currency) -> String {
    match (now - before).signum() {
        0 => "no change".into(),
        1 => format!("up {}", money(now - before, cur)),
        _ => format!("down {}", money(before - now, cur)),
    }
}

fn count_change(now: i64, before: i64) -> String {
    match now - before {
        0 => "no change".into(),
        n if n > 0 => format!("up {n}"),
        n => format!("down {}", -n),
    }
}

fn percent(r: Option<f64>) -> String {
    r.map(|r| format!("{:.0}%", r * 100.0))
        .unwrap_or_else(|| "—".into())
}

fn points_change(now: Option<f64>, before: Option<f64>) -> String {
    match (now, before) {
        (Some(a), Some(b)) => {
            let d = ((a - b) * 100.0).round() as i64;
            match d {
                0 => "no change".into(),
                d if d > 0 => format!("up {d} points"),
                d => format!("down {} points", -d),
            }
        }
        _ => "—".into(),
    }
}

/// The scorecard as a chat reply: one row per measure, this period against the last.
pub fn to_reply(sc: &Scorecard) -> Reply {
    let cur = Currency::from_code(&sc.currency).unwrap_or(Currency::GBP);
    let (f, p) = (&sc.figures, &sc.previous);
    let dates = format!("{} to {}", sc.period.start, sc.period.shown_end(sc.as_of));
    let mut r = Reply::new(ReplyKind::Info, Visibility::Channel)
        .heading(format!(
            "Scorecard: {}, {} ({dates})",
            sc.unit, sc.period_name
        ))
        .paragraph(format!(
            "As of {}. Amounts in {}; each figure against {} to {}.",
            sc.as_of, sc.currency, sc.previous_period.start, sc.previous_period.end
        ));
    for l in &sc.left_out {
        r = r.paragraph(super::left_out_sentence(l));
    }
    let m = |label: &str, now: i128, before: i128| {
        vec![
            label.to_string(),
            money(now, cur),
            money(before, cur),
            money_change(now, before, cur),
        ]
    };
    let n = |label: &str, now: u64, before: u64| {
        vec![
            label.to_string(),
            now.to_string(),
            before.to_string(),
            count_change(now as i64, before as i64),
        ]
    };
    let per_user = |x: Option<i128>| x.map(|v| money(v, cur)).unwrap_or_else(|| "—".into());
    let days = |x: Option<i64>| x.map(|v| v.to_string()).unwrap_or_else(|| "never".into());
    let mut rows = vec![
        m("Run spend (a year)", f.run_minor, p.run_minor),
        m("Change spend: grow", f.grow_minor, p.grow_minor),
        m(
            "Change spend: transform",
            f.transform_minor,
            p.transform_minor,
        ),
        n("Active investments", f.active, p.active),
        m("PV of benefits", f.pv_benefits_minor, p.pv_benefits_minor),
        m("NPV", f.npv_minor, p.npv_minor),
        m(
            "Realised to date",
            f.realised_to_date_minor,
            p.realised_to_date_minor,
        ),
        m(
            "Forecast to date",
            f.forecast_to_date_minor,
            p.forecast_to_date_minor,
        ),
        vec![
            "Realised against forecast".into(),
            percent(f.realisation_ratio),
            percent(p.realisation_ratio),
            points_change(f.realisation_ratio, p.realisation_ratio),
        ],
        n("Decisions taken", f.decisions_taken, p.decisions_taken),
        n("Decisions due for review", f.reviews_due, p.reviews_due),
        n("Red", f.red, p.red),
        n("Amber", f.amber, p.amber),
        n("Green", f.green, p.green),
        n("Grey", f.grey, p.grey),
        vec![
            "Services' cost per user (a year)".into(),
            per_user(f.cost_per_user_minor),
            per_user(p.cost_per_user_minor),
            match (f.cost_per_user_minor, p.cost_per_user_minor) {
                (Some(a), Some(b)) => money_change(a, b, cur),
                _ => "—".into(),
            },
        ],
        n("Meetings logged", f.meetings, p.meetings),
        vec![
            "Days since the last meeting".into(),
            days(f.days_since_last_meeting),
            days(p.days_since_last_meeting),
            match (f.days_since_last_meeting, p.days_since_last_meeting) {
                (Some(a), Some(b)) => count_change(a, b),
                _ => "—".into(),
            },
        ],
        n(
            "Overdue follow-ups",
            f.overdue_followups,
            p.overdue_followups,
        ),
        n(
            "Follow-ups closed on time",
            f.follow_ups_on_time,
            p.follow_ups_on_time,
        ),
        n("Follow-ups late", f.follow_ups_late, p.follow_ups_late),
    ];
    // Only said when there are some: follow-ups closed before the day was recorded.
    if f.follow_ups_closed_undated + p.follow_ups_closed_undated > 0 {
        rows.push(n(
            "Follow-ups closed, date not recorded",
            f.follow_ups_closed_undated,
            p.follow_ups_closed_undated,
        ));
    }
    r = r.table(&["Measure", "This period", "Previous", "Change"], rows);
    for w in &sc.warnings {
        r = r.paragraph(format!("Warning: {w}"));
    }
    r
}

pub fn to_json(sc: &Scorecard) -> serde_json::Value {
    serde_json::to_value(sc).expect("a scorecard serialises")
}
