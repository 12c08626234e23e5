//! Import of a JSON export into an empty tenant, keeping every id and history entry.

use super::{check_import, ExportFile, TransferError, EXPORT_FORMAT, EXPORT_VERSION};
use crate::ids::TenantId;
use crate::schedule::Subscriptions;
use crate::store::{Store, StoreError};
use std::path::Path;

/// Replays the export into `tenant` as one atomic write; returns how many entries.
pub fn import_json(store: &Store, tenant: &TenantId, path: &Path) -> Result<usize, TransferError> {
    let text = std::fs::read_to_string(path).map_err(|source| TransferError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let file: ExportFile = serde_json::from_str(&text).map_err(|e| {
        TransferError::Invalid(format!(
            "Nothing was imported: {} is not a valuebridge JSON export ({e}).",
            path.display()
        ))
    })?;
    if file.format != EXPORT_FORMAT || file.version > EXPORT_VERSION {
        return Err(TransferError::Invalid(format!(
            "{} is a '{}' file, version {}; this build reads '{EXPORT_FORMAT}' up to version {EXPORT_VERSION}.",
            path.display(), file.format, file.version
        )));
    }
    let existing = store.log_len(tenant)?;
    if existing > 0 {
        return Err(TransferError::Invalid(format!(
            "The tenant '{tenant}' already has {existing} history entries. Import a JSON export into an empty data directory or another --tenant, so no id clashes."
        )));
    }
    let subscriptions = Subscriptions::open(store)?;
    let existing = subscriptions.of_tenant(tenant)?.len();
    if existing > 0 {
        return Err(TransferError::Invalid(format!(
            "The tenant '{tenant}' already has {existing} subscriptions. Import a JSON export into an empty data directory or another --tenant, so no id clashes."
        )));
    }
    let lines = check_import::entry_lines(&text);
    let mut problems = check_import::problems(&file.entries, &lines);
    problems.extend(check_import::subscription_problems(&file.subscriptions));
    if !problems.is_empty() {
        return Err(TransferError::Invalid(format!(
            "Nothing was imported from {}; fix these and try again:\n{}",
            path.display(),
            problems.join("\n")
        )));
    }
    let count = file.entries.len();
    // The records and the subscriptions are one import: if the subscriptions cannot be
    // written, the records gathered for the batch are dropped with them.
    store.all_or_nothing(|| import_entries(store, tenant, path, &subscriptions, file, &lines))?;
    store.flush()?;
    Ok(count)
}

/// Writes the export's records and then its subscriptions.
fn import_entries(
    store: &Store,
    tenant: &TenantId,
    path: &Path,
    subscriptions: &Subscriptions,
    file: ExportFile,
    lines: &[usize],
) -> Result<(), TransferError> {
    store
        .write(|tx| {
            for (i, entry) in file.entries.into_iter().enumerate() {
                tx.replay(tenant, entry)
                    .map_err(|e| in_file(e, &check_import::place(lines, i)))?;
            }
            Ok(())
        })
        .map_err(|e| match e {
            StoreError::BadImport(problem) => TransferError::Invalid(format!(
                "Nothing was imported from {}; fix this and try again:\n{problem}",
                path.display()
            )),
            other => other.into(),
        })?;
    subscriptions.restore(tenant, &file.subscriptions, 0)?;
    Ok(())
}

/// A problem with the file's content, placed in the file; anything else (the store
/// failing) passes through unchanged.
fn in_file(e: StoreError, place: &str) -> StoreError {
    match e {
        StoreError::BadImport(problem) => StoreError::BadImport(format!("{place}: {problem}")),
        e @ (StoreError::NotFound(_)
        | StoreError::AlreadyRetracted(_)
        | StoreError::NameTaken { .. }
        | StoreError::EmptyName
        | StoreError::HasLiveChildren { .. }) => StoreError::BadImport(format!("{place}: {e}")),
        other => other,
    }
}
