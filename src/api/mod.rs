//! The JSON API other systems use (`/api/v1/…`): reads of the register, the digest and
//! scorecards, and writes of notes, benefits and decisions through the same grammar as chat.
//! Access is by an organisation's bearer token (see `auth`), rate limited per token.

mod auth;
mod errors;
mod hooks_in;
mod lines;
mod reads;
mod writes;

pub use errors::ApiError;

use crate::service::Service;
use crate::store::{ApiTokens, StoreError, Webhooks};
use axum::routing::{get, post};
use axum::Router;
use std::sync::Arc;

/// The OpenAPI description, kept in the repository beside the routes it describes.
pub const OPENAPI: &str = include_str!("openapi.json");

/// Every route of the API, as `(method, path)` in OpenAPI's notation: the test that keeps
/// `openapi.json` true compares against this list.
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/api/v1/records"),
    ("get", "/api/v1/investments/{id}"),
    ("get", "/api/v1/digest"),
    ("get", "/api/v1/scorecard/{unit}"),
    ("post", "/api/v1/notes"),
    ("post", "/api/v1/benefits"),
    ("post", "/api/v1/decisions"),
    ("get", "/api/v1/openapi.json"),
    ("post", "/hooks/{id}"),
];

#[derive(Clone)]
pub struct ApiState {
    pub(crate) service: Service,
    pub(crate) tokens: ApiTokens,
    pub(crate) limits: Arc<auth::RateLimits>,
    pub(crate) webhooks: Webhooks,
    pub(crate) hook_writes: Arc<tokio::sync::Mutex<()>>,
}

/// The API's routes, to merge into the bot's HTTP router.
pub fn routes(service: Service) -> Result<Router, StoreError> {
    let state = ApiState {
        tokens: ApiTokens::open(service.store())?,
        webhooks: Webhooks::open(service.store())?,
        hook_writes: Default::default(),
        limits: Arc::new(auth::RateLimits::new(
            service.config().api.requests_per_minute,
        )),
        service,
    };
    Ok(Router::new()
        .route("/api/v1/records", get(reads::records))
        .route("/api/v1/investments/{id}", get(reads::investment))
        .route("/api/v1/digest", get(reads::digest))
        .route("/api/v1/scorecard/{unit}", get(reads::scorecard))
        .route("/api/v1/notes", post(writes::note))
        .route("/api/v1/benefits", post(writes::benefit))
        .route("/api/v1/decisions", post(writes::decision))
        .route("/hooks/{id}", post(hooks_in::receive))
        .route(
            "/api/v1/openapi.json",
            get(|| async { ([("content-type", "application/json")], OPENAPI) }),
        )
        .with_state(state))
}
