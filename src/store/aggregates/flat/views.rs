//! One investment and one decision of a [`Flat`] table, read in place as the digest's views
//! of them.

use super::super::fixed::{checked_date, days, i32_at, i64_at, u32_at, u64_at};
use super::super::memory::{BenefitAgg, DecisionAgg, InvestmentAgg};
use super::{category_of, Flat, BENEFIT, DECISION, INVESTMENT, NONE};
use crate::digest::view::{DecisionView, InvestmentView};
use crate::digest::Text;
use crate::domain::{Category, Verdict};
use crate::ids::{BenefitId, DecisionId, InvestmentId, UnitId};
use crate::money::Money;
use chrono::NaiveDate;

/// One investment of a [`Flat`] table.
#[derive(Clone, Copy)]
pub struct FlatInvestment<'a> {
    pub(super) flat: Flat<'a>,
    pub(super) at: usize,
}

impl<'a> FlatInvestment<'a> {
    fn record(&self) -> &'a [u8] {
        let all: &'a [u8] = self.flat.investments;
        &all[self.at..self.at + INVESTMENT]
    }

    fn benefit(&self, k: usize) -> &'a [u8] {
        let at = (u32_at(self.record(), 64) as usize + k) * BENEFIT;
        let all: &'a [u8] = self.flat.benefits;
        &all[at..at + BENEFIT]
    }

    fn benefit_count(&self) -> usize {
        u32_at(self.record(), 68) as usize
    }

    /// The investment as the store's image holds it (for comparing the two).
    pub fn to_agg(&self) -> InvestmentAgg {
        let mut i = InvestmentAgg {
            id: self.id(),
            id_text: self.id_text(),
            name: self.name(),
            unit: self.unit(),
            category: self.category(),
            cost: self.cost(),
            run_cost: self.run_cost(),
            annual_benefit: self.annual_benefit(),
            years: self.years(),
            start: self.start(),
            decisions: self
                .decisions()
                .map(|d| DecisionAgg {
                    id: d.id(),
                    id_text: d.id_text(),
                    verdict: d.verdict(),
                    amount: d.amount(),
                    rationale: d.rationale(),
                    decided_by: d.decided_by(),
                    decided_on: d.decided_on(),
                    review: d.review(),
                })
                .collect(),
            benefits: (0..self.benefit_count())
                .map(|k| {
                    let r = self.benefit(k);
                    BenefitAgg {
                        id: BenefitId(u64_at(r, 0)),
                        date: checked_date(i32_at(r, 32)),
                        amount: self.flat.money(i64_at(r, 8), r[36]),
                        own_total: 0,
                    }
                })
                .collect(),
            foreign: Vec::new(),
        };
        i.finish();
        i
    }
}

/// One decision of a [`Flat`] table.
#[derive(Clone, Copy)]
pub struct FlatDecision<'a> {
    flat: Flat<'a>,
    at: usize,
}

impl<'a> FlatDecision<'a> {
    fn record(&self) -> &'a [u8] {
        let all: &'a [u8] = self.flat.decisions;
        &all[self.at..self.at + DECISION]
    }
}

impl<'a> InvestmentView for FlatInvestment<'a> {
    type Decision = FlatDecision<'a>;

    fn id(&self) -> InvestmentId {
        InvestmentId(u64_at(self.record(), 0))
    }
    fn name(&self) -> Text {
        self.flat.text(self.record(), 40).into()
    }
    fn unit(&self) -> UnitId {
        UnitId(u64_at(self.record(), 8))
    }
    fn category(&self) -> Category {
        category_of(self.record()[72]).expect("checked when the table was opened")
    }
    fn cost(&self) -> Money {
        self.flat
            .money(i64_at(self.record(), 16), self.record()[73])
    }
    fn run_cost(&self) -> Money {
        self.flat
            .money(i64_at(self.record(), 24), self.record()[74])
    }
    fn annual_benefit(&self) -> Money {
        self.flat
            .money(i64_at(self.record(), 32), self.record()[75])
    }
    fn years(&self) -> u32 {
        u32_at(self.record(), 48)
    }
    fn start(&self) -> NaiveDate {
        checked_date(i32_at(self.record(), 52))
    }
    fn decisions(&self) -> impl DoubleEndedIterator<Item = FlatDecision<'a>> + Clone {
        let first = u32_at(self.record(), 56) as usize;
        let n = u32_at(self.record(), 60) as usize;
        let flat = self.flat;
        (first..first + n).map(move |k| FlatDecision {
            flat,
            at: k * DECISION,
        })
    }
    fn decisions_known(
        &self,
        as_of: NaiveDate,
    ) -> impl DoubleEndedIterator<Item = FlatDecision<'a>> + Clone {
        let limit = days(as_of);
        self.decisions()
            .filter(move |d| i32_at(d.record(), 16) <= limit)
    }
    fn realised_to(&self, as_of: NaiveDate) -> (i128, impl Iterator<Item = Money>) {
        // Days compare as their dates do: no date is made to be compared.
        let limit = days(as_of);
        // Benefits are in date order: those up to `as_of` are the first `end`.
        let (mut lo, mut hi) = (0, self.benefit_count());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match i32_at(self.benefit(mid), 32) <= limit {
                true => lo = mid + 1,
                false => hi = mid,
            }
        }
        let end = lo;
        let own = end.checked_sub(1).map_or(0, |k| {
            i128::from_le_bytes(self.benefit(k)[16..32].try_into().expect("16 bytes"))
        });
        let cur = self.record()[73];
        let this = *self;
        let foreign = (0..end).filter_map(move |k| {
            let r = this.benefit(k);
            (r[36] != cur).then(|| this.flat.money(i64_at(r, 8), r[36]))
        });
        (own, foreign)
    }
}

impl DecisionView for FlatDecision<'_> {
    fn id(&self) -> DecisionId {
        DecisionId(u64_at(self.record(), 0))
    }
    fn verdict(&self) -> Verdict {
        Verdict::ALL[usize::from(self.record()[40])]
    }
    fn amount(&self) -> Option<Money> {
        let r = self.record();
        (r[41] != NONE).then(|| self.flat.money(i64_at(r, 8), r[41]))
    }
    fn rationale(&self) -> Text {
        self.flat.text(self.record(), 24).into()
    }
    fn decided_by(&self) -> Text {
        self.flat.text(self.record(), 32).into()
    }
    fn decided_on(&self) -> NaiveDate {
        checked_date(i32_at(self.record(), 16))
    }
    fn review(&self) -> Option<NaiveDate> {
        let r = self.record();
        (r[42] == 1).then(|| checked_date(i32_at(r, 20)))
    }
    fn prefetch(&self) {
        crate::digest::prefetch::prefetch(&self.flat.decisions[self.at]);
    }
}
