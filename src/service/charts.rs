//! `/value chart`: a chart of the digest's figures, drawn as PNG and written to the data
//! directory's `charts/` (the console prints where).

use super::error::{user, Failure};
use super::{lookup, Caller, Service};
use crate::chart::{self, Chart, ChartFailure, ChartRequest, Format};
use crate::command::ChartArgs;
use crate::digest::DigestSettings;
use crate::ids::TenantId;
use std::path::PathBuf;
use valuebridge_chat::Reply;

impl Service {
    /// The chart asked for, from the digest's figures as of `args.as_of` (default today).
    pub fn chart_value(&self, caller: &Caller, args: &ChartArgs) -> Result<Chart, Failure> {
        let unit = match &args.unit {
            Some(name) => Some(lookup::unit(&self.store, caller, name)?.id),
            None => None,
        };
        let investment = match &args.investment {
            Some(r) => Some(lookup::investment(&self.store, caller, r)?.id),
            None => None,
        };
        let settings =
            DigestSettings::from_config(&self.config).map_err(|e| Failure::Internal(e.into()))?;
        let req = ChartRequest {
            kind: args.kind,
            unit,
            investment,
            as_of: args.as_of.unwrap_or_else(|| self.today()),
        };
        chart::make(&self.store, &caller.tenant, &settings, &req).map_err(|e| match e {
            ChartFailure::User(m) => user(m),
            ChartFailure::Store(e) => e.into(),
        })
    }
}

/// Where a tenant's charts are written: `<data dir>/charts/`, in a folder per workspace
/// other than the console's so workspaces never see each other's pictures.
pub fn charts_dir(s: &Service, tenant: &TenantId) -> PathBuf {
    let base = s.config.store.data_dir.join("charts");
    if *tenant == TenantId::local() {
        base
    } else {
        base.join(tenant.as_str().replace(':', "-"))
    }
}

pub fn chart(s: &Service, caller: &Caller, args: &ChartArgs) -> Result<Reply, Failure> {
    let drawn = s.chart_value(caller, args)?;
    let path = charts_dir(s, &caller.tenant).join(format!("{}.png", drawn.stem));
    chart::write(&drawn, &path, Format::Png).map_err(Failure::Internal)?;
    Ok(Reply::info()
        .heading(drawn.title.clone())
        .paragraph(drawn.alt.clone())
        .paragraph(format!("The chart is in {}.", path.display())))
}
