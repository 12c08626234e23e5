//! One confirmation per draft, however many times its Confirm button is pressed at once.
//! The first press claims the draft in the store and runs it; presses that arrive while it
//! runs wait for its outcome and are told what it stored ("already confirmed as INV-3")
//! rather than a failure of their own (a second attempt would find the name taken).

use crate::ids::RecordId;
use crate::service::Failure;
use crate::store::{Store, StoreError};
use std::time::Duration;
use valuebridge_chat::{Block, Reply};

/// Claims live beside the drafts; draft numbers are unique within a store.
const TREE: &str = "drafts";
/// A claim held by a confirmation still running: followed by the run's number, so a claim
/// that a run killed mid-confirmation left behind is taken over at once by the next one.
const PENDING: &[u8] = b"pending";
/// How long a press waits for the confirmation it arrived during.
const WAIT: Duration = Duration::from_secs(30);

/// This run's pending claim.
fn pending() -> &'static [u8] {
    static OURS: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    OURS.get_or_init(|| {
        use std::hash::{BuildHasher, Hasher};
        // Random for each run of the process (the standard library seeds it from the OS).
        let run = std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish();
        [PENDING, &run.to_be_bytes()].concat()
    })
}

/// What a claim's value says.
enum Held {
    /// A confirmation of this run is storing it.
    Running,
    /// A run that ended (killed) left it unsettled: nothing is storing it any more.
    Abandoned,
    /// Confirmed: the ids it stored.
    Stored(String),
}

fn held(value: &[u8]) -> Held {
    if value == pending() {
        Held::Running
    } else if value.starts_with(PENDING) {
        Held::Abandoned
    } else {
        Held::Stored(String::from_utf8_lossy(value).into_owned())
    }
}

fn key(draft: u64) -> Vec<u8> {
    let mut k = b"\0claim\0".to_vec();
    k.extend_from_slice(&draft.to_be_bytes());
    k
}

/// The outcome of asking to confirm a draft.
pub enum Claim {
    /// This press confirms it; report the outcome with [`Won::finish`].
    Won(Won),
    /// Another press confirmed it; these records were stored.
    Done(String),
}

pub struct Won {
    tree: sled::Tree,
    key: Vec<u8>,
}

/// Claims draft `draft` for this press, or waits for the press that holds it.
pub async fn claim(store: &Store, draft: u64) -> Result<Claim, StoreError> {
    let tree = store.db().open_tree(TREE)?;
    let key = key(draft);
    loop {
        // Subscribe before looking, so a change between the two is not missed.
        let changed = tree.watch_prefix(&key);
        let Err(seen) = tree.compare_and_swap(&key, None as Option<&[u8]>, Some(pending()))? else {
            return Ok(Claim::Won(Won { tree, key }));
        };
        let Some(current) = seen.current else {
            continue;
        };
        match held(&current) {
            Held::Stored(ids) => return Ok(Claim::Done(ids)),
            // Running elsewhere: wait for its outcome, then look again. A claim never
            // settled within the wait (a confirmation stuck) is taken over after it.
            Held::Running => {
                if tokio::time::timeout(WAIT, changed).await.is_err() {
                    tree.compare_and_swap(&key, Some(&current), None as Option<&[u8]>)?
                        .ok();
                }
            }
            // Nothing stored it (its draft is still open) or its records are stored and
            // its draft closed with them (then nothing is left to confirm): take it over.
            Held::Abandoned => {
                tree.compare_and_swap(&key, Some(&current), None as Option<&[u8]>)?
                    .ok();
            }
        }
    }
}

/// What a confirmation of `draft` stored, if one did; one still running (its draft is
/// closed with its records, before it settles) is waited for.
pub async fn outcome(store: &Store, draft: u64) -> Result<Option<String>, StoreError> {
    let tree = store.db().open_tree(TREE)?;
    let key = key(draft);
    loop {
        let changed = tree.watch_prefix(&key);
        match tree.get(&key)?.as_deref().map(held) {
            Some(Held::Running) => {
                if tokio::time::timeout(WAIT, changed).await.is_err() {
                    return Ok(None);
                }
            }
            Some(Held::Stored(ids)) => return Ok(Some(ids)),
            Some(Held::Abandoned) | None => return Ok(None),
        }
    }
}

impl Won {
    /// Records what the confirmation stored, for presses that wait on it; a confirmation
    /// that stored nothing releases the claim, so the draft can be confirmed again.
    pub fn finish(self, result: &Result<Reply, Failure>) -> Result<(), StoreError> {
        match result
            .as_ref()
            .ok()
            .map(stored_ids)
            .filter(|ids| !ids.is_empty())
        {
            Some(ids) => {
                self.tree.insert(&self.key, ids.as_bytes())?;
            }
            None => {
                self.tree.remove(&self.key)?;
            }
        }
        Ok(())
    }
}

/// The ids a confirmation's reply announces ("Logged investment INV-3 …"), joined.
fn stored_ids(reply: &Reply) -> String {
    reply
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { text } => text
                .split_whitespace()
                .find_map(|w| w.parse::<RecordId>().ok()),
            _ => None,
        })
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(" and ")
}

const ALREADY: &str = "is already confirmed as";

/// The answer to a press on a draft another press confirmed.
pub fn already_confirmed(draft: u64, ids: &str) -> Reply {
    Reply::info().paragraph(format!(
        "Draft {draft} {ALREADY} {ids}; nothing more was logged."
    ))
}

pub fn is_already_confirmed(reply: &Reply) -> bool {
    matches!(reply.blocks.as_slice(), [Block::Paragraph { text }] if text.contains(ALREADY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_claim_left_pending_by_an_earlier_run_is_taken_over_at_once() {
        let store = Store::temporary().unwrap();
        let tree = store.db().open_tree(TREE).unwrap();
        // The bot was killed while confirming draft 7: its claim was never settled.
        tree.insert(key(7), b"pending".as_slice()).unwrap();

        let start = tokio::time::Instant::now();
        assert_eq!(outcome(&store, 7).await.unwrap(), None);
        let claim = claim(&store, 7).await.unwrap();
        assert!(matches!(claim, Claim::Won(_)));
        assert_eq!(start.elapsed(), Duration::ZERO, "it waited for a dead run");
    }

    #[tokio::test(start_paused = true)]
    async fn a_claim_of_this_run_is_waited_for() {
        let store = Store::temporary().unwrap();
        let Claim::Won(_first) = claim(&store, 7).await.unwrap() else {
            panic!("the first press claims the draft")
        };
        let start = tokio::time::Instant::now();
        // Never settled: taken over once the wait is over.
        assert!(matches!(claim(&store, 7).await.unwrap(), Claim::Won(_)));
        assert_eq!(start.elapsed(), WAIT);
    }
}
