//! Indexes derived from the records (search, Home pages) built once for a store written
//! before they existed.

use super::{keys, Store, StoreError, Tx};
use crate::domain::Record;
use crate::ids::{RecordId, TenantId};

impl Store {
    /// Builds an index from every live record, once: `marker` in the store's default tree says
    /// it is done. Each tenant's `sections` are cleared and rebuilt by `add` in one batch, so a
    /// build stopped before the marker runs again from nothing at the next open.
    pub(super) fn build_index_once(
        &self,
        marker: &[u8],
        sections: &[u8],
        what: &str,
        add: impl Fn(&mut Tx<'_>, &TenantId, RecordId, &Record) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        if self.db.get(marker)?.is_some() {
            return Ok(());
        }
        for tenant in self.tenants()? {
            let _guard = self.lock_writes();
            let mut tx = Tx::new(&self.data);
            for &section in sections {
                for item in self.data.scan_prefix(keys::section(&tenant, section)) {
                    tx.delete(item?.0.to_vec());
                }
            }
            let mut records = 0usize;
            for item in self.data.scan_prefix(keys::section(&tenant, keys::STATE)) {
                let (key, value) = item?;
                if let (Some((_, id)), Some(record)) = (
                    keys::state_key(&key),
                    super::read::live_record(Some(&value))?,
                ) {
                    add(&mut tx, &tenant, id, &record)?;
                    records += 1;
                }
            }
            self.data.apply_batch(tx.into_batch())?;
            tracing::info!(%tenant, records, "built the {what}");
        }
        self.db.insert(marker, &[1])?;
        self.db.flush()?;
        Ok(())
    }
}
