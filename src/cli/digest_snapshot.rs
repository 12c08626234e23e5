//! `valuebridge digest` from the store's digest snapshot, when there is one: one file read
//! instead of opening the store and scanning its aggregates (0.4–2.3 s at 1.9M records).
//! Anything it cannot answer exactly as the store would (a unit named by an alias, a
//! period that does not parse) is left to the store.

use super::DigestFormat;
use crate::config::Config;
use crate::digest::{self, DigestRequest, DigestSettings, Period};
use crate::ids::TenantId;
use crate::store::aggregates::snapshot;

/// The digest's text, or `None` when the store must answer.
pub fn answer(
    config: &Config,
    tenant: &TenantId,
    unit: Option<&str>,
    period: Option<&str>,
    as_of: Option<chrono::NaiveDate>,
    format: DigestFormat,
) -> Option<String> {
    let snap = snapshot::Snapshot::read(&config.store.data_dir, tenant)?;
    let as_of = as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let unit = match unit {
        None => None,
        Some(name) => {
            let wanted = crate::store::normalise_name(name);
            let units = snap.units()?;
            let found = units
                .iter()
                .find(|(_, n)| crate::store::normalise_name(n) == wanted)?;
            Some(found.0)
        }
    };
    let agg = snap.aggregates(tenant, unit)?;
    let period = Period::parse(period.unwrap_or("week"), as_of).ok()?;
    let settings = DigestSettings::from_config(config).ok()?;
    let d = digest::from_aggregates(
        &agg,
        &settings,
        &DigestRequest {
            unit,
            period,
            as_of,
        },
    );
    super::store_commands::digest_text(&d, format).ok()
}
