//! The dashboard's routes on the bot's HTTP server: `/d/<token>/` (the portfolio, or the
//! unit of a unit-scoped link), `/d/<token>/unit/<UNIT-n>`, `/d/<token>/investment/<INV-n>`
//! and `/d/style.css`. Every answer carries headers that forbid scripts, framing, sniffing
//! and referrers (so the token never leaves in a Referer), and is not cached.

use super::html::{self, STYLE};
use super::link::{hash_token, looks_like_token, DashboardLink, Refusal};
use super::pages::{self, Page};
use crate::service::{Failure, Service};
use crate::store::DashboardLinks;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;

/// Only the stylesheet from this server; no script, no frames, no forms, nothing else.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

pub fn router(service: Service) -> Router {
    Router::new()
        .route("/d/style.css", get(style))
        .route("/d/{token}", get(to_slash))
        .route("/d/{token}/", get(portfolio))
        .route("/d/{token}/unit/{id}", get(unit))
        .route("/d/{token}/investment/{id}", get(investment))
        .with_state(service)
}

fn secured(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn html_response(status: StatusCode, body: String) -> Response {
    secured(
        (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            body,
        )
            .into_response(),
    )
}

fn not_found() -> Response {
    html_response(
        StatusCode::NOT_FOUND,
        html::refused(
            "This dashboard link does not work",
            "There is no such page. Check the address, or ask whoever sent it for a new link (/value dashboard in the team's chat).",
        ),
    )
}

async fn style() -> Response {
    secured(([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response())
}

async fn to_slash(Path(token): Path<String>) -> Response {
    if !looks_like_token(&token) {
        return not_found();
    }
    secured(Redirect::permanent(&format!("{token}/")).into_response())
}

/// The link a token opens, or the page saying why it opens nothing. Logs the access by
/// the link's id; the token itself is never logged.
fn open(s: &Service, token: &str, page: &str) -> Result<DashboardLink, Box<Response>> {
    if !looks_like_token(token) {
        tracing::info!(page, "dashboard opened with a malformed link");
        return Err(Box::new(not_found()));
    }
    let found = DashboardLinks::open(s.store()).and_then(|l| l.by_hash(&hash_token(token)));
    let link = match found {
        Ok(Some(link)) => link,
        Ok(None) => {
            tracing::info!(page, "dashboard opened with an unknown link");
            return Err(Box::new(not_found()));
        }
        Err(e) => return Err(Box::new(failed(e.into()))),
    };
    match link.refusal(s.now()) {
        None => {
            tracing::info!(link = %link.id, tenant = %link.tenant, page, "dashboard page opened");
            Ok(link)
        }
        Some(why) => {
            let (what, when) = match why {
                Refusal::Expired => ("has expired", link.expires_at),
                Refusal::Revoked => ("was revoked", link.revoked_at.unwrap_or(link.expires_at)),
            };
            tracing::info!(link = %link.id, tenant = %link.tenant, page, refused = what, "dashboard link refused");
            let title = format!("This dashboard link {what}");
            Err(Box::new(html_response(
                StatusCode::GONE,
                html::refused(
                    &title,
                    &format!(
                        "It stopped working on {}. Ask whoever sent it for a new one (/value dashboard in the team's chat).",
                        when.format("%Y-%m-%d %H:%M UTC")
                    ),
                ),
            )))
        }
    }
}

fn failed(f: Failure) -> Response {
    let reference = crate::service::new_reference();
    tracing::error!(error = ?f, %reference, "a dashboard page failed");
    html_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        html::refused(
            "Something went wrong on our side",
            &format!(
                "The page could not be drawn. If it keeps happening, quote reference {reference}."
            ),
        ),
    )
}

/// Draws a page off the async workers (digests read the store).
async fn draw(
    s: Service,
    token: String,
    page: &'static str,
    f: impl FnOnce(&Service, &DashboardLink) -> Result<Page, Failure> + Send + 'static,
) -> Response {
    let result = tokio::task::spawn_blocking(move || {
        let link = match open(&s, &token, page) {
            Ok(link) => link,
            Err(r) => return *r,
        };
        match f(&s, &link) {
            Ok(Page::Html(body)) => html_response(StatusCode::OK, body),
            Ok(Page::NotFound) => not_found(),
            Err(e) => failed(e),
        }
    })
    .await;
    result.unwrap_or_else(|e| {
        failed(Failure::Internal(anyhow::anyhow!(
            "a dashboard page panicked: {e}"
        )))
    })
}

async fn portfolio(State(s): State<Service>, Path(token): Path<String>) -> Response {
    draw(s, token, "portfolio", pages::portfolio).await
}

async fn unit(State(s): State<Service>, Path((token, id)): Path<(String, String)>) -> Response {
    let Ok(id) = id.parse() else {
        return not_found();
    };
    draw(s, token, "unit", move |s, l| {
        pages::unit_page(s, l, id, "../")
    })
    .await
}

async fn investment(
    State(s): State<Service>,
    Path((token, id)): Path<(String, String)>,
) -> Response {
    let Ok(id) = id.parse() else {
        return not_found();
    };
    draw(s, token, "investment", move |s, l| {
        pages::investment_page(s, l, id, "../")
    })
    .await
}
