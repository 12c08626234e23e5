//! The admin socket's accept loop and its first frame, driven through the real `serve`.

use super::server::serve;
use crate::admin::protocol::{read_frame, write_frame, ClientFrame, ServerFrame, PROTOCOL_VERSION};
use crate::server::accept::tests::{check_backoff, logs_of, OutOfFiles};
use crate::service::Service;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::AsyncWriteExt;
use tokio::net::UnixStream;
use tokio_util::sync::CancellationToken;

fn service(dir: &std::path::Path) -> Service {
    let store = crate::store::Store::open(&dir.join("data")).unwrap();
    let clock = crate::clock::ManualClock::new(chrono::Utc::now());
    Service::new(store, Arc::new(Default::default()), Arc::new(clock)).unwrap()
}

#[tokio::test]
async fn failing_accepts_back_off_and_log_once_a_second() {
    let dir = tempfile::tempdir().unwrap();
    let listener = OutOfFiles::<UnixStream>::new(200);
    let (waits, exhausted) = (listener.waits.clone(), listener.exhausted.clone());
    let ((), logs) = logs_of(serve(
        listener,
        dir.path().join("admin.sock"),
        service(dir.path()),
        Default::default(),
        exhausted,
    ))
    .await;
    check_backoff(&waits.lock().unwrap(), &logs, 200);
}

#[tokio::test]
async fn a_first_frame_larger_than_a_hello_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let service = service(dir.path());
    let path = dir.path().join("admin.sock");
    let listener = tokio::net::UnixListener::bind(&path).unwrap();
    let stop = CancellationToken::new();
    tokio::spawn(serve(
        listener,
        path.clone(),
        service,
        Default::default(),
        stop.clone(),
    ));

    // A length prefix of a megabyte, and then nothing: refused at once, not awaited.
    let mut conn = UnixStream::connect(&path).await.unwrap();
    conn.write_all(&1_000_000u32.to_be_bytes()).await.unwrap();
    let answer = tokio::time::timeout(Duration::from_secs(20), read_frame(&mut conn))
        .await
        .expect("refused without waiting for the frame")
        .unwrap();
    let Some(ServerFrame::Refused { message }) = answer else {
        panic!("{answer:?}")
    };
    assert!(
        message.contains("starts with a hello") && message.contains("too large"),
        "{message}"
    );

    // A hello is still welcome.
    let mut conn = UnixStream::connect(&path).await.unwrap();
    write_frame(
        &mut conn,
        &ClientFrame::Hello {
            protocol: PROTOCOL_VERSION,
            version: "test".into(),
        },
    )
    .await
    .unwrap();
    let answer: Option<ServerFrame> = read_frame(&mut conn).await.unwrap();
    assert!(
        matches!(answer, Some(ServerFrame::Welcome { .. })),
        "{answer:?}"
    );
    stop.cancel();
}
