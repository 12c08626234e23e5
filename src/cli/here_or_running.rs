//! A store command runs in this process when the store is free, or through the running
//! bot's admin socket when the bot holds it; the output is printed the same either way.

use super::commands::runtime;
use super::StoreCommand;
use crate::config::Config;
use crate::ids::TenantId;
use crate::store::Store;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Runs a store command here, or through the running bot when it holds the store.
pub(super) fn store_command(
    config: &Config,
    tenant: &TenantId,
    command: StoreCommand,
) -> anyhow::Result<ExitCode> {
    let out = match Store::open(&config.store.data_dir) {
        Ok(store) => {
            let out = super::execute_saying(&store, config, tenant, &command, &mut |line| {
                eprintln!("{line}")
            });
            store.flush()?;
            // A digest only reads: what it read is the store until it is next opened, so
            // the next digest can read that instead (see `aggregates::snapshot`).
            let snapshot = match matches!(command, StoreCommand::Digest { .. }) && out.code == 0 {
                true => store.start_aggregate_snapshot(tenant).unwrap_or_else(|e| {
                    tracing::warn!(error = %e, "could not keep a digest snapshot");
                    None
                }),
                false => None,
            };
            drop(store);
            if let Some(partial) = snapshot {
                let finished =
                    crate::store::aggregates::snapshot::finish(&config.store.data_dir, &partial);
                if let Err(e) = finished {
                    tracing::warn!(error = %e, "could not keep a digest snapshot");
                }
            }
            out
        }
        Err(e) if e.is_held_elsewhere() => {
            let path = crate::admin::socket_path(&config.store.data_dir);
            runtime()?
                .block_on(crate::admin::client::command(
                    &path,
                    tenant.as_str(),
                    command,
                ))
                .map_err(|ce| held_error(e, ce))?
        }
        Err(e) => return Err(e.into()),
    };
    print_output(&out);
    Ok(ExitCode::from(out.code))
}

pub(super) fn print_output(out: &super::Output) {
    // Records may hold control characters from before they were refused: a terminal shows
    // them as symbols; a pipe or file gets the output unchanged.
    if std::io::stdout().is_terminal() {
        print!("{}", crate::terminal::for_terminal(&out.stdout));
    } else {
        print!("{}", out.stdout);
    }
    eprint!("{}", crate::terminal::for_terminal(&out.stderr));
}

/// The store is locked and the admin socket did not help: say both, plainly.
pub(super) fn held_error(
    open: crate::store::StoreError,
    client: crate::admin::client::ClientError,
) -> anyhow::Error {
    match client {
        crate::admin::client::ClientError::Refused(message) => anyhow::anyhow!("{message}"),
        other => anyhow::anyhow!("{open} It does not answer on its admin socket either ({other})."),
    }
}
