//! CSV export: one table per kind of record (current state, retracted ones marked) and the
//! history, for spreadsheets. Amounts are in major units beside a currency column; text
//! cells are escaped so no cell runs as a formula; `investments.csv` starts with the
//! register's columns, so it imports back as a register.

use super::csv_cells::{major, text};
use super::register::REGISTER_HEADER;
use super::TransferError;
use crate::domain::{Benefit, Decision, Investment, Note, Record, RecordState, Service, Unit};
use crate::ids::{Kind, TenantId, UnitId};
use crate::store::{Change, Store};
use std::path::{Path, PathBuf};

/// Columns every record table ends with.
pub const META_COLUMNS: [&str; 5] = ["logged_by", "channel", "logged_at", "revision", "retracted"];

/// The columns of each record table, before [`META_COLUMNS`].
pub fn columns(kind: Kind) -> Vec<&'static str> {
    match kind {
        Kind::Unit => vec!["id", "name", "aliases"],
        Kind::Note => vec!["id", "unit", "text", "followups", "tags"],
        Kind::Investment => {
            let mut c: Vec<&str> = REGISTER_HEADER.split(',').collect();
            c.extend(["currency", "id", "aliases"]);
            c
        }
        Kind::Decision => vec![
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
        Kind::Benefit => vec!["id", "investment", "amount", "currency", "date", "evidence"],
        Kind::Service => vec!["id", "name", "unit", "annual_cost", "currency", "users"],
        Kind::Subscription => Vec::new(),
    }
}

/// The kinds written as tables, in file order.
const TABLES: [Kind; 6] = [
    Kind::Unit,
    Kind::Note,
    Kind::Investment,
    Kind::Decision,
    Kind::Benefit,
    Kind::Service,
];

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> TransferError + '_ {
    move |source| TransferError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn csv_err(path: &Path) -> impl Fn(csv::Error) -> TransferError + '_ {
    move |e| TransferError::Invalid(format!("{}: {e}", path.display()))
}

/// Unit names by id, to show notes', investments' and services' units by name.
struct UnitNames<'a> {
    store: &'a Store,
    tenant: &'a TenantId,
}

impl UnitNames<'_> {
    fn name(&self, id: UnitId) -> String {
        match self.store.get(self.tenant, id.record()) {
            Ok(Some(RecordState {
                record: Record::Unit(u),
                ..
            })) => u.name,
            _ => id.to_string(),
        }
    }
}

/// Between a unit's or an investment's aliases in one cell.
pub const ALIAS_SEPARATOR: &str = "; ";

fn unit_row(u: &Unit) -> Vec<String> {
    vec![
        u.id.to_string(),
        text(&u.name),
        text(&u.aliases.join(ALIAS_SEPARATOR)),
    ]
}

fn note_row(n: &Note, units: &UnitNames<'_>) -> Vec<String> {
    let followups = n
        .followups
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
        .join(" | ");
    vec![
        n.id.to_string(),
        text(&units.name(n.unit)),
        text(&n.text),
        text(&followups),
        text(&n.tags.join(" ")),
    ]
}

fn investment_row(i: &Investment, units: &UnitNames<'_>) -> Vec<String> {
    vec![
        text(&i.name),
        text(&units.name(i.unit)),
        i.category.to_string(),
        major(i.cost),
        major(i.run_cost),
        major(i.annual_benefit),
        i.years.to_string(),
        i.start.to_string(),
        text(i.sponsor.as_deref().unwrap_or_default()),
        i.cost.currency.to_string(),
        i.id.to_string(),
        text(&i.aliases.join(ALIAS_SEPARATOR)),
    ]
}

fn decision_row(d: &Decision) -> Vec<String> {
    vec![
        d.id.to_string(),
        d.investment.to_string(),
        d.verdict.to_string(),
        d.amount.map(major).unwrap_or_default(),
        d.amount.map(|a| a.currency.to_string()).unwrap_or_default(),
        text(&d.rationale),
        text(&d.decided_by),
        d.decided_on.to_string(),
        d.review.map(|r| r.to_string()).unwrap_or_default(),
        d.supersedes.map(|s| s.to_string()).unwrap_or_default(),
    ]
}

fn benefit_row(b: &Benefit) -> Vec<String> {
    vec![
        b.id.to_string(),
        b.investment.to_string(),
        major(b.amount),
        b.amount.currency.to_string(),
        b.date.to_string(),
        text(&b.evidence),
    ]
}

fn service_row(v: &Service, units: &UnitNames<'_>) -> Vec<String> {
    vec![
        v.id.to_string(),
        text(&v.name),
        v.unit
            .map(|u| text(&units.name(u)))
            .unwrap_or_else(|| "All".into()),
        major(v.annual_cost),
        v.annual_cost.currency.to_string(),
        v.users.to_string(),
    ]
}

fn row(state: &RecordState, units: &UnitNames<'_>) -> Vec<String> {
    let mut row = match &state.record {
        Record::Unit(u) => unit_row(u),
        Record::Note(n) => note_row(n, units),
        Record::Investment(i) => investment_row(i, units),
        Record::Decision(d) => decision_row(d),
        Record::Benefit(b) => benefit_row(b),
        Record::Service(v) => service_row(v, units),
    };
    let m = state.record.meta();
    row.extend([
        text(&m.logged_by),
        text(&m.channel),
        m.at.to_rfc3339(),
        state.revision.to_string(),
        text(state.retracted.as_deref().unwrap_or_default()),
    ]);
    row
}

/// Writes one CSV per kind of record and `history.csv` into `dir/<tenant>/`. Returns the
/// paths written.
pub fn export_csv(
    store: &Store,
    tenant: &TenantId,
    dir: &Path,
) -> Result<Vec<PathBuf>, TransferError> {
    let dir = dir.join(super::export::file_stem(tenant));
    std::fs::create_dir_all(&dir).map_err(io(&dir))?;
    let units = UnitNames { store, tenant };
    let mut written = Vec::new();
    for kind in TABLES {
        let path = dir.join(format!("{}.csv", kind.plural()));
        let mut w = csv::Writer::from_path(&path).map_err(csv_err(&path))?;
        let mut header = columns(kind);
        header.extend(META_COLUMNS);
        w.write_record(&header).map_err(csv_err(&path))?;
        for state in store.all(tenant, kind)? {
            w.write_record(row(&state, &units))
                .map_err(csv_err(&path))?;
        }
        w.flush().map_err(io(&path))?;
        written.push(path);
    }
    let path = dir.join("history.csv");
    let mut w = csv::Writer::from_path(&path).map_err(csv_err(&path))?;
    w.write_record(HISTORY_COLUMNS).map_err(csv_err(&path))?;
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
            text(&e.by),
            text(&e.channel),
            change.to_string(),
            text(&details),
        ])
        .map_err(csv_err(&path))?;
    }
    w.flush().map_err(io(&path))?;
    written.push(path);
    Ok(written)
}

/// The columns of `history.csv`.
pub const HISTORY_COLUMNS: [&str; 7] =
    ["seq", "record", "at", "by", "channel", "change", "details"];
