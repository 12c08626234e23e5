//! JSON export: the whole history of a tenant, which imports back exactly.

use super::TransferError;
use crate::ids::TenantId;
use crate::schedule::{Subscription, Subscriptions};
use crate::store::{LogEntry, Store};
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
    /// Digest subscriptions, unsubscribed ones included (so their ids are not reused).
    /// Files from before subscriptions were exported have none.
    #[serde(default)]
    pub subscriptions: Vec<Subscription>,
}

pub(super) fn file_stem(tenant: &TenantId) -> String {
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
        subscriptions: Subscriptions::open(store)?.of_tenant(tenant)?,
    };
    let path = dir.join(format!("{}.json", file_stem(tenant)));
    let text =
        serde_json::to_string_pretty(&file).map_err(|e| TransferError::Invalid(e.to_string()))?;
    std::fs::write(&path, text).map_err(io(&path))?;
    Ok(path)
}
