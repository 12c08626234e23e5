//! The reference digest: built by reading every record it needs, each time. Slow on a big
//! history (it grows with every record), but plainly right; the aggregates-based
//! [`super::build`] must give exactly the same digest, and the tests hold it to that.
//!
//! This file builds the digest; `lines` makes its investments' and decisions' lines and the
//! totals of the active ones.

use super::kept::FollowUpWindow;
use super::measures;
use super::model::*;
use super::{DigestRequest, DigestSettings};
use crate::domain::{Category, Decision, Investment, Note, Record, Service};
use crate::ids::{Kind, TenantId, UnitId};
use crate::money::Currency;
use crate::store::{Store, StoreError};
use chrono::{Datelike, Duration, NaiveDate};
use lines::{decision_line, figures, line, records, Basis, Inv};
use std::collections::{BTreeMap, BTreeSet};

mod lines;

/// The digest from a full read of the records.
pub fn build_from_records(
    store: &Store,
    tenant: &TenantId,
    s: &DigestSettings,
    req: &DigestRequest,
) -> Result<Digest, StoreError> {
    let units: BTreeMap<UnitId, String> = records(store.live(tenant, Kind::Unit)?, |r| match r {
        Record::Unit(u) => Some((u.id, u.name)),
        _ => None,
    })
    .into_iter()
    .collect();
    let unit_name = |id: UnitId| units.get(&id).cloned().unwrap_or_else(|| id.to_string());
    let pick_inv = |r| match r {
        Record::Investment(i) => Some(i),
        _ => None,
    };
    let investments: Vec<Investment> = match req.unit {
        Some(u) => records(
            store.live_children(tenant, u.record(), Kind::Investment)?,
            pick_inv,
        ),
        None => records(store.live(tenant, Kind::Investment)?, pick_inv),
    };
    let mut invs = Vec::with_capacity(investments.len());
    for inv in investments {
        let decisions = records(
            store.live_children(tenant, inv.id.record(), Kind::Decision)?,
            |r| match r {
                Record::Decision(d) => Some(d),
                _ => None,
            },
        );
        let benefits = records(
            store.live_children(tenant, inv.id.record(), Kind::Benefit)?,
            |r| match r {
                Record::Benefit(b) => Some((b.date, b.amount)),
                _ => None,
            },
        );
        invs.push(Inv {
            inv,
            decisions,
            benefits,
        });
    }
    let mut warnings = BTreeSet::new();
    let now_invs: Vec<&Inv> = invs.iter().collect();
    let full: Vec<(InvestmentLine, Basis)> = now_invs
        .iter()
        .map(|i| line(s, i, &unit_name(i.inv.unit), req.as_of, &mut warnings))
        .collect();
    let mut left_out: BTreeMap<Currency, (Total, u64, u64)> = BTreeMap::new();
    let now = figures(s, now_invs.iter().zip(&full), &mut left_out);
    for (i, (l, _)) in now_invs.iter().zip(&full) {
        let cur = i.inv.cost.currency;
        if l.status == "active" && !s.has_rate(cur) {
            warnings.insert(format!("{} ({}) is in {}, which has no exchange rate in [fx]; it is listed but left out of totals.", i.inv.name, i.inv.id, cur));
        }
    }
    let prev_end = req.period.previous().end;
    let prev_lines: Vec<(InvestmentLine, Basis)> = now_invs
        .iter()
        .map(|i| line(s, i, "", prev_end, &mut BTreeSet::new()))
        .collect();
    let previous = figures(s, now_invs.iter().zip(&prev_lines), &mut BTreeMap::new());
    // Per unit: the same totals over the unit's own investments, and its ratings.
    let mut per_unit: BTreeMap<UnitId, UnitFigures> = BTreeMap::new();
    for (i, (l, _)) in now_invs.iter().zip(&full) {
        per_unit.entry(i.inv.unit).or_default().count_rag(&l.rag);
    }
    for u in units.keys() {
        let mine = now_invs.iter().zip(&full).filter(|(i, _)| i.inv.unit == *u);
        let f = figures(s, mine, &mut BTreeMap::new());
        per_unit.entry(*u).or_default().plus_figures(&f);
    }

    let mut decisions = Vec::new();
    let mut reviews_due = Vec::new();
    let review_limit = req.as_of + Duration::days(s.review_window_days);
    for i in &now_invs {
        let known: Vec<&Decision> = i
            .decisions
            .iter()
            .filter(|d| d.decided_on <= req.as_of)
            .collect();
        let unit = per_unit.entry(i.inv.unit).or_default();
        for d in known.iter().filter(|d| req.period.contains(d.decided_on)) {
            decisions.push(decision_line(d, &i.inv.name));
            unit.decisions_taken += 1;
        }
        if let Some(latest) = known.iter().max_by_key(|d| d.id) {
            if latest.review.is_some_and(|r| r <= review_limit) {
                reviews_due.push(decision_line(latest, &i.inv.name));
                unit.reviews_due += 1;
            }
        }
    }
    let number = |id: &str| -> u64 { id.trim_start_matches("DEC-").parse().unwrap_or(u64::MAX) };
    decisions.sort_by_key(|d| (d.decided_on, number(&d.id)));
    reviews_due.sort_by_key(|d| d.review);

    let services: Vec<Service> = records(store.live(tenant, Kind::Service)?, |r| match r {
        Record::Service(v) if req.unit.is_none() || v.unit == req.unit => Some(v),
        _ => None,
    });
    let service_lines: Vec<ServiceLine> = services
        .iter()
        .map(|v| ServiceLine {
            id: v.id.to_string(),
            name: v.name.clone(),
            unit: v.unit.map(unit_name).unwrap_or_else(|| "All".into()),
            currency: v.annual_cost.currency.to_string(),
            annual_cost_minor: v.annual_cost.minor,
            users: v.users,
            unit_cost_minor: ((2 * i128::from(v.annual_cost.minor) + i128::from(v.users))
                / (2 * i128::from(v.users.max(1)))) as i64,
        })
        .collect();

    // Services and `run` investments are run spend; `grow` and `transform` are change. An
    // active investment spends its running cost, plus its cost basis in the year it starts.
    let (mut run, mut grow, mut transform): (Total, Total, Total) = (0, 0, 0);
    for v in &services {
        match s.convert(v.annual_cost, s.base) {
            Some(x) => {
                run += x;
                if let Some(u) = v.unit {
                    let unit = per_unit.entry(u).or_default();
                    unit.run_minor += x;
                    unit.services_cost_minor += x;
                    unit.service_users += v.users;
                }
            }
            None => {
                warnings.insert(format!("{} ({}) costs {} in {}, which has no exchange rate in [fx]; it is left out of run spend.", v.name, v.id, v.annual_cost, v.annual_cost.currency));
                let e = left_out.entry(v.annual_cost.currency).or_default();
                e.0 += i128::from(v.annual_cost.minor);
                e.2 += 1;
            }
        }
    }
    for (i, (l, b)) in now_invs.iter().zip(&full) {
        if l.status != "active" {
            continue;
        }
        let cur = i.inv.cost.currency;
        let mut spend = s.convert(i.inv.run_cost, s.base).unwrap_or(0);
        if i.inv.start.year() == req.as_of.year() {
            spend += s.convert_minor(b.basis, cur, s.base).unwrap_or(0);
        }
        let unit = per_unit.entry(i.inv.unit).or_default();
        match i.inv.category {
            Category::Run => {
                run += spend;
                unit.run_minor += spend;
            }
            Category::Grow => {
                grow += spend;
                unit.grow_minor += spend;
            }
            Category::Transform => {
                transform += spend;
                unit.transform_minor += spend;
            }
        }
    }
    let lines: Vec<InvestmentLine> = full.into_iter().map(|(l, _)| l).collect();

    let scope: Vec<UnitId> = match req.unit {
        Some(u) => vec![u],
        None => units.keys().copied().collect(),
    };
    // "The 30 days up to D": D and the 29 days before it.
    let since = req.as_of - Duration::days(s.coverage_days - 1);
    let mut units_without = Vec::new();
    let mut overdue = Vec::new();
    let mut unit_lines = Vec::new();
    for u in &scope {
        let mut figures = per_unit.remove(u).unwrap_or_default();
        let notes: Vec<Note> =
            records(
                store.live_children(tenant, u.record(), Kind::Note)?,
                |r| match r {
                    Record::Note(n) => Some(n),
                    _ => None,
                },
            );
        let talked = notes.iter().any(|n| {
            let d = n.met_on();
            since <= d && d <= req.as_of
        });
        if !talked {
            units_without.push(unit_name(*u));
        }
        let days: Vec<NaiveDate> = notes.iter().map(|n| n.meta.at.date_naive()).collect();
        figures.meetings = days
            .iter()
            .filter(|d| req.period.contains(**d) && **d <= req.as_of)
            .count() as u64;
        figures.days_since_last_meeting = days
            .iter()
            .filter(|d| **d <= req.as_of)
            .max()
            .map(|d| (req.as_of - *d).num_days());
        let overdue_before = overdue.len();
        for n in &notes {
            for f in n.followups.iter().filter(|f| !f.done) {
                if let Some(due) = f.due.filter(|d| *d < req.as_of) {
                    overdue.push(FollowUpLine {
                        note: n.id.to_string().into(),
                        unit: unit_name(*u).into(),
                        action: f.text.as_str().into(),
                        owner: f.owner.as_deref().map(Into::into),
                        due,
                    });
                }
            }
        }
        figures.overdue_followups = (overdue.len() - overdue_before) as u64;
        if let Some(w) = FollowUpWindow::of(req) {
            for n in &notes {
                for f in &n.followups {
                    let Some(due) = f.due.filter(|d| w.start <= *d && *d <= w.to) else {
                        continue;
                    };
                    match (f.done, f.done_on) {
                        (true, None) => figures.follow_ups_closed_undated += 1,
                        (true, Some(day)) if day <= due => figures.follow_ups_on_time += 1,
                        _ if w.late_by(due) => figures.follow_ups_late += 1,
                        _ => {}
                    }
                }
            }
        }
        figures.finish();
        unit_lines.push(UnitLine {
            unit: unit_name(*u),
            figures,
        });
    }
    overdue.sort_by_key(|f| f.due);
    let covered = scope.len() - units_without.len();
    Ok(Digest {
        period: req.period,
        period_name: req.period.name(),
        as_of: req.as_of,
        unit: req.unit.map(unit_name),
        currency: s.base.to_string(),
        headline: Headline {
            active: now.active,
            approved_minor: now.approved_minor,
            pv_benefits_minor: now.pv_benefits_minor,
            npv_minor: now.npv_minor,
            realised_to_date_minor: now.realised_to_date_minor,
            forecast_to_date_minor: now.forecast_to_date_minor,
            previous,
        },
        investments: lines,
        decisions,
        reviews_due,
        services: service_lines,
        run_change: RunChange {
            run_minor: run,
            change_minor: grow + transform,
            run_share: measures::ratio(run, run + grow + transform),
            grow_minor: grow,
            transform_minor: transform,
            grow_share: measures::ratio(grow, run + grow + transform),
            transform_share: measures::ratio(transform, run + grow + transform),
        },
        coverage: Coverage {
            ratio: measures::ratio(covered as i64, scope.len() as i64),
            units_without,
        },
        overdue_followups: overdue,
        left_out: left_out
            .into_iter()
            .map(|(c, (amount, investments, services))| LeftOut {
                currency: c.to_string(),
                amount_minor: amount,
                investments,
                services,
            })
            .collect(),
        units: unit_lines,
        warnings: warnings.into_iter().collect(),
    })
}
