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
    Export { format: ExportFormat, out: PathBuf },
    Import { file: PathBuf, user: String },
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
    match run(store, config, tenant, command) {
        Ok(out) => out,
        Err(e) => Output::failure(format!("error: {e:#}\n")),
    }
}

fn run(
    store: &Store,
    config: &Config,
    tenant: &TenantId,
    command: &StoreCommand,
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
        StoreCommand::Import { file, user } => {
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
                match crate::transfer::import_register(
                    store,
                    tenant,
                    &meta,
                    config.currency()?,
                    file,
                ) {
                    Ok(ids) => Ok(Output::success(format!(
                        "Imported {} investments ({} to {}) into {tenant}.\n",
                        ids.len(),
                        ids[0],
                        ids[ids.len() - 1]
                    ))),
                    Err(
                        e @ (crate::transfer::RegisterError::BadRows { .. }
                        | crate::transfer::RegisterError::Unreadable(_)),
                    ) => Ok(Output::failure(format!("{e}\n"))),
                    Err(e) => Err(e.into()),
                }
            } else {
                let n = crate::transfer::import_json(store, tenant, file)
                    .map_err(|e| anyhow::anyhow!("importing {}: {e}", file.display()))?;
                Ok(Output::success(format!(
                    "Imported {n} history entries into {tenant}.\n"
                )))
            }
        }
    }
}
