//! Serving the router over HTTP/1.1 with limits a public endpoint needs: at most
//! `server.max_connections` connections at once (further ones wait in the kernel's queue
//! until one closes), and a connection that has not sent a complete request's headers within
//! `server.header_timeout_seconds` (a slow client, or a keep-alive connection left idle) is
//! closed. Accepting backs off when it fails (see [`super::accept`]).

use super::accept::{Accept, Backoff};
use axum::body::Body;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tower::ServiceExt;

/// How many connections, and how long a connection may stay without sending a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_connections: usize,
    pub header_timeout: Duration,
}

impl Limits {
    pub fn from_config(config: &crate::config::ServerConfig) -> Limits {
        Limits {
            max_connections: config.max_connections as usize,
            header_timeout: Duration::from_secs(config.header_timeout_seconds),
        }
    }
}

/// Serves `router` on connections from `listener` until `shutdown` completes; then stops
/// accepting, lets requests in progress finish and closes idle connections.
pub async fn serve<A>(
    mut listener: A,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()>
where
    A: Accept,
    A::Conn: AsyncRead + AsyncWrite + Unpin,
{
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let stop = CancellationToken::new();
    let connections = TaskTracker::new();
    let mut backoff = Backoff::new("HTTP server");
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            _ = &mut shutdown => break,
        };
        let io = tokio::select! {
            io = backoff.accept(&mut listener) => io,
            _ = &mut shutdown => break,
        };
        let service = TowerToHyperService::new(
            router
                .clone()
                .map_request(|req: hyper::Request<Incoming>| req.map(Body::new)),
        );
        let stop = stop.clone();
        connections.spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout);
            let conn = builder.serve_connection(TokioIo::new(io), service);
            tokio::pin!(conn);
            tokio::select! {
                result = conn.as_mut() => {
                    if let Err(e) = result {
                        tracing::debug!(error = %e, "HTTP connection ended with an error");
                    }
                }
                _ = stop.cancelled() => {
                    conn.as_mut().graceful_shutdown();
                    if let Err(e) = conn.await {
                        tracing::debug!(error = %e, "HTTP connection ended with an error");
                    }
                }
            }
            drop(slot);
        });
    }
    drop(listener);
    stop.cancel();
    connections.close();
    connections.wait().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::accept::tests::{check_backoff, logs_of, OutOfFiles};
    use axum::routing::get;
    use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream};

    fn router() -> Router {
        Router::new().route("/healthz", get(|| async { "ok\n" }))
    }

    /// Connections handed to the server one by one; counts the accepts it asks for.
    struct Handed {
        conns: tokio::sync::mpsc::UnboundedReceiver<DuplexStream>,
        accepts: Arc<tokio::sync::watch::Sender<u32>>,
    }

    impl Accept for Handed {
        type Conn = DuplexStream;
        async fn accept(&mut self) -> std::io::Result<DuplexStream> {
            self.accepts.send_modify(|n| *n += 1);
            match self.conns.recv().await {
                Some(c) => Ok(c),
                None => std::future::pending().await,
            }
        }
    }

    struct Server {
        hand: tokio::sync::mpsc::UnboundedSender<DuplexStream>,
        accepts: tokio::sync::watch::Receiver<u32>,
    }

    impl Server {
        fn start(limits: Limits) -> Server {
            let (hand, conns) = tokio::sync::mpsc::unbounded_channel();
            let (accepts, watch) = tokio::sync::watch::channel(0);
            let listener = Handed {
                conns,
                accepts: Arc::new(accepts),
            };
            tokio::spawn(serve(listener, router(), limits, std::future::pending()));
            Server {
                hand,
                accepts: watch,
            }
        }

        fn connect(&self) -> DuplexStream {
            let (client, server) = tokio::io::duplex(64 * 1024);
            self.hand.send(server).unwrap();
            client
        }
    }

    const GET: &[u8] = b"GET /healthz HTTP/1.1\r\nHost: bot\r\n\r\n";

    /// Reads one response to GET /healthz (its body is "ok\n").
    async fn read_response(c: &mut DuplexStream) -> String {
        let mut got = Vec::new();
        let mut buf = [0u8; 1024];
        while !got.ends_with(b"ok\n") {
            let n = c.read(&mut buf).await.unwrap();
            assert!(n > 0, "closed before the response");
            got.extend_from_slice(&buf[..n]);
        }
        String::from_utf8(got).unwrap()
    }

    /// Waits until the server closes the connection.
    async fn closed(c: &mut DuplexStream) {
        let mut buf = [0u8; 1024];
        let n = tokio::time::timeout(Duration::from_secs(20), c.read(&mut buf))
            .await
            .expect("the server closed the connection")
            .unwrap_or(0);
        assert_eq!(n, 0, "{}", String::from_utf8_lossy(&buf[..n]));
    }

    #[tokio::test]
    async fn silent_and_idle_connections_are_closed_after_the_header_timeout() {
        let server = Server::start(Limits {
            max_connections: 8,
            header_timeout: Duration::from_millis(50),
        });
        // Sends nothing at all.
        let mut silent = server.connect();
        closed(&mut silent).await;
        // Sends half a request and stalls.
        let mut slow = server.connect();
        slow.write_all(b"GET /healthz HTTP/1.1\r\nHo")
            .await
            .unwrap();
        closed(&mut slow).await;
        // Keep-alive: answered, then closed once idle.
        let mut idle = server.connect();
        idle.write_all(GET).await.unwrap();
        assert!(read_response(&mut idle).await.starts_with("HTTP/1.1 200"));
        closed(&mut idle).await;
    }

    #[tokio::test]
    async fn connections_beyond_the_cap_wait_for_a_free_slot() {
        let mut server = Server::start(Limits {
            max_connections: 2,
            header_timeout: Duration::from_secs(3600),
        });
        let mut a = server.connect();
        let mut b = server.connect();
        let mut c = server.connect();
        for conn in [&mut a, &mut b] {
            conn.write_all(GET).await.unwrap();
            read_response(conn).await;
        }
        c.write_all(GET).await.unwrap();
        // Both slots are taken by open connections: the server asks for no third one.
        for _ in 0..100 {
            tokio::task::yield_now().await;
        }
        assert_eq!(*server.accepts.borrow(), 2);
        drop(a);
        server.accepts.wait_for(|n| *n >= 3).await.unwrap();
        assert!(read_response(&mut c).await.starts_with("HTTP/1.1 200"));
        b.write_all(GET).await.unwrap();
        read_response(&mut b).await;
    }

    #[tokio::test]
    async fn failing_accepts_back_off_and_log_once_a_second() {
        let listener = OutOfFiles::<DuplexStream>::new(200);
        let (waits, exhausted) = (listener.waits.clone(), listener.exhausted.clone());
        let limits = Limits {
            max_connections: 8,
            header_timeout: Duration::from_secs(1),
        };
        let (result, logs) = logs_of(serve(listener, router(), limits, async move {
            exhausted.cancelled().await
        }))
        .await;
        result.unwrap();
        check_backoff(&waits.lock().unwrap(), &logs, 200);
    }
}
