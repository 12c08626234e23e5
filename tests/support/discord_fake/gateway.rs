//! The fake's gateway websocket.

use super::{FakeDiscord, FIXTURES};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::sync::Arc;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message as Ws;

/// The gateway: HELLO, then READY after IDENTIFY, heartbeat acks, and pushed dispatches.
pub(super) async fn gateway(fake: Arc<FakeDiscord>, listener: tokio::net::TcpListener) {
    while let Ok((stream, _)) = listener.accept().await {
        let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
            continue;
        };
        let (tx, mut rx) = mpsc::unbounded_channel::<Value>();
        let hello = std::fs::read_to_string(format!("{FIXTURES}/gateway_hello.json")).unwrap();
        if ws.send(Ws::text(hello)).await.is_err() {
            continue;
        }
        let mut seq = 1u64;
        loop {
            tokio::select! {
                frame = ws.next() => {
                    let Some(Ok(frame)) = frame else { break };
                    let Ok(text) = frame.to_text() else { continue };
                    let Ok(v) = serde_json::from_str::<Value>(text) else { continue };
                    match v["op"].as_u64() {
                        Some(1) => {
                            let _ = ws.send(Ws::text(json!({"op": 11}).to_string())).await;
                        }
                        Some(2) => {
                            *fake.identifies.lock().unwrap() += 1;
                            let mut ready: Value = serde_json::from_str(
                                &std::fs::read_to_string(format!("{FIXTURES}/gateway_ready.json")).unwrap(),
                            )
                            .unwrap();
                            ready["s"] = json!(seq);
                            // Ready for dispatches before the bot can act on READY.
                            *fake.dispatch.lock().unwrap() = Some(tx.clone());
                            let _ = ws.send(Ws::text(ready.to_string())).await;
                            fake.notify.notify_waiters();
                        }
                        _ => {}
                    }
                }
                Some(mut d) = rx.recv() => {
                    seq += 1;
                    d["s"] = json!(seq);
                    if ws.send(Ws::text(d.to_string())).await.is_err() {
                        break;
                    }
                }
            }
        }
    }
}
