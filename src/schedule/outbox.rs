//! The durable outbox: every scheduled post is written here first, then sent through the
//! platform's poster, retried with capped exponential backoff and jitter, and given up on
//! (recorded as failed) after 24 hours. A post that was being sent when the process died is
//! never sent twice: it is marked uncertain and reported.

use super::subscriptions::Subscriptions;
use crate::ids::{SubscriptionId, TenantId};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::future::Future;
use std::pin::Pin;
use valuebridge_chat::Reply;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutboxState {
    Pending,
    /// A send was started; if the process died now we cannot know whether it arrived.
    Delivering,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    pub id: u64,
    pub tenant: TenantId,
    pub channel: String,
    pub reply: Reply,
    pub subscription: Option<SubscriptionId>,
    pub slot: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub attempts: u32,
    pub next_attempt: DateTime<Utc>,
    pub state: OutboxState,
    pub last_error: Option<String>,
    /// A webhook event: the JSON body posted (the reply is unused). Its receiver
    /// de-duplicates on the event id, so one interrupted mid-send is sent again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<serde_json::Value>,
}

impl OutboxItem {
    /// A post not yet tried, due now: its reply for a channel, or a webhook event's body.
    pub fn pending(
        id: u64,
        tenant: TenantId,
        channel: String,
        reply: Reply,
        now: DateTime<Utc>,
    ) -> OutboxItem {
        OutboxItem {
            id,
            tenant,
            channel,
            reply,
            subscription: None,
            slot: None,
            created_at: now,
            attempts: 0,
            next_attempt: now,
            state: OutboxState::Pending,
            last_error: None,
            payload: None,
        }
    }
}

/// Why a post did not go through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostError {
    pub message: String,
    /// The platform asked us to wait this long (a 429's Retry-After).
    pub retry_after: Option<Duration>,
    /// Retrying cannot help (channel gone, bot removed).
    pub permanent: bool,
}

pub type PostFuture<'a> = Pin<Box<dyn Future<Output = Result<(), PostError>> + Send + 'a>>;

/// Sends a reply to a channel of a tenant: one implementation per platform.
pub trait Poster: Send + Sync {
    fn post<'a>(
        &'a self,
        tenant: &'a TenantId,
        channel: &'a str,
        reply: &'a Reply,
    ) -> PostFuture<'a>;

    /// Sends an outbox item: its reply to its channel, unless the poster knows better
    /// (webhook events carry a payload instead).
    fn post_item<'a>(&'a self, item: &'a OutboxItem) -> PostFuture<'a> {
        self.post(&item.tenant, &item.channel, &item.reply)
    }
}

/// How long to wait before attempt `attempts + 1`: 1 s doubling to at most 5 min, then
/// spread by `jitter` (a fraction in [-0.2, 0.2]) so retries do not stampede.
pub fn backoff(attempts: u32, jitter: f64) -> Duration {
    let base_ms = 1000u64
        .saturating_mul(1u64 << attempts.min(20))
        .min(300_000);
    let jittered = (base_ms as f64 * (1.0 + jitter.clamp(-0.2, 0.2))) as i64;
    Duration::milliseconds(jittered.max(1))
}

pub const GIVE_UP_AFTER_HOURS: i64 = 24;

#[derive(Clone)]
pub struct Outbox {
    tree: sled::Tree,
    db: sled::Db,
}

fn key(id: u64) -> [u8; 9] {
    let mut k = [b'P'; 9];
    k[1..].copy_from_slice(&id.to_be_bytes());
    k
}

fn corrupt(e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

impl Outbox {
    pub fn open(store: &Store) -> Result<Outbox, StoreError> {
        Ok(Outbox {
            tree: store.db().open_tree("outbox")?,
            db: store.db().clone(),
        })
    }

    pub(super) fn tree(&self) -> &sled::Tree {
        &self.tree
    }

    pub(super) fn item_key(id: u64) -> [u8; 9] {
        key(id)
    }

    pub(super) fn next_id(&self) -> Result<u64, StoreError> {
        Ok(self.db.generate_id()? + 1)
    }

    pub fn pending(&self) -> Result<Vec<OutboxItem>, StoreError> {
        self.tree
            .scan_prefix([b'P'])
            .map(|r| serde_json::from_slice(&r?.1).map_err(corrupt))
            .collect()
    }

    fn put(&self, item: &OutboxItem) -> Result<(), StoreError> {
        self.tree
            .insert(key(item.id), serde_json::to_vec(item).expect("serialises"))?;
        Ok(())
    }

    /// At start: posts interrupted mid-send are not resent (they may have arrived); each is
    /// dropped from the queue and reported on its subscription.
    pub fn recover(&self, subs: &Subscriptions) -> Result<usize, StoreError> {
        let mut n = 0;
        for mut item in self.pending()? {
            if item.state == OutboxState::Delivering && item.payload.is_some() {
                tracing::info!(item = item.id, channel = %item.channel, "a webhook event was being sent when the bot stopped; sending it again (receivers de-duplicate on its event id)");
                item.state = OutboxState::Pending;
                self.put(&item)?;
                continue;
            }
            if item.state == OutboxState::Delivering {
                tracing::warn!(item = item.id, tenant = %item.tenant, channel = %item.channel, "a post was being sent when the bot stopped; not resending it, to avoid a double post");
                note_problem(
                    subs,
                    &item,
                    format!(
                        "the post for {} may not have arrived: the bot stopped while sending it",
                        slot_text(&item)
                    ),
                )?;
                self.tree.remove(key(item.id))?;
                n += 1;
            }
        }
        self.db.flush()?;
        Ok(n)
    }

    /// Sends every due item once. Returns how many were delivered.
    pub async fn deliver_due(
        &self,
        subs: &Subscriptions,
        poster: &dyn Poster,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let mut delivered = 0;
        for mut item in self.pending()? {
            if item.state != OutboxState::Pending || item.next_attempt > now {
                continue;
            }
            item.state = OutboxState::Delivering;
            self.put(&item)?;
            self.db.flush_async().await?;
            match poster.post_item(&item).await {
                Ok(()) => {
                    self.tree.remove(key(item.id))?;
                    if let (Some(id), Some(_)) = (item.subscription, item.slot) {
                        if let Some(mut sub) = subs.get(&item.tenant, id)? {
                            sub.last_posted = Some(now);
                            sub.last_problem = None;
                            subs.put(&sub)?;
                        }
                    }
                    delivered += 1;
                }
                Err(e) => {
                    item.attempts += 1;
                    item.last_error = Some(e.message.clone());
                    let expired = now - item.created_at >= Duration::hours(GIVE_UP_AFTER_HOURS);
                    if e.permanent || expired {
                        tracing::error!(item = item.id, error = %e.message, attempts = item.attempts, "giving up on a post");
                        note_problem(
                            subs,
                            &item,
                            format!(
                                "the post for {} failed after {} attempt(s): {}",
                                slot_text(&item),
                                item.attempts,
                                e.message
                            ),
                        )?;
                        self.tree.remove(key(item.id))?;
                    } else {
                        let wait = e.retry_after.unwrap_or_else(|| {
                            backoff(item.attempts - 1, rand::random::<f64>() * 0.4 - 0.2)
                        });
                        item.next_attempt = now + wait;
                        item.state = OutboxState::Pending;
                        tracing::warn!(item = item.id, error = %e.message, retry_in_ms = wait.num_milliseconds(), "post failed; will retry");
                        self.put(&item)?;
                    }
                }
            }
            self.db.flush_async().await?;
        }
        Ok(delivered)
    }

    /// The earliest time an item is due.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(self
            .pending()?
            .iter()
            .filter(|i| i.state == OutboxState::Pending)
            .map(|i| i.next_attempt)
            .min())
    }
}

fn slot_text(item: &OutboxItem) -> String {
    match item.slot {
        Some(s) => format!("the digest scheduled {}", s.format("%Y-%m-%d %H:%M UTC")),
        None => "a message".into(),
    }
}

fn note_problem(
    subs: &Subscriptions,
    item: &OutboxItem,
    problem: String,
) -> Result<(), StoreError> {
    if let Some(id) = item.subscription {
        if let Some(mut sub) = subs.get(&item.tenant, id)? {
            sub.last_problem = Some(problem);
            subs.put(&sub)?;
        }
    }
    Ok(())
}
