//! The whole bot in-process on 127.0.0.1:0: health, readiness and metrics over real HTTP,
//! and a shutdown that waits for in-flight work.

use chrono::{TimeZone, Utc};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::store::Store;

/// A minimal HTTP/1.1 GET: status code and body.
async fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = String::new();
    s.read_to_string(&mut buf).await.unwrap();
    let status = buf.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = buf
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

struct Running {
    addr: SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    done: tokio::task::JoinHandle<anyhow::Result<()>>,
    console_in: tokio::io::DuplexStream,
    console_out: BufReader<tokio::io::DuplexStream>,
    store: Store,
    service: valuebridge::service::Service,
}

async fn start(dir: &std::path::Path) -> Running {
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.server.shutdown_grace_seconds = 30;
    let store = Store::open(dir).unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    ));
    let (console_in, bot_in) = tokio::io::duplex(1 << 16);
    let (bot_out, console_out) = tokio::io::duplex(1 << 16);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (addr_tx, addr_rx) = tokio::sync::oneshot::channel();
    let io = valuebridge::bot::ConsoleIo {
        input: BufReader::new(bot_in),
        output: bot_out,
        prompt: false,
        posts: None,
    };
    let service =
        valuebridge::service::Service::new(store.clone(), Arc::new(config), clock).unwrap();
    let s = service.clone();
    let done = tokio::spawn(async move {
        valuebridge::bot::run(
            s,
            Default::default(),
            Some(io),
            move |a| {
                let _ = addr_tx.send(a);
            },
            async move {
                let _ = stopped.await;
            },
        )
        .await
    });
    let addr = addr_rx.await.unwrap();
    Running {
        addr,
        stop,
        done,
        console_in,
        console_out: BufReader::new(console_out),
        store,
        service,
    }
}

impl Running {
    /// Sends a console line and reads the output until a line containing `expected`.
    async fn say(&mut self, line: &str, expected: &str) -> String {
        self.console_in
            .write_all(format!("{line}\n").as_bytes())
            .await
            .unwrap();
        let mut out = String::new();
        while !out.contains(expected) {
            let mut l = String::new();
            let n =
                tokio::time::timeout(Duration::from_secs(20), self.console_out.read_line(&mut l))
                    .await
                    .expect("a reply")
                    .unwrap();
            assert!(n > 0, "console closed; got so far:\n{out}");
            out.push_str(&l);
        }
        out
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_readiness_and_metrics_over_http() {
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start(dir.path()).await;
    assert_eq!(get(bot.addr, "/healthz").await, (200, "ok\n".into()));
    let (status, body) = get(bot.addr, "/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("\"ready\":true"), "{body}");
    bot.say("unit add Sales", "Logged business unit UNIT-1 Sales")
        .await;
    bot.say("decide INV-4 approve", "There is no INV-4").await;
    let (status, metrics) = get(bot.addr, "/metrics").await;
    assert_eq!(status, 200);
    for line in [
        "valuebridge_commands_total{command=\"unit_add\",platform=\"console\",outcome=\"ok\"}",
        "valuebridge_commands_total{command=\"decide\",platform=\"console\",outcome=\"user_error\"}",
        "valuebridge_records_written_total",
        "valuebridge_store_size_bytes",
        "valuebridge_build_info{version=",
    ] {
        assert!(metrics.contains(line), "missing {line} in\n{metrics}");
    }
    assert_eq!(get(bot.addr, "/nope").await.0, 404);
    bot.stop.send(()).unwrap();
    bot.done.await.unwrap().unwrap();
    // The port is closed after shutdown.
    assert!(tokio::net::TcpStream::connect(bot.addr).await.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_waits_for_in_flight_work_then_flushes() {
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start(dir.path()).await;
    bot.say("unit add Sales", "UNIT-1").await;
    // A command still being handled holds a token of the in-flight tracker.
    let in_flight = bot.service.in_flight().token();
    bot.stop.send(()).unwrap();
    let mut done = bot.done;
    // While it runs, the bot does not stop (well inside the 30 s grace period).
    assert!(
        tokio::time::timeout(Duration::from_millis(300), &mut done)
            .await
            .is_err(),
        "stopped with work in flight"
    );
    drop(in_flight);
    tokio::time::timeout(Duration::from_secs(20), done)
        .await
        .expect("the bot stops")
        .unwrap()
        .unwrap();
    assert_eq!(
        bot.store
            .log_len(&valuebridge::ids::TenantId::local())
            .unwrap(),
        1
    );
}
