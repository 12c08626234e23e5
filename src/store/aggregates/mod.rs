//! The aggregates the digest reads, so that a digest does not slow down as history grows.
//!
//! They live in the data tree's section `A` (see [`layout`]) and are written in the same
//! atomic batch as the record change they follow ([`maintain`]). They are a function of the
//! tenant's live records alone: [`rebuild`] recomputes them and checks stored ones against
//! that. A digest reads an in-memory image of them ([`memory`]), loaded once per tenant and
//! kept current by the writer.

mod codec;
mod fixed;
pub mod flat;
pub mod flat_rest;
mod layout;
mod maintain;
mod mapped;
mod memory;
mod rebuild;
pub mod snapshot;

pub use memory::{
    Aggregates, BenefitAgg, ClosedCounts, DecisionAgg, FollowUpAgg, InvestmentAgg, ServiceAgg,
};
pub(crate) use memory::{Cache, Changes};
pub(super) use rebuild::tenants_by;
pub use rebuild::CheckReport;

use super::{Store, StoreError};
use crate::ids::TenantId;

impl Store {
    /// Runs `f` on the tenant's aggregates, loading them first if this process has not yet.
    /// Writes wait while `f` runs, so it sees one consistent state.
    pub fn with_aggregates<T>(
        &self,
        tenant: &TenantId,
        f: impl FnOnce(&Aggregates) -> T,
    ) -> Result<T, StoreError> {
        let entry = match self.aggregates.get(tenant) {
            Some(entry) => entry,
            None => self.load_aggregates(tenant)?,
        };
        let agg = entry.read().unwrap_or_else(|p| p.into_inner());
        Ok(f(&agg))
    }

    /// Reads the tenant's aggregate section in one range scan.
    fn load_aggregates(
        &self,
        tenant: &TenantId,
    ) -> Result<std::sync::Arc<std::sync::RwLock<Aggregates>>, StoreError> {
        // Under the write lock, so no commit slips between the scan and the registration.
        let _guard = self.lock_writes();
        if let Some(entry) = self.aggregates.get(tenant) {
            return Ok(entry);
        }
        let p = layout::prefix(tenant);
        let mut agg = Aggregates::default();
        // sled alone: the image follows only what is applied (a round's changes join it once
        // they are durable).
        for item in self.data.raw().scan_prefix(&p) {
            let (k, v) = item?;
            agg.apply(&k[p.len()..], Some(&v))?;
        }
        Ok(self.aggregates.insert(tenant.clone(), agg))
    }

    /// The aggregate key changes among `pending` for the `touched` tenants loaded in memory.
    pub(crate) fn aggregate_changes_of(
        &self,
        touched: &std::collections::BTreeSet<TenantId>,
        pending: &std::collections::BTreeMap<Vec<u8>, Option<Vec<u8>>>,
    ) -> Changes {
        touched
            .iter()
            .filter(|t| self.aggregates.is_loaded(t))
            .map(|t| {
                let p = layout::prefix(t);
                let entries = pending
                    .range(p.clone()..)
                    .take_while(|(k, _)| k.starts_with(&p))
                    .map(|(k, v)| (k[p.len()..].to_vec(), v.clone()))
                    .collect();
                (t.clone(), entries)
            })
            .collect()
    }
}
