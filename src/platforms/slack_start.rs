//! Starts Slack in the modes its secrets allow, and reports each to readiness.
//!
//! - `SLACK_APP_TOKEN` (with `SLACK_BOT_TOKEN`): Socket Mode, no public URL needed.
//! - `SLACK_SIGNING_SECRET` (with `SLACK_BOT_TOKEN`): the signed HTTP routes.
//!
//! Both may be set: Socket Mode runs and the HTTP routes are mounted too. Slack sends an app's
//! traffic one way only (the app's Socket Mode switch decides), and events are remembered in
//! the store whichever way they came, so nothing is handled twice.

use super::bridge::Bridge;
use super::deliveries::Deliveries;
use crate::secrets::Secrets;
use crate::server::Readiness;
use crate::service::Service;
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use valuebridge_slack::{Slack, SlackWeb, SocketModeSettings, SocketStatus};

const TOKEN_PART: &str = "slack";
const SOCKET_PART: &str = "slack socket mode";

/// What started: routes to mount, and the Socket Mode listener to wait for at shutdown.
#[derive(Default)]
pub struct SlackStarted {
    pub routes: Option<axum::Router>,
    pub socket: Option<JoinHandle<()>>,
}

/// Starts whatever the secrets allow (nothing without `SLACK_BOT_TOKEN`: `web` is `None`).
pub fn start(
    service: &Service,
    secrets: &Secrets,
    web: Option<&SlackWeb>,
    readiness: &Readiness,
    stop: &CancellationToken,
) -> anyhow::Result<SlackStarted> {
    let app_token = secrets.get("SLACK_APP_TOKEN");
    let signing = secrets.get("SLACK_SIGNING_SECRET");
    let Some(web) = web.filter(|_| app_token.is_some() || signing.is_some()) else {
        return Ok(SlackStarted::default());
    };
    let deliveries = Deliveries::open(service.store())?;
    if let Ok(n) = deliveries.prune(service.clock.now()) {
        tracing::debug!(pruned = n, "forgot old deliveries");
    }
    let bridge = Arc::new(Bridge {
        service: service.clone(),
        deliveries,
    });
    let slack = Slack::new(bridge, web.clone(), &service.config().slack.command);
    check_bot_token(web.clone(), readiness.clone(), stop.clone());
    let mut started = SlackStarted::default();
    if let Some(signing) = signing {
        started.routes = Some(valuebridge_slack::router(
            valuebridge_slack::SlackHttp::new(slack.clone(), signing.expose()),
        ));
        tracing::info!(
            "Slack: listening for signed requests on /slack/commands, /slack/events and /slack/interactions"
        );
    }
    if let Some(app_token) = app_token {
        let config = &service.config().slack;
        let settings = SocketModeSettings {
            connections: config.socket_connections,
            retry_seconds: config.socket_retry_seconds,
        };
        readiness.waiting(
            SOCKET_PART,
            "waiting for Slack to open the Socket Mode connection (apps.connections.open with SLACK_APP_TOKEN)",
        );
        let status = {
            let readiness = readiness.clone();
            Arc::new(move |s: SocketStatus| match s {
                SocketStatus::Connected => readiness.ready(SOCKET_PART),
                SocketStatus::Lost(why) => readiness.waiting(
                    SOCKET_PART,
                    &format!("Socket Mode connection lost ({why}); reconnecting"),
                ),
            })
        };
        let (token, stop) = (app_token.clone(), stop.clone());
        started.socket = Some(tokio::spawn(async move {
            valuebridge_slack::socket_mode::run(
                slack,
                token.expose(),
                settings,
                status,
                stop.cancelled_owned(),
            )
            .await
        }));
    }
    Ok(started)
}

/// Asks Slack (`auth.test`) whether it accepts the bot token, with backoff until it does;
/// readiness says why not meanwhile.
fn check_bot_token(web: SlackWeb, readiness: Readiness, stop: CancellationToken) {
    readiness.waiting(
        TOKEN_PART,
        "checking SLACK_BOT_TOKEN with Slack (auth.test)",
    );
    tokio::spawn(async move {
        let mut wait = Duration::from_secs(1);
        loop {
            match web.check().await {
                Ok(team) => {
                    tracing::info!(%team, "Slack accepted the bot token");
                    readiness.ready(TOKEN_PART);
                    return;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "Slack did not accept the bot token yet");
                    readiness.waiting(
                        TOKEN_PART,
                        &format!("Slack did not accept SLACK_BOT_TOKEN: {}", e.message),
                    );
                }
            }
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = stop.cancelled() => return,
            }
            wait = (wait * 2).min(Duration::from_secs(60));
        }
    });
}
