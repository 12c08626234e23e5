//! Reading a range of the records' tree during a round: sled's keys merged, in order from
//! either end, with the round's pending changes, which win.

use sled::IVec;
use std::collections::VecDeque;

/// A key and what it holds (`None`: removed).
type Change = (Vec<u8>, Option<Vec<u8>>);

type Item = sled::Result<(IVec, IVec)>;

/// Keys of a range in order, from sled merged with a round's pending changes (which win).
pub(in crate::store) struct Scan {
    sled: sled::Iter,
    /// The round's changes in the range; empty outside a round.
    pending: VecDeque<Change>,
    /// sled's items taken but not yet given, from each end. Whatever sled holds between
    /// them has not been read, so once sled runs dry from one end, the other's peeked item
    /// is the last one left.
    front: Option<(IVec, IVec)>,
    back: Option<(IVec, IVec)>,
}

impl Scan {
    pub(super) fn over(sled: sled::Iter, pending: Option<VecDeque<Change>>) -> Scan {
        Scan {
            sled,
            pending: pending.unwrap_or_default(),
            front: None,
            back: None,
        }
    }
}

impl Iterator for Scan {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if self.front.is_none() {
                self.front = match self.sled.next() {
                    Some(Ok(item)) => Some(item),
                    Some(Err(e)) => return Some(Err(e)),
                    None => self.back.take(),
                };
            }
            match (&self.front, self.pending.front()) {
                (_, None) => return self.front.take().map(Ok),
                (Some((k, _)), Some((p, _))) if k.as_ref() < p.as_slice() => {
                    return self.front.take().map(Ok)
                }
                (Some((k, _)), Some((p, _))) if k.as_ref() == p.as_slice() => self.front = None,
                _ => {}
            }
            let (k, v) = self.pending.pop_front()?;
            if let Some(v) = v {
                return Some(Ok((IVec::from(k), IVec::from(v))));
            }
        }
    }
}

impl DoubleEndedIterator for Scan {
    fn next_back(&mut self) -> Option<Item> {
        loop {
            if self.back.is_none() {
                self.back = match self.sled.next_back() {
                    Some(Ok(item)) => Some(item),
                    Some(Err(e)) => return Some(Err(e)),
                    None => self.front.take(),
                };
            }
            match (&self.back, self.pending.back()) {
                (_, None) => return self.back.take().map(Ok),
                (Some((k, _)), Some((p, _))) if p.as_slice() < k.as_ref() => {
                    return self.back.take().map(Ok)
                }
                (Some((k, _)), Some((p, _))) if p.as_slice() == k.as_ref() => self.back = None,
                _ => {}
            }
            let (k, v) = self.pending.pop_back()?;
            if let Some(v) = v {
                return Some(Ok((IVec::from(k), IVec::from(v))));
            }
        }
    }
}
