//! Deliveries already handled (Slack event ids, Discord interaction ids), remembered in the
//! store for a day, across restarts, so a platform's retry is handled once. A slash
//! command's answer is kept beside its key, so a repeat gets the same answer.
//!
//! The answers read back are also kept decoded in memory (a bounded map, filled when an
//! answer is kept or first read): decoding the stored JSON was the largest part of
//! answering a repeat. The map follows the store: keeping an answer replaces its entry, and a
//! key seen anew (after it was forgotten) or forgotten loses it.

use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use valuebridge_chat::Reply;

pub const REMEMBER: i64 = 24; // hours

/// How many decoded answers are kept in memory; the map starts over when it is full.
const DECODED: usize = 1024;

#[derive(Clone)]
pub struct Deliveries {
    tree: sled::Tree,
    decoded: Arc<Mutex<HashMap<String, Reply>>>,
}

impl Deliveries {
    pub fn open(store: &Store) -> Result<Deliveries, StoreError> {
        Ok(Deliveries {
            tree: store.db().open_tree("deliveries")?,
            decoded: Default::default(),
        })
    }

    fn decoded(&self) -> std::sync::MutexGuard<'_, HashMap<String, Reply>> {
        self.decoded.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn keep_decoded(&self, key: &str, answer: &Reply) {
        let mut decoded = self.decoded();
        if decoded.len() >= DECODED {
            decoded.clear();
        }
        decoded.insert(key.to_string(), answer.clone());
    }

    /// Records `key` at `now`; true if it was not seen before.
    ///
    /// The key is not flushed on its own: it reaches the disk with the next flush, at the
    /// latest the one that makes the delivery's own write durable before it is acknowledged.
    /// A crash before that loses neither an acknowledged record nor a remembered key that
    /// matters (the platform's retry, or the person, simply runs it again), and a flush per
    /// delivery, on the request's thread, was most of the cost of a slash command.
    pub fn first(&self, key: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let stamp = now.timestamp().to_be_bytes();
        let first = self
            .tree
            .compare_and_swap(key.as_bytes(), None as Option<&[u8]>, Some(&stamp[..]))?
            .is_ok();
        if first {
            // A key forgotten and seen again has no answer yet.
            self.decoded().remove(key);
        }
        Ok(first)
    }

    /// Keeps the answer given to `key` (recorded by [`Deliveries::first`]): the value becomes
    /// the time stamp followed by the answer as JSON.
    pub fn remember(&self, key: &str, answer: &Reply) -> Result<(), StoreError> {
        let Some(stamp) = self.tree.get(key.as_bytes())? else {
            return Ok(());
        };
        // A reply is strings and enums: it always serialises.
        let Ok(json) = serde_json::to_vec(answer) else {
            return Ok(());
        };
        let mut value = stamp.get(..8).unwrap_or_default().to_vec();
        value.extend(json);
        self.tree.insert(key.as_bytes(), value)?;
        self.keep_decoded(key, answer);
        Ok(())
    }

    /// The answer kept for `key`, if one was.
    pub fn answer(&self, key: &str) -> Result<Option<Reply>, StoreError> {
        if let Some(answer) = self.decoded().get(key) {
            return Ok(Some(answer.clone()));
        }
        let answer: Option<Reply> = self
            .tree
            .get(key.as_bytes())?
            .and_then(|v| v.get(8..).filter(|a| !a.is_empty()).map(<[u8]>::to_vec))
            .and_then(|a| serde_json::from_slice(&a).ok());
        if let Some(answer) = &answer {
            self.keep_decoded(key, answer);
        }
        Ok(answer)
    }

    /// Forgets keys older than a day.
    pub fn prune(&self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let cutoff = (now - Duration::hours(REMEMBER)).timestamp();
        let mut removed = 0;
        for item in self.tree.iter() {
            let (k, v) = item?;
            let at = v
                .get(..8)
                .and_then(|s| s.try_into().ok())
                .map(i64::from_be_bytes)
                .unwrap_or(0);
            if at < cutoff {
                self.tree.remove(&k)?;
                self.decoded().remove(String::from_utf8_lossy(&k).as_ref());
                removed += 1;
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn said(text: &str) -> Reply {
        Reply::info().paragraph(text)
    }

    #[test]
    fn a_repeat_reads_the_answer_kept_last_and_a_forgotten_key_starts_over() {
        let store = Store::temporary().unwrap();
        let deliveries = Deliveries::open(&store).unwrap();
        let day_one = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
        assert!(deliveries.first("slack-command:1", day_one).unwrap());
        assert_eq!(deliveries.answer("slack-command:1").unwrap(), None);
        deliveries
            .remember("slack-command:1", &said("first"))
            .unwrap();
        assert!(!deliveries.first("slack-command:1", day_one).unwrap());
        assert_eq!(
            deliveries.answer("slack-command:1").unwrap(),
            Some(said("first"))
        );
        // A newer answer kept for the key is what the next read sees.
        deliveries
            .remember("slack-command:1", &said("second"))
            .unwrap();
        assert_eq!(
            deliveries.answer("slack-command:1").unwrap(),
            Some(said("second"))
        );
        // Another handle on the same store (a restart) reads the same from disk.
        let reopened = Deliveries::open(&store).unwrap();
        assert_eq!(
            reopened.answer("slack-command:1").unwrap(),
            Some(said("second"))
        );
        // Forgotten after a day, then delivered again: no answer until one is kept.
        let day_three = day_one + Duration::hours(2 * REMEMBER);
        assert_eq!(deliveries.prune(day_three).unwrap(), 1);
        assert_eq!(deliveries.answer("slack-command:1").unwrap(), None);
        assert!(deliveries.first("slack-command:1", day_three).unwrap());
        assert_eq!(deliveries.answer("slack-command:1").unwrap(), None);
        deliveries
            .remember("slack-command:1", &said("third"))
            .unwrap();
        assert_eq!(
            deliveries.answer("slack-command:1").unwrap(),
            Some(said("third"))
        );
    }
}
