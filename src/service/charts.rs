//! `/value chart`: a chart of the digest's figures, drawn as PNG: shared in the channel
//! with its alt text as the message in Slack and Discord; written to the data directory's
//! `charts/` at the console, which prints where.

use super::error::{user, Failure};
use super::{lookup, Caller, Service};
use crate::chart::{self, Chart, ChartFailure, ChartRequest, Format};
use crate::command::ChartArgs;
use crate::digest::DigestSettings;
use crate::ids::TenantId;
use std::path::PathBuf;
use valuebridge_chat::{Image, Reply, ReplyKind, Visibility};

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

/// Where the console's charts are written.
pub fn charts_dir(s: &Service) -> PathBuf {
    s.config.store.data_dir.join("charts")
}

pub fn chart(s: &Service, caller: &Caller, args: &ChartArgs) -> Result<Reply, Failure> {
    let drawn = s.chart_value(caller, args)?;
    if caller.tenant != TenantId::local() {
        let png = chart::png(&drawn.svg).map_err(|e| Failure::Internal(e.into()))?;
        return Ok(Reply::new(ReplyKind::Info, Visibility::Channel)
            .heading(drawn.title.clone())
            .paragraph(drawn.alt.clone())
            .image(Image {
                file_name: format!("{}.png", drawn.stem),
                alt: drawn.alt,
                png,
            }));
    }
    let path = charts_dir(s).join(format!("{}.png", drawn.stem));
    chart::write(&drawn, &path, Format::Png).map_err(Failure::Internal)?;
    Ok(Reply::info()
        .heading(drawn.title.clone())
        .paragraph(drawn.alt.clone())
        .paragraph(format!("The chart is in {}.", path.display())))
}

/// The chart a scheduled digest carries, drawn from that digest itself: `rag` for a unit's
/// digest, `units` for the portfolio's. The console's digests carry none (a console shows
/// text), and a chart that cannot be drawn is logged and left out, never holding up the post.
pub fn digest_chart(s: &Service, tenant: &TenantId, d: &crate::digest::Digest) -> Option<Image> {
    if *tenant == TenantId::local() {
        return None;
    }
    let drawn = if d.unit.is_some() {
        let settings = match DigestSettings::from_config(&s.config) {
            Ok(settings) => settings,
            Err(e) => {
                tracing::error!(error = %e, "could not read the digest settings for a chart");
                return None;
            }
        };
        chart::rag(d, settings.slipping_ratio)
    } else {
        chart::units(d)
    };
    match chart::png(&drawn.svg) {
        Ok(png) => Some(Image {
            file_name: format!("{}.png", drawn.stem),
            alt: drawn.alt,
            png,
        }),
        Err(e) => {
            tracing::error!(error = %e, "could not draw a digest's chart");
            None
        }
    }
}
