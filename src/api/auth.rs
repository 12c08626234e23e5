//! Who is calling the API: the bearer token names the organisation and what it may do.
//! No token or an unknown one is 401, a read token on a write route 403, and more than the
//! configured requests in a minute 429 with Retry-After, all before anything is read or
//! stored.

use super::{ApiError, ApiState};
use crate::command::Scope;
use crate::store::ApiToken;
use axum::http::{HeaderMap, StatusCode};
use std::collections::HashMap;
use std::sync::Mutex;

/// Requests per token in the current minute (by the injected clock).
pub struct RateLimits {
    per_minute: u32,
    windows: Mutex<HashMap<String, (i64, u32)>>,
}

impl RateLimits {
    pub fn new(per_minute: u32) -> Self {
        RateLimits {
            per_minute,
            windows: Mutex::default(),
        }
    }

    /// Counts a request of `token` at `now` (seconds); the seconds to wait if over.
    fn admit(&self, token: &str, now: i64) -> Result<(), u64> {
        let minute = now.div_euclid(60);
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        // Only the current minute matters; older windows are dropped as they are met.
        windows.retain(|_, (m, _)| *m == minute);
        let (_, count) = windows.entry(token.to_string()).or_insert((minute, 0));
        if *count >= self.per_minute {
            return Err((60 - now.rem_euclid(60)) as u64);
        }
        *count += 1;
        Ok(())
    }
}

/// The token of the request, checked for `needs`.
pub fn authorise(
    state: &ApiState,
    headers: &HeaderMap,
    needs: Scope,
) -> Result<ApiToken, ApiError> {
    let unauthorised = |m: &str| ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", m);
    let Some(value) = headers.get(axum::http::header::AUTHORIZATION) else {
        return Err(unauthorised(
            "An API token is needed: send `Authorization: Bearer <token>`. An admin creates one with `/value api token create read|write [label]`.",
        ));
    };
    let secret = value
        .to_str()
        .ok()
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| unauthorised("The Authorization header must be `Bearer <token>`."))?;
    let token = state.tokens.find(secret)?.ok_or_else(|| {
        unauthorised("That API token is not known or was revoked. Ask an admin for a new one.")
    })?;
    let now = state.service.now();
    if let Err(wait) = state.limits.admit(&token.hash, now.timestamp()) {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "rate_limited",
            format!("Too many requests with this token; try again in {wait} seconds."),
        );
        e.retry_after = Some(wait);
        return Err(e);
    }
    if needs == Scope::Write && token.scope == Scope::Read {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            format!(
                "{} is a read token; writing needs a write token.",
                token.id()
            ),
        ));
    }
    if let Err(e) = state.tokens.touch(&token, now) {
        tracing::warn!(error = %e, "could not note an API token's last use");
    }
    Ok(token)
}

#[cfg(test)]
mod tests {
    use super::RateLimits;

    #[test]
    fn a_token_gets_its_requests_a_minute_and_then_waits_for_the_next() {
        let limits = RateLimits::new(2);
        assert_eq!(limits.admit("a", 120), Ok(()));
        assert_eq!(limits.admit("a", 130), Ok(()));
        assert_eq!(limits.admit("a", 135), Err(45));
        assert_eq!(limits.admit("b", 135), Ok(()), "each token has its own");
        assert_eq!(limits.admit("a", 180), Ok(()), "a new minute");
    }
}
