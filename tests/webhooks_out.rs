//! Outbound webhooks end to end: a loopback receiver checks each post's signature and
//! counts deliveries by event id; a failed delivery is retried; each event arrives once,
//! and a restart of the bot neither loses nor repeats one.

mod support;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use chrono::{TimeZone, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::service::Service;
use valuebridge::store::Store;
use valuebridge_chat::{render_plain, Actor, Invocation, Role};

#[derive(Default)]
struct Receiver {
    secret: Mutex<String>,
    /// Event ids of accepted posts, in order, and kinds.
    accepted: Mutex<Vec<(String, String)>>,
    refused_signatures: Mutex<u32>,
    /// Answer 503 to this many posts first.
    fail_next: Mutex<u32>,
    attempts: Mutex<u32>,
    notify: tokio::sync::Notify,
}

async fn receive(State(r): State<Arc<Receiver>>, headers: HeaderMap, body: String) -> StatusCode {
    *r.attempts.lock().unwrap() += 1;
    r.notify.notify_waiters();
    let ts = headers["x-valuebridge-timestamp"].to_str().unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(r.secret.lock().unwrap().as_bytes()).unwrap();
    mac.update(format!("v0:{ts}:{body}").as_bytes());
    let expected = format!("v0={}", hex::encode(mac.finalize().into_bytes()));
    if headers["x-valuebridge-signature"] != expected.as_str() {
        *r.refused_signatures.lock().unwrap() += 1;
        return StatusCode::UNAUTHORIZED;
    }
    {
        let mut fail = r.fail_next.lock().unwrap();
        if *fail > 0 {
            *fail -= 1;
            return StatusCode::SERVICE_UNAVAILABLE;
        }
    }
    let event: serde_json::Value = serde_json::from_str(&body).unwrap();
    let id = headers["x-valuebridge-event-id"]
        .to_str()
        .unwrap()
        .to_string();
    assert_eq!(event["event_id"], id.as_str());
    r.accepted
        .lock()
        .unwrap()
        .push((id, event["kind"].as_str().unwrap().to_string()));
    r.notify.notify_waiters();
    StatusCode::OK
}

async fn wait_for(r: &Arc<Receiver>, what: &str, ready: impl Fn(&Receiver) -> bool) {
    tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            let notified = r.notify.notified();
            if ready(r) {
                break;
            }
            notified.await;
        }
    })
    .await
    .unwrap_or_else(|_| panic!("timed out waiting for {what}"));
}

async fn chat(service: &Service, text: &str) -> String {
    let inv = Invocation {
        tenant: "slack:T1".into(),
        channel: "C1".into(),
        actor: Actor {
            user_id: "U1".into(),
            display_name: "alice".into(),
            role: Some(Role::Admin),
        },
        text: text.into(),
        is_command: true,
    };
    render_plain(&service.handle(&inv).await)
}

fn config() -> Config {
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.api.allow_loopback_webhooks = true;
    config
}

async fn start(dir: &std::path::Path, clock: &ManualClock) -> (Service, support::Running) {
    let store = Store::open(dir).unwrap();
    let service = Service::new(store, Arc::new(config()), Arc::new(clock.clone())).unwrap();
    let running = support::run_bot(service.clone(), &Default::default())
        .await
        .unwrap();
    (service, running)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_event_reaches_a_signed_receiver_once_across_a_retry_and_a_restart() {
    let receiver = Arc::new(Receiver::default());
    *receiver.fail_next.lock().unwrap() = 1;
    let app = axum::Router::new()
        .route("/in", axum::routing::post(receive))
        .with_state(receiver.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let receiver_addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });

    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap());
    let (service, running) = start(dir.path(), &clock).await;
    chat(&service, "unit add Sales").await;
    chat(&service, "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;

    let refused = chat(
        &service,
        "webhook add http://example.com/in events:decision",
    )
    .await;
    assert!(refused.contains("not an https:// URL"), "{refused}");
    let added = chat(
        &service,
        &format!("webhook add http://{receiver_addr}/in events:decision,benefit"),
    )
    .await;
    let secret = added
        .split('`')
        .find(|w| w.starts_with("whsec_"))
        .unwrap_or_else(|| panic!("{added}"))
        .to_string();
    *receiver.secret.lock().unwrap() = secret;

    chat(
        &service,
        "decide INV-1 approve £250k because churn costs more",
    )
    .await;
    // The first attempt is answered 503; the outbox retries after its back-off.
    wait_for(&receiver, "the first attempt", |r| {
        *r.attempts.lock().unwrap() >= 1
    })
    .await;
    clock.advance(chrono::Duration::seconds(5));
    wait_for(&receiver, "the retried decision", |r| {
        r.accepted.lock().unwrap().len() == 1
    })
    .await;
    assert_eq!(
        receiver.accepted.lock().unwrap()[0],
        ("slack:T1/3".to_string(), "decision".to_string())
    );

    // Stop the bot, start it again on the same data.
    drop(running.stop);
    running.run.await.unwrap().unwrap();
    drop(service);
    let (service, running) = start(dir.path(), &clock).await;
    chat(&service, "benefit INV-1 £35k evidence: churn down").await;
    chat(&service, "note Sales: not a webhook event kind here").await;
    wait_for(&receiver, "the benefit", |r| {
        r.accepted.lock().unwrap().len() == 2
    })
    .await;
    // Give a wrongly repeated delivery the chance to arrive before counting.
    let listed = chat(&service, "webhooks").await;
    assert!(listed.contains("WH-1"), "{listed}");
    let accepted = receiver.accepted.lock().unwrap().clone();
    assert_eq!(
        accepted,
        [
            ("slack:T1/3".to_string(), "decision".to_string()),
            ("slack:T1/4".to_string(), "benefit".to_string())
        ],
        "each event once, the note not at all"
    );
    assert_eq!(
        *receiver.attempts.lock().unwrap(),
        3,
        "one 503, then one post per event"
    );
    assert_eq!(*receiver.refused_signatures.lock().unwrap(), 0);
    drop(running.stop);
    running.run.await.unwrap().unwrap();
}
