//! Full-text indexing off the acknowledgement path.
//!
//! With a group commit running, a write no longer updates the search postings itself (about
//! half the keys a note wrote): beside each record state it changes it leaves a small "to
//! index" marker, in the same atomic batch. A background indexer turns the markers of many
//! records into postings in one batch (each word's document count written once per batch,
//! not once per record) and removes them with it. Search reads the postings and, for the
//! records still marked, their current words, so a record is found the moment its write is
//! acknowledged. Markers a crash leaves behind are indexed when the store next opens.
//!
//! Marker key (after `tenant \0`): `I kind n` → the record's words as the postings hold them
//! (empty for a record the index has never seen), so the indexer can move the postings from
//! those words to the record's current ones whatever happened in between.
//!
//! Without a group commit (the console, imports, tools) writes index at once, as before.

use super::keys;
use super::search::{live_record, state_key, term_counts, TermCounts};
use super::{Store, StoreError, Tx};
use crate::ids::{RecordId, TenantId};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};

const MARKER: u8 = b'I';
/// The most markers one indexing batch takes: it holds the write lock while it builds and
/// applies, so this bounds how long an acknowledgement can wait behind it.
pub(super) const CHUNK: usize = 256;

fn marker_prefix(tenant: &TenantId) -> Vec<u8> {
    keys::section(tenant, MARKER)
}

fn marker(tenant: &TenantId, id: RecordId) -> Vec<u8> {
    let mut k = marker_prefix(tenant);
    k.push(id.kind.code());
    k.extend_from_slice(&id.n.to_be_bytes());
    k
}

/// `count u32, length u16, word` per word.
fn encode_terms(terms: &TermCounts) -> Vec<u8> {
    let mut out = Vec::new();
    for (term, count) in terms {
        let bytes = term.as_bytes();
        // `search::terms` keeps words of at most 40 characters, so a length fits in u16.
        let len = u16::try_from(bytes.len()).unwrap_or(u16::MAX);
        out.extend_from_slice(&count.to_be_bytes());
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&bytes[..usize::from(len)]);
    }
    out
}

fn decode_terms(mut bytes: &[u8]) -> Result<TermCounts, StoreError> {
    let corrupt = || StoreError::Corrupt("a search index marker is damaged".into());
    let mut out = TermCounts::new();
    while !bytes.is_empty() {
        let head = bytes.get(..6).ok_or_else(corrupt)?;
        let count = u32::from_be_bytes([head[0], head[1], head[2], head[3]]);
        let len = usize::from(u16::from_be_bytes([head[4], head[5]]));
        let word = bytes.get(6..6 + len).ok_or_else(corrupt)?;
        let word = std::str::from_utf8(word).map_err(|_| corrupt())?;
        out.insert(word.to_string(), count);
        bytes = &bytes[6 + len..];
    }
    Ok(out)
}

/// A record whose postings are behind its state: what they say, and what it holds now.
pub(super) struct Unindexed {
    pub id: RecordId,
    pub indexed: TermCounts,
    /// Its words now; empty when it is retracted or gone.
    pub now: TermCounts,
}

/// Whether writes defer their indexing, and how the indexer is woken and stopped.
#[derive(Default)]
pub(super) struct Indexer {
    deferred: AtomicBool,
    state: Mutex<Wake>,
    wake: Condvar,
}

#[derive(Default)]
struct Wake {
    work: bool,
    /// Group commits running on this store, each with its indexer: they stop with the last.
    running: usize,
}

impl Indexer {
    pub(super) fn deferred(&self) -> bool {
        self.deferred.load(Ordering::Relaxed)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Wake> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Markers were written: the indexer should look.
    pub(super) fn nudge(&self) {
        self.lock().work = true;
        self.wake.notify_one();
    }

    pub(super) fn started(&self) {
        self.lock().running += 1;
    }

    pub(super) fn stop(&self) {
        let mut state = self.lock();
        state.running = state.running.saturating_sub(1);
        self.wake.notify_all();
    }

    /// Waits for markers to index; false once the indexer is to stop.
    fn wait_for_work(&self) -> bool {
        let mut state = self.lock();
        while !state.work && state.running > 0 {
            state = self.wake.wait(state).unwrap_or_else(|p| p.into_inner());
        }
        state.work = false;
        state.running > 0
    }
}

impl Store {
    /// From now on writes leave markers for [`run_indexer`] instead of indexing themselves.
    pub(super) fn defer_indexing(&self) {
        self.indexer.deferred.store(true, Ordering::Relaxed);
        self.indexer.started();
    }

    /// Marks every record whose state this write changes as not yet indexed. A record already
    /// marked keeps its marker: the postings still hold the words it names.
    pub(super) fn mark_unindexed(&self, tx: &mut Tx<'_>) -> Result<bool, StoreError> {
        let changed: Vec<(Vec<u8>, Option<Vec<u8>>)> = tx
            .pending
            .iter()
            .filter(|(k, _)| state_key(k).is_some())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let mut marked = false;
        for (key, value) in changed {
            let Some((tenant, id)) = state_key(&key) else {
                continue;
            };
            let stored = self.data.get(&key)?;
            let old = live_record(stored.as_deref())?;
            let new = live_record(value.as_deref())?;
            if old == new {
                continue;
            }
            let marker = marker(&tenant, id);
            // A record that has no state yet cannot have a marker: skip the lookup.
            if stored.is_some() && tx.get(&marker)?.is_some() {
                continue;
            }
            let indexed = old.as_ref().map(term_counts).unwrap_or_default();
            tx.put(marker, encode_terms(&indexed));
            marked = true;
        }
        Ok(marked)
    }

    /// The tenant's records whose postings are behind, with their words then and now.
    pub(super) fn unindexed(&self, tenant: &TenantId) -> Result<Vec<Unindexed>, StoreError> {
        let mut out = Vec::new();
        for item in self.data.scan_prefix(marker_prefix(tenant)) {
            let (key, value) = item?;
            let Some(id) = keys::trailing_id(&key) else {
                continue;
            };
            let state = self.data.get(keys::state(tenant, id))?;
            let now = live_record(state.as_deref())?
                .as_ref()
                .map(term_counts)
                .unwrap_or_default();
            out.push(Unindexed {
                id,
                indexed: decode_terms(&value)?,
                now,
            });
        }
        Ok(out)
    }

    /// Indexes up to `limit` marked records in one batch and removes their markers; returns
    /// how many it took.
    pub(super) fn index_marked(&self, limit: usize) -> Result<usize, StoreError> {
        let tenants = self.tenants()?;
        self.write(|tx| {
            let mut taken = 0;
            for tenant in &tenants {
                let marked: Vec<_> = self
                    .data
                    .scan_prefix(marker_prefix(tenant))
                    .take(limit - taken)
                    .collect::<Result<_, _>>()?;
                for (key, value) in marked {
                    taken += 1;
                    tx.delete(key.to_vec());
                    let Some(id) = keys::trailing_id(&key) else {
                        continue;
                    };
                    let now = tx
                        .state(tenant, id)?
                        .filter(|s| s.is_live())
                        .map(|s| term_counts(&s.record))
                        .unwrap_or_default();
                    tx.reindex_counts(tenant, id, &decode_terms(&value)?, &now)?;
                }
                if taken == limit {
                    break;
                }
            }
            Ok(taken)
        })
    }

    /// Indexes every record a crash left marked. Called as the store opens.
    pub(super) fn index_leftover_markers(&self) -> Result<(), StoreError> {
        let mut total = 0;
        loop {
            let n = self.index_marked(4 * CHUNK)?;
            total += n;
            if n < 4 * CHUNK {
                break;
            }
        }
        if total > 0 {
            self.db.flush()?;
            tracing::info!(records = total, "indexed records a stop had left unindexed");
        }
        Ok(())
    }

    /// How many of the tenant's records wait for the indexer.
    #[cfg(test)]
    pub(super) fn marker_count(&self, tenant: &TenantId) -> usize {
        self.data.scan_prefix(marker_prefix(tenant)).count()
    }
}

/// The indexer's thread: indexes marked records whenever writes leave some, until stopped.
/// Its batches reach the disk with the commit thread's next flush; a crash before that
/// leaves the markers, indexed at the next start.
pub(super) fn run_indexer(store: &Store) {
    while store.indexer.wait_for_work() {
        loop {
            match store.index_marked(CHUNK) {
                Ok(n) if n == CHUNK => continue,
                Ok(_) => break,
                Err(e) => {
                    // The markers stay; search reads them, and the next write retries.
                    tracing::warn!(error = %e, "indexing for search failed; will retry");
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
#[path = "index_queue_tests.rs"]
mod tests;
