//! The HTTP server: health, readiness and metrics; platform adapters add their routes.

pub mod accept;
pub mod http;
mod readiness;

pub use readiness::Readiness;

use crate::service::Service;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use std::future::Future;
use tokio::net::TcpListener;

#[derive(Clone)]
pub struct AppState {
    pub service: Service,
    pub readiness: Readiness,
    pub metrics: metrics_exporter_prometheus::PrometheusHandle,
}

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_text))
        .with_state(state)
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(state): State<AppState>) -> Response {
    let mut not_ready = state.readiness.not_ready();
    if let Err(e) = state
        .service
        .store()
        .log_len(&crate::ids::TenantId::local())
    {
        not_ready.push(format!("store: {e}"));
    }
    let store = state.service.store().clone();
    let writable = tokio::task::spawn_blocking(move || store.writable())
        .await
        .unwrap_or_else(|e| Err(e.to_string()));
    let store = match writable {
        Ok(()) => "ok".to_string(),
        Err(reason) => {
            let why = format!("not writable: {reason}");
            not_ready.push(format!("store: {why}"));
            why
        }
    };
    if not_ready.is_empty() {
        (
            StatusCode::OK,
            Json(serde_json::json!({"ready": true, "store": store})),
        )
            .into_response()
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(serde_json::json!({"ready": false, "store": store, "not_ready": not_ready})),
        )
            .into_response()
    }
}

async fn metrics_text(State(state): State<AppState>) -> Response {
    if let Ok(bytes) = state.service.store().size_on_disk() {
        metrics::gauge!(crate::telemetry::STORE_BYTES).set(bytes as f64);
    }
    metrics::gauge!(crate::telemetry::INFLIGHT).set(state.service.in_flight().len() as f64);
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(),
    )
        .into_response()
}

/// Serves `router` on `listener` within `limits` until `shutdown` completes, then lets
/// in-flight requests finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: http::Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    http::serve(listener, router, limits, shutdown).await
}
