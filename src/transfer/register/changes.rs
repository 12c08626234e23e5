//! What an update from a register changes in an investment, field by field, as amendments
//! show it in history.

use crate::domain::{Investment, Record};
use crate::ids::{TenantId, UnitId};
use crate::store::{FieldChange, Store};

/// The fields that differ, as amendments show them.
pub(super) fn changes(
    store: &Store,
    tenant: &TenantId,
    before: &Investment,
    after: &Investment,
) -> Vec<FieldChange> {
    let unit_name = |id: UnitId| match store.get(tenant, id.record()) {
        Ok(Some(s)) => match s.record {
            Record::Unit(u) => u.name,
            _ => id.to_string(),
        },
        _ => id.to_string(),
    };
    let mut out = Vec::new();
    let mut field = |name: &str, b: String, a: String| {
        if b != a {
            out.push(FieldChange {
                field: name.into(),
                before: b,
                after: a,
            });
        }
    };
    field("name", before.name.clone(), after.name.clone());
    field("unit", unit_name(before.unit), unit_name(after.unit));
    field(
        "category",
        before.category.to_string(),
        after.category.to_string(),
    );
    field("cost", before.cost.exact(), after.cost.exact());
    field("run", before.run_cost.exact(), after.run_cost.exact());
    field(
        "benefit",
        before.annual_benefit.exact(),
        after.annual_benefit.exact(),
    );
    field("years", before.years.to_string(), after.years.to_string());
    field("start", before.start.to_string(), after.start.to_string());
    let sponsor = |s: &Option<String>| s.clone().unwrap_or_else(|| "none".into());
    field("sponsor", sponsor(&before.sponsor), sponsor(&after.sponsor));
    let aliases = crate::domain::names::aliases_shown;
    field("aliases", aliases(&before.aliases), aliases(&after.aliases));
    out
}
