//! The pieces the reference digest is built from: each investment's line as of a date and
//! the basis its figures rest on, the totals of the active ones, a decision's line.

use super::super::measures;
use super::super::model::*;
use super::super::DigestSettings;
use crate::domain::{Decision, Investment, InvestmentStatus, Record};
use crate::money::{Currency, Money};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

pub(super) struct Inv {
    pub(super) inv: Investment,
    pub(super) decisions: Vec<Decision>,
    pub(super) benefits: Vec<(NaiveDate, Money)>,
}

/// What an investment's figures rest on as of a date: the cost basis and the amount
/// committed (zero unless the status is active).
pub(super) struct Basis {
    pub(super) basis: Total,
    pub(super) approved: Total,
}

pub(super) fn records<T>(
    states: Vec<crate::domain::RecordState>,
    pick: impl Fn(Record) -> Option<T>,
) -> Vec<T> {
    states.into_iter().filter_map(|s| pick(s.record)).collect()
}

/// One investment's standing as of a date, with the basis its figures rest on.
pub(super) fn line(
    s: &DigestSettings,
    i: &Inv,
    unit: &str,
    as_of: NaiveDate,
    warnings: &mut BTreeSet<String>,
) -> (InvestmentLine, Basis) {
    let inv = &i.inv;
    let cur = inv.cost.currency;
    let known: Vec<&Decision> = i
        .decisions
        .iter()
        .filter(|d| d.decided_on <= as_of)
        .collect();
    let latest = known.iter().max_by_key(|d| d.id);
    let status = latest
        .map(|d| d.verdict.status())
        .unwrap_or(InvestmentStatus::Proposed);
    let approved_amount = known
        .iter()
        .filter(|d| d.verdict.sets_approved_amount() && d.amount.is_some())
        .max_by_key(|d| d.id)
        .and_then(|d| {
            let amount = d.amount.expect("filtered");
            let converted = s.convert(amount, cur);
            if converted.is_none() {
                warnings.insert(format!("{} approves {} in {}, which has no exchange rate in [fx]; its estimated cost is used instead.", d.id, inv.name, amount.currency));
            }
            converted
        });
    let basis = approved_amount.unwrap_or(i128::from(inv.cost.minor));
    let m = measures::measures(
        basis,
        inv.run_cost.minor,
        inv.annual_benefit.minor,
        inv.years,
        s.rate,
    );
    let forecast =
        measures::forecast_to_date(inv.annual_benefit.minor, inv.start, inv.years, as_of);
    let mut realised: Total = 0;
    for (_, amount) in i.benefits.iter().filter(|(d, _)| *d <= as_of) {
        match s.convert(*amount, cur) {
            Some(v) => realised += v,
            None => {
                warnings.insert(format!("A benefit of {amount} for {} is in {}, which has no exchange rate in [fx]; it is left out of realised totals.", inv.name, amount.currency));
            }
        }
    }
    let ratio = measures::ratio(realised, forecast);
    let active = status == InvestmentStatus::Active;
    let slipping = active
        && (as_of - inv.start).num_days() >= s.slipping_days
        && ratio.is_some_and(|r| r < s.slipping_ratio);
    let approved = if active { basis } else { 0 };
    let (rag, _) = super::super::rag::rag(
        s,
        &super::super::rag::RagInputs {
            status,
            as_of,
            start: inv.start,
            ratio,
            decided_on: latest.map(|d| d.decided_on),
            review: latest.and_then(|d| d.review),
        },
    );
    let line = InvestmentLine {
        id: inv.id.to_string().into(),
        name: inv.name.as_str().into(),
        unit: unit.into(),
        category: inv.category.to_string().into(),
        status: status.to_string().into(),
        currency: cur.to_string().into(),
        cost_minor: inv.cost.minor,
        cost_basis: if approved_amount.is_some() {
            "approved"
        } else {
            "estimate"
        }
        .into(),
        approved_minor: approved,
        npv_minor: m.npv,
        bcr: m.bcr,
        roi: m.roi,
        payback_years: m.payback_years,
        forecast_to_date_minor: forecast,
        realised_to_date_minor: realised,
        realisation_ratio: ratio,
        slipping,
        cost_variance: approved_amount
            .and_then(|a| measures::ratio(a - i128::from(inv.cost.minor), inv.cost.minor)),
        rag: rag.into(),
    };
    let b = Basis { basis, approved };
    (line, b)
}

/// Totals of active investments, in the base currency; what has no rate goes to `left_out`.
pub(super) fn figures<'a>(
    s: &DigestSettings,
    pairs: impl Iterator<Item = (&'a &'a Inv, &'a (InvestmentLine, Basis))>,
    left_out: &mut BTreeMap<Currency, (Total, u64, u64)>,
) -> Figures {
    let mut f = Figures::default();
    for (i, (l, b)) in pairs {
        if l.status != "active" {
            continue;
        }
        let cur = i.inv.cost.currency;
        let to_base = |minor: Total| s.convert_minor(minor, cur, s.base);
        let Some(approved) = to_base(b.approved) else {
            let e = left_out.entry(cur).or_default();
            e.0 += b.approved;
            e.1 += 1;
            continue;
        };
        let pvb = measures::pv_annual(i.inv.annual_benefit.minor, s.rate, i.inv.years);
        f.active += 1;
        f.approved_minor += approved;
        f.pv_benefits_minor += to_base(pvb).unwrap_or(0);
        f.npv_minor += to_base(l.npv_minor).unwrap_or(0);
        f.realised_to_date_minor += to_base(l.realised_to_date_minor).unwrap_or(0);
        f.forecast_to_date_minor += to_base(l.forecast_to_date_minor).unwrap_or(0);
    }
    f
}

pub(super) fn decision_line(d: &Decision, name: &str) -> DecisionLine {
    DecisionLine {
        id: d.id.to_string().into(),
        investment: name.into(),
        verdict: d.verdict.to_string().into(),
        amount_minor: d.amount.map(|a| a.minor),
        currency: d.amount.map(|a| a.currency.to_string().into()),
        decided_by: d.decided_by.as_str().into(),
        decided_on: d.decided_on,
        review: d.review,
        rationale: d.rationale.as_str().into(),
    }
}
