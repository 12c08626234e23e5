//! The Slack adapter in Socket Mode, end to end: a loopback fake of Slack serves
//! `apps.connections.open` and the Web API, and a websocket that speaks Socket Mode's
//! envelopes. Nothing reaches Slack; every wait is on an event, bounded.

#[path = "../support/mod.rs"]
mod support;

mod connection_and_envelopes;
mod forms_and_org_wide;

use chrono::{TimeZone, Utc};
use futures_util::{SinkExt, StreamExt};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::Store;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/slack");
const WAIT: Duration = Duration::from_secs(20);

#[path = "../support/slack_fake.rs"]
mod slack_fake;
use slack_fake::{FakeSlack, Users, Workspace, Ws};

/// Starts the fake: its Web API address, and the websocket connections the bot opens.
async fn start_fake() -> (SocketAddr, Arc<FakeSlack>, mpsc::UnboundedReceiver<Ws>) {
    slack_fake::start_socket_mode(Workspace {
        bot_user: "U0LAN0Z89",
        channel: "C123ABC456",
        users: Users::Alice,
        ..Workspace::default()
    })
    .await
}

struct Bot {
    addr: SocketAddr,
    store: Store,
    fake: Arc<FakeSlack>,
    conns: mpsc::UnboundedReceiver<Ws>,
    stop: tokio::sync::oneshot::Sender<()>,
    run: tokio::task::JoinHandle<anyhow::Result<()>>,
}

/// The bot with only the bot and app tokens: Socket Mode, no HTTP routes for Slack.
async fn start_bot() -> Bot {
    let (fake_addr, fake, conns) = start_fake().await;
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.slack.api_url = format!("http://{fake_addr}/api");
    config.slack.socket_connections = 1;
    let store = Store::temporary().unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    ));
    let service =
        valuebridge::service::Service::new(store.clone(), Arc::new(config), clock).unwrap();
    let env = [
        ("SLACK_BOT_TOKEN".to_string(), "xoxb-test".to_string()),
        ("SLACK_APP_TOKEN".to_string(), "xapp-test".to_string()),
    ]
    .into();
    let running = support::run_bot(service, &env).await.unwrap();
    Bot {
        addr: running.addr,
        store,
        fake,
        conns,
        stop: running.stop,
        run: running.run,
    }
}

impl Bot {
    /// The next websocket connection the bot opens.
    async fn connection(&mut self) -> Ws {
        tokio::time::timeout(WAIT, self.conns.recv())
            .await
            .expect("the bot connected to the Socket Mode websocket")
            .unwrap()
    }

    /// Waits until the fake Web API has seen what `ready` looks for.
    async fn wait_for(&self, ready: impl Fn(&FakeSlack) -> bool) {
        self.fake.wait_for(ready).await
    }

    async fn readyz(&self) -> (u16, String) {
        let mut s = TcpStream::connect(self.addr).await.unwrap();
        s.write_all(b"GET /readyz HTTP/1.1\r\nHost: bot\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut buf = String::new();
        s.read_to_string(&mut buf).await.unwrap();
        let status = buf.split_whitespace().nth(1).unwrap().parse().unwrap();
        let body = buf.split_once("\r\n\r\n").unwrap().1.to_string();
        (status, body)
    }
}

async fn send(ws: &mut Ws, frame: serde_json::Value) {
    ws.send(Message::Text(frame.to_string().into()))
        .await
        .unwrap();
}

/// The next JSON frame from the bot (pings and pongs skipped).
async fn receive(ws: &mut Ws) -> serde_json::Value {
    tokio::time::timeout(WAIT, async {
        loop {
            match ws.next().await {
                Some(Ok(Message::Text(t))) => return serde_json::from_str(&t).unwrap(),
                Some(Ok(_)) => continue,
                other => panic!("the connection ended: {other:?}"),
            }
        }
    })
    .await
    .expect("the bot answered on the websocket")
}

fn fixture(name: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURES}/{name}")).unwrap()).unwrap()
}

async fn hello(ws: &mut Ws) {
    let mut frame = fixture("socket_mode_hello.json");
    frame["num_connections"] = 1.into();
    send(ws, frame).await;
}

/// A `/value` slash command envelope in the fixture's shape; returns the bot's ack.
async fn slash(
    ws: &mut Ws,
    envelope_id: &str,
    team: &str,
    user: &str,
    text: &str,
) -> serde_json::Value {
    let mut frame = fixture("socket_mode_slash_command.json");
    frame["envelope_id"] = envelope_id.into();
    let p = &mut frame["payload"];
    p["team_id"] = team.into();
    p["channel_id"] = "C123ABC456".into();
    p["user_id"] = user.into();
    p["command"] = "/value".into();
    p["text"] = text.into();
    // Each command has its own trigger_id, as Slack gives each; a repeated one is not run.
    static TRIGGERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let trigger = TRIGGERS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    p["trigger_id"] = format!("{trigger}.222.xxx").into();
    send(ws, frame).await;
    receive(ws).await
}
