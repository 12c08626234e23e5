//! The scheduler: finds each subscription's due slot, builds its digest, and queues the
//! post in the outbox in the same atomic write that marks the slot done. A restart can
//! never queue a slot twice; slots missed during downtime are caught up once (the latest
//! within the grace window, marked late) or skipped and logged.

use super::outbox::{Outbox, OutboxItem, Poster};
use super::subscriptions::{slot_key, sub_key, Subscription, Subscriptions};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use sled::Transactional;
use std::future::Future;
use std::sync::Arc;
use valuebridge_chat::Reply;

/// Builds the digest a subscription posts for a slot.
pub trait DigestSource: Send + Sync {
    fn digest(&self, sub: &Subscription, slot: DateTime<Utc>) -> Result<Reply, String>;
}

/// What one pass did, for logs and tests.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TickReport {
    pub queued: Vec<(String, DateTime<Utc>)>,
    pub skipped: Vec<(String, DateTime<Utc>)>,
}

#[derive(Clone)]
pub struct Scheduler {
    pub subs: Subscriptions,
    pub outbox: Outbox,
    db: sled::Db,
    digests: Arc<dyn DigestSource>,
    grace: Duration,
    /// Webhook events: relayed each pass, and at once when `written` says records changed.
    relay: Option<(super::Relay, Arc<tokio::sync::Notify>)>,
}

impl Scheduler {
    pub fn new(
        store: &Store,
        digests: Arc<dyn DigestSource>,
        grace: Duration,
    ) -> Result<Scheduler, StoreError> {
        Ok(Scheduler {
            subs: Subscriptions::open(store)?,
            outbox: Outbox::open(store)?,
            db: store.db().clone(),
            digests,
            grace,
            relay: None,
        })
    }

    /// Also relays record events to webhooks; `written` is notified after each write.
    pub fn with_relay(
        mut self,
        relay: super::Relay,
        written: Arc<tokio::sync::Notify>,
    ) -> Scheduler {
        self.relay = Some((relay, written));
        self
    }

    /// One pass at `now`: queue every due slot.
    pub fn tick(&self, now: DateTime<Utc>) -> Result<TickReport, StoreError> {
        let mut report = TickReport::default();
        for mut sub in self.subs.all_active()? {
            if sub.paused {
                continue;
            }
            let Some(slot) = sub.spec.latest_at_or_before(sub.handled_through, now) else {
                continue;
            };
            let missed: Vec<_> = sub
                .spec
                .fire_times_after(sub.handled_through)
                .take_while(|t| *t < slot)
                .collect();
            for m in &missed {
                tracing::warn!(subscription = %sub.id, tenant = %sub.tenant, slot = %m, "skipping a missed digest slot: a later one is due");
                report.skipped.push((sub.id.to_string(), *m));
            }
            if now - slot > self.grace {
                tracing::warn!(subscription = %sub.id, tenant = %sub.tenant, %slot, "skipping a digest slot missed beyond the grace window");
                sub.handled_through = slot;
                sub.last_problem = Some(format!(
                    "skipped the digest scheduled {} (the bot was down past the grace window)",
                    slot.format("%Y-%m-%d %H:%M UTC")
                ));
                self.subs.put(&sub)?;
                report.skipped.push((sub.id.to_string(), slot));
                continue;
            }
            if self.subs.slot_done(&sub.tenant, sub.id, slot)? {
                sub.handled_through = slot;
                self.subs.put(&sub)?;
                continue;
            }
            let mut reply = match self.digests.digest(&sub, slot) {
                Ok(r) => r,
                Err(e) => {
                    tracing::error!(subscription = %sub.id, error = %e, "could not build a scheduled digest");
                    Reply::info().paragraph(format!("The scheduled digest could not be built: {e}"))
                }
            };
            reply.visibility = valuebridge_chat::Visibility::Channel;
            if now - slot > Duration::minutes(1) {
                let local = slot.with_timezone(&sub.spec.zone());
                reply.blocks.insert(
                    0,
                    valuebridge_chat::Block::Paragraph {
                        text: format!(
                            "(late: scheduled {})",
                            local.format("%H:%M %Z on %a %-d %b")
                        ),
                    },
                );
            }
            let local = slot.with_timezone(&sub.spec.zone());
            let when = if chrono::Timelike::second(&local) == 0 {
                local.format("%H:%M %Z on %a %-d %b %Y")
            } else {
                local.format("%H:%M:%S %Z on %a %-d %b %Y")
            };
            reply.blocks.push(valuebridge_chat::Block::Paragraph {
                text: format!(
                    "Scheduled {} {} for {when}. `/value subscriptions` lists the schedules.",
                    match sub.posts {
                        super::Posts::Digest => "digest",
                        super::Posts::FollowUps => "follow-ups",
                    },
                    sub.id
                ),
            });
            metrics::histogram!(crate::telemetry::SCHEDULER_LAG_SECONDS)
                .record((now - slot).num_milliseconds().max(0) as f64 / 1000.0);
            self.queue(&mut sub, slot, reply, now)?;
            report.queued.push((sub.id.to_string(), slot));
        }
        if !report.queued.is_empty() {
            self.db.flush()?;
        }
        Ok(report)
    }

    /// Marks the slot done, advances the subscription and queues the post, atomically.
    fn queue(
        &self,
        sub: &mut Subscription,
        slot: DateTime<Utc>,
        reply: Reply,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        sub.handled_through = slot;
        let item = OutboxItem {
            subscription: Some(sub.id),
            slot: Some(slot),
            ..OutboxItem::pending(
                self.outbox.next_id()?,
                sub.tenant.clone(),
                sub.channel.clone(),
                reply,
                now,
            )
        };
        let sub_bytes = serde_json::to_vec(&*sub).expect("serialises");
        let item_bytes = serde_json::to_vec(&item).expect("serialises");
        (self.subs.tree(), self.outbox.tree())
            .transaction(|(s, o)| {
                s.insert(slot_key(&sub.tenant, sub.id, slot), &[1u8][..])?;
                s.insert(sub_key(&sub.tenant, sub.id), sub_bytes.as_slice())?;
                o.insert(&Outbox::item_key(item.id)[..], item_bytes.as_slice())?;
                Ok(())
            })
            .map_err(|e: sled::transaction::TransactionError<()>| match e {
                sled::transaction::TransactionError::Storage(e) => StoreError::Sled(e),
                sled::transaction::TransactionError::Abort(()) => {
                    StoreError::Corrupt("aborted".into())
                }
            })
    }

    fn record_metrics(&self, now: DateTime<Utc>) {
        if let Ok(pending) = self.outbox.pending() {
            metrics::gauge!(crate::telemetry::OUTBOX_DEPTH).set(pending.len() as f64);
            let oldest = pending
                .iter()
                .map(|i| i.created_at)
                .min()
                .map(|t| (now - t).num_milliseconds() as f64 / 1000.0)
                .unwrap_or(0.0);
            metrics::gauge!(crate::telemetry::OUTBOX_OLDEST_SECONDS).set(oldest);
        }
    }

    /// When the next thing is due: a slot or an outbox retry.
    pub fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, StoreError> {
        let next_slot = self
            .subs
            .all_active()?
            .iter()
            .filter(|s| !s.paused)
            .filter_map(|s| s.spec.next_after(s.handled_through.max(now - self.grace)))
            .min();
        Ok([next_slot, self.outbox.next_due()?]
            .into_iter()
            .flatten()
            .min())
    }

    /// Runs until `shutdown`: ticks, delivers, sleeps until the next thing is due (at most
    /// 30 s, so new subscriptions are noticed). `now` reads the clock.
    pub async fn run(
        &self,
        poster: Arc<dyn Poster>,
        now: impl Fn() -> DateTime<Utc> + Send,
        shutdown: impl Future<Output = ()> + Send,
    ) -> Result<(), StoreError> {
        let recovered = self.outbox.recover(&self.subs)?;
        if recovered > 0 {
            tracing::warn!(
                recovered,
                "posts interrupted by the last stop were not resent"
            );
        }
        tokio::pin!(shutdown);
        // Wake at once when a subscription is added, paused, resumed or stopped.
        let mut changes = self.subs.tree().watch_prefix([b'S']);
        loop {
            let t = now();
            if let Err(e) = self.tick(t) {
                tracing::error!(error = %e, "scheduler pass failed");
            }
            if let Some((relay, _)) = &self.relay {
                if let Err(e) = relay.pass(t) {
                    tracing::error!(error = %e, "webhook relay pass failed");
                }
            }
            if let Err(e) = self
                .outbox
                .deliver_due(&self.subs, poster.as_ref(), now())
                .await
            {
                tracing::error!(error = %e, "outbox delivery failed");
            }
            self.record_metrics(now());
            let t = now();
            let wake = self
                .next_wake(t)?
                .unwrap_or(t + Duration::seconds(30))
                .min(t + Duration::seconds(30));
            let wait = (wake - t)
                .to_std()
                .unwrap_or_default()
                .max(std::time::Duration::from_millis(50));
            let written = async {
                match &self.relay {
                    Some((_, written)) => written.notified().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = &mut changes => {}
                _ = written => {}
                _ = &mut shutdown => return Ok(()),
            }
        }
    }
}
