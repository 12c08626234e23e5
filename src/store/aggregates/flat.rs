//! A tenant's investments as fixed-width records (investments, decisions, benefits) and
//! one area of their texts, read in place: a one-shot digest borrows every figure and
//! text straight from the mapped snapshot instead of decoding 100,000 investments (and
//! their decisions and benefits) into owned values first, which was most of its time.
//!
//! Layout, all little-endian, after the currency codes the records refer to by position
//! (a count, then each code's length and bytes): the counts of investments, decisions,
//! benefits and text bytes (4 bytes each), then the records, then the texts. An
//! investment's decisions and benefits are runs of their tables, named by first position
//! and count; a text is a position and a length in the text area. Everything is checked
//! once when the table is opened ([`Flat::open`]): a record that points outside its
//! tables, a text not on character boundaries, an unknown currency, verdict, category or
//! date, or investments out of id order make the whole table unusable.

use super::fixed::{
    checked_date, days, i32_at, i64_at, push_text, text_at, text_ok, u32_at, u64_at, valid_days,
};
use super::memory::{BenefitAgg, DecisionAgg, InvestmentAgg};
use crate::digest::view::{DecisionView, InvestmentView};
use crate::digest::Text;
use crate::domain::{Category, Verdict};
use crate::ids::{BenefitId, DecisionId, InvestmentId, UnitId};
use crate::money::{Currency, Money};
use chrono::NaiveDate;

const INVESTMENT: usize = 80;
const DECISION: usize = 48;
const BENEFIT: usize = 40;
/// The currency position of a decision without an amount, and a review not set.
const NONE: u8 = u8::MAX;

fn category_byte(c: Category) -> u8 {
    match c {
        Category::Run => 0,
        Category::Grow => 1,
        Category::Transform => 2,
    }
}

fn category_of(b: u8) -> Option<Category> {
    [Category::Run, Category::Grow, Category::Transform]
        .get(usize::from(b))
        .copied()
}

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

/// A checked table of investments, read in place.
#[derive(Clone, Copy)]
pub struct Flat<'a> {
    currencies: &'a [Currency],
    investments: &'a [u8],
    decisions: &'a [u8],
    benefits: &'a [u8],
    texts: &'a str,
}

impl<'a> Flat<'a> {
    /// The table that fills `bytes`, checked whole; `keep` keeps the currencies it names
    /// (looked up once, here; the same table always names the same ones). `None` when
    /// anything in it is out of place.
    pub fn open(bytes: &'a [u8], keep: &'a std::sync::OnceLock<Vec<Currency>>) -> Option<Flat<'a>> {
        let mut at = 0usize;
        let mut take = |n: usize| -> Option<&'a [u8]> {
            let s = bytes.get(at..at.checked_add(n)?)?;
            at += n;
            Some(s)
        };
        let n_currencies = u32::from_le_bytes(take(4)?.try_into().ok()?);
        if n_currencies > u32::from(NONE) {
            return None;
        }
        let mut found = Vec::with_capacity(n_currencies as usize);
        for _ in 0..n_currencies {
            let len = take(1)?[0];
            let code = std::str::from_utf8(take(usize::from(len))?).ok()?;
            found.push(Currency::from_code(code).filter(|c| c.code() == code)?);
        }
        let currencies = keep.get_or_init(|| found.clone());
        if *currencies != found {
            return None;
        }
        let mut count =
            || -> Option<usize> { Some(u32::from_le_bytes(take(4)?.try_into().ok()?) as usize) };
        let (n_inv, n_dec, n_ben, n_text) = (count()?, count()?, count()?, count()?);
        let investments = take(n_inv.checked_mul(INVESTMENT)?)?;
        let decisions = take(n_dec.checked_mul(DECISION)?)?;
        let benefits = take(n_ben.checked_mul(BENEFIT)?)?;
        let texts = std::str::from_utf8(take(n_text)?).ok()?;
        if at != bytes.len() {
            return None;
        }
        let flat = Flat {
            currencies,
            investments,
            decisions,
            benefits,
            texts,
        };
        flat.check().then_some(flat)
    }

    /// Whether every record reads as what it says (see the module's notes).
    fn check(&self) -> bool {
        let n_cur = self.currencies.len();
        let cur_ok = |b: u8| usize::from(b) < n_cur;
        let text_ok = |r: &[u8], at: usize| text_ok(self.texts, r, at);
        let day_range = valid_days();
        let day_ok = |r: &[u8], at: usize| day_range.contains(&i32_at(r, at));
        let run_ok = |first: u32, n: u32, table: &[u8], size: usize| {
            (u64::from(first) + u64::from(n)) * size as u64 <= table.len() as u64
        };
        let mut last_id = None;
        for r in self.investments.chunks_exact(INVESTMENT) {
            let id = u64_at(r, 0);
            if last_id.is_some_and(|l| l >= id) {
                return false;
            }
            last_id = Some(id);
            let ok = text_ok(r, 40)
                && day_ok(r, 52)
                && run_ok(u32_at(r, 56), u32_at(r, 60), self.decisions, DECISION)
                && run_ok(u32_at(r, 64), u32_at(r, 68), self.benefits, BENEFIT)
                && category_of(r[72]).is_some()
                && r[73..76].iter().all(|c| cur_ok(*c));
            if !ok {
                return false;
            }
        }
        let decisions_ok = self.decisions.chunks_exact(DECISION).all(|r| {
            day_ok(r, 16)
                && (r[42] == 0 || day_ok(r, 20))
                && r[42] <= 1
                && text_ok(r, 24)
                && text_ok(r, 32)
                && usize::from(r[40]) < Verdict::ALL.len()
                && (r[41] == NONE || cur_ok(r[41]))
        });
        let benefits_ok = self
            .benefits
            .chunks_exact(BENEFIT)
            .all(|r| day_ok(r, 32) && cur_ok(r[36]));
        decisions_ok && benefits_ok
    }

    /// How many investments the table holds.
    pub fn len(&self) -> usize {
        self.investments.len() / INVESTMENT
    }

    pub fn is_empty(&self) -> bool {
        self.investments.is_empty()
    }

    /// The investments in id order; with `only`, that unit's alone.
    pub fn investments(&self, only: Option<UnitId>) -> Vec<FlatInvestment<'a>> {
        let all = (0..self.len()).map(|k| FlatInvestment {
            flat: *self,
            at: k * INVESTMENT,
        });
        match only {
            None => all.collect(),
            Some(u) => all.filter(|i| i.unit() == u).collect(),
        }
    }

    fn text(&self, r: &[u8], at: usize) -> &'a str {
        text_at(self.texts, r, at)
    }

    fn money(&self, minor: i64, currency: u8) -> Money {
        Money::new(minor, self.currencies[usize::from(currency)])
    }
}

/// One investment of a [`Flat`] table.
#[derive(Clone, Copy)]
pub struct FlatInvestment<'a> {
    flat: Flat<'a>,
    at: usize,
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

#[cfg(test)]
mod tests;
