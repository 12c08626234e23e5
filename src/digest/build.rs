//! Builds a digest, for a unit or the whole portfolio, as of a date, from the store's
//! aggregates: no record is read, so the time depends on what the digest shows (the
//! investments in scope, the follow-ups overdue), not on how long the history is.
//! [`super::build_from_records`] is the reference it must match exactly.

use super::in_place::{lines_of, Slots};
use super::kept::FollowUpWindow;
use super::measures;
use super::model::*;
use super::prefetch;
use super::rag;
use super::view::{DecisionView, FollowUpView, InvestmentView, RestView};
use super::{DigestRequest, DigestSettings, Text};
use crate::domain::{Category, InvestmentStatus, Verdict};
use crate::ids::{TenantId, UnitId};
use crate::money::Currency;
use crate::store::aggregates::{Aggregates, InvestmentAgg};
use crate::store::{Store, StoreError};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

pub fn build(
    store: &Store,
    tenant: &TenantId,
    s: &DigestSettings,
    req: &DigestRequest,
) -> Result<Digest, StoreError> {
    store.with_aggregates(tenant, |agg| from_aggregates(agg, s, req))
}

/// Annuity factors by horizon, worked out once per digest instead of once per investment.
struct Factors {
    rate: measures::Rate,
    known: Vec<Option<i128>>,
}

impl Factors {
    fn get(&mut self, years: u32) -> i128 {
        let y = years as usize;
        if y >= 256 {
            return measures::annuity_factor(self.rate, years);
        }
        if self.known.len() <= y {
            self.known.resize(y + 1, None);
        }
        *self.known[y].get_or_insert_with(|| measures::annuity_factor(self.rate, years))
    }
}

/// The labels every line repeats (statuses, verdicts, currency codes), made once per digest
/// and shared by the lines.
#[derive(Default)]
struct Labels {
    statuses: Vec<(InvestmentStatus, Text)>,
    verdicts: Vec<(Verdict, Text)>,
    currencies: Vec<(Currency, Text)>,
    categories: Vec<(Category, Text)>,
    approved: Text,
    estimate: Text,
}

fn label<K: Copy + PartialEq + std::fmt::Display>(made: &mut Vec<(K, Text)>, k: K) -> Text {
    if let Some((_, t)) = made.iter().find(|(x, _)| *x == k) {
        return t.clone();
    }
    let t = Text::from(k.to_string());
    made.push((k, t.clone()));
    t
}

/// Where an investment stands as of a date.
struct Standing<D> {
    latest: Option<D>,
    status: InvestmentStatus,
    /// What the measures are worked out on, in the investment's currency.
    basis: Total,
    /// Whether `basis` is an approved amount (else the estimate).
    approved_basis: bool,
    /// The committed amount: the basis when the latest decision commits money, else 0.
    approved: Total,
    forecast: Total,
    realised: Total,
}

/// The status, cost basis, measures and benefits of an investment as of `as_of`: nothing
/// dated after it counts.
/// Warnings are collected only when `warnings` is given (the previous period's figures
/// drop theirs).
fn standing<I: InvestmentView>(
    s: &DigestSettings,
    i: I,
    as_of: NaiveDate,
    mut warnings: Option<&mut BTreeSet<String>>,
) -> Standing<I::Decision> {
    let cost = i.cost();
    let cur = cost.currency;
    // Decisions are in id order: the latest known is the last one dated up to `as_of`.
    let mut known = i.decisions_known(as_of).rev();
    let latest = known.clone().next();
    let status = latest
        .map(|d| d.verdict().status())
        .unwrap_or(InvestmentStatus::Proposed);
    let approved_amount = known
        .find_map(|d| d.amount().filter(|_| d.verdict().sets_approved_amount()).map(|a| (d, a)))
        .and_then(|(d, amount)| {
            let converted = s.convert(amount, cur);
            if converted.is_none() {
                if let Some(w) = warnings.as_deref_mut() {
                    w.insert(format!("{} approves {} in {}, which has no exchange rate in [fx]; its estimated cost is used instead.", d.id(), i.name(), amount.currency));
                }
            }
            converted
        });
    let basis = approved_amount.unwrap_or(i128::from(cost.minor));
    let forecast =
        measures::forecast_to_date(i.annual_benefit().minor, i.start(), i.years(), as_of);
    let (mut realised, foreign) = i.realised_to(as_of);
    for amount in foreign {
        match s.convert(amount, cur) {
            Some(v) => realised += v,
            None => {
                if let Some(w) = warnings.as_deref_mut() {
                    w.insert(format!("A benefit of {} for {} is in {}, which has no exchange rate in [fx]; it is left out of realised totals.", amount, i.name(), amount.currency));
                }
            }
        }
    }
    Standing {
        latest,
        status,
        basis,
        approved_basis: approved_amount.is_some(),
        approved: if status == InvestmentStatus::Active {
            basis
        } else {
            0
        },
        forecast,
        realised,
    }
}

/// The measures of an investment on a cost basis.
fn measures_on(i: impl InvestmentView, basis: Total, factor: i128) -> measures::Measures {
    measures::measures_with_factor(
        basis,
        i.run_cost().minor,
        i.annual_benefit().minor,
        i.years(),
        factor,
    )
}

/// Money the totals leave out, by currency.
#[derive(Default)]
struct LeftOutAcc {
    amount: Total,
    investments: u64,
    services: u64,
}

/// An active investment's contribution to the totals, in the base currency; one in a
/// currency without a rate is added to `left_out` instead.
fn contribution<I: InvestmentView>(
    s: &DigestSettings,
    i: I,
    st: &Standing<I::Decision>,
    m: &measures::Measures,
    left_out: Option<&mut BTreeMap<Currency, LeftOutAcc>>,
) -> Option<Figures> {
    if st.status != InvestmentStatus::Active {
        return None;
    }
    let cur = i.cost().currency;
    let to_base = |minor: Total| s.convert_minor(minor, cur, s.base);
    let Some(approved) = to_base(st.approved) else {
        if let Some(l) = left_out {
            let acc = l.entry(cur).or_default();
            acc.amount += st.approved;
            acc.investments += 1;
        }
        return None;
    };
    Some(Figures {
        active: 1,
        approved_minor: approved,
        pv_benefits_minor: to_base(m.pv_benefits).unwrap_or(0),
        npv_minor: to_base(m.npv).unwrap_or(0),
        realised_to_date_minor: to_base(st.realised).unwrap_or(0),
        forecast_to_date_minor: to_base(st.forecast).unwrap_or(0),
    })
}

/// Spend by run / grow / transform, in the base currency.
#[derive(Default, Clone, Copy)]
struct Spend {
    run: Total,
    grow: Total,
    transform: Total,
}

impl Spend {
    /// An active investment's spend this year: its running cost, and its cost basis if it
    /// starts this year, under its category.
    fn of<I: InvestmentView>(
        s: &DigestSettings,
        i: I,
        st: &Standing<I::Decision>,
        year: i32,
    ) -> Spend {
        let cur = i.cost().currency;
        let mut spend = s.convert(i.run_cost(), s.base).unwrap_or(0);
        if i.start().year() == year {
            spend += s.convert_minor(st.basis, cur, s.base).unwrap_or(0);
        }
        let mut out = Spend::default();
        match i.category() {
            Category::Run => out.run = spend,
            Category::Grow => out.grow = spend,
            Category::Transform => out.transform = spend,
        }
        out
    }

    fn plus(&mut self, o: Spend) {
        self.run += o.run;
        self.grow += o.grow;
        self.transform += o.transform;
    }

    fn add_to_unit(self, u: &mut UnitFigures) {
        u.run_minor += self.run;
        u.grow_minor += self.grow;
        u.transform_minor += self.transform;
    }
}

mod assembling;
mod investment_parts;

pub use self::assembling::*;
pub(super) use self::investment_parts::*;
