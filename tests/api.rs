//! The JSON API over real HTTP: each token case (none, unknown, revoked, read on a write
//! route, over the rate limit) answered with a JSON error and nothing stored; writes logged
//! through the grammar with the token's label as author; reads in the command line's JSON;
//! and the routes the server answers are the ones `openapi.json` describes.

mod support;

use chrono::{TimeZone, Utc};
use serde_json::{json, Value};
use std::sync::Arc;
use valuebridge::cli::{execute, DigestFormat, StoreCommand};
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::service::Service;
use valuebridge::store::Store;
use valuebridge_chat::{render_plain, Actor, Invocation, Role};

const ORG: &str = "slack:T1";

struct Api {
    base: String,
    service: Service,
    store: Store,
    clock: ManualClock,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start(per_minute: u32) -> Api {
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.api.requests_per_minute = per_minute;
    let store = Store::temporary().unwrap();
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap());
    let service = Service::new(store.clone(), Arc::new(config), Arc::new(clock.clone())).unwrap();
    let running = support::run_bot(service.clone(), &Default::default())
        .await
        .unwrap();
    Api {
        base: format!("http://{}", running.addr),
        service,
        store,
        clock,
        _stop: running.stop,
    }
}

impl Api {
    async fn chat(&self, user: &str, role: Role, text: &str) -> String {
        let inv = Invocation {
            tenant: ORG.into(),
            channel: "C1".into(),
            actor: Actor {
                user_id: user.into(),
                display_name: user.into(),
                role: Some(role),
            },
            text: text.into(),
            is_command: true,
        };
        render_plain(&self.service.handle(&inv).await)
    }

    /// Creates a token as an admin in chat and returns the secret shown once.
    async fn token(&self, scope: &str, label: &str) -> String {
        let reply = self
            .chat(
                "U1",
                Role::Admin,
                &format!("api token create {scope} \"{label}\""),
            )
            .await;
        reply
            .split('`')
            .find(|w| w.starts_with("vb_"))
            .unwrap_or_else(|| panic!("no token in {reply}"))
            .to_string()
    }

    async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let client = reqwest::Client::new();
        let url = format!("{}{path}", self.base);
        let mut req = match method {
            "post" => client.post(url),
            _ => client.get(url),
        };
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let text = res.text().await.unwrap();
        let v = serde_json::from_str(&text).unwrap_or(json!({"raw": text}));
        (status, headers, v)
    }

    fn decisions(&self) -> usize {
        let org: TenantId = ORG.parse().unwrap();
        self.store.live(&org, Kind::Decision).unwrap().len()
    }
}

async fn seeded(per_minute: u32) -> Api {
    let api = start(per_minute).await;
    for line in [
        "unit add Sales",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01",
    ] {
        api.chat("U1", Role::Admin, line).await;
    }
    api
}

fn decision() -> Value {
    json!({"investment": "CRM replacement", "verdict": "approve", "amount": "£250k", "because": "churn costs more"})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_token_case_is_answered_in_json_and_only_a_write_token_stores() {
    let api = seeded(100).await;
    let read = api.token("read", "BI tool").await;
    let write = api.token("write", "Jira sync").await;

    let (status, headers, body) = api
        .call("post", "/api/v1/decisions", None, Some(decision()))
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "unauthorized");
    assert!(body["message"].as_str().unwrap().contains("Bearer"));
    assert_eq!(headers["www-authenticate"], "Bearer");
    let (status, _, body) = api
        .call(
            "post",
            "/api/v1/decisions",
            Some("vb_not-a-token"),
            Some(decision()),
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (401, Some("unauthorized"))
    );
    let (status, _, body) = api
        .call("post", "/api/v1/decisions", Some(&read), Some(decision()))
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (403, Some("forbidden")),
        "{body}"
    );
    assert_eq!(api.decisions(), 0, "refused requests store nothing");

    // The grammar's own validation, word for word, and nothing stored.
    let (status, _, body) = api
        .call(
            "post",
            "/api/v1/decisions",
            Some(&write),
            Some(json!({"investment": "CRM replacement", "verdict": "aprove"})),
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (422, Some("invalid")),
        "{body}"
    );
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("`aprove` is not a verdict"),
        "{body}"
    );
    let (status, _, body) = api
        .call(
            "post",
            "/api/v1/decisions",
            Some(&write),
            Some(json!({"verdict": 3})),
        )
        .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("bad_body")),
        "{body}"
    );
    assert_eq!(api.decisions(), 0);

    let (status, _, body) = api
        .call("post", "/api/v1/decisions", Some(&write), Some(decision()))
        .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["id"], "DEC-1");
    assert_eq!(body["record"]["kind"], "decision");
    assert_eq!(api.decisions(), 1);
    let history = api.chat("U1", Role::Admin, "history DEC-1").await;
    assert!(
        history.contains("Jira sync"),
        "the token's label is the author: {history}"
    );

    // Tokens are listed with label, scope, creator and last use; revoked ones stop working.
    let listed = api.chat("U1", Role::Admin, "api tokens").await;
    assert!(
        listed.contains("Jira sync")
            && listed.contains("write")
            && listed.contains("2026-11-27 09:00"),
        "{listed}"
    );
    assert!(!listed.contains(&write), "a token is shown only once");
    api.chat("U1", Role::Admin, "api token revoke TOK-2").await;
    let (status, _, _) = api
        .call("post", "/api/v1/decisions", Some(&write), Some(decision()))
        .await;
    assert_eq!(status, 401);
    assert_eq!(api.decisions(), 1);
    // Only admins manage tokens.
    let member = api.chat("U2", Role::Member, "api token create write").await;
    assert!(member.contains("only admins"), "{member}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_over_its_rate_is_told_when_to_come_back() {
    let api = seeded(3).await;
    let read = api.token("read", "poller").await;
    for _ in 0..3 {
        assert_eq!(
            api.call("get", "/api/v1/records", Some(&read), None)
                .await
                .0,
            200
        );
    }
    let (status, headers, body) = api.call("get", "/api/v1/records", Some(&read), None).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (429, Some("rate_limited")),
        "{body}"
    );
    assert_eq!(headers["retry-after"], "60");
    api.clock.advance(chrono::Duration::seconds(60));
    assert_eq!(
        api.call("get", "/api/v1/records", Some(&read), None)
            .await
            .0,
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_give_the_register_and_the_command_lines_json() {
    let api = seeded(100).await;
    let read = api.token("read", "BI tool").await;
    let (status, _, body) = api
        .call("get", "/api/v1/records?kind=investments", Some(&read), None)
        .await;
    assert_eq!(status, 200, "{body}");
    let records = body["records"].as_array().unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], "INV-1");
    assert_eq!(records[0]["name"], "CRM replacement");
    let (_, _, bad) = api
        .call("get", "/api/v1/records?kind=widgets", Some(&read), None)
        .await;
    assert_eq!(bad["error"], "invalid");

    let (status, _, inv) = api
        .call("get", "/api/v1/investments/INV-1", Some(&read), None)
        .await;
    assert_eq!(status, 200);
    assert_eq!(inv["record"]["name"], "CRM replacement");
    assert_eq!(inv["history"].as_array().unwrap().len(), 1);
    let (status, _, _) = api
        .call("get", "/api/v1/investments/INV-9", Some(&read), None)
        .await;
    assert_eq!(status, 404);
    // Or by its name or an alias, as `show` takes one.
    let get = |path: &'static str| api.call("get", path, Some(&read), None);
    assert_eq!(get("/api/v1/investments/crm%20Replacement").await.2, inv);
    let (status, _, none) = get("/api/v1/investments/Payroll").await;
    assert_eq!((status, none["error"].as_str()), (404, Some("not_found")));
    assert!(none.to_string().contains("no investment called 'Payroll'"));

    // The digest and scorecard are exactly what `--format json` prints.
    let org: TenantId = ORG.parse().unwrap();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let cli = |command| {
        let out = execute(&api.store, &Config::default(), &org, &command);
        serde_json::from_str::<Value>(&out.stdout).unwrap()
    };
    let (status, _, digest) = api
        .call(
            "get",
            "/api/v1/digest?period=year&as_of=2026-11-27",
            Some(&read),
            None,
        )
        .await;
    assert_eq!(status, 200, "{digest}");
    assert_eq!(
        digest,
        cli(StoreCommand::Digest {
            unit: None,
            period: Some("year".into()),
            as_of: Some(as_of),
            format: DigestFormat::Json
        })
    );
    let (status, _, card) = api
        .call(
            "get",
            "/api/v1/scorecard/Sales?as_of=2026-11-27",
            Some(&read),
            None,
        )
        .await;
    assert_eq!(status, 200, "{card}");
    assert_eq!(
        card,
        cli(StoreCommand::Scorecard {
            unit: "Sales".into(),
            period: None,
            as_of: Some(as_of),
            format: DigestFormat::Json
        })
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_answers_exactly_the_routes_openapi_json_describes() {
    let api = seeded(100).await;
    let read = api.token("read", "checker").await;
    let (status, _, served) = api.call("get", "/api/v1/openapi.json", None, None).await;
    assert_eq!(status, 200);
    let in_repo: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/api/openapi.json"))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(served, in_repo);
    let mut described = Vec::new();
    for (path, methods) in in_repo["paths"].as_object().unwrap() {
        for method in methods.as_object().unwrap().keys() {
            described.push((method.clone(), path.clone()));
        }
    }
    described.sort();
    let mut routes: Vec<(String, String)> = valuebridge::api::ROUTES
        .iter()
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    routes.sort();
    assert_eq!(described, routes);
    // Each described route is served: with a read token, reads answer 200 and writes 403
    // (an inbound hook that does not exist, 404 in JSON); an undescribed path is 404.
    for (method, path) in described {
        let concrete = path.replace("{id}", "INV-1").replace("{unit}", "Sales");
        let (status, _, body) = api
            .call(
                &method,
                &concrete,
                Some(&read),
                (method == "post").then(|| json!({})),
            )
            .await;
        let expected = match (method.as_str(), path.starts_with("/hooks/")) {
            (_, true) => 404,
            ("post", _) => 403,
            _ => 200,
        };
        assert_eq!(status, expected, "{method} {path}: {body}");
        assert!(body["raw"].is_null(), "answered in JSON: {body}");
    }
    assert_eq!(
        api.call("get", "/api/v1/nothing", Some(&read), None)
            .await
            .0,
        404
    );
}
