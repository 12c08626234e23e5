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
//!
//! This file opens and checks a table; `writer` writes one, and `views` reads its
//! investments and decisions.

use super::fixed::{i32_at, text_at, text_ok, u32_at, u64_at, valid_days};
use crate::digest::view::InvestmentView;
use crate::domain::{Category, Verdict};
use crate::ids::UnitId;
use crate::money::{Currency, Money};

mod views;
mod writer;

pub use views::{FlatDecision, FlatInvestment};
pub use writer::FlatWriter;

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

#[cfg(test)]
mod tests;
