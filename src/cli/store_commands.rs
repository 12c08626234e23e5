//! Subcommands that need the store. Each runs the same way whether this process opened the
//! store itself or a running bot runs it on our behalf over the admin socket, so output and
//! exit codes are identical either way.

use super::ExportFormat;
use crate::config::Config;
use crate::ids::TenantId;
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "command", rename_all = "snake_case")]
pub enum StoreCommand {
    Export {
        format: ExportFormat,
        out: PathBuf,
    },
    Import {
        file: PathBuf,
        user: String,
        /// A register's rows naming existing investments amend them.
        #[serde(default)]
        update: bool,
    },
    Digest {
        unit: Option<String>,
        period: Option<String>,
        as_of: Option<chrono::NaiveDate>,
        format: super::DigestFormat,
    },
    Parse {
        message: String,
        today: Option<chrono::NaiveDate>,
        speaker: String,
    },
    DigestAgg {
        action: super::DigestAggAction,
    },
    /// A backup of every tenant (the tenant given is not used).
    Backup {
        out: PathBuf,
    },
    /// Links and unlinks of workspaces (the tenant given is not used); `by` is who ran it.
    Org {
        action: super::OrgAction,
        by: String,
    },
    Scorecard {
        unit: String,
        period: Option<String>,
        as_of: Option<chrono::NaiveDate>,
        format: super::DigestFormat,
    },
    Chart {
        kind: String,
        unit: Option<String>,
        investment: Option<String>,
        as_of: Option<chrono::NaiveDate>,
        out: PathBuf,
    },
}

/// What a command prints, and its exit code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
}

impl Output {
    pub fn success(stdout: String) -> Output {
        Output {
            stdout,
            stderr: String::new(),
            code: 0,
        }
    }
    pub fn failure(stderr: String) -> Output {
        Output {
            stdout: String::new(),
            stderr,
            code: 1,
        }
    }
}

pub fn execute(
    store: &Store,
    config: &Config,
    tenant: &TenantId,
    command: &StoreCommand,
) -> Output {
    execute_saying(store, config, tenant, command, &mut |_| {})
}

/// [`execute`], with the lines a long command says while it works (a register import's
/// progress) handed to `progress` as they come, for stderr.
pub fn execute_saying(
    store: &Store,
    config: &Config,
    tenant: &TenantId,
    command: &StoreCommand,
    progress: &mut dyn FnMut(String),
) -> Output {
    match run(store, config, tenant, command, progress) {
        Ok(out) => out,
        Err(e) => Output::failure(format!("error: {e:#}\n")),
    }
}

fn run(
    store: &Store,
    config: &Config,
    tenant: &TenantId,
    command: &StoreCommand,
    progress: &mut dyn FnMut(String),
) -> anyhow::Result<Output> {
    match command {
        StoreCommand::Export {
            format: ExportFormat::Json,
            out,
        } => {
            let path = crate::transfer::export_json(store, tenant, out)?;
            Ok(Output::success(format!(
                "Exported {} history entries of {tenant} to {}\n",
                store.log_len(tenant)?,
                path.display()
            )))
        }
        StoreCommand::Export {
            format: ExportFormat::Csv,
            out,
        } => {
            let paths = crate::transfer::export_csv(store, tenant, out)?;
            let dir = paths[0]
                .parent()
                .map(|p| p.to_path_buf())
                .unwrap_or_else(|| out.clone());
            Ok(Output::success(format!(
                "Exported {tenant} to {} CSV files in {}\n",
                paths.len(),
                dir.display()
            )))
        }
        StoreCommand::Digest {
            unit,
            period,
            as_of,
            format,
        } => {
            let as_of = as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let unit_id = match unit {
                None => None,
                Some(name) => match store.find_name(tenant, crate::ids::Kind::Unit, name)? {
                    Some(id) => Some(crate::ids::UnitId(id.n)),
                    None => return Ok(Output::failure(format!("There is no business unit called '{name}' in {tenant}. `valuebridge chat` and `units` lists them.\n"))),
                },
            };
            let period =
                match crate::digest::Period::parse(period.as_deref().unwrap_or("week"), as_of) {
                    Ok(p) => p,
                    Err(e) => return Ok(Output::failure(format!("{e}\n"))),
                };
            let settings = crate::digest::DigestSettings::from_config(config)?;
            let d = crate::digest::build(
                store,
                tenant,
                &settings,
                &crate::digest::DigestRequest {
                    unit: unit_id,
                    period,
                    as_of,
                },
            )?;
            Ok(Output::success(digest_text(&d, *format)?))
        }
        StoreCommand::Parse {
            message,
            today,
            speaker,
        } => {
            let dir = crate::reader::StoreDirectory::load(store, tenant)?;
            let settings = crate::reader::ReaderSettings {
                day_first: config.conversation.day_first,
                default_currency: config.currency()?,
            };
            let today = today.unwrap_or_else(|| chrono::Utc::now().date_naive());
            let reader = crate::reader::Reader::new(&dir, settings)
                .with_week_ending(config.conversation.week_ends)
                .with_financial_year(config.conversation.financial_year_starts);
            match reader.read(message, speaker, today) {
                Ok(r) => {
                    // Exactly the documented fields, in the documented order.
                    let json = serde_json::json!({
                        "intent": r.intent,
                        "verdict": r.verdict,
                        "unit": r.unit,
                        "investment": r.investment,
                        "amount": r.amount,
                        "annual_benefit": r.annual_benefit,
                        "years": r.years,
                        "date": r.date,
                        "review_date": r.review_date,
                        "due": r.due,
                        "rationale": r.rationale,
                        "missing": r.missing,
                        // Added later; the fields above keep their shape.
                        "decided_by": r.decided_by,
                        "follow_ups": r.follow_ups,
                        "units": r.units,
                        "category": r.category,
                    });
                    Ok(Output::success(serde_json::to_string(&json)? + "\n"))
                }
                Err(e) => Ok(Output::failure(format!("{e}\n"))),
            }
        }
        StoreCommand::Org { action, by } => super::org::run(store, action, by),
        StoreCommand::DigestAgg { action } => Ok(super::digest_agg::run(store, tenant, *action)?),
        StoreCommand::Backup { out } => {
            let summary = crate::transfer::backup(store, out)?;
            Ok(Output::success(format!(
                "Backed up {summary} to {}\n",
                out.display()
            )))
        }
        StoreCommand::Chart {
            kind,
            unit,
            investment,
            as_of,
            out,
        } => super::chart::run(
            store,
            config,
            tenant,
            &super::chart::ChartArgs {
                kind,
                unit: unit.as_deref(),
                investment: investment.as_deref(),
                as_of: *as_of,
                out,
            },
        ),
        StoreCommand::Scorecard {
            unit,
            period,
            as_of,
            format,
        } => super::scorecard::run(
            store,
            config,
            tenant,
            unit,
            period.as_deref(),
            *as_of,
            *format,
        ),
        StoreCommand::Import { file, user, update } => {
            let is_csv = file
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            if is_csv {
                let meta = crate::domain::Meta {
                    logged_by: user.clone(),
                    logged_by_name: user.clone(),
                    channel: "import".into(),
                    at: chrono::Utc::now(),
                };
                match crate::transfer::import_register_saying(
                    store,
                    tenant,
                    &meta,
                    crate::transfer::RegisterDefaults {
                        currency: config.currency()?,
                        day_first: config.conversation.day_first,
                    },
                    file,
                    *update,
                    progress,
                ) {
                    Ok(done) => Ok(Output::success(register_summary(&done, *update, tenant))),
                    Err(
                        e @ (crate::transfer::RegisterError::BadRows { .. }
                        | crate::transfer::RegisterError::Unreadable(_)),
                    ) => Ok(Output::failure(format!("{e}\n"))),
                    Err(e) => Err(e.into()),
                }
            } else {
                match crate::transfer::import_json(store, tenant, file) {
                    Ok(n) => Ok(Output::success(format!(
                        "Imported {n} history entries into {tenant}.\n"
                    ))),
                    // The file's fault, explained in full: no "error:" wrapper around it.
                    Err(e @ crate::transfer::TransferError::Invalid(_)) => {
                        Ok(Output::failure(format!("{e}\n")))
                    }
                    Err(e) => Err(anyhow::anyhow!("importing {}: {e}", file.display())),
                }
            }
        }
    }
}

/// What a register import did, in one line: created, amended, unchanged, skipped.
fn register_summary(
    done: &crate::transfer::RegisterImport,
    update: bool,
    tenant: &TenantId,
) -> String {
    let ids = |ids: &[crate::ids::InvestmentId]| match ids {
        [] => String::new(),
        [one] => format!(" ({one})"),
        [first, .., last] => format!(" ({first} to {last})"),
    };
    let mut parts = vec![format!(
        "Imported {} investment{}{}",
        done.created.len(),
        if done.created.len() == 1 { "" } else { "s" },
        ids(&done.created)
    )];
    if update {
        let amended: Vec<String> = done.updated.iter().map(|i| i.to_string()).collect();
        parts.push(format!(
            "amended {}{}",
            amended.len(),
            if amended.is_empty() {
                String::new()
            } else {
                format!(" ({})", amended.join(", "))
            }
        ));
        parts.push(format!("{} already up to date", done.unchanged));
    }
    if done.skipped_retracted > 0 {
        parts.push(format!(
            "skipped {} retracted row{}",
            done.skipped_retracted,
            if done.skipped_retracted == 1 { "" } else { "s" }
        ));
    }
    format!("{} into {tenant}.\n", parts.join("; "))
}

/// A digest as the command line prints it.
pub(super) fn digest_text(
    d: &crate::digest::Digest,
    format: super::DigestFormat,
) -> anyhow::Result<String> {
    Ok(match format {
        super::DigestFormat::Json => {
            serde_json::to_string_pretty(&crate::digest::to_json(d))? + "\n"
        }
        super::DigestFormat::Markdown => {
            valuebridge_chat::render_markdown(&crate::digest::to_reply(d))
        }
        super::DigestFormat::Text => valuebridge_chat::render_plain(&crate::digest::to_reply(d)),
    })
}
