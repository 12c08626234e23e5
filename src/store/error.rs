//! Store errors: the ones an operator or user can act on, and everything else.

use crate::ids::RecordId;
use std::path::{Path, PathBuf};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("The data directory {path} is in use by another valuebridge process{holder}. Stop it, or point --data-dir at another directory.", holder = holder.map(|p| format!(" (pid {p})")).unwrap_or_default())]
    Locked { path: PathBuf, holder: Option<u32> },
    #[error("The data directory {path} was written by a newer valuebridge (schema {found}); this build understands schema {supported} and older. Upgrade valuebridge to open it.", path = path.display())]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("Cannot use the data directory {path}: {source}", path = path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// sled's error is in the message and deliberately not a `source`, so a report that
    /// prints the chain says it once.
    #[error("store failure: {0}")]
    Sled(sled::Error),
    /// The files are damaged: said once (no source chain), with how to recover.
    #[error("The store in {path} is damaged: {detail}. Stop valuebridge, move that directory aside, and restore the last backup into an empty one: `valuebridge --data-dir {path} restore BACKUP.json` (see \"Backups\" in the README).", path = path.display())]
    Damaged { path: PathBuf, detail: String },
    #[error("a name is required")]
    EmptyName,
    /// `held_by` is the holder's own name (the name taken may be one of its aliases).
    #[error("the name '{name}' is already used by {existing} ({held_by})")]
    NameTaken {
        name: String,
        existing: RecordId,
        held_by: String,
    },
    #[error("there is no {0}")]
    NotFound(RecordId),
    #[error("{0} is already retracted")]
    AlreadyRetracted(RecordId),
    #[error("{0} is not retracted")]
    NotRetracted(RecordId),
    #[error("{id} belongs to {parent}, which is retracted")]
    ParentRetracted { id: RecordId, parent: RecordId },
    #[error("{id} still has live records: {}", children.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", "))]
    HasLiveChildren {
        id: RecordId,
        children: Vec<RecordId>,
    },
    #[error("the import file is not a valid export: {0}")]
    BadImport(String),
    #[error("a stored value could not be read: {0}")]
    Corrupt(String),
    /// A write that was refused or undone: the reason is in words for the person who made it.
    #[error("the store is not writable: {0}")]
    NotWritable(String),
    /// A counter reached the largest id number: the next record cannot be numbered.
    #[error("no more ids: a counter is at {at}, the largest id number is {max}", max = crate::ids::MAX_NUMBER)]
    IdsExhausted { at: u64 },
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        StoreError::Sled(e)
    }
}

impl StoreError {
    /// Why the store cannot write, in words for a person; other errors as they display.
    pub fn reason(&self) -> String {
        match self {
            StoreError::NotWritable(reason) => reason.clone(),
            other => other.to_string(),
        }
    }

    /// The directory is held by another process, or not ours to open: a running bot may
    /// serve us over its admin socket.
    pub fn is_held_elsewhere(&self) -> bool {
        match self {
            StoreError::Locked { .. } => true,
            StoreError::Io { source, .. } => source.kind() == std::io::ErrorKind::PermissionDenied,
            StoreError::Sled(sled::Error::Io(io)) => {
                io.kind() == std::io::ErrorKind::PermissionDenied
            }
            _ => false,
        }
    }

    pub(super) fn from_open(dir: &Path, err: sled::Error) -> StoreError {
        if let sled::Error::Io(io) = &err {
            if io.to_string().contains("could not acquire lock") {
                return StoreError::Locked {
                    path: dir.to_path_buf(),
                    holder: lock_holder(dir),
                };
            }
        }
        match err {
            sled::Error::Corruption { .. } => StoreError::Damaged {
                path: dir.to_path_buf(),
                detail: err.to_string(),
            },
            err => StoreError::Sled(err),
        }
    }
}

/// The pid holding the lock on sled's `db` file, found through /proc/locks (Linux only).
fn lock_holder(dir: &Path) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    let inode = std::fs::metadata(dir.join("db")).ok()?.ino();
    let locks = std::fs::read_to_string("/proc/locks").ok()?;
    locks.lines().find_map(|line| {
        // "1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF"
        let fields: Vec<&str> = line.split_whitespace().collect();
        let pid: u32 = fields.get(4)?.parse().ok()?;
        let ino: u64 = fields.get(5)?.rsplit(':').next()?.parse().ok()?;
        (ino == inode && pid != std::process::id()).then_some(pid)
    })
}
