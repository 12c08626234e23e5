//! Accepting connections without spinning. When `accept` fails for a reason that is not
//! about one connection (out of file descriptors, out of memory), calling it again at once
//! fails again at once: a loop that does so burns a core and writes millions of log lines.
//! Every accept loop (the HTTP server, the admin socket) goes through [`Backoff`]: it waits
//! 10 ms after the first failure, doubling up to 1 s, and logs at most one line per second
//! spent waiting (with the count of failures it did not log).

use std::future::Future;
use std::io;
use std::time::Duration;

/// The first wait after a failed accept.
pub const FIRST_WAIT: Duration = Duration::from_millis(10);
/// The longest wait between accepts while they keep failing.
pub const LONGEST_WAIT: Duration = Duration::from_secs(1);
/// At most one log line about failing accepts per this interval.
pub const LOG_EVERY: Duration = Duration::from_secs(1);

/// Something connections are accepted from: a listener, or a test's stand-in for one.
pub trait Accept: Send {
    type Conn: Send + 'static;
    fn accept(&mut self) -> impl Future<Output = io::Result<Self::Conn>> + Send;
    /// Waits before the next attempt after a failure. A test's stand-in records the wait
    /// instead of taking it.
    fn pause(&mut self, wait: Duration) -> impl Future<Output = ()> + Send {
        tokio::time::sleep(wait)
    }
}

impl Accept for tokio::net::TcpListener {
    type Conn = tokio::net::TcpStream;
    async fn accept(&mut self) -> io::Result<Self::Conn> {
        tokio::net::TcpListener::accept(self).await.map(|(s, _)| s)
    }
}

impl Accept for tokio::net::UnixListener {
    type Conn = tokio::net::UnixStream;
    async fn accept(&mut self) -> io::Result<Self::Conn> {
        tokio::net::UnixListener::accept(self).await.map(|(s, _)| s)
    }
}

/// The state of one accept loop: how long to wait after the next failure, and what has
/// been logged.
pub struct Backoff {
    /// Names the loop in log lines ("HTTP server", "admin socket").
    what: &'static str,
    wait: Duration,
    /// Time spent waiting since the last log line (`None`: nothing logged yet).
    waited_since_log: Option<Duration>,
    unlogged: u64,
}

impl Backoff {
    pub fn new(what: &'static str) -> Backoff {
        Backoff {
            what,
            wait: FIRST_WAIT,
            waited_since_log: None,
            unlogged: 0,
        }
    }

    /// The next connection. Failures that concern only the connection being accepted (the
    /// peer gave up) are retried at once; any other failure waits, longer each time.
    pub async fn accept<A: Accept>(&mut self, listener: &mut A) -> A::Conn {
        loop {
            match listener.accept().await {
                Ok(conn) => {
                    self.wait = FIRST_WAIT;
                    return conn;
                }
                Err(e) if concerns_one_connection(&e) => continue,
                Err(e) => {
                    self.log(&e);
                    listener.pause(self.wait).await;
                    if let Some(waited) = &mut self.waited_since_log {
                        *waited += self.wait;
                    }
                    self.wait = (self.wait * 2).min(LONGEST_WAIT);
                }
            }
        }
    }

    fn log(&mut self, e: &io::Error) {
        // Failures are at least `wait` apart, so the time spent waiting measures the interval
        // without reading a clock.
        if self.waited_since_log.is_some_and(|w| w < LOG_EVERY) {
            self.unlogged += 1;
            return;
        }
        tracing::warn!(
            listener = self.what,
            error = %e,
            retry_in_ms = self.wait.as_millis() as u64,
            failures_not_logged = self.unlogged,
            "cannot accept connections; backing off (if this says too many open files, raise the limit: LimitNOFILE= in the systemd unit, or ulimit -n)"
        );
        self.waited_since_log = Some(Duration::ZERO);
        self.unlogged = 0;
    }
}

/// Errors about the one connection being accepted, not the listener.
fn concerns_one_connection(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionRefused
            | io::ErrorKind::Interrupted
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};
    use tokio_util::sync::CancellationToken;

    /// A listener whose `accept` fails with "too many open files" `failures` times, then
    /// cancels `exhausted` and never returns. It records each wait instead of taking it.
    pub(crate) struct OutOfFiles<C> {
        pub failures: u64,
        pub calls: u64,
        pub waits: Arc<Mutex<Vec<Duration>>>,
        pub exhausted: CancellationToken,
        pub conn: std::marker::PhantomData<fn() -> C>,
    }

    impl<C> OutOfFiles<C> {
        pub fn new(failures: u64) -> OutOfFiles<C> {
            OutOfFiles {
                failures,
                calls: 0,
                waits: Default::default(),
                exhausted: CancellationToken::new(),
                conn: std::marker::PhantomData,
            }
        }
    }

    impl<C: Send + 'static> Accept for OutOfFiles<C> {
        type Conn = C;
        async fn accept(&mut self) -> io::Result<C> {
            self.calls += 1;
            if self.calls <= self.failures {
                return Err(io::Error::from_raw_os_error(24)); // EMFILE
            }
            self.exhausted.cancel();
            std::future::pending().await
        }
        async fn pause(&mut self, wait: Duration) {
            self.waits.lock().unwrap().push(wait);
        }
    }

    /// Log lines written while `f` runs on this thread.
    pub(crate) async fn logs_of<F: Future>(f: F) -> (F::Output, String) {
        #[derive(Clone, Default)]
        struct Buf(Arc<Mutex<Vec<u8>>>);
        impl std::io::Write for Buf {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0.lock().unwrap().extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let buf = Buf::default();
        let writer = buf.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let out = f.await;
        let text = String::from_utf8_lossy(&buf.0.lock().unwrap()).into_owned();
        (out, text)
    }

    /// The waits a loop took and the warnings it logged for `failures` failed accepts.
    pub(crate) fn check_backoff(waits: &[Duration], logs: &str, failures: usize) {
        assert_eq!(waits.len(), failures, "one wait per failure");
        let ms: Vec<u128> = waits.iter().take(9).map(|w| w.as_millis()).collect();
        assert_eq!(ms, [10, 20, 40, 80, 160, 320, 640, 1000, 1000]);
        assert!(waits.iter().all(|w| *w <= LONGEST_WAIT));
        let total: Duration = waits.iter().sum();
        let warnings = logs.matches("cannot accept connections").count();
        assert!(warnings >= 1, "{logs}");
        assert!(
            warnings as u64 <= total.as_secs() + 1,
            "{warnings} warnings over {total:?} of failures"
        );
        assert!(logs.contains("Too many open files"), "{logs}");
    }

    #[tokio::test]
    async fn failing_accepts_back_off_to_one_a_second_and_log_once_a_second() {
        let mut listener = OutOfFiles::<()>::new(300);
        let waits = listener.waits.clone();
        let exhausted = listener.exhausted.clone();
        let mut backoff = Backoff::new("test");
        let ((), logs) = logs_of(async {
            tokio::select! {
                _ = backoff.accept(&mut listener) => unreachable!("it never accepts"),
                _ = exhausted.cancelled() => {}
            }
        })
        .await;
        check_backoff(&waits.lock().unwrap(), &logs, 300);
        assert!(
            logs.matches("cannot accept connections").count() >= 250,
            "{logs}"
        );
    }
}
