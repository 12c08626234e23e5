//! Where a chart's figures come from: the digest, built as `/value digest` builds it (for
//! `benefits`, the investment's digest line at each month end since it started).

use super::{benefits, rag, units, BenefitPoint, BenefitSeries, Chart, ChartKind};
use crate::digest::{self, DigestRequest, DigestSettings, InvestmentLine, Period};
use crate::domain::Record;
use crate::ids::{InvestmentId, TenantId, UnitId};
use crate::store::{Store, StoreError};
use chrono::{Datelike, NaiveDate};

/// A `benefits` chart has at most about this many points: a longer life is sampled every
/// few months.
const MAX_POINTS: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartRequest {
    pub kind: ChartKind,
    /// The unit for `units` and `rag` (the whole portfolio when `None`).
    pub unit: Option<UnitId>,
    /// The investment for `benefits` (required there).
    pub investment: Option<InvestmentId>,
    pub as_of: NaiveDate,
}

#[derive(Debug, thiserror::Error)]
pub enum ChartFailure {
    /// Something the person asking can fix; the message says how.
    #[error("{0}")]
    User(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The chart asked for, from the store's digest figures.
pub fn make(
    store: &Store,
    tenant: &TenantId,
    s: &DigestSettings,
    req: &ChartRequest,
) -> Result<Chart, ChartFailure> {
    match req.kind {
        ChartKind::Units | ChartKind::Rag => {
            let week = Period::parse("week", req.as_of).map_err(ChartFailure::User)?;
            let d = digest::build(
                store,
                tenant,
                s,
                &DigestRequest {
                    unit: req.unit,
                    period: week,
                    as_of: req.as_of,
                },
            )?;
            Ok(match req.kind {
                ChartKind::Units => units(&d),
                _ => rag(&d, s.slipping_ratio),
            })
        }
        ChartKind::Benefits => {
            let Some(id) = req.investment else {
                return Err(ChartFailure::User(
                    "The benefits chart is of one investment: name it, as in `chart benefits INV-3`.".into(),
                ));
            };
            Ok(benefits(&series(store, tenant, s, id, req.as_of)?))
        }
    }
}

/// The dates of a `benefits` chart: the start, each month end after it, and `as_of`.
fn dates(start: NaiveDate, as_of: NaiveDate) -> Vec<NaiveDate> {
    let mut ends = Vec::new();
    let mut month = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).expect("a month");
    loop {
        let next = month
            .checked_add_months(chrono::Months::new(1))
            .expect("a month");
        let end = next.pred_opt().expect("a day");
        if end >= as_of {
            break;
        }
        if end > start {
            ends.push(end);
        }
        month = next;
    }
    let every = ends.len().div_ceil(MAX_POINTS).max(1);
    let mut out = vec![start];
    // Keep the latest month ends in step, counting back from `as_of`.
    let keep = ends.len();
    out.extend(
        ends.into_iter()
            .enumerate()
            .filter(|(i, _)| (keep - 1 - i) % every == 0)
            .map(|(_, d)| d),
    );
    if as_of > start {
        out.push(as_of);
    }
    out
}

fn series(
    store: &Store,
    tenant: &TenantId,
    s: &DigestSettings,
    id: InvestmentId,
    as_of: NaiveDate,
) -> Result<BenefitSeries, ChartFailure> {
    let inv = match store.get(tenant, id.record())? {
        Some(st) if st.is_live() => match st.record {
            Record::Investment(i) => i,
            _ => return Err(ChartFailure::User(format!("{id} is not an investment."))),
        },
        Some(_) => {
            return Err(ChartFailure::User(format!(
                "{id} was retracted, so it has no chart; `/value history {id}` shows its trail."
            )))
        }
        None => {
            return Err(ChartFailure::User(format!(
                "There is no {id}. `/value list investments` shows them."
            )))
        }
    };
    if as_of < inv.start {
        return Err(ChartFailure::User(format!(
            "{id} starts on {}, after {as_of}: there is nothing to chart yet. Ask as of a later date.",
            inv.start
        )));
    }
    let text = id.to_string();
    let lines: Vec<(NaiveDate, Option<InvestmentLine>)> = store.with_aggregates(tenant, |agg| {
        dates(inv.start, as_of)
            .into_iter()
            .map(|date| {
                let period = Period::parse("week", date).expect("week always parses");
                let d = digest::from_aggregates(
                    agg,
                    s,
                    &DigestRequest {
                        unit: Some(inv.unit),
                        period,
                        as_of: date,
                    },
                );
                let line = d.investments.into_iter().find(|l| l.id == text.as_str());
                (date, line)
            })
            .collect()
    })?;
    let latest = lines
        .iter()
        .rev()
        .find_map(|(_, l)| l.clone())
        .ok_or_else(|| {
            ChartFailure::User(format!(
                "{id} is in no digest as of {as_of}, so it has no chart."
            ))
        })?;
    let (cost_basis, cost_basis_minor) = if latest.approved_minor != 0 {
        (latest.cost_basis.to_string(), latest.approved_minor)
    } else {
        ("estimate".to_string(), i128::from(latest.cost_minor))
    };
    Ok(BenefitSeries {
        id: text,
        name: inv.name.clone(),
        currency: latest.currency.to_string(),
        cost_basis,
        cost_basis_minor,
        points: lines
            .into_iter()
            .filter_map(|(date, l)| {
                l.map(|l| BenefitPoint {
                    date,
                    forecast_minor: l.forecast_to_date_minor,
                    realised_minor: l.realised_to_date_minor,
                })
            })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_benefits_chart_has_the_start_each_month_end_and_the_as_of_date() {
        assert_eq!(
            dates(d("2026-01-15"), d("2026-03-10")),
            [
                d("2026-01-15"),
                d("2026-01-31"),
                d("2026-02-28"),
                d("2026-03-10")
            ]
        );
        assert_eq!(dates(d("2026-01-15"), d("2026-01-15")), [d("2026-01-15")]);
        assert_eq!(
            dates(d("2026-01-01"), d("2026-01-31")),
            [d("2026-01-01"), d("2026-01-31")]
        );
        // Twenty years of month ends are sampled to at most about sixty points, ending on
        // the as-of date.
        let long = dates(d("2006-01-01"), d("2026-01-10"));
        assert!(long.len() <= MAX_POINTS + 2, "{}", long.len());
        assert_eq!(long.first(), Some(&d("2006-01-01")));
        assert_eq!(long[long.len() - 2], d("2025-12-31"));
        assert_eq!(long.last(), Some(&d("2026-01-10")));
    }
}
