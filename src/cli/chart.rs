//! `valuebridge chart <kind> --out FILE.png|.svg`: a chart of the digest's figures, written
//! to a file.

use super::store_commands::Output;
use crate::chart::{self, ChartFailure, ChartKind, ChartRequest, Format};
use crate::config::Config;
use crate::digest::DigestSettings;
use crate::ids::{InvestmentId, Kind, TenantId, UnitId};
use crate::store::Store;
use std::path::Path;

pub struct ChartArgs<'a> {
    pub kind: &'a str,
    pub unit: Option<&'a str>,
    pub investment: Option<&'a str>,
    pub as_of: Option<chrono::NaiveDate>,
    pub out: &'a Path,
}

pub fn run(
    store: &Store,
    config: &Config,
    tenant: &TenantId,
    a: &ChartArgs<'_>,
) -> anyhow::Result<Output> {
    let kind: ChartKind = match a.kind.parse() {
        Ok(k) => k,
        Err(e) => return Ok(Output::failure(format!("{e}\n"))),
    };
    let Some(format) = Format::of(a.out) else {
        return Ok(Output::failure(format!(
            "--out {} has neither a .png nor an .svg extension; name the file for the format you want, like charts/{kind}.png.\n",
            a.out.display()
        )));
    };
    let unit = match a.unit {
        None => None,
        Some(name) => match store.find_name(tenant, Kind::Unit, name)? {
            Some(id) => Some(UnitId(id.n)),
            None => {
                return Ok(Output::failure(format!(
                    "There is no business unit called '{name}' in {tenant}. `valuebridge chat` and `units` lists them.\n"
                )))
            }
        },
    };
    let investment = match a.investment {
        None => None,
        Some(text) => match investment(store, tenant, text)? {
            Some(id) => Some(id),
            None => {
                return Ok(Output::failure(format!(
                "There is no investment '{text}' in {tenant}; give its id (INV-3) or its name.\n"
            )))
            }
        },
    };
    let as_of = a.as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let settings = DigestSettings::from_config(config)?;
    let req = ChartRequest {
        kind,
        unit,
        investment,
        as_of,
    };
    let drawn = match chart::make(store, tenant, &settings, &req) {
        Ok(c) => c,
        Err(ChartFailure::User(message)) => return Ok(Output::failure(format!("{message}\n"))),
        Err(ChartFailure::Store(e)) => return Err(e.into()),
    };
    chart::write(&drawn, a.out, format)?;
    Ok(Output::success(format!(
        "Wrote the {kind} chart to {}.\n{}\n",
        a.out.display(),
        drawn.alt
    )))
}

/// An investment by id (`INV-3`) or by name.
fn investment(
    store: &Store,
    tenant: &TenantId,
    text: &str,
) -> anyhow::Result<Option<InvestmentId>> {
    if let Ok(id) = text.trim().parse::<InvestmentId>() {
        return Ok(Some(id));
    }
    Ok(store
        .find_name(tenant, Kind::Investment, text)?
        .map(|id| InvestmentId(id.n)))
}
