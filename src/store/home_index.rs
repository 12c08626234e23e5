//! The Home page's index: for each person, the notes holding their open follow-ups and the
//! units and investments they logged records for. It lives in the same sled tree as the
//! records and is kept in the same atomic batch as every write, so a Home page reads what it
//! shows instead of every record of the workspace.
//!
//! Keys (after `tenant \0`):
//! - `F person \0 kind n` → empty: a live note with an open follow-up that `person` owns
//!   (as [`person_key`] reduces the owner), or that nobody owns and `person` logged
//! - `P logged_by \0 kind n` → how many live records `logged_by` logged in that unit
//!   (`UNIT-n`: notes, investments, services) or on that investment (`INV-n`: decisions,
//!   benefits), as a u64
//!
//! Both are candidates: the page still checks each record it reads, as it did when it read
//! them all, so a key that is wider than the rule (a person key reduced, lower-cased) only
//! costs a read.

use super::keys::{self, decode_u64};
use super::write::RecordChange;
use super::{Store, StoreError, Tx};
use crate::domain::names::person_key;
use crate::domain::{Record, RecordState};
use crate::ids::{InvestmentId, Kind, RecordId, TenantId, UnitId};
use std::collections::{BTreeMap, BTreeSet};

const FOLLOW_UPS: u8 = b'F';
const LOGGED: u8 = b'P';
/// Set once every tenant's records are in the index (older stores get it built at open).
const BUILT_KEY: &[u8] = b"home_index_v1";

fn person_prefix(tenant: &TenantId, section: u8, person: &str) -> Vec<u8> {
    let mut k = keys::section(tenant, section);
    k.extend_from_slice(person.as_bytes());
    k.push(0);
    k
}

fn person_id_key(tenant: &TenantId, section: u8, person: &str, id: RecordId) -> Vec<u8> {
    let mut k = person_prefix(tenant, section, person);
    k.push(id.kind.code());
    k.extend_from_slice(&id.n.to_be_bytes());
    k
}

/// The people a live note's open follow-ups wait on.
fn waiting_on(record: &Record) -> BTreeSet<String> {
    let Record::Note(n) = record else {
        return BTreeSet::new();
    };
    n.followups
        .iter()
        .filter(|f| !f.done)
        .map(|f| match &f.owner {
            Some(owner) => person_key(owner),
            None => person_key(&n.meta.logged_by),
        })
        .collect()
}

/// The unit or investment a record counts toward for the person who logged it.
fn logged_in(record: &Record) -> Option<RecordId> {
    match record {
        Record::Note(n) => Some(n.unit.record()),
        Record::Investment(i) => Some(i.unit.record()),
        Record::Service(s) => s.unit.map(|u| u.record()),
        Record::Decision(d) => Some(d.investment.record()),
        Record::Benefit(b) => Some(b.investment.record()),
        Record::Unit(_) => None,
    }
}

impl Tx<'_> {
    /// Moves a record's Home keys from `old` to `new` (either may be absent: not live).
    fn rehome(
        &mut self,
        tenant: &TenantId,
        id: RecordId,
        old: Option<&Record>,
        new: Option<&Record>,
    ) -> Result<(), StoreError> {
        let before = old.map(waiting_on).unwrap_or_default();
        let after = new.map(waiting_on).unwrap_or_default();
        for person in before.difference(&after) {
            self.delete(person_id_key(tenant, FOLLOW_UPS, person, id));
        }
        for person in after.difference(&before) {
            self.put(person_id_key(tenant, FOLLOW_UPS, person, id), Vec::new());
        }
        let logged = |r: Option<&Record>| {
            r.and_then(|r| logged_in(r).map(|target| (r.meta().logged_by.clone(), target)))
        };
        let (before, after) = (logged(old), logged(new));
        if before != after {
            if let Some((person, target)) = before {
                self.count_logged(tenant, &person, target, -1)?;
            }
            if let Some((person, target)) = after {
                self.count_logged(tenant, &person, target, 1)?;
            }
        }
        Ok(())
    }

    fn count_logged(
        &mut self,
        tenant: &TenantId,
        person: &str,
        target: RecordId,
        delta: i64,
    ) -> Result<(), StoreError> {
        let key = person_id_key(tenant, LOGGED, person, target);
        let n = self.get(&key)?.map(|v| decode_u64(&v)).unwrap_or(0);
        match n.saturating_add_signed(delta) {
            0 => self.delete(key),
            n => self.put(key, n.to_be_bytes().to_vec()),
        }
        Ok(())
    }
}

impl Store {
    /// Brings the Home index up to date with the record states this write changes. Called
    /// with the write lock held, before the batch is applied, so both land together (and a
    /// write undone after a failed flush takes its Home keys with it).
    pub(super) fn index_homes(
        &self,
        tx: &mut Tx<'_>,
        changes: &[RecordChange],
    ) -> Result<(), StoreError> {
        for c in changes {
            tx.rehome(&c.tenant, c.id, c.old.as_ref(), c.new.as_ref())?;
        }
        Ok(())
    }

    /// Builds the Home index from the records, once, for a store written before it existed.
    /// Each tenant's keys are replaced in one batch, so an interrupted build runs again
    /// cleanly at the next open.
    pub(super) fn ensure_home_index(&self) -> Result<(), StoreError> {
        self.build_index_once(
            BUILT_KEY,
            &[FOLLOW_UPS, LOGGED],
            "Home page index",
            |tx, tenant, id, record| tx.rehome(tenant, id, None, Some(record)),
        )
    }

    /// The live notes holding an open follow-up that may be any of `people`'s (user ids or
    /// names, as follow-up owners name them), in id order, each once.
    pub fn follow_up_notes_of(
        &self,
        tenant: &TenantId,
        people: &[&str],
    ) -> Result<Vec<RecordState>, StoreError> {
        let mut ids = BTreeSet::new();
        for person in people
            .iter()
            .map(|p| person_key(p))
            .collect::<BTreeSet<_>>()
        {
            let prefix = person_prefix(tenant, FOLLOW_UPS, &person);
            for item in self.data.scan_prefix(&prefix) {
                let (key, _) = item?;
                if key.len() == prefix.len() + 9 {
                    ids.extend(keys::trailing_id(&key));
                }
            }
        }
        let mut out = Vec::new();
        for id in ids {
            if let Some(state) = self.get(tenant, id)?.filter(RecordState::is_live) {
                out.push(state);
            }
        }
        Ok(out)
    }

    /// The units and investments `user` logged live records for (notes, investments and
    /// services in a unit; decisions and benefits on an investment).
    pub fn logged_for(
        &self,
        tenant: &TenantId,
        user: &str,
    ) -> Result<(Vec<UnitId>, Vec<InvestmentId>), StoreError> {
        let prefix = person_prefix(tenant, LOGGED, user);
        let (mut units, mut investments) = (Vec::new(), Vec::new());
        let mut counts: BTreeMap<RecordId, u64> = BTreeMap::new();
        for item in self.data.scan_prefix(&prefix) {
            let (key, value) = item?;
            if key.len() != prefix.len() + 9 {
                continue;
            }
            if let Some(id) = keys::trailing_id(&key) {
                counts.insert(id, decode_u64(&value));
            }
        }
        for (id, _) in counts.into_iter().filter(|(_, n)| *n > 0) {
            match id.kind {
                Kind::Unit => units.push(UnitId(id.n)),
                Kind::Investment => investments.push(InvestmentId(id.n)),
                _ => {}
            }
        }
        Ok((units, investments))
    }
}

#[cfg(test)]
mod tests;
