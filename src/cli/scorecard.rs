//! `valuebridge scorecard <unit>`: a unit's scorecard as text, markdown or JSON.

use super::store_commands::Output;
use super::DigestFormat;
use crate::config::Config;
use crate::digest::{self, DigestSettings, Period};
use crate::ids::{Kind, TenantId, UnitId};
use crate::store::Store;

pub fn run(
    store: &Store,
    config: &Config,
    tenant: &TenantId,
    unit: &str,
    period: Option<&str>,
    as_of: Option<chrono::NaiveDate>,
    format: DigestFormat,
) -> anyhow::Result<Output> {
    let as_of = as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let Some(id) = store.find_name(tenant, Kind::Unit, unit)? else {
        return Ok(Output::failure(format!("There is no business unit called '{unit}' in {tenant}. `valuebridge chat` and `units` lists them.\n")));
    };
    let period = match Period::parse(period.unwrap_or("month"), as_of) {
        Ok(p) => p,
        Err(e) => return Ok(Output::failure(format!("{e}\n"))),
    };
    let settings = DigestSettings::from_config(config)?;
    let sc = digest::scorecard(store, tenant, &settings, UnitId(id.n), period, as_of)?;
    let text = match format {
        DigestFormat::Json => {
            serde_json::to_string_pretty(&digest::scorecard::to_json(&sc))? + "\n"
        }
        DigestFormat::Markdown => {
            valuebridge_chat::render_markdown(&digest::scorecard::to_reply(&sc))
        }
        DigestFormat::Text => valuebridge_chat::render_plain(&digest::scorecard::to_reply(&sc)),
    };
    Ok(Output::success(text))
}
