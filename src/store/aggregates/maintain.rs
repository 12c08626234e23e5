//! Keeps the aggregates in step with the records, inside the write's own [`Tx`]: a record
//! change and its aggregate change land in the same atomic batch.

use super::layout::{self, encode_closed, encode_follow_up, encode_investment, encode_service};
use super::memory::{BenefitAgg, ClosedCounts, DecisionAgg, InvestmentAgg};
use crate::domain::{Note, Record};
use crate::ids::{InvestmentId, TenantId};
use crate::store::{StoreError, Tx};

impl Tx<'_> {
    /// Moves the aggregates from a live record's old content to its new one: `None` before
    /// is a creation, `None` after a retraction.
    pub(crate) fn aggregate(
        &mut self,
        tenant: &TenantId,
        old: Option<&Record>,
        new: Option<&Record>,
    ) -> Result<(), StoreError> {
        match (old, new) {
            // An amended investment keeps its decisions and benefits.
            (Some(Record::Investment(_)), Some(Record::Investment(i))) => {
                self.change_investment(tenant, i.id, |agg| agg.set_fields(i))?;
            }
            _ => {
                if let Some(r) = old {
                    self.withdraw(tenant, r)?;
                }
                if let Some(r) = new {
                    self.contribute(tenant, r)?;
                }
            }
        }
        self.aggregates_touched.insert(tenant.clone());
        Ok(())
    }

    /// Adds a live record's share of the aggregates.
    pub(crate) fn contribute(&mut self, tenant: &TenantId, r: &Record) -> Result<(), StoreError> {
        let key = |tail: Vec<u8>| layout::key(tenant, &tail);
        match r {
            Record::Unit(u) => self.put(key(layout::unit(u.id)), u.name.clone().into_bytes()),
            Record::Service(v) => self.put(key(layout::service(v.id)), encode_service(v)),
            Record::Investment(i) => self.put(
                key(layout::investment(i.id)),
                encode_investment(&InvestmentAgg::of(i)),
            ),
            Record::Decision(d) => {
                let agg = DecisionAgg {
                    id: d.id,
                    id_text: crate::digest::Text::of_id(d.id.record()),
                    verdict: d.verdict,
                    amount: d.amount,
                    rationale: d.rationale.as_str().into(),
                    decided_by: d.decided_by.as_str().into(),
                    decided_on: d.decided_on,
                    review: d.review,
                };
                self.change_investment(tenant, d.investment, |i| {
                    let at = i.decisions.partition_point(|x| x.id < agg.id);
                    i.decisions.insert(at, agg);
                })?;
            }
            Record::Benefit(b) => {
                let agg = BenefitAgg {
                    id: b.id,
                    date: b.date,
                    amount: b.amount,
                    own_total: 0,
                };
                self.change_investment(tenant, b.investment, |i| {
                    let at = i
                        .benefits
                        .partition_point(|x| (x.date, x.id) < (agg.date, agg.id));
                    i.benefits.insert(at, agg);
                })?;
            }
            Record::Note(n) => {
                self.count_note_day(tenant, n, 1)?;
                self.count_closed(tenant, n, 1)?;
                for (index, due, f) in open_followups(n) {
                    self.put(
                        key(layout::follow_up(n.unit, due, n.id, index)),
                        encode_follow_up(&f.text, f.owner.as_deref()),
                    );
                }
            }
        }
        Ok(())
    }

    /// Takes a record's share out of the aggregates (it was amended or retracted).
    fn withdraw(&mut self, tenant: &TenantId, r: &Record) -> Result<(), StoreError> {
        let key = |tail: Vec<u8>| layout::key(tenant, &tail);
        match r {
            Record::Unit(u) => self.delete(key(layout::unit(u.id))),
            Record::Service(v) => self.delete(key(layout::service(v.id))),
            // Only an investment without live decisions or benefits can be retracted.
            Record::Investment(i) => self.delete(key(layout::investment(i.id))),
            Record::Decision(d) => {
                self.change_investment(tenant, d.investment, |i| {
                    i.decisions.retain(|x| x.id != d.id)
                })?;
            }
            Record::Benefit(b) => {
                self.change_investment(tenant, b.investment, |i| {
                    i.benefits.retain(|x| x.id != b.id)
                })?;
            }
            Record::Note(n) => {
                self.count_note_day(tenant, n, -1)?;
                self.count_closed(tenant, n, -1)?;
                for (index, due, _) in open_followups(n) {
                    self.delete(key(layout::follow_up(n.unit, due, n.id, index)));
                }
            }
        }
        Ok(())
    }

    fn change_investment(
        &mut self,
        tenant: &TenantId,
        id: InvestmentId,
        change: impl FnOnce(&mut InvestmentAgg),
    ) -> Result<(), StoreError> {
        let key = layout::key(tenant, &layout::investment(id));
        let bytes = self.get(&key)?.ok_or_else(|| {
            StoreError::Corrupt(format!(
                "the digest aggregates of {tenant} have no entry for {id}; run `valuebridge digest-agg rebuild`"
            ))
        })?;
        let mut agg = layout::decode_investment(&bytes)?;
        change(&mut agg);
        self.put(key, encode_investment(&agg));
        Ok(())
    }

    fn count_note_day(
        &mut self,
        tenant: &TenantId,
        n: &Note,
        delta: i64,
    ) -> Result<(), StoreError> {
        let key = layout::key(tenant, &layout::note_day(n.unit, n.met_on()));
        let count = match self.get(&key)? {
            Some(v) => i64::from(layout::decode_count(&v)?),
            None => 0,
        } + delta;
        if count > 0 {
            self.put(key, (count as u32).to_be_bytes().to_vec());
        } else {
            self.delete(key);
        }
        Ok(())
    }
}

impl Tx<'_> {
    /// Adds (`sign` 1) or takes out (-1) the note's closed, dated follow-ups from the
    /// counts by unit and due date.
    fn count_closed(&mut self, tenant: &TenantId, n: &Note, sign: i64) -> Result<(), StoreError> {
        for f in n.followups.iter().filter(|f| f.done) {
            let Some(due) = f.due else { continue };
            let key = layout::key(tenant, &layout::closed(n.unit, due));
            let mut counts = match self.get(&key)? {
                Some(v) => layout::decode_closed(&v)?,
                None => ClosedCounts::default(),
            };
            counts.add(&ClosedCounts::of(due, f.done_on), sign);
            if counts.is_empty() {
                self.delete(key);
            } else {
                self.put(key, encode_closed(&counts));
            }
        }
        Ok(())
    }
}

/// A note's follow-ups that count as open with a due date, with their position in the note.
fn open_followups(
    n: &Note,
) -> impl Iterator<Item = (u32, chrono::NaiveDate, &crate::domain::FollowUp)> {
    n.followups
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.done)
        .filter_map(|(k, f)| f.due.map(|due| (k as u32, due, f)))
}
