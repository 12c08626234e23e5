//! A snapshot's aggregates other than investments: the units' names and the services
//! decoded (a few hundred entries), and the notes' days, the open follow-ups and the closed
//! follow-ups' counts as fixed-width records read in place. Decoding these one entry at a
//! time (a date made for each of a hundred thousand keys, each filed in a map) kept one
//! core busy alone at the start of every one-shot digest.
//!
//! Layout, all little-endian: the counts of note days, follow-ups, closed days and text
//! bytes (4 bytes each), then the records of each table, then the texts. Each table is in
//! the order of its keys in the store (unit, then date; a follow-up then by note and
//! position), so a unit's records are one run, found by binary search, and a date range
//! within it another. Checked once when opened ([`NotesTable::open`]): keys out of order,
//! a date that is not one, a text outside the area or not on character boundaries, or an
//! owner flag that is neither make the whole table unusable.

use super::fixed::{
    checked_date, days, i32_at, push_text, text_at, text_ok, u32_at, u64_at, valid_days, Cursor,
};
use super::layout::{self, Tail};
use super::memory::{Aggregates, ClosedCounts, FollowUpAgg, ServiceAgg};
use crate::digest::view::{FollowUpView, RestView};
use crate::digest::Text;
use crate::ids::{NoteId, ServiceId, UnitId};
use crate::store::StoreError;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// unit (8), day (4), notes that day (4).
const NOTE_DAY: usize = 16;
/// unit (8), note (8), due (4), position in the note (4), text (8), owner (8), whether
/// there is an owner (1), then padding.
const FOLLOW_UP: usize = 48;
/// unit (8), due (4), closed on time, late, on a day not recorded (4 each).
const CLOSED: usize = 24;

/// Writes the note days, follow-ups and closed counts, in key order, as a table
/// [`NotesTable::open`] reads.
#[derive(Default)]
pub struct NotesWriter {
    days: Vec<u8>,
    followups: Vec<u8>,
    closed: Vec<u8>,
    texts: Vec<u8>,
    counts: [u32; 3],
}

impl NotesWriter {
    /// Adds the stored entry `tail` → `value` if it is one of this table's (in key order:
    /// after every entry added before it); `false` for one of another kind.
    pub fn push(&mut self, tail: &[u8], value: &[u8]) -> Result<bool, StoreError> {
        match layout::parse(tail)? {
            Tail::NoteDay(unit, day) => {
                let mut r = [0u8; NOTE_DAY];
                r[0..8].copy_from_slice(&unit.0.to_le_bytes());
                r[8..12].copy_from_slice(&days(day).to_le_bytes());
                r[12..16].copy_from_slice(&layout::decode_count(value)?.to_le_bytes());
                self.days.extend_from_slice(&r);
                self.counts[0] += 1;
            }
            Tail::FollowUp(unit, due, note, index) => {
                let f = layout::decode_follow_up(note, value)?;
                let mut r = [0u8; FOLLOW_UP];
                r[0..8].copy_from_slice(&unit.0.to_le_bytes());
                r[8..16].copy_from_slice(&note.0.to_le_bytes());
                r[16..20].copy_from_slice(&days(due).to_le_bytes());
                r[20..24].copy_from_slice(&index.to_le_bytes());
                r[24..32].copy_from_slice(&push_text(&mut self.texts, &f.text));
                if let Some(owner) = &f.owner {
                    r[32..40].copy_from_slice(&push_text(&mut self.texts, owner));
                    r[40] = 1;
                }
                self.followups.extend_from_slice(&r);
                self.counts[1] += 1;
            }
            Tail::Closed(unit, due) => {
                let c = layout::decode_closed(value)?;
                let mut r = [0u8; CLOSED];
                r[0..8].copy_from_slice(&unit.0.to_le_bytes());
                r[8..12].copy_from_slice(&days(due).to_le_bytes());
                r[12..16].copy_from_slice(&c.on_time.to_le_bytes());
                r[16..20].copy_from_slice(&c.late.to_le_bytes());
                r[20..24].copy_from_slice(&c.undated.to_le_bytes());
                self.closed.extend_from_slice(&r);
                self.counts[2] += 1;
            }
            Tail::Unit(_) | Tail::Service(_) | Tail::Investment(_) => return Ok(false),
        }
        Ok(true)
    }

    /// The table's bytes, appended to `out`.
    pub fn finish(self, out: &mut Vec<u8>) {
        for n in self.counts {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.extend_from_slice(&(self.texts.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.days);
        out.extend_from_slice(&self.followups);
        out.extend_from_slice(&self.closed);
        out.extend_from_slice(&self.texts);
    }
}

/// A checked table of note days, follow-ups and closed counts, read in place.
#[derive(Clone, Copy)]
pub struct NotesTable<'a> {
    days: &'a [u8],
    followups: &'a [u8],
    closed: &'a [u8],
    texts: &'a str,
}

/// Whether the records of `table` (of `size` bytes) have keys in strictly increasing order.
fn in_order<K: Ord>(table: &[u8], size: usize, key: impl Fn(&[u8]) -> K) -> bool {
    let mut records = table.chunks_exact(size).map(key);
    let Some(mut last) = records.next() else {
        return true;
    };
    records.all(|k| {
        let ok = last < k;
        last = k;
        ok
    })
}

/// How many records of `run` (of `size` bytes), from the first, satisfy `before`, which
/// holds for a first part of the run and not after it.
fn partition(run: &[u8], size: usize, before: impl Fn(&[u8]) -> bool) -> usize {
    let (mut lo, mut hi) = (0, run.len() / size);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match before(&run[mid * size..(mid + 1) * size]) {
            true => lo = mid + 1,
            false => hi = mid,
        }
    }
    lo
}

/// The records of `unit` in `table`, whose records start with their unit.
fn unit_run(table: &[u8], size: usize, unit: UnitId) -> &[u8] {
    let start = partition(table, size, |r| u64_at(r, 0) < unit.0);
    let end = partition(table, size, |r| u64_at(r, 0) <= unit.0);
    &table[start * size..end * size]
}

/// The records of `run` (in date order, the date at `at`) dated `from` to `to`.
fn dated(run: &[u8], size: usize, at: usize, from: NaiveDate, to: NaiveDate) -> &[u8] {
    if from > to {
        return &[];
    }
    let (from, to) = (days(from), days(to));
    let start = partition(run, size, |r| i32_at(r, at) < from);
    let end = partition(run, size, |r| i32_at(r, at) <= to);
    &run[start * size..end.max(start) * size]
}

impl<'a> NotesTable<'a> {
    /// The table that fills `bytes`, checked whole; `None` when anything in it is out of
    /// place.
    pub fn open(bytes: &'a [u8]) -> Option<NotesTable<'a>> {
        let mut c = Cursor::new(bytes);
        let (n_days, n_followups, n_closed, n_text) = (c.u32()?, c.u32()?, c.u32()?, c.u32()?);
        let table = NotesTable {
            days: c.records(n_days, NOTE_DAY)?,
            followups: c.records(n_followups, FOLLOW_UP)?,
            closed: c.records(n_closed, CLOSED)?,
            texts: std::str::from_utf8(c.take(n_text as usize)?).ok()?,
        };
        (c.at_end() && table.check()).then_some(table)
    }

    fn check(&self) -> bool {
        let day_range = valid_days();
        let day_ok = |r: &[u8], at: usize| day_range.contains(&i32_at(r, at));
        let days_ok = self.days.chunks_exact(NOTE_DAY).all(|r| day_ok(r, 8))
            && in_order(self.days, NOTE_DAY, |r| (u64_at(r, 0), i32_at(r, 8)));
        let followups_ok = self.followups.chunks_exact(FOLLOW_UP).all(|r| {
            day_ok(r, 16)
                && text_ok(self.texts, r, 24)
                && match r[40] {
                    0 => true,
                    1 => text_ok(self.texts, r, 32),
                    _ => false,
                }
        }) && in_order(self.followups, FOLLOW_UP, |r| {
            (u64_at(r, 0), i32_at(r, 16), u64_at(r, 8), u32_at(r, 20))
        });
        let closed_ok = self.closed.chunks_exact(CLOSED).all(|r| day_ok(r, 8))
            && in_order(self.closed, CLOSED, |r| (u64_at(r, 0), i32_at(r, 8)));
        days_ok && followups_ok && closed_ok
    }

    /// Adds the table's entries (with `only`, that unit's alone) to `agg`, as the store's
    /// image holds them (for comparing the two).
    fn add_to(&self, agg: &mut Aggregates, only: Option<UnitId>) {
        let wanted = |r: &[u8]| match only {
            None => true,
            Some(u) => u.0 == u64_at(r, 0),
        };
        for r in self.days.chunks_exact(NOTE_DAY).filter(|r| wanted(r)) {
            let days = agg.note_days.entry(UnitId(u64_at(r, 0))).or_default();
            days.insert(checked_date(i32_at(r, 8)), u32_at(r, 12));
        }
        for r in self.followups.chunks_exact(FOLLOW_UP).filter(|r| wanted(r)) {
            let f = FlatFollowUp {
                record: r,
                texts: self.texts,
            };
            let note = NoteId(u64_at(r, 8));
            let open = agg.followups.entry(UnitId(u64_at(r, 0))).or_default();
            let key = (checked_date(i32_at(r, 16)), note, u32_at(r, 20));
            let (text, owner) = (f.text(), f.owner());
            let note = f.note();
            open.insert(key, FollowUpAgg { note, text, owner });
        }
        for r in self.closed.chunks_exact(CLOSED).filter(|r| wanted(r)) {
            let days = agg.closed.entry(UnitId(u64_at(r, 0))).or_default();
            days.insert(checked_date(i32_at(r, 8)), closed_counts(r));
        }
    }
}

fn closed_counts(r: &[u8]) -> ClosedCounts {
    ClosedCounts {
        on_time: u32_at(r, 12),
        late: u32_at(r, 16),
        undated: u32_at(r, 20),
    }
}

/// What a digest reads of a snapshot besides its investments.
pub struct Rest<'a> {
    /// The units' names and the services (nothing else of it is filled).
    pub(super) named: Aggregates,
    pub(super) notes: NotesTable<'a>,
}

impl Rest<'_> {
    /// The store's image of the same aggregates (with `only`, a unit digest's part).
    pub(super) fn to_aggregates(&self, only: Option<UnitId>) -> Aggregates {
        let mut agg = self.named.clone();
        self.notes.add_to(&mut agg, only);
        agg
    }
}

/// One open follow-up of a [`NotesTable`].
#[derive(Clone, Copy)]
pub struct FlatFollowUp<'a> {
    record: &'a [u8],
    texts: &'a str,
}

impl FollowUpView for FlatFollowUp<'_> {
    fn note(&self) -> Text {
        Text::of_id(NoteId(u64_at(self.record, 8)).record())
    }
    fn text(&self) -> Text {
        text_at(self.texts, self.record, 24).into()
    }
    fn owner(&self) -> Option<Text> {
        (self.record[40] == 1).then(|| text_at(self.texts, self.record, 32).into())
    }
    fn prefetch(&self) {
        crate::digest::prefetch::prefetch(&self.record[0]);
    }
}

impl<'a> RestView for &Rest<'a> {
    type FollowUp = FlatFollowUp<'a>;

    fn units(&self) -> &BTreeMap<UnitId, Text> {
        &self.named.units
    }
    fn services(&self) -> &BTreeMap<ServiceId, ServiceAgg> {
        &self.named.services
    }
    fn notes_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> u64 {
        let run = unit_run(self.notes.days, NOTE_DAY, unit);
        dated(run, NOTE_DAY, 8, from, to)
            .chunks_exact(NOTE_DAY)
            .map(|r| u64::from(u32_at(r, 12)))
            .sum()
    }
    fn any_note_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> bool {
        let run = unit_run(self.notes.days, NOTE_DAY, unit);
        !dated(run, NOTE_DAY, 8, from, to).is_empty()
    }
    fn last_note_day(&self, unit: UnitId, to: NaiveDate) -> Option<NaiveDate> {
        let run = unit_run(self.notes.days, NOTE_DAY, unit);
        let to = days(to);
        let end = partition(run, NOTE_DAY, |r| i32_at(r, 8) <= to);
        let last = end.checked_sub(1)?;
        Some(checked_date(i32_at(run, last * NOTE_DAY + 8)))
    }
    fn has_open_followups(&self, unit: UnitId) -> bool {
        !unit_run(self.notes.followups, FOLLOW_UP, unit).is_empty()
    }
    fn open_followups_before(
        &self,
        unit: UnitId,
        day: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, FlatFollowUp<'a>)> {
        let run = unit_run(self.notes.followups, FOLLOW_UP, unit);
        let day = days(day);
        let end = partition(run, FOLLOW_UP, |r| i32_at(r, 16) < day);
        let texts = self.notes.texts;
        run[..end * FOLLOW_UP]
            .chunks_exact(FOLLOW_UP)
            .map(move |record| {
                let due = checked_date(i32_at(record, 16));
                (due, FlatFollowUp { record, texts })
            })
    }
    fn open_followups_between(&self, unit: UnitId, from: NaiveDate, to: NaiveDate) -> u64 {
        let run = unit_run(self.notes.followups, FOLLOW_UP, unit);
        (dated(run, FOLLOW_UP, 16, from, to).len() / FOLLOW_UP) as u64
    }
    fn closed_between(
        &self,
        unit: UnitId,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, ClosedCounts)> {
        let run = unit_run(self.notes.closed, CLOSED, unit);
        dated(run, CLOSED, 8, from, to)
            .chunks_exact(CLOSED)
            .map(|r| (checked_date(i32_at(r, 8)), closed_counts(r)))
    }
}

#[cfg(test)]
mod tests;
