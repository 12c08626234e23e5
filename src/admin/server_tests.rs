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

/// A connection that has said hello and opened a chat session, so it holds its place.
async fn chatting(path: &std::path::Path) -> UnixStream {
    let mut conn = UnixStream::connect(path).await.unwrap();
    let answer = hello(&mut conn).await;
    assert!(
        matches!(answer, Some(ServerFrame::Welcome { .. })),
        "{answer:?}"
    );
    write_frame(
        &mut conn,
        &ClientFrame::ChatStart {
            tenant: "local".into(),
            channel: "general".into(),
            user: "alice".into(),
            role: valuebridge_chat::Role::Admin,
        },
    )
    .await
    .unwrap();
    conn
}

async fn hello(conn: &mut UnixStream) -> Option<ServerFrame> {
    write_frame(
        conn,
        &ClientFrame::Hello {
            protocol: PROTOCOL_VERSION,
            version: "test".into(),
        },
    )
    .await
    .unwrap();
    read_frame(conn).await.unwrap()
}

#[tokio::test]
async fn connections_beyond_the_cap_are_refused_until_one_closes() {
    let dir = tempfile::tempdir().unwrap();
    let store = crate::store::Store::open(&dir.path().join("data")).unwrap();
    let mut config = crate::config::Config::default();
    config.admin.max_connections = 2;
    let clock = crate::clock::ManualClock::new(chrono::Utc::now());
    let service = Service::new(store, Arc::new(config), Arc::new(clock)).unwrap();
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

    let mut first = chatting(&path).await;
    let mut second = chatting(&path).await;

    // The third is told why, in words, and nothing of it is read.
    let mut third = UnixStream::connect(&path).await.unwrap();
    let answer = hello(&mut third).await;
    let Some(ServerFrame::Refused { message }) = answer else {
        panic!("{answer:?}")
    };
    assert!(
        message.contains("already serving 2 admin connections")
            && message.contains("admin.max_connections"),
        "{message}"
    );

    // The first two still work.
    for conn in [&mut first, &mut second] {
        write_frame(
            &mut *conn,
            &ClientFrame::ChatLine {
                text: "units".into(),
            },
        )
        .await
        .unwrap();
        let answer: Option<ServerFrame> = read_frame(&mut *conn).await.unwrap();
        let Some(ServerFrame::ChatText { text }) = answer else {
            panic!("{answer:?}")
        };
        assert!(!text.is_empty());
    }

    // Closing one frees its place: once the bot has closed it, a new client is welcome.
    write_frame(&mut first, &ClientFrame::ChatEnd)
        .await
        .unwrap();
    loop {
        match read_frame::<_, ServerFrame>(&mut first).await.unwrap() {
            Some(ServerFrame::ChatDone) => continue,
            None => break,
            other => panic!("{other:?}"),
        }
    }
    let mut fourth = UnixStream::connect(&path).await.unwrap();
    let answer = hello(&mut fourth).await;
    assert!(
        matches!(answer, Some(ServerFrame::Welcome { .. })),
        "{answer:?}"
    );
    stop.cancel();
}
