//! Backups: one JSON file with every tenant's whole history and every subscription, taken
//! while writes wait so it is consistent; and restoring one into an empty data directory.
//! Drafts in flight, delivery bookkeeping and the outbox are not part of it: a draft is a
//! question not yet answered, and the rest is rebuilt as the bot runs.

use super::TransferError;
use crate::ids::TenantId;
use crate::schedule::{Subscription, Subscriptions};
use crate::store::{LogEntry, Store};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub const BACKUP_FORMAT: &str = "valuebridge-backup";
pub const BACKUP_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BackupFile {
    pub format: String,
    pub version: u32,
    pub tenants: Vec<TenantHistory>,
    /// Every subscription, unsubscribed ones included (their ids are never reused).
    pub subscriptions: Vec<Subscription>,
    /// Per tenant, the last subscription number used.
    pub subscription_numbers: BTreeMap<TenantId, u64>,
    /// Organisation links, linked people, API token hashes, webhooks and dashboard links, entry by entry
    /// (hex). Backups from before they existed have none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub hub: BTreeMap<String, Vec<(String, String)>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TenantHistory {
    pub tenant: TenantId,
    pub entries: Vec<LogEntry>,
}

/// What a backup or restore covered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackupSummary {
    pub tenants: usize,
    pub entries: usize,
    pub subscriptions: usize,
}

impl std::fmt::Display for BackupSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} tenant{} ({} history entries, {} subscription{})",
            self.tenants,
            if self.tenants == 1 { "" } else { "s" },
            self.entries,
            self.subscriptions,
            if self.subscriptions == 1 { "" } else { "s" },
        )
    }
}

impl BackupFile {
    fn summary(&self) -> BackupSummary {
        BackupSummary {
            tenants: self.tenants.len(),
            entries: self.tenants.iter().map(|t| t.entries.len()).sum(),
            subscriptions: self.subscriptions.len(),
        }
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> TransferError + '_ {
    move |source| TransferError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes a consistent backup of the whole store to `out` (replacing it only once the new
/// one is complete on disk).
pub fn backup(store: &Store, out: &Path) -> Result<BackupSummary, TransferError> {
    let subs = Subscriptions::open(store)?;
    let (logs, ((subscriptions, subscription_numbers), hub)) =
        store.snapshot_logs(|| Ok((subs.everything()?, store.hub_entries()?)))?;
    let file = BackupFile {
        format: BACKUP_FORMAT.into(),
        version: BACKUP_VERSION,
        tenants: logs
            .into_iter()
            .map(|(tenant, entries)| TenantHistory { tenant, entries })
            .collect(),
        subscriptions,
        subscription_numbers,
        hub,
    };
    let text =
        serde_json::to_vec_pretty(&file).map_err(|e| TransferError::Invalid(e.to_string()))?;
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
    }
    let partial = out.with_extension("partial");
    {
        use std::io::Write;
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&partial)
            .map_err(io(&partial))?;
        f.write_all(&text).map_err(io(&partial))?;
        f.sync_all().map_err(io(&partial))?;
    }
    std::fs::rename(&partial, out).map_err(io(out))?;
    crate::durable_dir::sync_parent(out).map_err(io(out))?;
    Ok(file.summary())
}

/// Reads and checks a backup file, touching nothing.
fn read(file: &Path) -> Result<BackupFile, TransferError> {
    let text = std::fs::read(file).map_err(io(file))?;
    let backup: BackupFile = serde_json::from_slice(&text).map_err(|e| {
        TransferError::Invalid(format!(
            "{} is not a valuebridge backup: {e}",
            file.display()
        ))
    })?;
    if backup.format != BACKUP_FORMAT || backup.version > BACKUP_VERSION {
        return Err(TransferError::Invalid(format!(
            "{} is a '{}' file, version {}; this build restores '{BACKUP_FORMAT}' up to version {BACKUP_VERSION}.",
            file.display(),
            backup.format,
            backup.version
        )));
    }
    Ok(backup)
}

/// Restores `file` into `dir`, which must be empty or not exist. All or nothing: on any
/// error the directory is left empty again.
pub fn restore(dir: &Path, file: &Path) -> Result<BackupSummary, TransferError> {
    let backup = read(file)?;
    if dir.exists() {
        let held = std::fs::read_dir(dir).map_err(io(dir))?.count();
        if held > 0 {
            return Err(TransferError::Invalid(format!(
                "The data directory {} is not empty ({held} entries). Restore into a new, empty directory (--data-dir), then point valuebridge at it; nothing was changed.",
                dir.display()
            )));
        }
    }
    let created = !dir.exists();
    let result = restore_into(dir, &backup);
    if result.is_err() {
        // Leave the directory as it was found: empty, or absent.
        if created {
            let _ = std::fs::remove_dir_all(dir);
        } else if let Ok(entries) = std::fs::read_dir(dir) {
            for entry in entries.flatten() {
                let path = entry.path();
                let _ = if path.is_dir() {
                    std::fs::remove_dir_all(&path)
                } else {
                    std::fs::remove_file(&path)
                };
            }
        }
    }
    result
}

fn restore_into(dir: &Path, backup: &BackupFile) -> Result<BackupSummary, TransferError> {
    let store = Store::open(dir)?;
    store.write(|tx| {
        for history in &backup.tenants {
            for entry in &history.entries {
                tx.replay(&history.tenant, entry.clone())?;
            }
        }
        Ok(())
    })?;
    let subs = Subscriptions::open(&store)?;
    let tenants: std::collections::BTreeSet<&TenantId> = backup
        .subscriptions
        .iter()
        .map(|s| &s.tenant)
        .chain(backup.subscription_numbers.keys())
        .collect();
    for tenant in tenants {
        let theirs: Vec<_> = backup
            .subscriptions
            .iter()
            .filter(|s| &s.tenant == tenant)
            .cloned()
            .collect();
        let numbered = backup
            .subscription_numbers
            .get(tenant)
            .copied()
            .unwrap_or(0);
        subs.restore(tenant, &theirs, numbered)?;
    }
    store.restore_hub_entries(&backup.hub)?;
    store.flush()?;
    Ok(backup.summary())
}
