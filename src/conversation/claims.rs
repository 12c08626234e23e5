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
const PENDING: &[u8] = b"pending";
/// How long a press waits for the confirmation it arrived during.
const WAIT: Duration = Duration::from_secs(30);

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
        match tree.compare_and_swap(&key, None as Option<&[u8]>, Some(PENDING))? {
            Ok(()) => return Ok(Claim::Won(Won { tree, key })),
            Err(current) => match current.current {
                Some(v) if v.as_ref() != PENDING => {
                    return Ok(Claim::Done(String::from_utf8_lossy(&v).into_owned()))
                }
                // Running elsewhere: wait for its outcome, then look again. A claim that
                // is never settled (a crash mid-confirmation) is taken over after the wait.
                Some(_) => {
                    if tokio::time::timeout(WAIT, changed).await.is_err() {
                        tree.remove(&key)?;
                    }
                }
                None => continue,
            },
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
        match tree.get(&key)? {
            Some(v) if v.as_ref() == PENDING => {
                if tokio::time::timeout(WAIT, changed).await.is_err() {
                    return Ok(None);
                }
            }
            v => return Ok(v.map(|v| String::from_utf8_lossy(&v).into_owned())),
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
