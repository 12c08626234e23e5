//! Shared helpers for black-box tests: a service on a temporary store with a fixed clock.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the helpers"
)]

use chrono::{TimeZone, Utc};
use std::sync::Arc;
use valuebridge::clock::ManualClock;
use valuebridge::config::Config;
use valuebridge::service::Service;
use valuebridge::store::Store;
use valuebridge_chat::{render_plain, Actor, Invocation, Reply, ReplyKind, Role};

pub struct Bot {
    pub service: Service,
    pub clock: ManualClock,
    pub store: Store,
}

impl Bot {
    pub fn new() -> Bot {
        Bot::with_config(Config::default())
    }

    pub fn with_config(config: Config) -> Bot {
        let store = Store::temporary().unwrap();
        Bot::on_store(store, config)
    }

    pub fn on_store(store: Store, config: Config) -> Bot {
        let clock = ManualClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap());
        let service =
            Service::new(store.clone(), Arc::new(config), Arc::new(clock.clone())).unwrap();
        Bot {
            service,
            clock,
            store,
        }
    }

    pub async fn say_as(&self, tenant: &str, user: &str, role: Option<Role>, text: &str) -> Reply {
        let inv = Invocation {
            tenant: tenant.into(),
            channel: "C1".into(),
            actor: Actor {
                user_id: user.into(),
                display_name: user.into(),
                role,
            },
            text: text.into(),
            is_command: true,
        };
        self.service.handle(&inv).await
    }

    /// A console line from `user` (commands or plain words), as the reply's text.
    pub async fn line(&self, user: &str, text: &str) -> String {
        render_plain(&self.line_reply(user, text).await)
    }

    /// A console line from `user` (commands or plain words), as the reply itself.
    pub async fn line_reply(&self, user: &str, text: &str) -> Reply {
        let inv = Invocation {
            tenant: "local".into(),
            channel: "C1".into(),
            actor: Actor {
                user_id: user.into(),
                display_name: user.into(),
                role: Some(Role::Admin),
            },
            text: text.into(),
            is_command: false,
        };
        self.service.handle(&inv).await
    }

    /// Runs a command as the local admin and returns the reply's text.
    pub async fn say(&self, text: &str) -> String {
        render_plain(&self.say_as("local", "alice", Some(Role::Admin), text).await)
    }

    /// Runs a command that must succeed.
    pub async fn ok(&self, text: &str) -> String {
        let reply = self.say_as("local", "alice", Some(Role::Admin), text).await;
        assert!(
            !matches!(reply.kind, ReplyKind::UserError | ReplyKind::InternalError),
            "{text}\n{}",
            render_plain(&reply)
        );
        render_plain(&reply)
    }

    /// Runs a command that must fail with a user error.
    pub async fn fails(&self, text: &str) -> String {
        let reply = self.say_as("local", "alice", Some(Role::Admin), text).await;
        assert_eq!(
            reply.kind,
            ReplyKind::UserError,
            "{text}\n{}",
            render_plain(&reply)
        );
        render_plain(&reply)
    }

    pub async fn seed(&self) {
        for line in [
            "unit add Sales",
            "unit add \"Finance & Risk\" alias fin",
            "invest \"CRM replacement\" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2026-01-01 category:transform",
        ] {
            self.ok(line).await;
        }
    }
}

/// A write fault that lets the first `allowed` writes through and fails every one after, as
/// a full disk does.
pub fn fail_after(allowed: usize) -> Option<Arc<dyn valuebridge::store::WriteFault>> {
    let made = std::sync::atomic::AtomicUsize::new(0);
    Some(Arc::new(move || {
        match made.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < allowed {
            true => Ok(()),
            false => Err(std::io::Error::from_raw_os_error(28)),
        }
    }))
}

/// A write fault that fails only the `k`th write (counting from 0), as a disk briefly full.
pub fn fail_only(k: usize) -> Option<Arc<dyn valuebridge::store::WriteFault>> {
    let made = std::sync::atomic::AtomicUsize::new(0);
    Some(Arc::new(move || {
        match made.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == k {
            true => Err(std::io::Error::from_raw_os_error(28)),
            false => Ok(()),
        }
    }))
}

/// The whole bot (`bot::run`) running in this process, as a platform test drives it.
pub struct Running {
    pub addr: std::net::SocketAddr,
    /// Dropping it (or sending) stops the bot.
    pub stop: tokio::sync::oneshot::Sender<()>,
    pub run: tokio::task::JoinHandle<anyhow::Result<()>>,
}

/// Starts the bot with `env` as its secrets; an error if it stops before listening.
pub async fn run_bot(
    service: Service,
    env: &std::collections::BTreeMap<String, String>,
) -> anyhow::Result<Running> {
    let secrets = valuebridge::secrets::Secrets::from_env(env)?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let (addr_tx, addr_rx) = tokio::sync::oneshot::channel();
    let run = tokio::spawn(async move {
        valuebridge::bot::run::<tokio::io::Empty, tokio::io::Sink>(
            service,
            secrets,
            None,
            move |a| {
                let _ = addr_tx.send(a);
            },
            async move {
                let _ = stopped.await;
            },
        )
        .await
    });
    match addr_rx.await {
        Ok(addr) => Ok(Running { addr, stop, run }),
        Err(_) => Err(run.await?.expect_err("the bot stopped before listening")),
    }
}

/// The bot on the Slack adapter, its Web API at `api` (a loopback fake), requests signed
/// with `secret`, on a temporary store and the tests' clock (Friday 2026-11-27 09:00 UTC):
/// the running bot and its store.
pub async fn run_slack_bot(api: std::net::SocketAddr, secret: &str) -> (Running, Store) {
    let mut config = Config::default();
    config.server.bind = "127.0.0.1:0".into();
    config.slack.api_url = format!("http://{api}/api");
    let store = Store::temporary().unwrap();
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap(),
    ));
    let service = Service::new(store.clone(), Arc::new(config), clock).unwrap();
    let env = [
        ("SLACK_BOT_TOKEN".to_string(), "xoxb-test".to_string()),
        ("SLACK_SIGNING_SECRET".to_string(), secret.to_string()),
    ]
    .into();
    (run_bot(service, &env).await.unwrap(), store)
}

/// Runs the `valuebridge` binary on the store in `dir` with `stdin` piped in: the exit
/// code, stdout and stderr.
pub fn run_binary(dir: &std::path::Path, args: &[&str], stdin: &str) -> (i32, String, String) {
    let o = binary::typed(binary::bin().arg("--data-dir").arg(dir).args(args), stdin);
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into(),
        String::from_utf8_lossy(&o.stderr).into(),
    )
}

pub mod binary;
pub mod captured;
pub mod child;
pub mod edit_forms;
pub mod forms;
pub mod ids;
pub mod names;
