//! The full-text index behind `/value find`: an inverted index in the same sled tree as the
//! records, kept in the same atomic batch as every write, so it can never disagree with them.
//!
//! Keys (after `tenant \0`):
//! - `W term \0 kind n` → how often the term occurs in that live record (u32)
//! - `w term` → in how many live records the term occurs (u64), to weigh rare words higher
//!
//! [`Store::write`] calls [`Store::index_pending`] before applying a batch: every record
//! state the write changes is compared with the stored one, and only the difference in
//! terms is written. Retracted records leave the index; restored ones come back.

use super::keys::{self, decode_u64};
use super::write::RecordChange;
use super::{Store, StoreError, Tx};
use crate::domain::{Record, RecordState};
use crate::ids::{Kind, RecordId, TenantId};
use std::collections::HashMap;

const POSTING: u8 = b'W';
const DOC_FREQ: u8 = b'w';
/// Set once every tenant's records are indexed (stores from before the index get it built).
const BUILT_KEY: &[u8] = b"search_index_v1";
/// A term with more records than this is not scanned when rarer terms give candidates;
/// it only adds to their scores, by point lookups.
const SCAN_LIMIT: u64 = 20_000;
/// Candidates kept for scoring by the common terms.
const CANDIDATES: usize = 2_000;
/// At most this many postings of one term are read, newest records first: a query of only
/// very common words ranks among the most recent 5,000 records holding them (reading 50,000
/// took ~190 ms at 1M records; 5,000 keeps the answer well under 50 ms).
const SCAN_CAP: usize = 5_000;

/// Words too common to mean anything in a search.
const STOP: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
    "it", "its", "of", "on", "or", "that", "the", "their", "they", "this", "to", "was", "we",
    "were", "will", "with",
];

/// The searchable words of a text: lower-cased letters and digits, stop words left out.
pub fn terms(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()) && w.chars().count() <= 40)
}

/// The words a record can be found by: notes, rationales, evidence and names.
pub fn record_text(r: &Record) -> Vec<String> {
    match r {
        Record::Unit(u) => u.names().map(str::to_string).collect(),
        Record::Note(n) => {
            let mut t = vec![n.text.clone()];
            for f in &n.followups {
                t.push(f.text.clone());
                t.extend(f.owner.clone());
            }
            t.extend(n.tags.iter().cloned());
            t
        }
        Record::Investment(i) => {
            let mut t: Vec<String> = i.names().map(str::to_string).collect();
            t.extend(i.sponsor.clone());
            t
        }
        Record::Decision(d) => vec![d.rationale.clone(), d.decided_by.clone()],
        Record::Benefit(b) => vec![b.evidence.clone()],
        Record::Service(s) => vec![s.name.clone()],
    }
}

fn term_counts(r: &Record) -> HashMap<String, u32> {
    let mut out = HashMap::new();
    for text in record_text(r) {
        for t in terms(&text) {
            *out.entry(t).or_insert(0) += 1;
        }
    }
    out
}

fn posting_prefix(tenant: &TenantId, term: &str) -> Vec<u8> {
    let mut k = keys::section(tenant, POSTING);
    k.extend_from_slice(term.as_bytes());
    k.push(0);
    k
}

fn posting(tenant: &TenantId, term: &str, id: RecordId) -> Vec<u8> {
    let mut k = posting_prefix(tenant, term);
    k.push(id.kind.code());
    k.extend_from_slice(&id.n.to_be_bytes());
    k
}

fn doc_freq(tenant: &TenantId, term: &str) -> Vec<u8> {
    let mut k = keys::section(tenant, DOC_FREQ);
    k.extend_from_slice(term.as_bytes());
    k
}

impl Tx<'_> {
    /// Moves a record's terms in the index from `old` to `new` (either may be absent).
    fn reindex(
        &mut self,
        tenant: &TenantId,
        id: RecordId,
        old: Option<&Record>,
        new: Option<&Record>,
    ) -> Result<(), StoreError> {
        let before = old.map(term_counts).unwrap_or_default();
        let after = new.map(term_counts).unwrap_or_default();
        for term in before.keys().filter(|t| !after.contains_key(*t)) {
            self.delete(posting(tenant, term, id));
            self.add_doc_freq(tenant, term, -1)?;
        }
        for (term, count) in &after {
            if before.get(term) != Some(count) {
                self.put(posting(tenant, term, id), count.to_be_bytes().to_vec());
            }
            if !before.contains_key(term) {
                self.add_doc_freq(tenant, term, 1)?;
            }
        }
        Ok(())
    }

    fn add_doc_freq(
        &mut self,
        tenant: &TenantId,
        term: &str,
        delta: i64,
    ) -> Result<(), StoreError> {
        let key = doc_freq(tenant, term);
        let n = self.get(&key)?.map(|v| decode_u64(&v)).unwrap_or(0);
        match n.saturating_add_signed(delta) {
            0 => self.delete(key),
            n => self.put(key, n.to_be_bytes().to_vec()),
        }
        Ok(())
    }
}

/// One search hit: the record and its score.
#[derive(Debug, Clone)]
pub struct Hit {
    pub state: RecordState,
    pub score: f64,
    /// The query's words this record holds.
    pub matched: Vec<String>,
}

impl Store {
    /// Brings the index up to date with the record states this write changes. Called with
    /// the write lock held, before the batch is applied, so both land together.
    pub(super) fn index_pending(
        &self,
        tx: &mut Tx<'_>,
        changes: &[RecordChange],
    ) -> Result<(), StoreError> {
        for c in changes {
            tx.reindex(&c.tenant, c.id, c.old.as_ref(), c.new.as_ref())?;
        }
        Ok(())
    }

    /// Indexes every live record of every tenant, once, for a store written before the
    /// index existed. One batch per tenant, which replaces whatever an interrupted build left.
    pub(super) fn ensure_search_index(&self) -> Result<(), StoreError> {
        self.build_index_once(
            BUILT_KEY,
            &[POSTING, DOC_FREQ],
            "search index",
            |tx, tenant, id, record| tx.reindex(tenant, id, None, Some(record)),
        )
    }

    pub(super) fn doc_freq(&self, tenant: &TenantId, term: &str) -> Result<u64, StoreError> {
        Ok(self
            .data
            .get(doc_freq(tenant, term))?
            .map(|v| decode_u64(&v))
            .unwrap_or(0))
    }

    /// The tenant's live records holding the words of `query`, best first: rarer words and
    /// more of the words weigh more (tf-idf); ties go to the newest record.
    pub fn search(
        &self,
        tenant: &TenantId,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Hit>, StoreError> {
        let mut words: Vec<String> = terms(query).collect();
        words.sort();
        words.dedup();
        let mut total = 0;
        for kind in Kind::ALL {
            total += self
                .data
                .get(keys::live_count(tenant, kind))?
                .map(|v| decode_u64(&v))
                .unwrap_or(0);
        }
        let total = total.max(1) as f64;
        let mut with_df = Vec::new();
        for w in words {
            let df = self.doc_freq(tenant, &w)?;
            if df > 0 {
                with_df.push((w, df));
            }
        }
        with_df.sort_by_key(|(_, df)| *df);
        let idf = |df: u64| (1.0 + total / df as f64).ln();
        let weight = |tf: u32| 1.0 + f64::from(tf).ln();
        let mut scores: HashMap<RecordId, (f64, Vec<String>)> = HashMap::new();
        let mut scanned_any = false;
        for (i, (w, df)) in with_df.iter().enumerate() {
            let scan = i == 0 || *df <= SCAN_LIMIT || !scanned_any;
            if scan {
                scanned_any = true;
                for item in self
                    .data
                    .scan_prefix(posting_prefix(tenant, w))
                    .rev()
                    .take(SCAN_CAP)
                {
                    let (key, value) = item?;
                    let Some(id) = keys::trailing_id(&key) else {
                        continue;
                    };
                    let tf = value
                        .as_ref()
                        .try_into()
                        .map(u32::from_be_bytes)
                        .unwrap_or(1);
                    let e = scores.entry(id).or_default();
                    e.0 += idf(*df) * weight(tf);
                    e.1.push(w.clone());
                }
                continue;
            }
            // A common word: only scores the candidates the rarer words found.
            if scores.len() > CANDIDATES {
                let mut best: Vec<_> = scores.into_iter().collect();
                best.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0).then(b.0.cmp(&a.0)));
                best.truncate(CANDIDATES);
                scores = best.into_iter().collect();
            }
            for (id, e) in scores.iter_mut() {
                if let Some(value) = self.data.get(posting(tenant, w, *id))? {
                    let tf = value
                        .as_ref()
                        .try_into()
                        .map(u32::from_be_bytes)
                        .unwrap_or(1);
                    e.0 += idf(*df) * weight(tf);
                    e.1.push(w.clone());
                }
            }
        }
        let mut best: Vec<(RecordId, (f64, Vec<String>))> = scores.into_iter().collect();
        best.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0).then(b.0.n.cmp(&a.0.n)));
        let mut out = Vec::new();
        for (id, (score, matched)) in best.into_iter().take(limit) {
            if let Some(state) = self.get(tenant, id)? {
                out.push(Hit {
                    state,
                    score,
                    matched,
                });
            }
        }
        Ok(out)
    }
}
