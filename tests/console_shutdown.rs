//! `valuebridge run` stops on SIGTERM whatever its stdin is: an open pipe nobody writes to
//! (as supervisors often leave it) must not hold the process after a clean shutdown. And
//! the end of a piped stdin leaves the service running.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStderr, Command, Stdio};
use std::time::{Duration, Instant};

/// The bot process, killed if a test fails before it stops it.
struct Bot {
    child: Child,
    /// The log, until it is handed to a thread that drains it.
    stderr: Option<BufReader<ChildStderr>>,
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Bot {
    fn start(dir: &Path) -> Bot {
        let mut child = Command::new(env!("CARGO_BIN_EXE_valuebridge"))
            .args(["--data-dir", dir.to_str().unwrap(), "run"])
            .current_dir(std::env::temp_dir())
            .env_remove("RUST_LOG")
            .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:0")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Some(BufReader::new(child.stderr.take().unwrap()));
        let mut bot = Bot { child, stderr };
        bot.wait_for_log("valuebridge is running");
        bot
    }

    fn wait_for_log(&mut self, wanted: &str) {
        let mut line = String::new();
        while !line.contains(wanted) {
            line.clear();
            let log = self.stderr.as_mut().expect("the log is still read here");
            let n = log.read_line(&mut line).unwrap();
            assert!(n > 0, "the bot exited before logging {wanted:?}");
        }
    }

    fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// The exit status, once the process has exited; `None` if it is still running after
    /// `limit` (a generous bound: the shutdown itself takes milliseconds).
    fn exit_within(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let deadline = Instant::now() + limit;
        // Drain the log so the bot never blocks writing it.
        if let Some(mut log) = self.stderr.take() {
            std::thread::spawn(move || std::io::copy(&mut log, &mut std::io::sink()));
        }
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

#[test]
fn sigterm_stops_the_bot_while_an_open_stdin_pipe_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut bot = Bot::start(dir.path());
    // stdin stays open and silent for the whole test.
    assert!(bot.child.stdin.is_some());
    bot.terminate();
    let status = bot
        .exit_within(Duration::from_secs(60))
        .expect("the bot exits after SIGTERM although stdin is an open pipe");
    assert!(status.success(), "a clean shutdown exits 0: {status}");
}

#[test]
fn the_end_of_a_piped_stdin_leaves_the_service_running() {
    let dir = tempfile::tempdir().unwrap();
    let mut bot = Bot::start(dir.path());
    drop(bot.child.stdin.take());
    bot.wait_for_log("console input ended; the bot keeps running until stopped");
    assert!(bot.child.try_wait().unwrap().is_none(), "still running");
    bot.terminate();
    let status = bot
        .exit_within(Duration::from_secs(60))
        .expect("stops on SIGTERM");
    assert!(status.success(), "{status}");
}

/// Ctrl-D at a console a person types into (the prompt is shown) stops the bot cleanly,
/// with no signal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_end_of_an_interactive_console_stops_the_bot() {
    use std::sync::Arc;
    use valuebridge::clock::ManualClock;
    use valuebridge::config::Config;
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    let store = valuebridge::store::Store::temporary().unwrap();
    let clock = Arc::new(ManualClock::new(chrono::Utc::now()));
    let service =
        valuebridge::service::Service::new(store.clone(), Arc::new(config), clock).unwrap();
    let io = valuebridge::bot::ConsoleIo {
        input: &b"unit add Sales\n"[..],
        output: tokio::io::sink(),
        prompt: true,
        posts: None,
    };
    let run = valuebridge::bot::run(
        service,
        Default::default(),
        Some(io),
        |_| {},
        std::future::pending(),
    );
    tokio::time::timeout(Duration::from_secs(60), run)
        .await
        .expect("the bot stops when its interactive console ends")
        .unwrap();
    let units = store
        .live(
            &valuebridge::ids::TenantId::local(),
            valuebridge::ids::Kind::Unit,
        )
        .unwrap();
    assert_eq!(units.len(), 1, "the line before Ctrl-D was handled");
}
