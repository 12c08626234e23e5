//! The webhook relay: each new history entry of an organisation with outbound webhooks
//! becomes one outbox item per hook that wants its kind, queued in the same atomic write
//! that moves the relay past the entry, so every event is queued exactly once even across
//! restarts. The outbox then delivers, retries and reports. New decisions are also copied
//! to the organisation's announcement channels the same way.

use super::outbox::{Outbox, OutboxItem};
use crate::domain::{Decision, Record};
use crate::ids::TenantId;
use crate::store::{Change, LogEntry, Store, StoreError, Webhooks};
use chrono::{DateTime, Utc};
use sled::Transactional;
use valuebridge_chat::Reply;

/// Entries read per organisation and pass, so a large import is relayed in steps.
const BATCH: usize = 500;

#[derive(Clone)]
pub struct Relay {
    store: Store,
    webhooks: Webhooks,
    outbox: Outbox,
}

/// The event a webhook receives for one history entry. `event_id` is the same for every
/// hook and every retry of it, for receivers to de-duplicate on.
pub fn event(org: &TenantId, entry: &LogEntry) -> serde_json::Value {
    serde_json::json!({
        "event_id": event_id(org, entry.seq),
        "organisation": org,
        "record_id": entry.record,
        "kind": entry.record.kind,
        "at": entry.at,
        "by": entry.by,
        "by_name": entry.by_name,
        "channel": entry.channel,
        "change": entry.change,
    })
}

pub fn event_id(org: &TenantId, seq: u64) -> String {
    format!("{org}/{seq}")
}

impl Relay {
    pub fn new(store: &Store) -> Result<Relay, StoreError> {
        Ok(Relay {
            store: store.clone(),
            webhooks: Webhooks::open(store)?,
            outbox: Outbox::open(store)?,
        })
    }

    /// The post announcing a new decision; its heading is what it notifies, Discord's too.
    fn announcement(&self, org: &TenantId, d: &Decision) -> Result<Reply, StoreError> {
        let investment = match self.store.get(org, d.investment.record())? {
            Some(state) => match state.record {
                Record::Investment(i) => format!("{} {}", d.investment, i.name),
                _ => d.investment.to_string(),
            },
            None => d.investment.to_string(),
        };
        let amount = d.amount.map(|a| format!(" ({a})")).unwrap_or_default();
        let mut fields = vec![
            ("Decided by".to_string(), d.decided_by.clone()),
            ("On".to_string(), d.decided_on.to_string()),
        ];
        if let Some(review) = d.review {
            fields.push(("Review".to_string(), review.to_string()));
        }
        let heading = format!("New decision {}: {} {investment}{amount}", d.id, d.verdict);
        let mut reply = Reply::info()
            .headline(heading)
            .fields(fields)
            .visible_to(valuebridge_chat::Visibility::Channel);
        if !d.rationale.is_empty() {
            reply = reply.paragraph(format!("Because {}", d.rationale));
        }
        Ok(reply)
    }

    /// Queues the events logged since the last pass; returns how many items it queued.
    pub fn pass(&self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        let mut queued = 0;
        for org in self.webhooks.organisations()? {
            let announcements: Vec<_> = self
                .webhooks
                .announcements(&org)?
                .into_iter()
                .filter(|a| a.active)
                .collect();
            let hooks: Vec<_> = self
                .webhooks
                .out_hooks(&org)?
                .into_iter()
                .filter(|h| h.active)
                .collect();
            let from = self.webhooks.relayed_through(&org)?;
            let entries = self.store.log_after(&org, from, BATCH)?;
            let Some(last) = entries.last().map(|e| e.seq) else {
                continue;
            };
            let mut items = Vec::new();
            for entry in &entries {
                if let Change::Created {
                    record: Record::Decision(d),
                } = &entry.change
                {
                    for a in &announcements {
                        items.push(OutboxItem::pending(
                            self.outbox.next_id()?,
                            org.clone(),
                            a.channel.clone(),
                            self.announcement(&org, d)?,
                            now,
                        ));
                    }
                }
                for hook in hooks.iter().filter(|h| h.wants(entry.record.kind)) {
                    items.push(OutboxItem {
                        payload: Some(event(&org, entry)),
                        ..OutboxItem::pending(
                            self.outbox.next_id()?,
                            org.clone(),
                            format!("webhook:{}", hook.id()),
                            Reply::default(),
                            now,
                        )
                    });
                }
            }
            let encoded: Vec<(u64, Vec<u8>)> = items
                .iter()
                .map(|i| (i.id, serde_json::to_vec(i).expect("serialises")))
                .collect();
            let relay_key = Webhooks::relay_key(&org);
            (self.webhooks.tree(), self.outbox.tree())
                .transaction(|(w, o)| {
                    for (id, bytes) in &encoded {
                        o.insert(&Outbox::item_key(*id)[..], bytes.as_slice())?;
                    }
                    w.insert(relay_key.as_slice(), &last.to_be_bytes()[..])?;
                    Ok(())
                })
                .map_err(|e: sled::transaction::TransactionError<()>| match e {
                    sled::transaction::TransactionError::Storage(e) => StoreError::Sled(e),
                    sled::transaction::TransactionError::Abort(()) => {
                        StoreError::Corrupt("aborted".into())
                    }
                })?;
            self.store.db().flush()?;
            queued += items.len();
        }
        Ok(queued)
    }
}
