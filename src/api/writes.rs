//! The write routes: a JSON body becomes the grammar's line, parsed and checked exactly as
//! a chat command, and logged as a record whose author is the token's label.

use super::auth::authorise;
use super::lines::{BenefitBody, DecisionBody, NoteBody};
use super::{ApiError, ApiState};
use crate::command::Scope;
use crate::ids::RecordId;
use crate::service::Caller;
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde_json::{json, Value};
use valuebridge_chat::{Block, ReplyKind, Role};

pub(crate) type Created = (StatusCode, Json<Value>);

pub async fn note(
    State(state): State<ApiState>,
    headers: HeaderMap,
    body: Result<Json<NoteBody>, JsonRejection>,
) -> Result<Created, ApiError> {
    let token = authorise(&state, &headers, Scope::Write)?;
    write(&state.service, &caller_for(&token), &body_of(body)?.line()).await
}

pub async fn benefit(
    State(state): State<ApiState>,
    headers: HeaderMap,
    body: Result<Json<BenefitBody>, JsonRejection>,
) -> Result<Created, ApiError> {
    let token = authorise(&state, &headers, Scope::Write)?;
    write(&state.service, &caller_for(&token), &body_of(body)?.line()).await
}

pub async fn decision(
    State(state): State<ApiState>,
    headers: HeaderMap,
    body: Result<Json<DecisionBody>, JsonRejection>,
) -> Result<Created, ApiError> {
    let token = authorise(&state, &headers, Scope::Write)?;
    write(&state.service, &caller_for(&token), &body_of(body)?.line()).await
}

pub(crate) fn body_of<T>(body: Result<Json<T>, JsonRejection>) -> Result<T, ApiError> {
    body.map(|Json(b)| b).map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_body",
            format!(
                "The body is not the JSON this route takes: {}. See /api/v1/openapi.json.",
                e.body_text()
            ),
        )
    })
}

/// The caller an API token stands for: its organisation, named by its label. A write token
/// may log decisions, as a decider may.
pub(crate) fn caller_for(token: &crate::store::ApiToken) -> Caller {
    let account = format!("api:{}", token.id());
    Caller {
        tenant: token.organisation.clone(),
        workspace: token.organisation.clone(),
        channel: "api".into(),
        user_id: account.clone(),
        account,
        name: token.label.clone(),
        role: match token.scope {
            Scope::Write => Role::Decider,
            Scope::Read => Role::Viewer,
        },
    }
}

/// Runs `line` as `caller` and answers with the record it logged.
pub(crate) async fn write(
    service: &crate::service::Service,
    caller: &Caller,
    line: &str,
) -> Result<Created, ApiError> {
    if let Some(problem) = crate::domain::limits::line_problem(line) {
        return Err(ApiError::invalid(problem));
    }
    let command = crate::command::parse(line, &service.context(caller))
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    let reply = service.execute(caller, command).await?;
    if reply.kind != ReplyKind::Recorded {
        return Err(ApiError::internal(format!(
            "an API write was answered without a record: {}",
            reply.plain_text()
        )));
    }
    // The confirmation's heading names the new record ("Logged decision DEC-4 …").
    let id = reply
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Heading { text } => text
                .split_whitespace()
                .find_map(|w| w.parse::<RecordId>().ok()),
            _ => None,
        })
        .ok_or_else(|| ApiError::internal("an API write's confirmation names no record"))?;
    let record = service
        .store()
        .get(&caller.tenant, id)?
        .ok_or_else(|| ApiError::internal(format!("{id} was logged but cannot be read")))?;
    Ok((
        StatusCode::CREATED,
        Json(json!({ "id": id, "record": record.record })),
    ))
}
