//! Posts webhook events from the outbox to their hook's URL, signed like Slack's requests:
//! `X-Valuebridge-Signature: v0=<hex HMAC-SHA256(secret, "v0:<timestamp>:<body>")>` with
//! `X-Valuebridge-Timestamp`, and `X-Valuebridge-Event-Id` for receivers to de-duplicate.
//! Every other item goes to the chat platforms as before.

use crate::clock::SharedClock;
use crate::ids::TenantId;
use crate::schedule::{OutboxItem, PostError, PostFuture, Poster};
use crate::store::{StoreError, Webhooks};
use bytes::Bytes;
use hmac::{Hmac, Mac};
use http_body_util::Full;
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use std::sync::Arc;
use std::time::Duration;
use valuebridge_chat::Reply;

type Https = hyper_rustls::HttpsConnector<HttpConnector>;

/// How long a receiver has to answer.
const TIMEOUT: Duration = Duration::from_secs(10);

pub struct WithWebhooks {
    inner: Arc<dyn Poster>,
    webhooks: Webhooks,
    client: Client<Https, Full<Bytes>>,
    clock: SharedClock,
}

/// `v0=` and the hex HMAC-SHA256 of `v0:<timestamp>:<body>` under `secret`.
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes a key of any length");
    mac.update(format!("v0:{timestamp}:{body}").as_bytes());
    format!("v0={}", hex::encode(mac.finalize().into_bytes()))
}

fn failed(message: impl Into<String>, permanent: bool) -> PostError {
    PostError {
        message: message.into(),
        retry_after: None,
        permanent,
    }
}

impl WithWebhooks {
    pub fn new(
        inner: Arc<dyn Poster>,
        store: &crate::store::Store,
        clock: SharedClock,
    ) -> Result<WithWebhooks, StoreError> {
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_native_roots()
            .map_err(|e| StoreError::Corrupt(format!("no TLS roots for webhooks: {e}")))?
            .https_or_http()
            .enable_http1()
            .build();
        Ok(WithWebhooks {
            inner,
            webhooks: Webhooks::open(store)?,
            client: Client::builder(hyper_util::rt::TokioExecutor::new()).build(https),
            clock,
        })
    }

    async fn deliver(
        &self,
        item: &OutboxItem,
        payload: &serde_json::Value,
    ) -> Result<(), PostError> {
        let number = item
            .channel
            .strip_prefix("webhook:WH-")
            .and_then(|n| n.parse::<u64>().ok())
            .ok_or_else(|| failed(format!("{} is not a webhook", item.channel), true))?;
        let hook = self
            .webhooks
            .out_hook(&item.tenant, number)
            .map_err(|e| failed(e.to_string(), false))?
            .filter(|h| h.active)
            .ok_or_else(|| failed(format!("webhook WH-{number} was stopped"), true))?;
        let body = payload.to_string();
        let now = self.clock.now();
        let request = hyper::Request::post(&hook.url)
            .header("content-type", "application/json")
            .header("user-agent", "valuebridge-webhooks")
            .header("x-valuebridge-timestamp", now.timestamp().to_string())
            .header(
                "x-valuebridge-signature",
                signature(&hook.secret, now.timestamp(), &body),
            )
            .header(
                "x-valuebridge-event-id",
                payload["event_id"].as_str().unwrap_or_default(),
            )
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| failed(format!("{} cannot be posted to: {e}", hook.url), true))?;
        let outcome = match tokio::time::timeout(TIMEOUT, self.client.request(request)).await {
            Err(_) => Err(failed(
                format!("{} did not answer within 10 s", hook.url),
                false,
            )),
            Ok(Err(e)) => Err(failed(format!("could not reach {}: {e}", hook.url), false)),
            Ok(Ok(response)) => {
                let status = response.status();
                if status.is_success() {
                    Ok(())
                } else {
                    let retry_after = response
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.parse::<i64>().ok())
                        .map(chrono::Duration::seconds);
                    Err(PostError {
                        message: format!("{} answered {status}", hook.url),
                        retry_after,
                        // Gone: the receiver says never again; anything else may recover.
                        permanent: status == hyper::StatusCode::GONE,
                    })
                }
            }
        };
        let noted = self.webhooks.note_delivery(
            &item.tenant,
            number,
            outcome.as_ref().map(|_| now).map_err(|e| e.message.clone()),
        );
        if let Err(e) = noted {
            tracing::warn!(error = %e, "could not note a webhook delivery");
        }
        outcome
    }
}

impl Poster for WithWebhooks {
    fn post<'a>(
        &'a self,
        tenant: &'a TenantId,
        channel: &'a str,
        reply: &'a Reply,
    ) -> PostFuture<'a> {
        self.inner.post(tenant, channel, reply)
    }

    fn post_item<'a>(&'a self, item: &'a OutboxItem) -> PostFuture<'a> {
        match &item.payload {
            Some(payload) if item.channel.starts_with("webhook:") => {
                Box::pin(self.deliver(item, payload))
            }
            _ => self.inner.post_item(item),
        }
    }
}
