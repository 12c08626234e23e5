//! Reading fixed-width records in place, for the snapshot's tables ([`super::flat`],
//! [`super::flat_rest`]): little-endian numbers at fixed offsets, dates as day counts from
//! the common era (compared as numbers, made into dates only to be shown), texts as an
//! offset and a length in the table's text area.

use chrono::{Datelike, NaiveDate};
use std::ops::RangeInclusive;

pub(super) fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}
pub(super) fn i32_at(b: &[u8], at: usize) -> i32 {
    i32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}
pub(super) fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}
pub(super) fn i64_at(b: &[u8], at: usize) -> i64 {
    i64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

/// A date as its day count, which orders as the date does.
pub(super) fn days(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

/// The day counts that are dates: every count from the first date's to the last's is one,
/// so checking a record's date is two comparisons, not making the date.
pub(super) fn valid_days() -> RangeInclusive<i32> {
    days(NaiveDate::MIN)..=days(NaiveDate::MAX)
}

/// The date of a day count checked against [`valid_days`] when its table was opened.
pub(super) fn checked_date(days: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(days).expect("checked when the table was opened")
}

/// Appends `s` to a text area; returns its offset and length as a record stores them.
pub(super) fn push_text(texts: &mut Vec<u8>, s: &str) -> [u8; 8] {
    let mut out = [0; 8];
    out[..4].copy_from_slice(&(texts.len() as u32).to_le_bytes());
    out[4..].copy_from_slice(&(s.len() as u32).to_le_bytes());
    texts.extend_from_slice(s.as_bytes());
    out
}

/// Whether the text that record `r` names at `at` lies in `texts`, on character boundaries.
pub(super) fn text_ok(texts: &str, r: &[u8], at: usize) -> bool {
    let (off, len) = (u32_at(r, at) as usize, u32_at(r, at + 4) as usize);
    off.checked_add(len)
        .is_some_and(|end| texts.get(off..end).is_some())
}

/// The text that record `r` names at `at` (checked by [`text_ok`] when its table was opened).
pub(super) fn text_at<'a>(texts: &'a str, r: &[u8], at: usize) -> &'a str {
    let off = u32_at(r, at) as usize;
    &texts[off..off + u32_at(r, at + 4) as usize]
}

/// Reads a table's parts in order from its bytes.
pub(super) struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, at: 0 }
    }
    /// The next `n` bytes; `None` past the end.
    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    /// The next `n` records of `size` bytes.
    pub fn records(&mut self, n: u32, size: usize) -> Option<&'a [u8]> {
        self.take((n as usize).checked_mul(size)?)
    }
    /// Whether every byte was taken.
    pub fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_day_count_in_the_range_is_a_date_and_none_outside_it() {
        let range = valid_days();
        let of = NaiveDate::from_num_days_from_ce_opt;
        let edges = [
            *range.start(),
            range.start() + 1,
            0,
            1,
            739_000,
            *range.end(),
        ];
        for d in range.clone().step_by(9_973).chain(edges) {
            assert_eq!(of(d).map(days), Some(d), "{d}");
        }
        for d in [range.start() - 1, range.end() + 1, i32::MIN, i32::MAX] {
            assert!(of(d).is_none(), "{d}");
        }
    }
}
