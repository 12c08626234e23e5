//! The seams tests use to make the store's flushes and writes fail, as a full or broken
//! disk does, and where every write meets them.

use super::describe;
use crate::store::{Store, StoreError};
use std::sync::Arc;

/// Makes the store's flushes fail, as a full or broken disk does: the seam tests use to
/// check that a failed write leaves no trace. Called before every flush of the store.
pub trait FlushFault: Send + Sync {
    fn before_flush(&self) -> std::io::Result<()>;
}

impl<F: Fn() -> std::io::Result<()> + Send + Sync> FlushFault for F {
    fn before_flush(&self) -> std::io::Result<()> {
        self()
    }
}

/// Makes the store's writes fail before they change anything, as a disk that refuses a
/// write does: the seam tests use to fail the second of a command's writes and check that
/// the first leaves no trace. Called before every write to the records and to the store's
/// other trees, and before a round's batch of records is applied (as sled refusing it).
pub trait WriteFault: Send + Sync {
    fn before_write(&self) -> std::io::Result<()>;
}

impl<F: Fn() -> std::io::Result<()> + Send + Sync> WriteFault for F {
    fn before_write(&self) -> std::io::Result<()> {
        self()
    }
}

impl Store {
    /// Sets (or with `None` clears) the fault every flush of this store meets first.
    pub fn set_flush_fault(&self, fault: Option<Arc<dyn FlushFault>>) {
        *self.health.fault.write().unwrap_or_else(|p| p.into_inner()) = fault;
    }

    /// Sets (or with `None` clears) the fault every write of this store meets first.
    pub fn set_write_fault(&self, fault: Option<Arc<dyn WriteFault>>) {
        *self
            .health
            .write_fault
            .write()
            .unwrap_or_else(|p| p.into_inner()) = fault;
    }

    /// The write fault set for tests, if any, met: why this write cannot be made.
    pub(in crate::store) fn meet_write_fault(&self) -> Result<(), StoreError> {
        let fault = self
            .health
            .write_fault
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        match fault.map(|f| f.before_write()) {
            Some(Err(e)) => Err(StoreError::NotWritable(describe(&e))),
            _ => Ok(()),
        }
    }
}
