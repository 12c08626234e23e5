//! Inbound webhooks over real HTTP: a finance system posts a realised benefit with the
//! hook's secret; a replay with the same idempotency key answers the first answer and
//! stores nothing; a wrong secret or a bad body stores nothing.

mod support;

use chrono::{TimeZone, Utc};
use serde_json::{json, Value};
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::service::Service;
use valuebridge::store::Store;
use valuebridge_chat::{render_plain, Actor, Invocation, Role};

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

async fn post(base: &str, path: &str, secret: Option<&str>, body: &Value) -> (u16, Value, bool) {
    let mut req = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .json(body);
    if let Some(s) = secret {
        req = req.header("x-valuebridge-secret", s);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let replay = res.headers().get("idempotent-replay").is_some();
    (status, res.json().await.unwrap(), replay)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_benefit_posted_twice_with_one_key_is_stored_once() {
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    let store = Store::temporary().unwrap();
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap());
    let service = Service::new(store.clone(), Arc::new(config), Arc::new(clock.clone())).unwrap();
    let running = support::run_bot(service.clone(), &Default::default())
        .await
        .unwrap();
    let base = format!("http://{}", running.addr);
    chat(&service, "unit add Sales").await;
    chat(&service, "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let made = chat(&service, "webhook inbound \"Finance system\"").await;
    let path = made
        .split_whitespace()
        .find(|w| w.starts_with("/hooks/"))
        .unwrap_or_else(|| panic!("{made}"))
        .trim_end_matches(['`', '*'])
        .to_string();
    let secret = made
        .split('`')
        .find(|w| w.starts_with("whin_"))
        .unwrap_or_else(|| panic!("{made}"))
        .to_string();
    let org: TenantId = "slack:T1".parse().unwrap();
    let benefits = || store.live(&org, Kind::Benefit).unwrap().len();

    let body = json!({"type": "benefit", "idempotency_key": "ledger-2026-11-0042",
                      "investment": "CRM replacement", "amount": "£35k",
                      "evidence": "November ledger line 42"});
    let (status, wrong, _) = post(&base, &path, Some("whin_wrong"), &body).await;
    assert_eq!(
        (status, wrong["error"].as_str()),
        (401, Some("unauthorized"))
    );
    let (status, _, _) = post(&base, &path, None, &body).await;
    assert_eq!(status, 401);
    let (status, _, _) = post(&base, "/hooks/hnothing", Some(&secret), &body).await;
    assert_eq!(status, 404);
    let no_key = json!({"type": "benefit", "investment": "CRM replacement", "amount": "£35k"});
    let (status, e, _) = post(&base, &path, Some(&secret), &no_key).await;
    assert_eq!(
        (status, e["error"].as_str()),
        (400, Some("bad_body")),
        "{e}"
    );
    let bad = json!({"type": "benefit", "idempotency_key": "k2", "investment": "CRM replacement", "amount": "lots"});
    let (status, e, _) = post(&base, &path, Some(&secret), &bad).await;
    assert_eq!((status, e["error"].as_str()), (422, Some("invalid")), "{e}");
    assert_eq!(benefits(), 0, "refused requests store nothing");

    let (status, first, replayed) = post(&base, &path, Some(&secret), &body).await;
    assert_eq!(status, 201, "{first}");
    assert!(!replayed);
    assert_eq!(first["id"], "BEN-1");
    assert_eq!(first["record"]["evidence"], "November ledger line 42");
    let (status, again, replayed) = post(&base, &path, Some(&secret), &body).await;
    assert_eq!(status, 200, "{again}");
    assert!(replayed);
    assert_eq!(again, first, "a replay gets the first answer");
    assert_eq!(benefits(), 1, "and stores nothing");

    let history = chat(&service, "history BEN-1").await;
    assert!(history.contains("Finance system"), "{history}");

    // The bot stopped after storing BEN-1 but before keeping its answer: a replay finds the
    // record by its key and answers with it, storing nothing.
    let id = path.trim_start_matches("/hooks/").to_string();
    let hooks = valuebridge::store::Webhooks::open(&store).unwrap();
    let pending = json!({"pending_since": "2026-11-27T09:00:00Z"});
    hooks
        .remember_answer(&id, "ledger-2026-11-0042", &pending)
        .unwrap();
    let (status, recovered, replayed) = post(&base, &path, Some(&secret), &body).await;
    assert_eq!((status, replayed), (200, true), "{recovered}");
    assert_eq!(recovered, first);
    assert_eq!(benefits(), 1);
    // Stopped before storing anything: the retry stores it.
    hooks.remember_answer(&id, "ledger-0043", &pending).unwrap();
    let next = json!({"type": "benefit", "idempotency_key": "ledger-0043",
                      "investment": "CRM replacement", "amount": "£5k"});
    let (status, stored, _) = post(&base, &path, Some(&secret), &next).await;
    assert_eq!(status, 201, "{stored}");
    assert_eq!(benefits(), 2);

    // A note through the same hook, and a stopped hook takes nothing more.
    let note = json!({"type": "note", "idempotency_key": "wf-7", "unit": "Sales", "text": "Renewal signed"});
    assert_eq!(post(&base, &path, Some(&secret), &note).await.0, 201);
    let id = path.trim_start_matches("/hooks/");
    assert!(chat(&service, &format!("webhook remove {id}"))
        .await
        .contains("stopped"));
    let later = json!({"type": "note", "idempotency_key": "wf-8", "unit": "Sales", "text": "x"});
    assert_eq!(post(&base, &path, Some(&secret), &later).await.0, 404);
    assert_eq!(store.live(&org, Kind::Note).unwrap().len(), 1);
    drop(running.stop);
}
