//! Prepared readers, one per tenant, kept while the tenant's records stay as they were: a
//! plain-words message used to load every unit and investment and index their names anew,
//! which grows with the portfolio (a 100,000-investment tenant paid it on every message).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::ids::TenantId;
use crate::reader::{Reader, ReaderSettings, StoreDirectory};
use crate::store::{Store, StoreError};

/// Each tenant's reader, with the length of its history when the reader was built.
type ByTenant = HashMap<TenantId, (u64, Arc<Reader>)>;

#[derive(Clone, Default)]
pub struct Readers(Arc<Mutex<ByTenant>>);

impl Readers {
    /// The tenant's reader as of now: rebuilt when the tenant's history changed since the
    /// last one (any write, or writes undone after a failed flush, changes its length).
    pub fn get(
        &self,
        store: &Store,
        tenant: &TenantId,
        settings: &ReaderSettings,
    ) -> Result<Reader, StoreError> {
        // The length is read before the names: a write landing between the two leaves a
        // newer reader under an older length, which the next message rebuilds.
        let len = store.log_len(tenant)?;
        let cached = self
            .0
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(tenant)
            .filter(|(at, _)| *at == len)
            .map(|(_, r)| r.clone());
        let reader = match cached {
            Some(r) => r,
            None => {
                let dir = StoreDirectory::load(store, tenant)?;
                let r = Arc::new(Reader::new(&dir, settings.clone()));
                self.0
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(tenant.clone(), (len, r.clone()));
                r
            }
        };
        Ok(reader.with_settings(settings.clone()))
    }
}
