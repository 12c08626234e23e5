//! Export: the whole history of a tenant as JSON, and its records as CSV tables.

use super::TransferError;
use crate::domain::Record;
use crate::ids::{Kind, TenantId};
use crate::store::{Change, LogEntry, Store};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const EXPORT_FORMAT: &str = "valuebridge-export";
pub const EXPORT_VERSION: u32 = 1;

/// The JSON export: every history entry, in order. Importing it rebuilds the same store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    pub format: String,
    pub version: u32,
    pub tenant: TenantId,
    pub entries: Vec<LogEntry>,
}

fn file_stem(tenant: &TenantId) -> String {
    tenant.as_str().replace([':', '.'], "_")
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> TransferError + '_ {
    move |source| TransferError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `<tenant>.json` into `dir` and returns its path.
pub fn export_json(store: &Store, tenant: &TenantId, dir: &Path) -> Result<PathBuf, TransferError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let file = ExportFile {
        format: EXPORT_FORMAT.into(),
        version: EXPORT_VERSION,
        tenant: tenant.clone(),
        entries: store.log(tenant)?,
    };
    let path = dir.join(format!("{}.json", file_stem(tenant)));
    let text =
        serde_json::to_string_pretty(&file).map_err(|e| TransferError::Invalid(e.to_string()))?;
    std::fs::write(&path, text).map_err(io(&path))?;
    Ok(path)
}

fn csv_writer(path: &Path) -> Result<csv::Writer<std::fs::File>, TransferError> {
    csv::Writer::from_path(path)
        .map_err(|e| TransferError::Invalid(format!("{}: {e}", path.display())))
}

fn csv_err(path: &Path) -> impl Fn(csv::Error) -> TransferError + '_ {
    move |e| TransferError::Invalid(format!("{}: {e}", path.display()))
}

/// Writes one CSV per kind of record (current state, retracted ones marked) and
/// `history.csv`, into `dir/<tenant>/`. Returns the paths written.
pub fn export_csv(
    store: &Store,
    tenant: &TenantId,
    dir: &Path,
) -> Result<Vec<PathBuf>, TransferError> {
    let dir = dir.join(file_stem(tenant));
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let mut written = Vec::new();
    let unit_name = |id: crate::ids::UnitId| -> String {
        match store.get(tenant, id.record()) {
            Ok(Some(s)) => match s.record {
                Record::Unit(u) => u.name,
                _ => id.to_string(),
            },
            _ => id.to_string(),
        }
    };
    for kind in [
        Kind::Unit,
        Kind::Note,
        Kind::Investment,
        Kind::Decision,
        Kind::Benefit,
        Kind::Service,
    ] {
        let path = dir.join(format!("{}.csv", kind.plural()));
        let mut w = csv_writer(&path)?;
        let header: &[&str] = match kind {
            Kind::Unit => &["id", "name", "aliases"],
            Kind::Note => &["id", "unit", "text", "followups", "tags"],
            Kind::Investment => &[
                "id",
                "name",
                "unit",
                "category",
                "cost",
                "run_cost",
                "annual_benefit",
                "currency",
                "years",
                "start",
                "sponsor",
            ],
            Kind::Decision => &[
                "id",
                "investment",
                "verdict",
                "amount",
                "currency",
                "rationale",
                "decided_by",
                "decided_on",
                "review",
                "supersedes",
            ],
            Kind::Benefit => &["id", "investment", "amount", "currency", "date", "evidence"],
            _ => &["id", "name", "unit", "annual_cost", "currency", "users"],
        };
        let mut full: Vec<&str> = header.to_vec();
        full.extend(["logged_by", "channel", "logged_at", "revision", "retracted"]);
        w.write_record(&full).map_err(csv_err(&path))?;
        for state in store.all(tenant, kind)? {
            let minor = |m: crate::money::Money| m.minor.to_string();
            let mut row: Vec<String> = match &state.record {
                Record::Unit(u) => vec![u.id.to_string(), u.name.clone(), u.aliases.join("; ")],
                Record::Note(n) => vec![
                    n.id.to_string(),
                    unit_name(n.unit),
                    n.text.clone(),
                    n.followups
                        .iter()
                        .map(|f| {
                            format!(
                                "{} @{} by {}{}",
                                f.text,
                                f.owner.clone().unwrap_or_default(),
                                f.due.map(|d| d.to_string()).unwrap_or_default(),
                                if f.done { " (done)" } else { "" }
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(" | "),
                    n.tags.join(" "),
                ],
                Record::Investment(i) => vec![
                    i.id.to_string(),
                    i.name.clone(),
                    unit_name(i.unit),
                    i.category.to_string(),
                    minor(i.cost),
                    minor(i.run_cost),
                    minor(i.annual_benefit),
                    i.cost.currency.to_string(),
                    i.years.to_string(),
                    i.start.to_string(),
                    i.sponsor.clone().unwrap_or_default(),
                ],
                Record::Decision(d) => vec![
                    d.id.to_string(),
                    d.investment.to_string(),
                    d.verdict.to_string(),
                    d.amount.map(minor).unwrap_or_default(),
                    d.amount.map(|a| a.currency.to_string()).unwrap_or_default(),
                    d.rationale.clone(),
                    d.decided_by.clone(),
                    d.decided_on.to_string(),
                    d.review.map(|r| r.to_string()).unwrap_or_default(),
                    d.supersedes.map(|s| s.to_string()).unwrap_or_default(),
                ],
                Record::Benefit(b) => vec![
                    b.id.to_string(),
                    b.investment.to_string(),
                    minor(b.amount),
                    b.amount.currency.to_string(),
                    b.date.to_string(),
                    b.evidence.clone(),
                ],
                Record::Service(v) => vec![
                    v.id.to_string(),
                    v.name.clone(),
                    v.unit.map(unit_name).unwrap_or_else(|| "All".into()),
                    minor(v.annual_cost),
                    v.annual_cost.currency.to_string(),
                    v.users.to_string(),
                ],
            };
            let m = state.record.meta();
            row.extend([
                m.logged_by.clone(),
                m.channel.clone(),
                m.at.to_rfc3339(),
                state.revision.to_string(),
                state.retracted.clone().unwrap_or_default(),
            ]);
            w.write_record(&row).map_err(csv_err(&path))?;
        }
        w.flush().map_err(io(&path))?;
        written.push(path);
    }
    let path = dir.join("history.csv");
    let mut w = csv_writer(&path)?;
    w.write_record(["seq", "record", "at", "by", "channel", "change", "details"])
        .map_err(csv_err(&path))?;
    for e in store.log(tenant)? {
        let (change, details) = match &e.change {
            Change::Created { .. } => ("created", String::new()),
            Change::Amended {
                changes, reason, ..
            } => (
                "amended",
                format!(
                    "{} because {reason}",
                    changes
                        .iter()
                        .map(|c| format!("{}: {} -> {}", c.field, c.before, c.after))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            ),
            Change::Retracted { reason } => ("retracted", reason.clone()),
            Change::Restored { reason } => ("restored", reason.clone()),
        };
        w.write_record([
            e.seq.to_string(),
            e.record.to_string(),
            e.at.to_rfc3339(),
            e.by.clone(),
            e.channel.clone(),
            change.to_string(),
            details,
        ])
        .map_err(csv_err(&path))?;
    }
    w.flush().map_err(io(&path))?;
    written.push(path);
    Ok(written)
}
