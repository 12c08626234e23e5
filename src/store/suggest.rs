//! Names that start with what someone has typed so far, for autocomplete: a prefix scan of
//! the unique-name index, so it stays quick however many records there are.

use super::keys::{self, decode_u64};
use super::{Store, StoreError};
use crate::ids::{Kind, RecordId, TenantId};

impl Store {
    /// Up to `limit` live records of `kind` with a name or alias starting with `typed`
    /// (case and spacing ignored), in name order, each once.
    pub fn names_starting(
        &self,
        tenant: &TenantId,
        kind: Kind,
        typed: &str,
        limit: usize,
    ) -> Result<Vec<RecordId>, StoreError> {
        let prefix = keys::name(tenant, kind, typed);
        let mut out: Vec<RecordId> = Vec::new();
        for item in self.data.scan_prefix(&prefix) {
            if out.len() >= limit {
                break;
            }
            let id = RecordId::new(kind, decode_u64(&item?.1));
            if out.contains(&id) {
                continue;
            }
            if self.get(tenant, id)?.is_some_and(|s| s.is_live()) {
                out.push(id);
            }
        }
        Ok(out)
    }
}
