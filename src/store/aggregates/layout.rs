//! Keys and values of the aggregate section (`A`) of the data tree. After `tenant \0 A`:
//! - `u unit` → the unit's name
//! - `s service` → the service's name, unit, annual cost and users
//! - `i investment` → the investment's digest fields, its live decisions and benefits
//! - `d unit day` → how many live notes of the unit are dated that day (absent when none)
//! - `f unit due note index` → an open follow-up with a due date: its text and owner
//! - `c unit due` → how many closed follow-ups of the unit were due that day: closed on
//!   time, closed late, closed on a day not recorded (absent when none)
//!
//! Record numbers are 8 bytes and dates 4 bytes, big-endian, so keys sort by them.

use super::codec::{date_bytes, date_from_bytes, Reader, Writer};
use super::memory::{
    BenefitAgg, ClosedCounts, DecisionAgg, FollowUpAgg, InvestmentAgg, ServiceAgg,
};
use crate::domain::Service;
use crate::ids::{InvestmentId, NoteId, ServiceId, TenantId, UnitId};
use crate::store::keys;
use crate::store::StoreError;
use chrono::NaiveDate;

pub const UNIT: u8 = b'u';
pub const SERVICE: u8 = b's';
pub const INVESTMENT: u8 = b'i';
pub const NOTE_DAY: u8 = b'd';
pub const FOLLOW_UP: u8 = b'f';
pub const CLOSED: u8 = b'c';

/// `tenant \0 A`: every aggregate key of the tenant starts with it.
pub fn prefix(tenant: &TenantId) -> Vec<u8> {
    keys::section(tenant, keys::AGGREGATE)
}

pub fn key(tenant: &TenantId, tail: &[u8]) -> Vec<u8> {
    let mut k = prefix(tenant);
    k.extend_from_slice(tail);
    k
}

fn numbered(sub: u8, n: u64) -> Vec<u8> {
    let mut k = Vec::with_capacity(21);
    k.push(sub);
    k.extend_from_slice(&n.to_be_bytes());
    k
}

pub fn unit(id: UnitId) -> Vec<u8> {
    numbered(UNIT, id.0)
}

pub fn service(id: ServiceId) -> Vec<u8> {
    numbered(SERVICE, id.0)
}

pub fn investment(id: InvestmentId) -> Vec<u8> {
    numbered(INVESTMENT, id.0)
}

pub fn note_day(unit: UnitId, day: NaiveDate) -> Vec<u8> {
    let mut k = numbered(NOTE_DAY, unit.0);
    k.extend_from_slice(&date_bytes(day));
    k
}

pub fn follow_up(unit: UnitId, due: NaiveDate, note: NoteId, index: u32) -> Vec<u8> {
    let mut k = numbered(FOLLOW_UP, unit.0);
    k.extend_from_slice(&date_bytes(due));
    k.extend_from_slice(&note.0.to_be_bytes());
    k.extend_from_slice(&index.to_be_bytes());
    k
}

pub fn closed(unit: UnitId, due: NaiveDate) -> Vec<u8> {
    let mut k = numbered(CLOSED, unit.0);
    k.extend_from_slice(&date_bytes(due));
    k
}

/// A key tail taken apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tail {
    Unit(UnitId),
    Service(ServiceId),
    Investment(InvestmentId),
    NoteDay(UnitId, NaiveDate),
    FollowUp(UnitId, NaiveDate, NoteId, u32),
    Closed(UnitId, NaiveDate),
}

fn bad_key(tail: &[u8]) -> StoreError {
    StoreError::Corrupt(format!("unrecognised digest aggregate key {tail:?}"))
}

pub fn parse(tail: &[u8]) -> Result<Tail, StoreError> {
    let n = |at: usize| -> Result<u64, StoreError> {
        let b = tail.get(at..at + 8).ok_or_else(|| bad_key(tail))?;
        Ok(u64::from_be_bytes(b.try_into().expect("8 bytes")))
    };
    let day = |at: usize| -> Result<NaiveDate, StoreError> {
        let b = tail.get(at..at + 4).ok_or_else(|| bad_key(tail))?;
        date_from_bytes(b.try_into().expect("4 bytes"))
    };
    let sized = |len: usize, t: Tail| {
        if tail.len() == len {
            Ok(t)
        } else {
            Err(bad_key(tail))
        }
    };
    match tail.first() {
        Some(&UNIT) => sized(9, Tail::Unit(UnitId(n(1)?))),
        Some(&SERVICE) => sized(9, Tail::Service(ServiceId(n(1)?))),
        Some(&INVESTMENT) => sized(9, Tail::Investment(InvestmentId(n(1)?))),
        Some(&NOTE_DAY) => sized(13, Tail::NoteDay(UnitId(n(1)?), day(9)?)),
        Some(&CLOSED) => sized(13, Tail::Closed(UnitId(n(1)?), day(9)?)),
        Some(&FOLLOW_UP) => {
            let index = tail.get(21..25).ok_or_else(|| bad_key(tail))?;
            let index = u32::from_be_bytes(index.try_into().expect("4 bytes"));
            sized(
                25,
                Tail::FollowUp(UnitId(n(1)?), day(9)?, NoteId(n(13)?), index),
            )
        }
        _ => Err(bad_key(tail)),
    }
}

impl std::fmt::Display for Tail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Tail::Unit(u) => write!(f, "the name of {u}"),
            Tail::Service(s) => write!(f, "service {s}"),
            Tail::Investment(i) => write!(f, "investment {i} (with its decisions and benefits)"),
            Tail::NoteDay(u, d) => write!(f, "the notes of {u} dated {d}"),
            Tail::FollowUp(u, due, n, i) => {
                write!(f, "follow-up {} of {n} ({u}, due {due})", i + 1)
            }
            Tail::Closed(u, due) => write!(f, "the closed follow-ups of {u} due {due}"),
        }
    }
}

pub fn encode_service(v: &Service) -> Vec<u8> {
    let mut w = Writer::default();
    w.str(&v.name);
    w.opt(v.unit.map(|u| u.0), Writer::u64);
    w.money(v.annual_cost);
    w.u64(v.users);
    w.0
}

pub fn decode_service(bytes: &[u8]) -> Result<ServiceAgg, StoreError> {
    let mut r = Reader::new(bytes);
    let v = ServiceAgg {
        name: r.str()?,
        unit: r.opt(Reader::u64)?.map(UnitId),
        annual_cost: r.money()?,
        users: r.u64()?,
    };
    r.end()?;
    Ok(v)
}

pub fn encode_investment(i: &InvestmentAgg) -> Vec<u8> {
    let mut w = Writer::default();
    w.u64(i.id.0);
    w.str(&i.name);
    w.u64(i.unit.0);
    w.category(i.category);
    w.money(i.cost);
    w.money(i.run_cost);
    w.money(i.annual_benefit);
    w.u32(i.years);
    w.date(i.start);
    w.u32(i.decisions.len() as u32);
    for d in &i.decisions {
        w.u64(d.id.0);
        w.verdict(d.verdict);
        w.opt(d.amount, Writer::money);
        w.str(&d.rationale);
        w.str(&d.decided_by);
        w.date(d.decided_on);
        w.opt(d.review, Writer::date);
    }
    w.u32(i.benefits.len() as u32);
    for b in &i.benefits {
        w.u64(b.id.0);
        w.date(b.date);
        w.money(b.amount);
    }
    w.0
}

/// The unit an encoded investment is filed under, read without decoding the rest.
#[cfg(test)]
pub fn investment_unit(bytes: &[u8]) -> Option<UnitId> {
    let mut r = Reader::new(bytes);
    r.u64().ok()?;
    r.str().ok()?;
    r.u64().ok().map(UnitId)
}

pub fn decode_investment(bytes: &[u8]) -> Result<InvestmentAgg, StoreError> {
    use crate::ids::{BenefitId, DecisionId};
    let mut r = Reader::new(bytes);
    let id = InvestmentId(r.u64()?);
    let name = r.text()?;
    let unit = UnitId(r.u64()?);
    let category = r.category()?;
    let (cost, run_cost, annual_benefit) = (r.money()?, r.money()?, r.money()?);
    let (years, start) = (r.u32()?, r.date()?);
    let n = r.u32()? as usize;
    let mut decisions = Vec::with_capacity(n.min(1024));
    for _ in 0..n {
        let id = DecisionId(r.u64()?);
        decisions.push(DecisionAgg {
            id,
            id_text: crate::digest::Text::of_id(id.record()),
            verdict: r.verdict()?,
            amount: r.opt(Reader::money)?,
            rationale: r.text()?,
            decided_by: r.text()?,
            decided_on: r.date()?,
            review: r.opt(Reader::date)?,
        });
    }
    let n = r.u32()? as usize;
    let mut benefits = Vec::with_capacity(n.min(1024));
    for _ in 0..n {
        benefits.push(BenefitAgg {
            id: BenefitId(r.u64()?),
            date: r.date()?,
            amount: r.money()?,
            own_total: 0,
        });
    }
    r.end()?;
    let mut i = InvestmentAgg {
        id,
        id_text: crate::digest::Text::of_id(id.record()),
        name,
        unit,
        category,
        cost,
        run_cost,
        annual_benefit,
        years,
        start,
        decisions,
        benefits,
        foreign: Vec::new(),
    };
    i.finish();
    Ok(i)
}

pub fn encode_follow_up(text: &str, owner: Option<&str>) -> Vec<u8> {
    let mut w = Writer::default();
    w.str(text);
    w.opt(owner, Writer::str);
    w.0
}

pub fn decode_follow_up(note: NoteId, bytes: &[u8]) -> Result<FollowUpAgg, StoreError> {
    let mut r = Reader::new(bytes);
    let v = FollowUpAgg {
        note: crate::digest::Text::of_id(note.record()),
        text: r.text()?,
        owner: r.opt(Reader::text)?,
    };
    r.end()?;
    Ok(v)
}

pub fn decode_count(bytes: &[u8]) -> Result<u32, StoreError> {
    bytes
        .try_into()
        .map(u32::from_be_bytes)
        .map_err(|_| StoreError::Corrupt("a note-day count is not 4 bytes".into()))
}

pub fn encode_closed(c: &ClosedCounts) -> Vec<u8> {
    let mut w = Writer::default();
    w.u32(c.on_time);
    w.u32(c.late);
    w.u32(c.undated);
    w.0
}

pub fn decode_closed(bytes: &[u8]) -> Result<ClosedCounts, StoreError> {
    let mut r = Reader::new(bytes);
    let c = ClosedCounts {
        on_time: r.u32()?,
        late: r.u32()?,
        undated: r.u32()?,
    };
    r.end()?;
    Ok(c)
}

pub fn decode_name(bytes: &[u8]) -> Result<String, StoreError> {
    String::from_utf8(bytes.to_vec())
        .map_err(|_| StoreError::Corrupt("a unit name aggregate is not UTF-8".into()))
}
