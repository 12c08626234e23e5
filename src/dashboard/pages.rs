//! The dashboard's three pages, drawn from what the chat answers (the digest, the unit's
//! scorecard, the investment's value story) and the charts of the same figures. Every
//! lookup is made as the link's own workspace; a unit-scoped link reaches that unit and its
//! investments only.

use super::html::{self, escape, figure, table_html};
use super::link::DashboardLink;
use crate::chart::{self, ChartKind, ChartRequest};
use crate::digest::{self, Digest, DigestSettings, Period};
use crate::domain::Record;
use crate::ids::{InvestmentId, UnitId};
use crate::money::{format_minor, Currency};
use crate::service::{Caller, Failure, Service};
use valuebridge_chat::Role;

/// What a page request comes to.
pub enum Page {
    Html(String),
    /// Not in this link's reach (another unit, another workspace, or no such record).
    NotFound,
}

/// The period every page shows: this month to date, as the scorecard does.
const PERIOD: &str = "month";

/// The link's reader: its workspace, a viewer.
fn reader(link: &DashboardLink) -> Caller {
    let user_id = format!("dashboard:{}", link.id);
    Caller {
        tenant: link.tenant.clone(),
        workspace: link.tenant.clone(),
        account: user_id.clone(),
        channel: "dashboard".into(),
        user_id,
        name: format!("dashboard link {}", link.id),
        role: Role::Viewer,
    }
}

fn settings(s: &Service) -> Result<DigestSettings, Failure> {
    DigestSettings::from_config(s.config()).map_err(|e| Failure::Internal(e.into()))
}

fn money(minor: i128, code: &str) -> String {
    match Currency::from_code(code) {
        Some(c) => format_minor(minor, c, true),
        None => format!("{minor} {code} (minor units)"),
    }
}

fn ratio(r: Option<f64>) -> String {
    r.map(|r| format!("{:.0}%", r * 100.0))
        .unwrap_or_else(|| "—".into())
}

fn digest_of(s: &Service, link: &DashboardLink, unit: Option<UnitId>) -> Result<Digest, Failure> {
    let today = s.today();
    let period = Period::parse(PERIOD, today).map_err(|e| Failure::Internal(anyhow::anyhow!(e)))?;
    s.digest_value(&link.tenant, unit, period, today)
}

/// The links along the top: the portfolio (unless the link is one unit's) and the unit.
fn nav(link: &DashboardLink, root: &str) -> String {
    match (&link.unit, &link.unit_name) {
        (Some(id), Some(name)) => format!(r#"<a href="{root}unit/{id}">{}</a>"#, escape(name)),
        _ => format!(r#"<a href="{root}">Portfolio</a>"#),
    }
}

/// The investments of a digest, each linking to its page.
fn investments_table(d: &Digest, root: &str) -> String {
    if d.investments.is_empty() {
        return "<p>No investments yet.</p>\n".into();
    }
    let rows: Vec<Vec<String>> = d
        .investments
        .iter()
        .map(|i| {
            vec![
                format!(
                    r#"<a href="{root}investment/{}">{}</a>"#,
                    escape(i.id.as_str()),
                    escape(i.id.as_str())
                ),
                escape(i.name.as_str()),
                escape(i.unit.as_str()),
                escape(i.status.as_str()),
                escape(i.rag.as_str()),
                money(i.npv_minor, i.currency.as_str()),
                money(i.realised_to_date_minor, i.currency.as_str()),
                ratio(i.realisation_ratio),
            ]
        })
        .collect();
    table_html(
        &[
            "Id",
            "Investment",
            "Unit",
            "Status",
            "RAG",
            "NPV",
            "Realised to date",
            "Realised / forecast",
        ],
        &rows,
        &[false, false, false, false, false, true, true, true],
    )
}

/// The whole portfolio: the digest, value by unit and RAG charts, and a row per unit. A
/// unit-scoped link gets its unit's page here instead.
pub fn portfolio(s: &Service, link: &DashboardLink) -> Result<Page, Failure> {
    if let Some(unit) = link.unit {
        return unit_page(s, link, unit, "./");
    }
    let root = "./";
    let caller = reader(link);
    let d = digest_of(s, link, None)?;
    let settings = settings(s)?;
    let units = crate::service::lookup_units(s.store(), &caller)?;
    let rows: Vec<Vec<String>> = d
        .units
        .iter()
        .map(|u| {
            let f = &u.figures;
            let name = match units.iter().find(|x| x.name == u.unit) {
                Some(x) => format!(r#"<a href="{root}unit/{}">{}</a>"#, x.id, escape(&x.name)),
                None => escape(&u.unit),
            };
            vec![
                name,
                f.active.to_string(),
                money(f.run_minor, &d.currency),
                money(f.change_minor, &d.currency),
                money(f.pv_benefits_minor, &d.currency),
                money(f.realised_to_date_minor, &d.currency),
                format!("{} red, {} amber, {} green", f.red, f.amber, f.green),
            ]
        })
        .collect();
    let mut body = String::new();
    body.push_str(&figure(&chart::units(&d)));
    body.push_str(&figure(&chart::rag(&d, settings.slipping_ratio)));
    body.push_str("<h2>Units</h2>\n");
    body.push_str(&table_html(
        &[
            "Unit",
            "Active",
            "Run spend",
            "Change spend",
            "PV of benefits",
            "Realised to date",
            "RAG",
        ],
        &rows,
        &[false, true, true, true, true, true, false],
    ));
    body.push_str("<h2>Investments</h2>\n");
    body.push_str(&investments_table(&d, root));
    body.push_str(&html::reply(&digest::to_reply(&d)));
    Ok(Page::Html(html::page(
        "Portfolio value",
        root,
        &nav(link, root),
        &body,
    )))
}

/// A unit's scorecard, its RAG chart and its investments.
pub fn unit_page(
    s: &Service,
    link: &DashboardLink,
    unit: UnitId,
    root: &str,
) -> Result<Page, Failure> {
    if link.unit.is_some_and(|u| u != unit) {
        return Ok(Page::NotFound);
    }
    let Some(state) = s.store().get(&link.tenant, unit.record())? else {
        return Ok(Page::NotFound);
    };
    if !state.is_live() {
        return Ok(Page::NotFound);
    }
    let Record::Unit(u) = state.record else {
        return Ok(Page::NotFound);
    };
    let settings = settings(s)?;
    let today = s.today();
    let period = Period::parse(PERIOD, today).map_err(|e| Failure::Internal(anyhow::anyhow!(e)))?;
    let sc = digest::scorecard(s.store(), &link.tenant, &settings, u.id, period, today)?;
    let d = digest_of(s, link, Some(u.id))?;
    let mut body = String::new();
    body.push_str(&figure(&chart::rag(&d, settings.slipping_ratio)));
    body.push_str(&html::reply(&digest::scorecard::to_reply(&sc)));
    body.push_str("<h2>Investments</h2>\n");
    body.push_str(&investments_table(&d, root));
    Ok(Page::Html(html::page(
        &format!("{}: scorecard", u.name),
        root,
        &nav(link, root),
        &body,
    )))
}

/// An investment's value story (estimate, decisions, benefits, realisation) and its
/// benefits chart.
pub fn investment_page(
    s: &Service,
    link: &DashboardLink,
    id: InvestmentId,
    root: &str,
) -> Result<Page, Failure> {
    let Some(state) = s.store().get(&link.tenant, id.record())? else {
        return Ok(Page::NotFound);
    };
    let Record::Investment(inv) = &state.record else {
        return Ok(Page::NotFound);
    };
    if !state.is_live() || link.unit.is_some_and(|u| u != inv.unit) {
        return Ok(Page::NotFound);
    }
    let caller = reader(link);
    let story = crate::service::investment_story(s, &caller, inv, &state)?;
    let chart = chart::make(
        s.store(),
        &link.tenant,
        &settings(s)?,
        &ChartRequest {
            kind: ChartKind::Benefits,
            unit: None,
            investment: Some(inv.id),
            as_of: s.today(),
        },
    );
    let mut body = String::new();
    match chart {
        Ok(c) => body.push_str(&figure(&c)),
        Err(e) => {
            tracing::warn!(error = %e, investment = %inv.id, "no benefits chart for a dashboard page")
        }
    }
    let unit_name = crate::service::unit_name(s.store(), &caller, inv.unit)?;
    body.push_str(&format!(
        r#"<p>Unit: <a href="{root}unit/{}">{}</a></p>
"#,
        inv.unit,
        escape(&unit_name)
    ));
    body.push_str(&html::reply(&story));
    Ok(Page::Html(html::page(
        &format!("{} ({}): value story", inv.name, inv.id),
        root,
        &nav(link, root),
        &body,
    )))
}
