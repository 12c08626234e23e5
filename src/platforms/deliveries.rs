//! Deliveries already handled (Slack event ids, Discord interaction ids), remembered in the
//! store for a day, across restarts, so a platform's retry is handled once. A slash
//! command's answer is kept beside its key, so a repeat gets the same answer.

use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use valuebridge_chat::Reply;

pub const REMEMBER: i64 = 24; // hours

#[derive(Clone)]
pub struct Deliveries {
    tree: sled::Tree,
}

impl Deliveries {
    pub fn open(store: &Store) -> Result<Deliveries, StoreError> {
        Ok(Deliveries {
            tree: store.db().open_tree("deliveries")?,
        })
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
        Ok(self
            .tree
            .compare_and_swap(key.as_bytes(), None as Option<&[u8]>, Some(&stamp[..]))?
            .is_ok())
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
        Ok(())
    }

    /// The answer kept for `key`, if one was.
    pub fn answer(&self, key: &str) -> Result<Option<Reply>, StoreError> {
        Ok(self
            .tree
            .get(key.as_bytes())?
            .and_then(|v| v.get(8..).filter(|a| !a.is_empty()).map(<[u8]>::to_vec))
            .and_then(|a| serde_json::from_slice(&a).ok()))
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
                self.tree.remove(k)?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}
