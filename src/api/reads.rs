//! The read routes: records, one investment with its history, the digest and a scorecard,
//! in the JSON the command line's `--format json` and exports use.

use super::auth::authorise;
use super::{ApiError, ApiState};
use crate::command::{written_as_id, Scope};
use crate::digest::{self, DigestRequest, DigestSettings, Period};
use crate::ids::{InvestmentId, Kind, UnitId};
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordsQuery {
    /// A plural kind: units, notes, investments, decisions, benefits, services.
    kind: Option<String>,
}

/// The kinds a register holds (subscriptions are not records).
const RECORD_KINDS: [Kind; 6] = [
    Kind::Unit,
    Kind::Note,
    Kind::Investment,
    Kind::Decision,
    Kind::Benefit,
    Kind::Service,
];

pub async fn records(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Query(q): Query<RecordsQuery>,
) -> Result<Json<Value>, ApiError> {
    let token = authorise(&state, &headers, Scope::Read)?;
    let kinds: Vec<Kind> = match q.kind.as_deref() {
        None => RECORD_KINDS.to_vec(),
        Some(k) => vec![RECORD_KINDS
            .into_iter()
            .find(|kind| kind.plural() == k.trim().to_lowercase())
            .ok_or_else(|| {
                ApiError::invalid(format!(
                    "`{k}` is not a kind of record; use units, notes, investments, decisions, benefits or services."
                ))
            })?],
    };
    let mut out = Vec::new();
    for kind in kinds {
        for state in state.service.store().live(&token.organisation, kind)? {
            out.push(state.record);
        }
    }
    Ok(Json(json!({ "records": out })))
}

pub async fn investment(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let token = authorise(&state, &headers, Scope::Read)?;
    let store = state.service.store();
    // An id, or the investment's name or an alias, found exactly as `show` finds one.
    let id = match id.parse::<InvestmentId>() {
        Ok(id) => id,
        Err(e) if written_as_id(&id) => {
            return Err(ApiError::invalid(e.to_string()))
        }
        Err(_) => match store.find_name(&token.organisation, Kind::Investment, &id)? {
            Some(found) => InvestmentId(found.n),
            None => return Err(ApiError::not_found(format!(
                "There is no investment called '{id}'. GET /api/v1/records?kind=investments lists them."
            ))),
        },
    };
    let Some(found) = store.get(&token.organisation, id.record())? else {
        return Err(ApiError::not_found(format!("There is no {id}.")));
    };
    let history = store.history(&token.organisation, id.record())?;
    Ok(Json(json!({
        "record": found.record,
        "revision": found.revision,
        "retracted": found.retracted,
        "history": history,
    })))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigestQuery {
    unit: Option<String>,
    period: Option<String>,
    as_of: Option<chrono::NaiveDate>,
}

fn unit_id(state: &ApiState, org: &crate::ids::TenantId, name: &str) -> Result<UnitId, ApiError> {
    match state.service.store().find_name(org, Kind::Unit, name)? {
        Some(id) => Ok(UnitId(id.n)),
        None => Err(ApiError::not_found(format!(
            "There is no business unit called '{name}'. GET /api/v1/records?kind=units lists them."
        ))),
    }
}

pub async fn digest(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Query(q): Query<DigestQuery>,
) -> Result<Json<Value>, ApiError> {
    let token = authorise(&state, &headers, Scope::Read)?;
    let unit = match q.unit.as_deref() {
        Some(name) => Some(unit_id(&state, &token.organisation, name)?),
        None => None,
    };
    let as_of = q.as_of.unwrap_or_else(|| state.service.today());
    let period = Period::parse(q.period.as_deref().unwrap_or("week"), as_of)
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    let settings =
        DigestSettings::from_config(state.service.config()).map_err(ApiError::internal)?;
    let d = digest::build(
        state.service.store(),
        &token.organisation,
        &settings,
        &DigestRequest {
            unit,
            period,
            as_of,
        },
    )
    .map_err(ApiError::internal)?;
    Ok(Json(digest::to_json(&d)))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScorecardQuery {
    period: Option<String>,
    as_of: Option<chrono::NaiveDate>,
}

pub async fn scorecard(
    State(state): State<ApiState>,
    headers: HeaderMap,
    Path(unit): Path<String>,
    Query(q): Query<ScorecardQuery>,
) -> Result<Json<Value>, ApiError> {
    let token = authorise(&state, &headers, Scope::Read)?;
    let unit = unit_id(&state, &token.organisation, &unit)?;
    let as_of = q.as_of.unwrap_or_else(|| state.service.today());
    let period = Period::parse(q.period.as_deref().unwrap_or("month"), as_of)
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    let settings =
        DigestSettings::from_config(state.service.config()).map_err(ApiError::internal)?;
    let sc = digest::scorecard(
        state.service.store(),
        &token.organisation,
        &settings,
        unit,
        period,
        as_of,
    )
    .map_err(ApiError::internal)?;
    Ok(Json(digest::scorecard::to_json(&sc)))
}
