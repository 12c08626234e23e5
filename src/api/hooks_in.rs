//! Inbound webhooks: `POST /hooks/<id>` from a finance system or a workflow tool logs a
//! benefit or a note. The caller proves itself with the hook's secret, the body is checked
//! by the grammar like any command, and an idempotency key makes a replay answer the first
//! answer again and store nothing.

use super::lines::{BenefitBody, NoteBody};
use super::writes::{write, Created};
use super::{ApiError, ApiState};
use crate::service::Caller;
use crate::store::{hash_secret, InHook};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::Value;
use valuebridge_chat::Role;

pub const SECRET_HEADER: &str = "x-valuebridge-secret";

/// The hook as the author of what it logs. The record's channel carries the idempotency
/// key, so the key is stored in the same write as the record it made.
fn caller_for(hook: &InHook, key: &str) -> Caller {
    let account = format!("hook:{}", hook.id);
    Caller {
        tenant: hook.organisation.clone(),
        workspace: hook.organisation.clone(),
        channel: format!("webhook:{key}"),
        user_id: account.clone(),
        account,
        name: hook.label.clone(),
        role: Role::Member,
    }
}

fn bad_body(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "bad_body", message)
}

/// The grammar line a body asks for, and its idempotency key.
fn line_of(mut body: Value) -> Result<(String, String), ApiError> {
    let Some(object) = body.as_object_mut() else {
        return Err(bad_body("The body must be a JSON object."));
    };
    let key = match object.remove("idempotency_key") {
        Some(Value::String(k)) if !k.trim().is_empty() && k.len() <= 200 => k,
        _ => {
            return Err(bad_body(
                "`idempotency_key` is missing: send a string of at most 200 characters that is the same when you retry the same request.",
            ))
        }
    };
    let kind = object.remove("type");
    let parse = |e: serde_json::Error| bad_body(format!("The body does not fit its type: {e}."));
    let line = match kind.as_ref().and_then(Value::as_str) {
        Some("benefit") => serde_json::from_value::<BenefitBody>(body)
            .map_err(parse)?
            .line(),
        Some("note") => serde_json::from_value::<NoteBody>(body)
            .map_err(parse)?
            .line(),
        _ => return Err(bad_body("`type` must be \"benefit\" or \"note\".")),
    };
    Ok((line, key))
}

pub async fn receive(
    State(state): State<ApiState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    let hooks = &state.webhooks;
    let Some(hook) = hooks.in_hook(&id)?.filter(|h| h.active) else {
        return Err(ApiError::not_found(format!(
            "There is no inbound webhook {id}."
        )));
    };
    let given = headers
        .get(SECRET_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if hash_secret(given) != hook.secret_hash {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "The X-Valuebridge-Secret header is missing or wrong for this hook.",
        ));
    }
    let body: Value = serde_json::from_slice(&body)
        .map_err(|e| bad_body(format!("The body is not JSON: {e}.")))?;
    let (line, key) = line_of(body)?;
    // One request per hook at a time, so a retry racing its original waits and is answered
    // from what the original stored.
    let _one_at_a_time = state.hook_writes.lock().await;
    let caller = caller_for(&hook, &key);
    let earlier = match hooks.answer(&hook.id, &key)? {
        Some(Value::Object(o)) if o.contains_key("pending_since") => {
            // An attempt with this key was cut short (the bot stopped): it stored its record
            // or nothing, and the record says which.
            let since = o["pending_since"]
                .as_str()
                .and_then(|t| t.parse::<chrono::DateTime<chrono::Utc>>().ok());
            logged_before(&state, &caller, since)?
        }
        other => other,
    };
    if let Some(earlier) = earlier {
        hooks.remember_answer(&hook.id, &key, &earlier)?;
        return Ok((
            StatusCode::OK,
            [("idempotent-replay", "true")],
            Json(earlier),
        )
            .into_response());
    }
    hooks.remember_answer(
        &hook.id,
        &key,
        &serde_json::json!({"pending_since": state.service.now()}),
    )?;
    let created: Created = match write(&state.service, &caller, &line).await {
        Ok(created) => created,
        Err(e) => {
            // Nothing was stored: the key may be used again.
            hooks.forget_answer(&hook.id, &key)?;
            return Err(e);
        }
    };
    hooks.remember_answer(&hook.id, &key, &created.1 .0)?;
    Ok(created.into_response())
}

/// The answer for the record `caller` (a hook, its key in the channel) logged at or after
/// `since`, if it did.
fn logged_before(
    state: &ApiState,
    caller: &Caller,
    since: Option<chrono::DateTime<chrono::Utc>>,
) -> Result<Option<Value>, ApiError> {
    let store = state.service.store();
    for entry in store.log_newest_first(&caller.tenant) {
        let entry = entry?;
        if since.is_some_and(|s| entry.at < s) {
            break;
        }
        if entry.by == caller.user_id && entry.channel == caller.channel {
            if let crate::store::Change::Created { record } = entry.change {
                return Ok(Some(
                    serde_json::json!({"id": entry.record, "record": record}),
                ));
            }
        }
    }
    Ok(None)
}
