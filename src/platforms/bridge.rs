//! What every chat adapter calls: run an invocation through the service, and remember
//! deliveries so a platform's retry is handled once. One bridge serves Slack and Discord.

use super::deliveries::Deliveries;
use crate::service::Service;
use std::future::Future;
use std::pin::Pin;
use valuebridge_chat::{FormOutcome, FormSubmission, Invocation, Lookup, Reply, Suggestion};

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

pub struct Bridge {
    pub service: Service,
    pub deliveries: Deliveries,
}

impl Bridge {
    pub fn run(&self, inv: Invocation) -> BoxFuture<Reply> {
        let service = self.service.clone();
        Box::pin(async move { service.handle(&inv).await })
    }

    /// A submitted form, read and run as its typed command (for the adapters' form hooks).
    pub fn submit(&self, submission: FormSubmission) -> BoxFuture<FormOutcome> {
        let service = self.service.clone();
        Box::pin(async move { service.submit_form(&submission).await })
    }

    /// Type-ahead for a form's or a slash command's unit and investment fields.
    pub fn suggestions(&self, tenant: &str, lookup: Lookup, typed: &str) -> Vec<Suggestion> {
        self.service.suggest(tenant, lookup, typed)
    }

    /// True the first time `key` is seen; a store failure lets the delivery through.
    pub fn first(&self, key: String) -> BoxFuture<bool> {
        let (deliveries, now) = (self.deliveries.clone(), self.service.clock.now());
        Box::pin(async move {
            deliveries.first(&key, now).unwrap_or_else(|e| {
                tracing::error!(error = %e, "could not record a delivery; handling it anyway");
                true
            })
        })
    }
}

impl valuebridge_slack::SlackHandler for Bridge {
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply> {
        self.run(inv)
    }

    fn first_delivery(&self, key: String) -> BoxFuture<bool> {
        self.first(key)
    }

    fn remember_answer(&self, key: String, answer: Reply) -> BoxFuture<()> {
        let deliveries = self.deliveries.clone();
        Box::pin(async move {
            if let Err(e) = deliveries.remember(&key, &answer) {
                tracing::error!(error = %e, "could not keep a slash command's answer for a repeat");
            }
        })
    }

    fn earlier_answer(&self, key: String) -> BoxFuture<Option<Reply>> {
        let deliveries = self.deliveries.clone();
        Box::pin(async move {
            deliveries.answer(&key).unwrap_or_else(|e| {
                tracing::error!(error = %e, "could not read a slash command's earlier answer");
                None
            })
        })
    }
}
