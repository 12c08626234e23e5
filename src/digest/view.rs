//! What a digest reads of an investment and its decisions, and of the units' names,
//! services, notes and follow-ups, whichever way they are held: the store's in-memory
//! image (owned values) or a snapshot read in place (records in a mapped file). The digest
//! is worked out the same way from either.

use super::Text;
use crate::domain::{Category, Verdict};
use crate::ids::{DecisionId, InvestmentId, NoteId, ServiceId, UnitId};
use crate::money::Money;
use crate::store::aggregates::{
    Aggregates, ClosedCounts, DecisionAgg, FollowUpAgg, InvestmentAgg, ServiceAgg,
};
use chrono::NaiveDate;
use std::collections::BTreeMap;

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

/// Everything but the investments: the units' names, the services, and per unit the notes'
/// days, the open follow-ups with a due date and the closed ones' counts. Every range is
/// of dates from `from` to `to`, both included, and empty when `from` is after `to`.
pub trait RestView: Copy + Sync {
    type FollowUp: FollowUpView;

    fn units(&self) -> &BTreeMap<UnitId, Text>;
    fn services(&self) -> &BTreeMap<ServiceId, ServiceAgg>;
    /// How many of the unit's live notes are dated in the range.
    fn notes_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> u64;
    /// Whether any of the unit's live notes is dated in the range.
    fn any_note_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> bool;
    /// The latest day up to `to` on which the unit has a note.
    fn last_note_day(&self, unit: UnitId, to: NaiveDate) -> Option<NaiveDate>;
    /// Whether the unit has any open follow-up with a due date.
    fn has_open_followups(&self, unit: UnitId) -> bool;
    /// The unit's open follow-ups due before `day`, by (due date, note, position in the
    /// note): in the order the notes and their follow-ups were written, within a day.
    fn open_followups_before(
        &self,
        unit: UnitId,
        day: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, Self::FollowUp)>;
    /// How many of the unit's open follow-ups are due in the range.
    fn open_followups_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> u64;
    /// The unit's closed follow-ups due in the range, counted per due date.
    fn closed_between(
        &self,
        unit: UnitId,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, ClosedCounts)>;
}

/// An open follow-up, with what a digest shows of it.
pub trait FollowUpView: Copy + Send + Sync {
    /// The note's id as shown (`NOTE-3`).
    fn note(&self) -> Text;
    fn text(&self) -> Text;
    fn owner(&self) -> Option<Text>;
    /// Asks for the follow-up's memory ahead of reading it (see [`super::prefetch`]).
    fn prefetch(&self) {}
}

impl<'a> RestView for &'a Aggregates {
    type FollowUp = &'a FollowUpAgg;

    fn units(&self) -> &BTreeMap<UnitId, Text> {
        &self.units
    }
    fn services(&self) -> &BTreeMap<ServiceId, ServiceAgg> {
        &self.services
    }
    fn notes_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> u64 {
        match self.note_days.get(&unit) {
            Some(days) if from <= to => days.range(from..=to).map(|(_, n)| u64::from(*n)).sum(),
            _ => 0,
        }
    }
    fn any_note_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> bool {
        from <= to
            && self
                .note_days
                .get(&unit)
                .is_some_and(|days| days.range(from..=to).next().is_some())
    }
    fn last_note_day(&self, unit: UnitId, to: NaiveDate) -> Option<NaiveDate> {
        let days = self.note_days.get(&unit)?;
        days.range(..=to).next_back().map(|(d, _)| *d)
    }
    fn has_open_followups(&self, unit: UnitId) -> bool {
        self.followups.contains_key(&unit)
    }
    fn open_followups_before(
        &self,
        unit: UnitId,
        day: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, &'a FollowUpAgg)> {
        // Keys sort by (due, note, position): everything before (day, 0, 0) is due before.
        let this: &'a Aggregates = self;
        this.followups
            .get(&unit)
            .into_iter()
            .flat_map(move |open| open.range(..(day, NoteId(0), 0)))
            .map(|((due, _, _), f)| (*due, f))
    }
    fn open_followups_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> u64 {
        match self.followups.get(&unit) {
            Some(open) if from <= to => open
                .range((from, NoteId(0), 0)..=(to, NoteId(u64::MAX), u32::MAX))
                .count() as u64,
            _ => 0,
        }
    }
    fn closed_between(
        &self,
        unit: UnitId,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, ClosedCounts)> {
        let this: &'a Aggregates = self;
        this.closed
            .get(&unit)
            .filter(|_| from <= to)
            .into_iter()
            .flat_map(move |days| days.range(from..=to))
            .map(|(d, c)| (*d, *c))
    }
}

impl FollowUpView for &FollowUpAgg {
    fn note(&self) -> Text {
        self.note.clone()
    }
    fn text(&self) -> Text {
        self.text.clone()
    }
    fn owner(&self) -> Option<Text> {
        self.owner.clone()
    }
    fn prefetch(&self) {
        super::prefetch::prefetch(*self);
    }
}
