//! A compact binary encoding for the aggregate values: read in bulk when a tenant's
//! aggregates are loaded, so it must be cheap to decode (no field names, no text numbers).

use super::super::StoreError;
use crate::domain::{Category, Verdict};
use crate::money::{Currency, Money};
use chrono::{Datelike, NaiveDate};

#[derive(Default)]
pub struct Writer(pub Vec<u8>);

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    pub fn date(&mut self, d: NaiveDate) {
        self.0.extend_from_slice(&date_bytes(d));
    }
    pub fn money(&mut self, m: Money) {
        self.i64(m.minor);
        self.str(m.currency.code());
    }
    pub fn category(&mut self, c: Category) {
        self.u8(match c {
            Category::Run => 0,
            Category::Grow => 1,
            Category::Transform => 2,
        });
    }
    pub fn verdict(&mut self, v: Verdict) {
        let i = Verdict::ALL
            .iter()
            .position(|x| *x == v)
            .expect("every verdict is listed");
        self.u8(i as u8);
    }
    pub fn opt<T>(&mut self, v: Option<T>, put: impl FnOnce(&mut Self, T)) {
        match v {
            None => self.u8(0),
            Some(v) => {
                self.u8(1);
                put(self, v);
            }
        }
    }
}

/// A date as 4 bytes that sort in date order (days from the common era, sign bit flipped).
pub fn date_bytes(d: NaiveDate) -> [u8; 4] {
    ((d.num_days_from_ce() as u32) ^ 0x8000_0000).to_be_bytes()
}

pub fn date_from_bytes(b: [u8; 4]) -> Result<NaiveDate, StoreError> {
    let days = (u32::from_be_bytes(b) ^ 0x8000_0000) as i32;
    NaiveDate::from_num_days_from_ce_opt(days)
        .ok_or_else(|| StoreError::Corrupt(format!("aggregate date {days} is out of range")))
}

pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

fn short() -> StoreError {
    StoreError::Corrupt("a digest aggregate value is cut short".into())
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, at: 0 }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], StoreError> {
        let end = self.at.checked_add(n).ok_or_else(short)?;
        let s = self.bytes.get(self.at..end).ok_or_else(short)?;
        self.at = end;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N], StoreError> {
        Ok(self.take(N)?.try_into().expect("took N bytes"))
    }
    pub fn u8(&mut self) -> Result<u8, StoreError> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32, StoreError> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    pub fn u64(&mut self) -> Result<u64, StoreError> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    pub fn i64(&mut self) -> Result<i64, StoreError> {
        Ok(i64::from_le_bytes(self.array()?))
    }
    pub fn str(&mut self) -> Result<String, StoreError> {
        let n = self.u32()? as usize;
        String::from_utf8(self.take(n)?.to_vec())
            .map_err(|_| StoreError::Corrupt("a digest aggregate text is not UTF-8".into()))
    }
    /// A text as a digest holds it, without an intermediate `String` (most are short and
    /// kept inline).
    pub fn text(&mut self) -> Result<crate::digest::Text, StoreError> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?)
            .map(crate::digest::Text::from)
            .map_err(|_| StoreError::Corrupt("a digest aggregate text is not UTF-8".into()))
    }
    pub fn date(&mut self) -> Result<NaiveDate, StoreError> {
        date_from_bytes(self.array()?)
    }
    pub fn money(&mut self) -> Result<Money, StoreError> {
        let minor = self.i64()?;
        let n = self.u32()? as usize;
        let code = std::str::from_utf8(self.take(n)?).unwrap_or("");
        let currency = Currency::from_code(code).ok_or_else(|| {
            StoreError::Corrupt(format!("unknown currency '{code}' in a digest aggregate"))
        })?;
        Ok(Money::new(minor, currency))
    }
    pub fn category(&mut self) -> Result<Category, StoreError> {
        match self.u8()? {
            0 => Ok(Category::Run),
            1 => Ok(Category::Grow),
            2 => Ok(Category::Transform),
            n => Err(StoreError::Corrupt(format!(
                "digest aggregate category {n} is not known"
            ))),
        }
    }
    pub fn verdict(&mut self) -> Result<Verdict, StoreError> {
        let i = self.u8()?;
        Verdict::ALL.get(usize::from(i)).copied().ok_or_else(|| {
            StoreError::Corrupt(format!("unknown verdict {i} in a digest aggregate"))
        })
    }
    pub fn opt<T>(
        &mut self,
        get: impl FnOnce(&mut Self) -> Result<T, StoreError>,
    ) -> Result<Option<T>, StoreError> {
        match self.u8()? {
            0 => Ok(None),
            _ => get(self).map(Some),
        }
    }
    /// Fails unless every byte was read: a value of the wrong shape is corrupt, not padded.
    pub fn end(self) -> Result<(), StoreError> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(StoreError::Corrupt(
                "a digest aggregate value has trailing bytes".into(),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_dates_sort() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let mut w = Writer::default();
        w.str("Café");
        w.money(Money::new(-12_345, Currency::USD));
        w.opt(Some(d("2028-02-29")), Writer::date);
        w.opt(None::<u64>, Writer::u64);
        w.verdict(Verdict::Rescope);
        let mut r = Reader::new(&w.0);
        assert_eq!(r.str().unwrap(), "Café");
        assert_eq!(r.money().unwrap(), Money::new(-12_345, Currency::USD));
        assert_eq!(r.opt(Reader::date).unwrap(), Some(d("2028-02-29")));
        assert_eq!(r.opt(Reader::u64).unwrap(), None);
        assert_eq!(r.verdict().unwrap(), Verdict::Rescope);
        r.end().unwrap();
        assert!(date_bytes(d("0001-01-01")) > date_bytes(d("0000-12-31")));
        assert!(date_bytes(d("2026-01-01")) < date_bytes(d("2026-01-02")));
        assert!(Reader::new(&[1, 0]).u32().is_err(), "cut short");
    }
}
