//! Getting records out and in: the JSON export (every entry of history, restoring ids on
//! import), CSV tables for spreadsheets, and the CSV investment register import.

mod backup;
mod check_import;
mod csv_cells;
mod csv_export;
mod export;
mod import_json;
mod register;

pub use backup::{backup, restore, BackupFile, BackupSummary, BACKUP_FORMAT};
pub use csv_export::export_csv;
pub use export::{export_json, ExportFile, EXPORT_FORMAT, EXPORT_VERSION};
pub use import_json::import_json;
pub use register::{
    import_register, import_register_saying, RegisterDefaults, RegisterError, RegisterImport,
    REGISTER_HEADER, ROWS_PER_PROGRESS_LINE,
};

use thiserror::Error;

#[derive(Debug, Error)]
pub enum TransferError {
    #[error("{0}")]
    Invalid(String),
    #[error("{path}: {source}", path = path.display())]
    Io {
        path: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}
