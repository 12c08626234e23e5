//! The embedded sled store: every tenant's records, their append-only history, and the
//! indexes that make names unique and lists fast.

pub mod aggregates;
mod api_tokens;
mod caught_panic;
mod consistent_read;
mod dashboard_links;
mod derived;
mod durability;
mod durable_mark;
mod error;
mod health;
mod home_index;
mod integrity;
pub(crate) mod keys;
mod name_index;
mod orgs;
mod partial_forms;
mod people;
mod read;
mod round;
mod search;
mod suggest;
#[doc(hidden)]
pub mod test_records;
mod webhooks;
mod write;

pub use api_tokens::{ApiToken, ApiTokens};
pub use dashboard_links::DashboardLinks;
pub use durability::{GroupCommit, Interrupted};
pub use error::StoreError;
pub use health::{FlushFault, WriteFault, MIN_FREE_BYTES};
pub use keys::normalise_name;
pub use orgs::{LinkChange, OrgError, OrgEvent, Orgs};
pub use partial_forms::{PartialForm, PartialForms};
pub use people::{LinkError, People, CODE_MINUTES};
pub use read::decoded_on_this_thread;
pub use search::{record_text as search_text, terms as search_terms, Hit};
pub use webhooks::{hash_secret, Announcement, InHook, OutHook, Webhooks};
pub use write::{FieldChange, NewRecord, Tx};

use crate::domain::Record;
use crate::ids::RecordId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The schema this build writes. A store with a higher number refuses to open.
/// 2: digest aggregates (section `A`) kept with every write; a schema-1 store has them
/// built when it is first opened, and a schema-1 build refuses a schema-2 store, so it
/// cannot write records without keeping them.
/// 3: the aggregates also hold each investment's category (for run / grow / transform);
/// they are rebuilt on first open.
/// 4: name keys compare names as they read (see `name_index`); an older store has its
/// name index rebuilt when it is first opened.
/// 5: the aggregates also count closed follow-ups by unit and due date (on time, late, day
/// not recorded); they are rebuilt on first open.
pub const SCHEMA_VERSION: u32 = 5;
/// The first schema whose digest aggregates have today's layout.
const AGGREGATES_SINCE: u32 = 5;
const SCHEMA_KEY: &[u8] = b"schema_version";
/// sled's own page cache. Its default (1 GiB) filled as the background full check read
/// every record of a large store, and stayed: the process's memory grew with the store.
/// Pages it drops are still in the OS page cache, so reading them again is cheap.
const CACHE_BYTES: u64 = 64 * 1024 * 1024;
/// Written beside sled's files once the store is initialised.
const MARKER: &str = "valuebridge-store";

/// One entry of a record's history. Entries are only ever appended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub seq: u64,
    pub record: RecordId,
    pub at: DateTime<Utc>,
    pub by: String,
    pub by_name: String,
    pub channel: String,
    pub change: Change,
    /// Set when this entry undid an earlier one (its `seq`): `undo` steps over both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub undoes: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Change {
    Created {
        record: Record,
    },
    /// A correction: the fields that changed, why, and the record as it became.
    Amended {
        changes: Vec<FieldChange>,
        reason: String,
        record: Record,
    },
    Retracted {
        reason: String,
    },
    /// A retracted record brought back as it was.
    Restored {
        reason: String,
    },
}

/// The sled database. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    db: sled::Db,
    data: round::DataTree,
    path: PathBuf,
    write_lock: std::sync::Arc<std::sync::Mutex<()>>,
    aggregates: std::sync::Arc<aggregates::Cache>,
    health: std::sync::Arc<health::Health>,
    undo_enabled: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Store {
    /// Opens (or creates) the store in `dir`.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        if !dir.exists() {
            // Owner-only: the records are the business's, and the admin socket lives here.
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| StoreError::Io {
                    path: dir.to_path_buf(),
                    source: e,
                })?;
        }
        integrity::guarded(dir, || Store::open_sled(dir))
    }

    /// sled opened on `dir` with this store's settings.
    fn open_db(dir: &Path) -> Result<sled::Db, StoreError> {
        // sled releases a closed store's lock from a background thread, so a store closed
        // by this same process a moment ago may still look held: wait for it briefly. A lock
        // held by another process is reported at once.
        let mut attempts = 0;
        loop {
            match sled::Config::new()
                .path(dir)
                .cache_capacity(CACHE_BYTES)
                .open()
                .map_err(|e| StoreError::from_open(dir, e))
            {
                Err(StoreError::Locked { holder: None, .. }) if attempts < 40 => {
                    attempts += 1;
                    std::thread::sleep(std::time::Duration::from_millis(25));
                }
                other => return other,
            }
        }
    }

    /// Settles the store in `dir` once every handle on it is dropped: opens sled once more
    /// and closes it. sled 0.34 writes the snapshot of its page table only when it opens,
    /// after replaying the log written since its last opening, so without this the next
    /// start replays everything this run wrote (1M records written in one run: 2.2 s to
    /// open instead of 0.6 s). `false` when the store is still held (by another process,
    /// or a reader of this one not yet done): it is left as it is.
    pub fn settle(dir: &Path) -> Result<bool, StoreError> {
        // Never a new store where there was none.
        if !dir.join("db").exists() {
            return Ok(false);
        }
        match integrity::guarded(dir, || Store::open_db(dir)) {
            Ok(db) => {
                drop(db);
                Ok(true)
            }
            Err(StoreError::Locked { .. }) => Ok(false),
            Err(e) => Err(e),
        }
    }

    fn open_sled(dir: &Path) -> Result<Store, StoreError> {
        let db = Store::open_db(dir)?;
        // This opening may write: digest snapshots stop being true from here.
        aggregates::snapshot::forget_all(dir)?;
        let store = Store {
            data: round::DataTree::new(db.open_tree("data")?),
            db,
            path: dir.to_path_buf(),
            write_lock: Default::default(),
            aggregates: Default::default(),
            health: Default::default(),
            undo_enabled: Default::default(),
        };
        store.check_schema()?;
        store.check_durable_mark()?;
        store.ensure_search_index()?;
        store.ensure_home_index()?;
        Ok(store)
    }

    /// A throwaway store in memory, for tests and benchmarks.
    pub fn temporary() -> Result<Store, StoreError> {
        let db = sled::Config::new().temporary(true).open()?;
        let store = Store {
            data: round::DataTree::new(db.open_tree("data")?),
            db,
            path: PathBuf::new(),
            write_lock: Default::default(),
            aggregates: Default::default(),
            health: Default::default(),
            undo_enabled: Default::default(),
        };
        store.check_schema()?;
        store.ensure_search_index()?;
        store.ensure_home_index()?;
        Ok(store)
    }

    fn check_schema(&self) -> Result<(), StoreError> {
        match self.db.get(SCHEMA_KEY)? {
            None if self.marker().is_some_and(|m| m.exists()) => Err(StoreError::Damaged {
                path: self.path.clone(),
                detail: format!(
                    "it was initialised ({MARKER} is there) but holds nothing, not even its schema: its files were truncated or replaced"
                ),
            }),
            None => {
                self.db.insert(SCHEMA_KEY, &SCHEMA_VERSION.to_be_bytes())?;
                self.db.flush()?;
                self.write_marker()
            }
            Some(v) => {
                let found = v
                    .as_ref()
                    .try_into()
                    .map(u32::from_be_bytes)
                    .unwrap_or(u32::MAX);
                if found > SCHEMA_VERSION {
                    return Err(StoreError::NewerSchema {
                        path: self.path.clone(),
                        found,
                        supported: SCHEMA_VERSION,
                    });
                }
                if found < AGGREGATES_SINCE {
                    self.build_missing_aggregates()?;
                }
                if found < name_index::NAMES_NORMALISED_SINCE {
                    self.rebuild_name_indexes()?;
                }
                if found < SCHEMA_VERSION {
                    self.db.insert(SCHEMA_KEY, &SCHEMA_VERSION.to_be_bytes())?;
                    self.db.flush()?;
                }
                // Stores from before the marker get it now.
                self.write_marker()
            }
        }
    }

    /// The file that says this directory holds an initialised store, beside sled's own: if
    /// sled then finds nothing (its files truncated), that is damage, not a new store.
    fn marker(&self) -> Option<PathBuf> {
        (!self.path.as_os_str().is_empty()).then(|| self.path.join(MARKER))
    }

    fn write_marker(&self) -> Result<(), StoreError> {
        match self.marker() {
            Some(marker) if !marker.exists() => std::fs::write(
                &marker,
                "This directory holds a valuebridge store. Back it up with `valuebridge backup`.\n",
            )
            .map_err(|e| StoreError::Io {
                path: marker,
                source: e,
            }),
            _ => Ok(()),
        }
    }

    /// A store written before digest aggregates existed: build them for every tenant, from
    /// the records, before anything reads or writes. Each tenant's build is one atomic
    /// batch, and the schema is raised only after all of them, so an interrupted upgrade
    /// simply runs again.
    fn build_missing_aggregates(&self) -> Result<(), StoreError> {
        for tenant in self.tenants()? {
            let started = std::time::Instant::now();
            let records = self.rebuild_aggregates(&tenant)?;
            tracing::info!(%tenant, records, elapsed = ?started.elapsed(), "built digest aggregates for a store from before they existed");
        }
        self.db.flush()?;
        Ok(())
    }

    pub fn size_on_disk(&self) -> Result<u64, StoreError> {
        Ok(self.db.size_on_disk()?)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The raw database, for other parts of the product that keep their own trees
    /// (schedules, outbox, delivery dedupe).
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    #[cfg(test)]
    pub(crate) fn set_schema_for_test(&self, version: u32) {
        self.db
            .insert(SCHEMA_KEY, &version.to_be_bytes())
            .expect("write schema");
        self.db.flush().expect("flush");
    }
}

#[cfg(test)]
mod alias_tests;
#[cfg(test)]
mod tests;
