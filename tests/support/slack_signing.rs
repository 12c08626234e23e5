//! What Slack puts on every request it sends the bot: a `v0` HMAC-SHA256 signature of
//! `v0:<timestamp>:<body>` under the app's signing secret, in two headers. One copy for
//! every test that plays Slack's side; the bot checks the timestamp's age against the
//! system clock, so these use it too. Include it with
//! `#[path = "support/slack_signing.rs"] mod slack_signing;`.

#![allow(
    dead_code,
    reason = "each Slack test file uses a different part of the signing"
)]

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The `v0=` signature Slack sends for `body` at `ts` (seconds since the epoch).
pub fn signature(secret: &str, ts: &str, body: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("v0:{ts}:{body}").as_bytes());
    format!("v0={}", hex::encode(mac.finalize().into_bytes()))
}

/// The two headers Slack signs `body` with, now.
pub fn headers(secret: &str, body: &str) -> [(&'static str, String); 2] {
    let ts = chrono::Utc::now().timestamp().to_string();
    let sig = signature(secret, &ts, body);
    [
        ("x-slack-request-timestamp", ts),
        ("x-slack-signature", sig),
    ]
}

/// A raw HTTP/1.1 POST with these extra headers: the status and the body.
pub async fn post_raw(
    addr: SocketAddr,
    path: &str,
    content_type: &str,
    headers: &[(&str, String)],
    body: &str,
) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut req = format!("POST {path} HTTP/1.1\r\nHost: bot\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    s.write_all(body.as_bytes()).await.unwrap();
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).await.unwrap();
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// A POST signed as Slack signs it: the status and the body.
pub async fn post_signed(
    addr: SocketAddr,
    secret: &str,
    path: &str,
    content_type: &str,
    body: &str,
) -> (u16, String) {
    post_raw(addr, path, content_type, &headers(secret, body), body).await
}
