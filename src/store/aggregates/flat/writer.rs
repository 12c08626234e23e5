//! Writing investments (in id order) as the table [`super::Flat::open`] reads.

use super::super::fixed::{days, push_text};
use super::super::memory::InvestmentAgg;
use super::{category_byte, BENEFIT, DECISION, INVESTMENT, NONE};
use crate::domain::Verdict;
use crate::money::Currency;

/// Writes investments (in id order) as a table [`Flat::open`] reads.
#[derive(Default)]
pub struct FlatWriter {
    currencies: Vec<Currency>,
    investments: Vec<u8>,
    decisions: Vec<u8>,
    benefits: Vec<u8>,
    texts: Vec<u8>,
    counts: [u32; 3],
}

impl FlatWriter {
    fn currency(&mut self, c: Currency) -> u8 {
        match self.currencies.iter().position(|x| *x == c) {
            Some(k) => k as u8,
            None => {
                self.currencies.push(c);
                (self.currencies.len() - 1) as u8
            }
        }
    }

    fn text(&mut self, s: &str) -> [u8; 8] {
        push_text(&mut self.texts, s)
    }

    /// Adds `i`, which comes after every investment added before it in id order.
    pub fn push(&mut self, i: &InvestmentAgg) {
        let mut r = [0u8; INVESTMENT];
        r[0..8].copy_from_slice(&i.id.0.to_le_bytes());
        r[8..16].copy_from_slice(&i.unit.0.to_le_bytes());
        r[16..24].copy_from_slice(&i.cost.minor.to_le_bytes());
        r[24..32].copy_from_slice(&i.run_cost.minor.to_le_bytes());
        r[32..40].copy_from_slice(&i.annual_benefit.minor.to_le_bytes());
        r[40..48].copy_from_slice(&self.text(&i.name));
        r[48..52].copy_from_slice(&i.years.to_le_bytes());
        r[52..56].copy_from_slice(&days(i.start).to_le_bytes());
        r[56..60].copy_from_slice(&self.counts[1].to_le_bytes());
        r[60..64].copy_from_slice(&(i.decisions.len() as u32).to_le_bytes());
        r[64..68].copy_from_slice(&self.counts[2].to_le_bytes());
        r[68..72].copy_from_slice(&(i.benefits.len() as u32).to_le_bytes());
        r[72] = category_byte(i.category);
        r[73] = self.currency(i.cost.currency);
        r[74] = self.currency(i.run_cost.currency);
        r[75] = self.currency(i.annual_benefit.currency);
        self.investments.extend_from_slice(&r);
        self.counts[0] += 1;
        for d in &i.decisions {
            let mut r = [0u8; DECISION];
            r[0..8].copy_from_slice(&d.id.0.to_le_bytes());
            r[8..16].copy_from_slice(&d.amount.map_or(0, |a| a.minor).to_le_bytes());
            r[16..20].copy_from_slice(&days(d.decided_on).to_le_bytes());
            r[20..24].copy_from_slice(&d.review.map_or(0, days).to_le_bytes());
            r[24..32].copy_from_slice(&self.text(&d.rationale));
            r[32..40].copy_from_slice(&self.text(&d.decided_by));
            r[40] = Verdict::ALL
                .iter()
                .position(|v| *v == d.verdict)
                .expect("every verdict is listed") as u8;
            r[41] = d.amount.map_or(NONE, |a| self.currency(a.currency));
            r[42] = u8::from(d.review.is_some());
            self.decisions.extend_from_slice(&r);
            self.counts[1] += 1;
        }
        for b in &i.benefits {
            let mut r = [0u8; BENEFIT];
            r[0..8].copy_from_slice(&b.id.0.to_le_bytes());
            r[8..16].copy_from_slice(&b.amount.minor.to_le_bytes());
            r[16..32].copy_from_slice(&b.own_total.to_le_bytes());
            r[32..36].copy_from_slice(&days(b.date).to_le_bytes());
            r[36] = self.currency(b.amount.currency);
            self.benefits.extend_from_slice(&r);
            self.counts[2] += 1;
        }
    }

    /// The table's bytes, appended to `out`.
    pub fn finish(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&(self.currencies.len() as u32).to_le_bytes());
        for c in &self.currencies {
            out.push(c.code().len() as u8);
            out.extend_from_slice(c.code().as_bytes());
        }
        for n in self.counts {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.extend_from_slice(&(self.texts.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.investments);
        out.extend_from_slice(&self.decisions);
        out.extend_from_slice(&self.benefits);
        out.extend_from_slice(&self.texts);
    }
}
