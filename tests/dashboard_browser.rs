//! The value dashboard in a real browser: the bot binary serves the pages, headless
//! Chromium (driven over the DevTools protocol) opens them as a person would, the figures
//! on the page match the JSON digest, an expired and a revoked link are refused, and each
//! page is saved as a screenshot in the test's directory (and, with
//! `VALUEBRIDGE_UPDATE_SCREENSHOTS=1`, in `docs/images/` for the README).
//!
//! Needs Chromium (`apt-get install chromium`; `.ci/run` installs it when missing), found
//! as `chromium` on the PATH or at `VALUEBRIDGE_CHROMIUM`.

mod support;

use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;
use support::child::KillOnDrop;
use support::Bot;
use tokio_tungstenite::tungstenite::Message;
use valuebridge::config::Config;
use valuebridge_chat::{render_plain, Role};

fn chromium() -> PathBuf {
    if let Some(p) = std::env::var_os("VALUEBRIDGE_CHROMIUM") {
        return p.into();
    }
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
            let p = dir.join(name);
            if p.is_file() {
                return p;
            }
        }
    }
    panic!("this test needs Chromium: `apt-get install -y chromium` (or set VALUEBRIDGE_CHROMIUM)");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Decodes the standard base64 the DevTools protocol sends screenshots in.
fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let bytes: Vec<u8> = s.bytes().filter(|c| *c != b'=').map(val).collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, v)| n | (u32::from(*v) << (18 - 6 * i)));
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    out
}

/// One page of headless Chromium, spoken to over its DevTools websocket.
struct Browser {
    _process: KillOnDrop,
    ws: tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >,
    next_id: u64,
}

impl Browser {
    async fn start(profile: &Path) -> Browser {
        let port = free_port();
        let process = KillOnDrop::new(
            Command::new(chromium())
                .args([
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--no-first-run",
                    "--hide-scrollbars",
                    &format!("--remote-debugging-port={port}"),
                    &format!("--user-data-dir={}", profile.display()),
                    "about:blank",
                ])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("Chromium starts"),
        );
        let list = format!("http://127.0.0.1:{port}/json/list");
        let mut page = None;
        for _ in 0..300 {
            if let Ok(r) = reqwest::get(&list).await {
                if let Ok(targets) = r.json::<Vec<Value>>().await {
                    page = targets
                        .into_iter()
                        .find(|t| t["type"] == "page")
                        .and_then(|t| t["webSocketDebuggerUrl"].as_str().map(String::from));
                    if page.is_some() {
                        break;
                    }
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let url = page.expect("Chromium's DevTools answered within 30 s");
        let (ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
        Browser {
            _process: process,
            ws,
            next_id: 0,
        }
    }

    /// Sends one DevTools command and waits for its result (events are skipped).
    async fn call(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let msg = json!({"id": id, "method": method, "params": params});
        self.ws.send(Message::text(msg.to_string())).await.unwrap();
        loop {
            let m = tokio::time::timeout(Duration::from_secs(60), self.ws.next())
                .await
                .expect("Chromium answers")
                .expect("the websocket stays open")
                .unwrap();
            let Message::Text(text) = m else { continue };
            let v: Value = serde_json::from_str(&text).unwrap();
            if v["id"] == id {
                assert!(v.get("error").is_none(), "{method}: {v}");
                return v["result"].clone();
            }
        }
    }

    async fn eval(&mut self, js: &str) -> Value {
        self.call(
            "Runtime.evaluate",
            json!({"expression": js, "returnByValue": true}),
        )
        .await["result"]["value"]
            .clone()
    }

    /// Opens `url` and waits until it has loaded; the page's text.
    async fn open(&mut self, url: &str) -> String {
        self.call("Page.navigate", json!({"url": url})).await;
        for _ in 0..300 {
            let state = self.eval("document.readyState + ' ' + location.href").await;
            if state.as_str() == Some(&format!("complete {url}")) {
                return self
                    .eval("document.body.innerText")
                    .await
                    .as_str()
                    .unwrap_or("")
                    .to_string();
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{url} did not load");
    }

    /// The page as a PNG, `width` CSS pixels wide and as tall as its content.
    async fn screenshot(&mut self, width: u32) -> Vec<u8> {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}),
        )
        .await;
        let height = self
            .eval("document.documentElement.scrollHeight")
            .await
            .as_u64()
            .unwrap_or(900);
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height.min(6000), "deviceScaleFactor": 1, "mobile": width < 600}),
        )
        .await;
        let shot = self
            .call("Page.captureScreenshot", json!({"format": "png"}))
            .await;
        base64(shot["data"].as_str().unwrap())
    }
}

fn save(dir: &Path, name: &str, png: &[u8]) {
    assert!(png.starts_with(b"\x89PNG"), "{name} is a PNG");
    std::fs::write(dir.join(name), png).unwrap();
    if std::env::var_os("VALUEBRIDGE_UPDATE_SCREENSHOTS").is_some() {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/images");
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::write(docs.join(name), png).unwrap();
    }
}

const SEED: &[&str] = &[
    "unit add Sales",
    "unit add \"Finance & Risk\" alias fin",
    "invest \"CRM replacement\" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2020-01-01 category:transform",
    "invest Shop unit:Sales cost:£60k benefit:£365k/yr years:3 start:2020-01-01 category:grow",
    "invest Ledger unit:fin cost:£120k run:£30k/yr benefit:£90k/yr years:5 start:2020-02-01 category:run",
    "decide INV-1 approve £280k on:2020-01-05 because churn costs more than the licence",
    "decide INV-2 approve on:2020-01-05",
    "decide INV-3 approve £110k on:2020-02-03",
    "benefit INV-1 £35k on 2020-03-31 evidence: churn down 2%",
    "benefit INV-1 £60k on 2020-06-30 evidence: renewals up",
    "benefit INV-2 £200k on 2020-06-30",
    "service \"CRM licences\" unit:Sales cost:£12k/yr users:10",
];

/// The store the binary serves: records, and links made in 2020 by the service with its
/// clock set then (so one has long expired whatever today is). Returns the JSON digest's
/// headline, which no later date changes (every record is dated 2020).
async fn prepare(dir: &Path) -> (Value, String) {
    let mut config = Config::default();
    config.store.data_dir = dir.to_path_buf();
    let store = valuebridge::store::Store::open(dir).unwrap();
    let bot = Bot::on_store(store, config);
    bot.clock
        .set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2020, 7, 1, 9, 0, 0).unwrap());
    for line in SEED {
        bot.ok(line).await;
    }
    let reply = bot
        .say_as("local", "console", Some(Role::Admin), "dashboard")
        .await;
    let text = render_plain(&reply);
    let at = text.find("/d/").expect("a link");
    let expired = text[at + 3..at + 3 + 64].to_string();
    let today = bot.service.today();
    let period = valuebridge::digest::Period::parse("month", today).unwrap();
    let d = bot
        .service
        .digest_value(&"local".parse().unwrap(), None, period, today)
        .unwrap();
    let json = valuebridge::digest::to_json(&d);
    bot.service.durable().await.unwrap();
    (json["headline"].clone(), expired)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_reads_right_in_chromium_and_refuses_expired_and_revoked_links() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let (headline, expired) = {
        let data = data.clone();
        // Its own runtime, shut down here, so nothing of it still holds the store.
        tokio::task::spawn_blocking(move || {
            let rt = tokio::runtime::Runtime::new().unwrap();
            let out = rt.block_on(prepare(&data));
            rt.shutdown_timeout(Duration::from_secs(10));
            out
        })
        .await
        .unwrap()
    };

    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let prefix = format!("{base}/d/");
    // The store's lock is let go a moment after the preparing service is dropped: a bot
    // that found it still held and stopped before answering anything is started again.
    let mut started = None;
    for _ in 0..20 {
        let (mut bot, stdin, lines) = start_bot(&data, tmp.path(), &base);
        let mut tokens = Vec::new();
        let mut exited = false;
        for _ in 0..600 {
            let got = lines.lock().unwrap().clone();
            tokens = got
                .iter()
                .filter_map(|l| {
                    l.find(&prefix)
                        .map(|at| l[at + prefix.len()..at + prefix.len() + 64].to_string())
                })
                .collect();
            if tokens.len() == 2 && got.iter().any(|l| l.contains("LINK-3 is revoked")) {
                break;
            }
            if got.is_empty() && bot.try_wait().unwrap().is_some() {
                exited = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if exited {
            tokio::time::sleep(Duration::from_millis(200)).await;
            continue;
        }
        assert_eq!(tokens.len(), 2, "{:?}", lines.lock().unwrap());
        started = Some((bot, stdin, tokens));
        break;
    }
    let (bot, stdin, tokens) = started.expect("the bot started on the prepared store");
    let (whole, revoked) = (&tokens[0], &tokens[1]);

    let mut browser = Browser::start(&tmp.path().join("chromium")).await;
    let shots = tmp.path().join("screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let gbp = valuebridge::money::Currency::from_code("GBP").unwrap();
    let money =
        |k: &str| valuebridge::money::format_minor(headline[k].as_i64().unwrap(), gbp, true);

    let text = browser.open(&format!("{base}/d/{whole}/")).await;
    assert!(text.contains("Portfolio value"), "{text}");
    for k in ["approved_minor", "realised_to_date_minor"] {
        assert!(
            text.contains(&money(k)),
            "{k} = {} not on the page:\n{text}",
            money(k)
        );
    }
    assert!(
        text.contains(&format!("Active investments\n{}", headline["active"])),
        "{text}"
    );
    save(
        &shots,
        "dashboard-portfolio.png",
        &browser.screenshot(1200).await,
    );

    let text = browser.open(&format!("{base}/d/{whole}/unit/UNIT-1")).await;
    assert!(
        text.contains("Sales: scorecard") && text.contains("CRM replacement"),
        "{text}"
    );
    save(
        &shots,
        "dashboard-unit.png",
        &browser.screenshot(1200).await,
    );

    let text = browser
        .open(&format!("{base}/d/{whole}/investment/INV-1"))
        .await;
    assert!(
        text.contains("CRM replacement (INV-1): value story"),
        "{text}"
    );
    assert!(
        text.contains("£280,000") && text.contains("churn down 2%"),
        "{text}"
    );
    save(
        &shots,
        "dashboard-investment.png",
        &browser.screenshot(1200).await,
    );
    save(
        &shots,
        "dashboard-investment-phone.png",
        &browser.screenshot(390).await,
    );
    let overflow = browser
        .eval("document.documentElement.scrollWidth <= window.innerWidth + 1")
        .await;
    assert_eq!(overflow, json!(true), "the phone page scrolls sideways");

    let text = browser.open(&format!("{base}/d/{revoked}/")).await;
    assert!(text.contains("This dashboard link was revoked"), "{text}");
    assert!(!text.contains("Sales"));
    let text = browser.open(&format!("{base}/d/{expired}/")).await;
    assert!(text.contains("This dashboard link has expired"), "{text}");
    assert!(
        text.contains("It stopped working on 2020-07-08 09:00 UTC"),
        "{text}"
    );

    drop(stdin);
    drop(browser);
    drop(bot);
}

type Lines = Arc<std::sync::Mutex<Vec<String>>>;

/// The bot's binary on `data`, its console told to make two links and revoke the second;
/// what it prints is gathered line by line.
fn start_bot(data: &Path, cwd: &Path, base: &str) -> (KillOnDrop, std::process::ChildStdin, Lines) {
    let port = base.rsplit(':').next().unwrap();
    let mut bot = KillOnDrop::new(
        Command::new(env!("CARGO_BIN_EXE_valuebridge"))
            .args(["--data-dir", data.to_str().unwrap(), "run"])
            .current_dir(cwd)
            .env("VALUEBRIDGE_SERVER__BIND", format!("127.0.0.1:{port}"))
            .env("VALUEBRIDGE_SERVER__PUBLIC_URL", base)
            .env_remove("RUST_LOG")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut stdin = bot.stdin.take().unwrap();
    let _ = writeln!(stdin, "dashboard\ndashboard Sales\ndashboard revoke LINK-3");
    let lines = Lines::default();
    let out = bot.stdout.take().unwrap();
    let gathered = lines.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            gathered.lock().unwrap().push(line);
        }
    });
    (bot, stdin, lines)
}
