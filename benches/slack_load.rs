//! Load generator: signed Slack slash commands over HTTP against the real bot, at a chosen
//! rate and concurrency; reports throughput and acknowledgement latency percentiles.
//! Every command logs a note, so every acknowledgement waits for a durable write.
//!
//!   cargo bench --bench slack_load -- [--rate N] [--concurrency N] [--seconds N]
//!
//! `--rate 0` sends as fast as the connections allow (to find the maximum sustained rate).
//! Latency is measured from each request's scheduled send time (open loop), so queueing
//! delay counts. The bot runs in the same process on 127.0.0.1, on a temporary store.
//!
//! `--url 127.0.0.1:PORT/PATH` drives a server that is already running instead (a
//! `valuebridge run`, or a peer of the side-by-side harness), signing with
//! `LOAD_SIGNING_SECRET` (default `perf-secret-123`, the harness's) as workspace
//! `T0PERF0001`, whose unit "Sales" the server must already have. Unlike a replayed
//! request, every command has its own `trigger_id`, so every one is a new durable write.
//!
//! `--text 'show NOTE-1'` sends that command text every time instead of a new note: fresh
//! reads, each with its own `trigger_id` (run, answered and its answer kept, never a replay).

use chrono::Utc;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

const SECRET: &str = "load-test-secret";

/// Who sends, and with which secret: the in-process bot's, or an external server's.
struct Sender {
    secret: String,
    team: &'static str,
    path: String,
}

static SENDER: std::sync::OnceLock<Sender> = std::sync::OnceLock::new();

fn sender() -> &'static Sender {
    SENDER.get_or_init(|| Sender {
        secret: SECRET.into(),
        team: "T1",
        path: "/slack/commands".into(),
    })
}

/// `--url HOST:PORT/PATH`: the address and the sender for an external server.
fn external() -> Option<SocketAddr> {
    let args: Vec<String> = std::env::args().collect();
    let url = args
        .iter()
        .position(|a| a == "--url")
        .and_then(|i| args.get(i + 1))?;
    let url = url.trim_start_matches("http://");
    let (host, path) = url.split_once('/').unwrap_or((url, "slack/commands"));
    let addr: SocketAddr = host.parse().expect("--url 127.0.0.1:PORT/PATH");
    assert!(addr.ip().is_loopback(), "--url must be a loopback address");
    let secret = std::env::var("LOAD_SIGNING_SECRET").unwrap_or_else(|_| "perf-secret-123".into());
    let _ = SENDER.set(Sender {
        secret,
        team: "T0PERF0001",
        path: format!("/{path}"),
    });
    Some(addr)
}

/// The allocator the `valuebridge` binary uses (src/main.rs), so the figures are its.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn signed_request(text: &str) -> Vec<u8> {
    // Each command has its own trigger_id, as Slack gives each; a repeated one is not run.
    static TRIGGERS: AtomicU64 = AtomicU64::new(1);
    let trigger = format!("{}.2.3", TRIGGERS.fetch_add(1, Ordering::Relaxed));
    let from = sender();
    let body = serde_urlencoded::to_string([
        ("team_id", from.team),
        ("channel_id", "C1"),
        ("user_id", "U1"),
        ("command", "/value"),
        ("text", text),
        ("response_url", "https://hooks.slack.com/commands/T1/1/x"),
        ("trigger_id", &trigger),
    ])
    .unwrap();
    let ts = Utc::now().timestamp().to_string();
    let mut mac = Hmac::<Sha256>::new_from_slice(from.secret.as_bytes()).unwrap();
    mac.update(format!("v0:{ts}:{body}").as_bytes());
    let sig = format!("v0={}", hex::encode(mac.finalize().into_bytes()));
    format!(
        "POST {} HTTP/1.1\r\nHost: bot\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {sig}\r\nContent-Length: {}\r\n\r\n{body}",
        from.path,
        body.len()
    )
    .into_bytes()
}

/// Reads one HTTP response; returns its status.
async fn read_response<R: tokio::io::AsyncBufRead + Unpin>(r: &mut R) -> std::io::Result<u16> {
    let mut line = String::new();
    r.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut length = 0usize;
    loop {
        line.clear();
        r.read_line(&mut line).await?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; length];
    r.read_exact(&mut body).await?;
    Ok(status)
}

async fn start_bot() -> SocketAddr {
    let dir = Box::leak(Box::new(tempfile::tempdir().unwrap()));
    let mut config = valuebridge::config::Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.slack.api_url = "http://127.0.0.1:9/api".into();
    let store = valuebridge::store::Store::open(dir.path()).unwrap();
    let service = valuebridge::service::Service::new(
        store,
        Arc::new(config),
        Arc::new(valuebridge::clock::SystemClock),
    )
    .unwrap();
    let env = [
        ("SLACK_BOT_TOKEN".to_string(), "xoxb-load".to_string()),
        ("SLACK_SIGNING_SECRET".to_string(), SECRET.to_string()),
    ]
    .into();
    let secrets = valuebridge::secrets::Secrets::from_env(&env).unwrap();
    let (tx, rx) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
        valuebridge::bot::run::<tokio::io::Empty, tokio::io::Sink>(
            service,
            secrets,
            None,
            move |a| {
                let _ = tx.send(a);
            },
            std::future::pending(),
        )
        .await
    });
    rx.await.unwrap()
}

#[tokio::main]
async fn main() {
    if std::env::args().any(|a| a == "--list" || a == "--test") {
        return; // `cargo test --benches` and `--list` probes: nothing to run
    }
    let rate = arg("--rate", 1000);
    let concurrency = arg("--concurrency", 32).max(1);
    let seconds = arg("--seconds", 10);
    let text: Option<Arc<str>> = {
        let args: Vec<String> = std::env::args().collect();
        args.iter()
            .position(|a| a == "--text")
            .and_then(|i| args.get(i + 1))
            .map(|t| t.as_str().into())
    };
    let outside = external();
    let addr = match outside {
        Some(addr) => addr,
        None => start_bot().await,
    };
    if outside.is_none() {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(&signed_request("unit add Sales"))
            .await
            .unwrap();
        let mut r = BufReader::new(s);
        assert_eq!(read_response(&mut r).await.unwrap(), 200);
    }
    let next = Arc::new(AtomicU64::new(0));
    let latencies = Arc::new(Mutex::new(Vec::<Duration>::new()));
    let errors = Arc::new(AtomicU64::new(0));
    let start = tokio::time::Instant::now() + Duration::from_millis(100);
    let end = start + Duration::from_secs(seconds);
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (next, latencies, errors) = (next.clone(), latencies.clone(), errors.clone());
        let text = text.clone();
        workers.push(tokio::spawn(async move {
            let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
            stream.set_nodelay(true).unwrap();
            let (r, mut w) = stream.into_split();
            let mut r = BufReader::new(r);
            let mut mine = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let scheduled = match (i * 1_000_000_000).checked_div(rate) {
                    Some(nanos) => start + Duration::from_nanos(nanos),
                    None => tokio::time::Instant::now(), // --rate 0: as fast as possible
                };
                if scheduled >= end {
                    break;
                }
                tokio::time::sleep_until(scheduled).await;
                let req = match &text {
                    Some(text) => signed_request(text),
                    None => signed_request(&format!("note Sales: load test meeting {i}")),
                };
                if w.write_all(&req).await.is_err() {
                    errors.fetch_add(1, Ordering::Relaxed);
                    break;
                }
                match read_response(&mut r).await {
                    Ok(200) => mine.push(scheduled.elapsed()),
                    _ => {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            }
            latencies.lock().unwrap().extend(mine);
        }));
    }
    let began = Instant::now();
    for w in workers {
        w.await.unwrap();
    }
    let elapsed = began.elapsed().as_secs_f64() - 0.1;
    let mut l = latencies.lock().unwrap().clone();
    l.sort();
    let pct = |p: f64| {
        l.get(((l.len() as f64 * p) as usize).min(l.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let ms = |d: Duration| format!("{:.2} ms", d.as_secs_f64() * 1000.0);
    match &text {
        Some(text) => println!("slack slash commands (`{text}`, a new trigger_id each)"),
        None => println!("slack slash commands (durable note per command)"),
    }
    println!(
        "  target rate   {}",
        if rate == 0 {
            "unlimited".to_string()
        } else {
            format!("{rate}/s")
        }
    );
    println!("  concurrency   {concurrency}");
    println!(
        "  acknowledged  {} in {:.1} s = {:.0}/s",
        l.len(),
        elapsed,
        l.len() as f64 / elapsed
    );
    println!("  errors        {}", errors.load(Ordering::Relaxed));
    println!(
        "  latency       p50 {}  p90 {}  p99 {}  max {}",
        ms(pct(0.50)),
        ms(pct(0.90)),
        ms(pct(0.99)),
        ms(pct(1.0))
    );
}
