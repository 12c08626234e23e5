//! What the Slack adapter calls: run an invocation through the service, remember deliveries.

use super::deliveries::Deliveries;
use crate::service::Service;
use valuebridge_chat::{Invocation, Reply};
use valuebridge_slack::BoxFuture;

pub struct SlackBridge {
    pub service: Service,
    pub deliveries: Deliveries,
}

impl valuebridge_slack::SlackHandler for SlackBridge {
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply> {
        let service = self.service.clone();
        Box::pin(async move { service.handle(&inv).await })
    }

    fn first_delivery(&self, key: String) -> BoxFuture<bool> {
        let (deliveries, now) = (self.deliveries.clone(), self.service.clock.now());
        Box::pin(async move {
            deliveries.first(&key, now).unwrap_or_else(|e| {
                tracing::error!(error = %e, "could not record a delivery; handling it anyway");
                true
            })
        })
    }
}
