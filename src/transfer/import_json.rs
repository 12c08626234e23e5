//! Import of a JSON export into an empty tenant, keeping every id and history entry.

use super::{ExportFile, TransferError, EXPORT_FORMAT, EXPORT_VERSION};
use crate::ids::TenantId;
use crate::store::Store;
use std::path::Path;

/// Replays the export into `tenant` as one atomic write; returns how many entries.
pub fn import_json(store: &Store, tenant: &TenantId, path: &Path) -> Result<usize, TransferError> {
    let text = std::fs::read_to_string(path).map_err(|source| TransferError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let file: ExportFile = serde_json::from_str(&text).map_err(|e| {
        TransferError::Invalid(format!(
            "{} is not a valuebridge JSON export: {e}",
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
    let count = file.entries.len();
    store.write(|tx| {
        for entry in file.entries {
            tx.replay(tenant, entry)?;
        }
        Ok(())
    })?;
    store.flush()?;
    Ok(count)
}
