//! The long-running bot: store, service, HTTP server and console in one process, with a
//! clean shutdown. Tests start it in-process on 127.0.0.1:0 and stop it with a future.

use crate::console::{self, ConsoleIdentity};
use crate::server::{self, AppState, Readiness};
use crate::service::Service;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncBufRead, AsyncWrite};
use tokio_util::sync::CancellationToken;

/// A console attached to the bot (stdin/stdout for `valuebridge run`).
pub struct ConsoleIo<R, W> {
    pub input: R,
    pub output: W,
    pub prompt: bool,
    /// Scheduled posts for console channels, shown as they happen.
    pub posts: Option<tokio::sync::broadcast::Receiver<console::ConsolePost>>,
}

/// Runs the bot until `shutdown` completes. `on_listening` is told the bound address.
/// Platforms start when their secrets are set.
pub async fn run<R, W>(
    service: Service,
    secrets: crate::secrets::Secrets,
    console_io: Option<ConsoleIo<R, W>>,
    on_listening: impl FnOnce(SocketAddr) + Send,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()>
where
    R: AsyncBufRead + Unpin + Send + 'static,
    W: AsyncWrite + Unpin + Send + 'static,
{
    let config = Arc::new(service.config().clone());
    let store = service.store().clone();
    let readiness = Readiness::default();
    let stop = CancellationToken::new();
    let listener = tokio::net::TcpListener::bind(&config.server.bind)
        .await
        .map_err(|e| {
            anyhow::anyhow!("cannot listen on {} (server.bind): {e}", config.server.bind)
        })?;
    let addr = listener.local_addr()?;
    let console_poster = console::ConsolePoster::default();
    let admin = if store.path().as_os_str().is_empty() {
        None
    } else {
        let path = crate::admin::socket_path(store.path());
        let listener = crate::admin::server::bind(&path).await?;
        Some(tokio::spawn(crate::admin::server::serve(
            listener,
            path,
            service.clone(),
            console_poster.clone(),
            stop.clone(),
        )))
    };
    let discord =
        crate::platforms::discord_start::start(&service, &secrets, &config, &readiness, &stop)?;
    tracing::info!(%addr, data_dir = %config.store.data_dir.display(), "valuebridge is running");
    on_listening(addr);

    let state = AppState {
        service: service.clone(),
        readiness: readiness.clone(),
        metrics: crate::telemetry::handle(),
    };
    let mut router = server::router(state)
        .merge(crate::api::routes(service.clone())?)
        .merge(crate::dashboard::router(service.clone()));
    let slack_web = match secrets.get("SLACK_BOT_TOKEN") {
        Some(token) => Some(valuebridge_slack::SlackWeb::new(
            &config.slack.api_url,
            token.expose(),
        )?),
        None => None,
    };
    let slack = crate::platforms::slack_start::start(
        &service,
        &secrets,
        slack_web.as_ref(),
        &readiness,
        &stop,
    )?;
    if let Some(routes) = slack.routes {
        router = router.merge(routes);
    }
    if let Some(routes) = discord.routes {
        router = router.merge(routes);
    }
    let poster = Arc::new(crate::platforms::webhook_poster::WithWebhooks::new(
        Arc::new(crate::platforms::posters::Router {
            console: console_poster.clone(),
            slack: slack_web.clone(),
            discord: discord.rest,
        }),
        &store,
        service.clock.clone(),
    )?);
    let schedule_grace = chrono::Duration::hours(i64::from(config.schedule.grace_hours));
    let scheduler =
        crate::schedule::Scheduler::new(&store, Arc::new(service.clone()), schedule_grace)?
            .with_relay(crate::schedule::Relay::new(&store)?, service.written());
    let scheduler_task = {
        let (clock, stop) = (service.clock.clone(), stop.clone());
        tokio::spawn(async move {
            if let Err(e) = scheduler
                .run(poster, move || clock.now(), async move {
                    stop.cancelled().await
                })
                .await
            {
                tracing::error!(error = %e, "the digest scheduler stopped");
            }
        })
    };
    let server_stop = stop.clone();
    let limits = server::http::Limits::from_config(&config.server);
    let server = tokio::spawn(server::serve(listener, router, limits, async move {
        server_stop.cancelled().await
    }));

    // Ctrl-D (or `quit`) at a console a person types into stops the bot; a piped or
    // redirected stdin ending leaves it running, as a service under a supervisor must.
    let console_quit = CancellationToken::new();
    let console_task = console_io.map(|mut io| {
        if io.posts.is_none() {
            io.posts = Some(console_poster.subscribe());
        }
        let service = service.clone();
        let stop = stop.clone();
        let quit = console_quit.clone();
        tokio::spawn(async move {
            let identity = ConsoleIdentity {
                tenant: "local".into(),
                channel: "console".into(),
                user: "console".into(),
                role: valuebridge_chat::Role::Admin,
            };
            let session = console::run(
                &service, &identity, io.input, io.output, io.prompt, io.posts,
            );
            tokio::select! {
                r = session => {
                    if let Err(e) = r {
                        tracing::warn!(error = %e, "console closed with an error");
                    }
                    if io.prompt {
                        tracing::info!("console closed; stopping");
                        quit.cancel();
                    } else {
                        tracing::info!("console input ended; the bot keeps running until stopped");
                    }
                }
                _ = stop.cancelled() => {}
            }
        })
    });

    tokio::select! {
        _ = shutdown => {}
        _ = console_quit.cancelled() => {}
    }
    tracing::info!("shutting down: no new work is accepted");
    stop.cancel();
    let grace = Duration::from_secs(config.server.shutdown_grace_seconds);
    service.in_flight().close();
    if tokio::time::timeout(grace, service.in_flight().wait())
        .await
        .is_err()
    {
        tracing::warn!(
            pending = service.in_flight().len(),
            "in-flight commands did not finish within the grace period"
        );
    }
    if let Some(task) = console_task {
        let _ = tokio::time::timeout(grace, task).await;
    }
    match tokio::time::timeout(grace, server).await {
        Ok(Ok(Err(e))) => tracing::warn!(error = %e, "HTTP server stopped with an error"),
        Err(_) => tracing::warn!("HTTP server did not stop within the grace period"),
        _ => {}
    }
    if let Some(task) = slack.socket {
        let _ = tokio::time::timeout(grace, task).await;
    }
    if let Some(task) = admin {
        let _ = tokio::time::timeout(grace, task).await;
    }
    let _ = tokio::time::timeout(grace, scheduler_task).await;
    if let Some(task) = discord.gateway {
        let _ = tokio::time::timeout(grace, task).await;
    }
    service
        .durable()
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    store.flush()?;
    tracing::info!("valuebridge stopped cleanly");
    Ok(())
}

/// Completes on SIGINT or SIGTERM. The handlers are installed when this is called, not when
/// the future is first polled: `run` polls it only after start-up (and after logging that
/// it is running), and a signal before then would otherwise kill the process uncleanly.
/// Call it inside the runtime.
pub fn signals() -> impl Future<Output = ()> + Send + 'static {
    use tokio::signal::unix::{signal, SignalKind};
    let term = signal(SignalKind::terminate());
    let int = signal(SignalKind::interrupt());
    async move {
        match (term, int) {
            (Ok(mut term), Ok(mut int)) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = int.recv() => {}
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
}
