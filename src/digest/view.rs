//! What a digest reads of an investment and its decisions, whichever way they are held:
//! the store's in-memory image (owned values) or a snapshot read in place (records in a
//! mapped file). The digest is worked out the same way from either.

use super::Text;
use crate::domain::{Category, Verdict};
use crate::ids::{DecisionId, InvestmentId, UnitId};
use crate::money::Money;
use crate::store::aggregates::{DecisionAgg, InvestmentAgg};
use chrono::NaiveDate;

/// A live investment's digest fields, its live decisions in id order and its realised
/// benefits.
pub trait InvestmentView: Copy + Send + Sync {
    type Decision: DecisionView;

    fn id(&self) -> InvestmentId;
    /// The id as shown (`INV-12`).
    fn id_text(&self) -> Text {
        Text::of_id(self.id().record())
    }
    fn name(&self) -> Text;
    fn unit(&self) -> UnitId;
    fn category(&self) -> Category;
    fn cost(&self) -> Money;
    fn run_cost(&self) -> Money;
    fn annual_benefit(&self) -> Money;
    fn years(&self) -> u32;
    fn start(&self) -> NaiveDate;
    /// Every live decision, in id order.
    fn decisions(&self) -> impl DoubleEndedIterator<Item = Self::Decision> + Clone;
    /// Benefits dated up to `as_of`: the sum of those in the cost's currency, and the
    /// amounts of those in any other currency, which the caller converts one by one.
    fn realised_to(&self, as_of: NaiveDate) -> (i128, impl Iterator<Item = Money>);

    /// The decisions dated up to `as_of`, in id order.
    fn decisions_known(
        &self,
        as_of: NaiveDate,
    ) -> impl DoubleEndedIterator<Item = Self::Decision> + Clone {
        self.decisions().filter(move |d| d.decided_on() <= as_of)
    }
}

/// A live decision, with what a digest shows of it.
pub trait DecisionView: Copy + Send + Sync {
    fn id(&self) -> DecisionId;
    /// The id as shown (`DEC-7`).
    fn id_text(&self) -> Text {
        Text::of_id(self.id().record())
    }
    fn verdict(&self) -> Verdict;
    fn amount(&self) -> Option<Money>;
    fn rationale(&self) -> Text;
    fn decided_by(&self) -> Text;
    fn decided_on(&self) -> NaiveDate;
    fn review(&self) -> Option<NaiveDate>;
    /// Asks for the decision's memory ahead of reading it (see [`super::prefetch`]).
    fn prefetch(&self) {}
}

impl<'a> InvestmentView for &'a InvestmentAgg {
    type Decision = &'a DecisionAgg;

    fn id(&self) -> InvestmentId {
        self.id
    }
    fn id_text(&self) -> Text {
        self.id_text.clone()
    }
    fn name(&self) -> Text {
        self.name.clone()
    }
    fn unit(&self) -> UnitId {
        self.unit
    }
    fn category(&self) -> Category {
        self.category
    }
    fn cost(&self) -> Money {
        self.cost
    }
    fn run_cost(&self) -> Money {
        self.run_cost
    }
    fn annual_benefit(&self) -> Money {
        self.annual_benefit
    }
    fn years(&self) -> u32 {
        self.years
    }
    fn start(&self) -> NaiveDate {
        self.start
    }
    fn decisions(&self) -> impl DoubleEndedIterator<Item = &'a DecisionAgg> + Clone {
        let i: &'a InvestmentAgg = self;
        i.decisions.iter()
    }
    fn realised_to(&self, as_of: NaiveDate) -> (i128, impl Iterator<Item = Money>) {
        let (own, foreign) = InvestmentAgg::realised_to(self, as_of);
        (own, foreign.map(|b| b.amount))
    }
}

impl DecisionView for &DecisionAgg {
    fn id(&self) -> DecisionId {
        self.id
    }
    fn id_text(&self) -> Text {
        self.id_text.clone()
    }
    fn verdict(&self) -> Verdict {
        self.verdict
    }
    fn amount(&self) -> Option<Money> {
        self.amount
    }
    fn rationale(&self) -> Text {
        self.rationale.clone()
    }
    fn decided_by(&self) -> Text {
        self.decided_by.clone()
    }
    fn decided_on(&self) -> NaiveDate {
        self.decided_on
    }
    fn review(&self) -> Option<NaiveDate> {
        self.review
    }
    fn prefetch(&self) {
        super::prefetch::prefetch(*self);
    }
}
