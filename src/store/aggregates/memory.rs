//! The in-memory image of one tenant's aggregate section, which a digest reads. Loaded
//! with one range scan the first time a digest asks, then kept current by the writer after
//! each commit, from the very key changes the commit wrote.

use super::layout::{self, Tail};
use crate::digest::Text;
use crate::domain::{Category, Investment, Verdict};
use crate::ids::{BenefitId, DecisionId, InvestmentId, NoteId, ServiceId, TenantId, UnitId};
use crate::money::Money;
use crate::store::StoreError;
use chrono::NaiveDate;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::sync::{Arc, Mutex, RwLock};

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceAgg {
    pub name: String,
    pub unit: Option<UnitId>,
    pub annual_cost: Money,
    pub users: u64,
}

/// A live decision, with what a digest shows of it.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionAgg {
    pub id: DecisionId,
    /// The id as shown (`DEC-7`), made once rather than in every digest.
    pub id_text: Text,
    pub verdict: Verdict,
    pub amount: Option<Money>,
    pub rationale: Text,
    pub decided_by: Text,
    pub decided_on: NaiveDate,
    pub review: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BenefitAgg {
    pub id: BenefitId,
    pub date: NaiveDate,
    pub amount: Money,
    /// The sum of this and every earlier benefit in the investment's own currency (kept
    /// beside the benefit, so "realised up to D" reads no other memory).
    pub(super) own_total: i128,
}

/// A live investment's digest fields with its live decisions (in id order) and realised
/// benefits (in date order, with running totals so "realised up to D" is a binary search).
#[derive(Debug, Clone, PartialEq)]
pub struct InvestmentAgg {
    pub id: InvestmentId,
    /// The id as shown (`INV-12`).
    pub id_text: Text,
    pub name: Text,
    pub unit: UnitId,
    pub category: Category,
    pub cost: Money,
    pub run_cost: Money,
    pub annual_benefit: Money,
    pub years: u32,
    pub start: NaiveDate,
    pub decisions: Vec<DecisionAgg>,
    pub benefits: Vec<BenefitAgg>,
    /// Positions of the benefits in another currency (each is converted on its own).
    pub(super) foreign: Vec<usize>,
}

impl InvestmentAgg {
    /// A new investment: no decisions or benefits yet.
    pub fn of(i: &Investment) -> InvestmentAgg {
        let mut agg = InvestmentAgg {
            id: i.id,
            id_text: Text::of_id(i.id.record()),
            name: Text::default(),
            unit: i.unit,
            category: i.category,
            cost: i.cost,
            run_cost: i.run_cost,
            annual_benefit: i.annual_benefit,
            years: i.years,
            start: i.start,
            decisions: Vec::new(),
            benefits: Vec::new(),
            foreign: Vec::new(),
        };
        agg.set_fields(i);
        agg
    }

    /// Takes an amended investment's fields; its decisions and benefits stay.
    pub fn set_fields(&mut self, i: &Investment) {
        self.name = i.name.as_str().into();
        self.unit = i.unit;
        self.category = i.category;
        self.cost = i.cost;
        self.run_cost = i.run_cost;
        self.annual_benefit = i.annual_benefit;
        self.years = i.years;
        self.start = i.start;
        self.finish();
    }

    /// Works out the running totals after the benefits or the currency changed.
    pub(super) fn finish(&mut self) {
        let cur = self.cost.currency;
        self.foreign.clear();
        let mut total = 0i128;
        for (k, b) in self.benefits.iter_mut().enumerate() {
            if b.amount.currency == cur {
                total += i128::from(b.amount.minor);
            } else {
                self.foreign.push(k);
            }
            b.own_total = total;
        }
    }

    /// Benefits dated up to `as_of`: the sum of those in the cost's currency, and those in
    /// any other currency, which the caller converts one by one.
    pub fn realised_to(&self, as_of: NaiveDate) -> (i128, impl Iterator<Item = &BenefitAgg>) {
        let end = self.benefits.partition_point(|b| b.date <= as_of);
        let foreign = self
            .foreign
            .iter()
            .take_while(move |k| **k < end)
            .map(|k| &self.benefits[*k]);
        let own = end.checked_sub(1).map_or(0, |k| self.benefits[k].own_total);
        (own, foreign)
    }

    /// The decisions dated up to `as_of`, in id order.
    pub fn decisions_known(
        &self,
        as_of: NaiveDate,
    ) -> impl DoubleEndedIterator<Item = &DecisionAgg> + Clone {
        self.decisions.iter().filter(move |d| d.decided_on <= as_of)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpAgg {
    /// The note's id as shown (`NOTE-3`).
    pub note: Text,
    pub text: Text,
    pub owner: Option<Text>,
}

/// Closed follow-ups due on one day: how many were closed on or before that day, how many
/// after it, and how many on a day nobody recorded (closed before the day was kept).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClosedCounts {
    pub on_time: u32,
    pub late: u32,
    pub undated: u32,
}

impl ClosedCounts {
    /// The counts of one follow-up closed on `done_on` (`None`: not recorded), due `due`.
    pub fn of(due: NaiveDate, done_on: Option<NaiveDate>) -> ClosedCounts {
        let mut c = ClosedCounts::default();
        match done_on {
            None => c.undated = 1,
            Some(day) if day <= due => c.on_time = 1,
            Some(_) => c.late = 1,
        }
        c
    }

    pub fn is_empty(&self) -> bool {
        *self == ClosedCounts::default()
    }

    /// `self` plus `o` times `sign` (1 or -1); a count never goes below zero.
    pub fn add(&mut self, o: &ClosedCounts, sign: i64) {
        let f = |a: u32, b: u32| (i64::from(a) + sign * i64::from(b)).max(0) as u32;
        self.on_time = f(self.on_time, o.on_time);
        self.late = f(self.late, o.late);
        self.undated = f(self.undated, o.undated);
    }
}

/// Everything a digest reads of one tenant, without reading a record.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Aggregates {
    /// Live units' names.
    pub units: BTreeMap<UnitId, Text>,
    pub services: BTreeMap<ServiceId, ServiceAgg>,
    /// Live investments by unit, each unit's in id order: a unit digest walks its own
    /// without looking anything up.
    investments: BTreeMap<UnitId, BTreeMap<InvestmentId, InvestmentAgg>>,
    /// The unit each live investment is filed under.
    investment_units: HashMap<InvestmentId, UnitId>,
    /// Per unit, how many live notes are dated each day.
    pub note_days: BTreeMap<UnitId, BTreeMap<NaiveDate, u32>>,
    /// Per unit, open follow-ups with a due date, by (due, note, position in the note).
    pub followups: BTreeMap<UnitId, BTreeMap<(NaiveDate, NoteId, u32), FollowUpAgg>>,
    /// Per unit, closed follow-ups by their due date.
    pub closed: BTreeMap<UnitId, BTreeMap<NaiveDate, ClosedCounts>>,
}

impl Aggregates {
    /// Applies one stored key's new value (`None`: deleted). `tail` follows `tenant \0 A`.
    pub(super) fn apply(&mut self, tail: &[u8], value: Option<&[u8]>) -> Result<(), StoreError> {
        match layout::parse(tail)? {
            Tail::Unit(u) => match value {
                Some(v) => {
                    self.units.insert(u, layout::decode_name(v)?.into());
                }
                None => {
                    self.units.remove(&u);
                }
            },
            Tail::Service(s) => match value {
                Some(v) => {
                    self.services.insert(s, layout::decode_service(v)?);
                }
                None => {
                    self.services.remove(&s);
                }
            },
            Tail::Investment(id) => {
                if let Some(u) = self.investment_units.remove(&id) {
                    if let Some(of_unit) = self.investments.get_mut(&u) {
                        of_unit.remove(&id);
                        if of_unit.is_empty() {
                            self.investments.remove(&u);
                        }
                    }
                }
                if let Some(v) = value {
                    let agg = layout::decode_investment(v)?;
                    self.investment_units.insert(id, agg.unit);
                    self.investments
                        .entry(agg.unit)
                        .or_default()
                        .insert(id, agg);
                }
            }
            Tail::NoteDay(u, day) => match value {
                Some(v) => {
                    let n = layout::decode_count(v)?;
                    self.note_days.entry(u).or_default().insert(day, n);
                }
                None => {
                    if let Some(days) = self.note_days.get_mut(&u) {
                        days.remove(&day);
                        if days.is_empty() {
                            self.note_days.remove(&u);
                        }
                    }
                }
            },
            Tail::FollowUp(u, due, note, index) => match value {
                Some(v) => {
                    let f = layout::decode_follow_up(note, v)?;
                    self.followups
                        .entry(u)
                        .or_default()
                        .insert((due, note, index), f);
                }
                None => {
                    if let Some(open) = self.followups.get_mut(&u) {
                        open.remove(&(due, note, index));
                        if open.is_empty() {
                            self.followups.remove(&u);
                        }
                    }
                }
            },
            Tail::Closed(u, due) => match value {
                Some(v) => {
                    let c = layout::decode_closed(v)?;
                    self.closed.entry(u).or_default().insert(due, c);
                }
                None => {
                    if let Some(days) = self.closed.get_mut(&u) {
                        days.remove(&due);
                        if days.is_empty() {
                            self.closed.remove(&u);
                        }
                    }
                }
            },
        }
        Ok(())
    }

    /// A unit's live investments, in id order.
    pub fn investments_of(&self, unit: UnitId) -> impl Iterator<Item = &InvestmentAgg> {
        self.investments
            .get(&unit)
            .into_iter()
            .flat_map(|m| m.values())
    }

    /// Every live investment, in id order (each unit's, merged).
    pub fn all_investments(&self) -> Vec<&InvestmentAgg> {
        let mut units: Vec<_> = self
            .investments
            .values()
            .map(|m| m.values().peekable())
            .collect();
        let mut next = BinaryHeap::new();
        for (k, it) in units.iter_mut().enumerate() {
            if let Some(i) = it.peek() {
                next.push(Reverse((i.id, k)));
            }
        }
        let mut out = Vec::with_capacity(self.investment_units.len());
        while let Some(Reverse((_, k))) = next.pop() {
            let it = &mut units[k];
            out.extend(it.next());
            if let Some(i) = it.peek() {
                next.push(Reverse((i.id, k)));
            }
        }
        out
    }

    /// Builds the image from stored (tail, value) pairs.
    pub fn from_entries<'a>(
        entries: impl IntoIterator<Item = (&'a [u8], &'a [u8])>,
    ) -> Result<Aggregates, StoreError> {
        let mut agg = Aggregates::default();
        for (tail, value) in entries {
            agg.apply(tail, Some(value))?;
        }
        Ok(agg)
    }
}

/// Aggregate key changes of one commit: per tenant, (tail, new value or deleted).
pub(crate) type Changes = Vec<(TenantId, Vec<(Vec<u8>, Option<Vec<u8>>)>)>;

/// The loaded tenants' images, shared by every clone of the store.
#[derive(Default)]
pub(crate) struct Cache {
    tenants: Mutex<HashMap<TenantId, Arc<RwLock<Aggregates>>>>,
}

impl Cache {
    pub(crate) fn get(&self, tenant: &TenantId) -> Option<Arc<RwLock<Aggregates>>> {
        self.lock().get(tenant).cloned()
    }

    pub(crate) fn is_loaded(&self, tenant: &TenantId) -> bool {
        self.lock().contains_key(tenant)
    }

    pub(crate) fn insert(&self, tenant: TenantId, agg: Aggregates) -> Arc<RwLock<Aggregates>> {
        let entry = Arc::new(RwLock::new(agg));
        self.lock().insert(tenant, entry.clone());
        entry
    }

    pub(crate) fn forget(&self, tenant: &TenantId) {
        self.lock().remove(tenant);
    }

    /// Drops every image, so each is reloaded from the store (after writes were undone).
    pub(crate) fn forget_all(&self) {
        self.lock().clear();
    }

    /// Brings loaded images up to date with a commit once it is durable (called under the
    /// durability journal's lock, in commit order; at once when nothing waits for the disk).
    pub(crate) fn after_commit(&self, changes: Changes) {
        for (tenant, entries) in changes {
            let Some(entry) = self.get(&tenant) else {
                continue;
            };
            let mut agg = entry.write().unwrap_or_else(|p| p.into_inner());
            for (tail, value) in &entries {
                if let Err(e) = agg.apply(tail, value.as_deref()) {
                    // The batch is on disk; the image cannot follow it. Drop the image so the
                    // next digest reloads from disk (and reports the problem) rather than
                    // reading a stale copy.
                    tracing::error!(%tenant, error = %e, "digest aggregates could not follow a commit; reloading them");
                    drop(agg);
                    self.forget(&tenant);
                    break;
                }
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<TenantId, Arc<RwLock<Aggregates>>>> {
        self.tenants.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests;
