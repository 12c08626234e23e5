//! Deliveries already handled (Slack event ids, Discord interaction ids), remembered in the
//! store for a day, across restarts, so a platform's retry is handled once.

use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};

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
    pub fn first(&self, key: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let stamp = now.timestamp().to_be_bytes();
        let first = self
            .tree
            .compare_and_swap(key.as_bytes(), None as Option<&[u8]>, Some(&stamp[..]))?
            .is_ok();
        if first {
            self.tree.flush()?;
        }
        Ok(first)
    }

    /// Forgets keys older than a day.
    pub fn prune(&self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let cutoff = (now - Duration::hours(REMEMBER)).timestamp();
        let mut removed = 0;
        for item in self.tree.iter() {
            let (k, v) = item?;
            let at = v.as_ref().try_into().map(i64::from_be_bytes).unwrap_or(0);
            if at < cutoff {
                self.tree.remove(k)?;
                removed += 1;
            }
        }
        Ok(removed)
    }
}
