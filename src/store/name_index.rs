//! The name index (`N` keys) rebuilt from the records, for stores written before names were
//! compared in Unicode compatibility form with invisible characters ignored: their keys
//! were made by the older rule, so lookups by the new rule would miss them.

use super::keys;
use super::{Store, StoreError};
use crate::domain::{Record, RecordState};
use crate::ids::{Kind, RecordId, TenantId};

/// The first schema whose name keys are made by [`crate::domain::names::key`].
pub(super) const NAMES_NORMALISED_SINCE: u32 = 4;

fn names_of(record: &Record) -> Vec<(Kind, &str)> {
    match record {
        Record::Unit(u) => u.names().map(|n| (Kind::Unit, n)).collect(),
        Record::Investment(i) => i.names().map(|n| (Kind::Investment, n)).collect(),
        Record::Service(s) => vec![(Kind::Service, s.name.as_str())],
        Record::Note(_) | Record::Decision(_) | Record::Benefit(_) => Vec::new(),
    }
}

impl Store {
    /// Replaces one tenant's name keys with keys made from its live records, in one atomic
    /// batch. Two records whose names now read the same keep the older one's claim; the
    /// other stays reachable by id, and a warning names both.
    pub(super) fn rebuild_name_index(&self, tenant: &TenantId) -> Result<usize, StoreError> {
        let mut batch = sled::Batch::default();
        for item in self.data.scan_prefix(keys::section(tenant, keys::NAME)) {
            batch.remove(item?.0);
        }
        let mut claimed: std::collections::BTreeMap<Vec<u8>, RecordId> = Default::default();
        for kind in [Kind::Unit, Kind::Investment, Kind::Service] {
            for item in self.data.scan_prefix(keys::state_kind(tenant, kind)) {
                let (_, value) = item?;
                let state: RecordState = serde_json::from_slice(&value)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                if !state.is_live() {
                    continue;
                }
                let id = state.record.id();
                for (kind, name) in names_of(&state.record) {
                    let key = keys::name(tenant, kind, name);
                    match claimed.get(&key) {
                        Some(first) if *first != id => tracing::warn!(
                            %tenant, kept = %first, other = %id, name,
                            "two records' names now read the same; the other is found by its id"
                        ),
                        Some(_) => {}
                        None => {
                            claimed.insert(key.clone(), id);
                            batch.insert(key, id.n.to_be_bytes().to_vec());
                        }
                    }
                }
            }
        }
        self.data.apply_batch(batch)?;
        Ok(claimed.len())
    }

    /// Every tenant's name index rebuilt (see [`Store::rebuild_name_index`]).
    pub(super) fn rebuild_name_indexes(&self) -> Result<(), StoreError> {
        for tenant in self.tenants()? {
            let names = self.rebuild_name_index(&tenant)?;
            tracing::info!(%tenant, names, "rebuilt the name index by the current name rules");
        }
        self.db.flush()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Meta, Unit};
    use crate::ids::UnitId;
    use crate::store::NewRecord;

    #[test]
    fn keys_made_by_the_older_rule_are_replaced() {
        let store = Store::temporary().unwrap();
        let tenant = TenantId::local();
        let meta = Meta {
            logged_by: "u".into(),
            logged_by_name: "u".into(),
            channel: "c".into(),
            at: chrono::Utc::now(),
        };
        store
            .write(|tx| {
                tx.create(
                    NewRecord {
                        tenant: &tenant,
                        kind: Kind::Unit,
                        meta: &meta,
                    },
                    |n| {
                        Record::Unit(Unit {
                            id: UnitId(n),
                            name: "Cafe\u{301}".into(),
                            aliases: vec!["Ｆｉｎ".into()],
                            meta: meta.clone(),
                        })
                    },
                )
            })
            .unwrap();
        // The keys as the older rule made them: lower-cased, nothing else.
        let mut old = keys::section(&tenant, keys::NAME);
        old.push(Kind::Unit.code());
        for name in ["cafe\u{301}", "ｆｉｎ"] {
            let mut k = old.clone();
            k.extend_from_slice(name.as_bytes());
            store
                .data
                .raw()
                .insert(k, 1u64.to_be_bytes().to_vec())
                .unwrap();
        }
        for item in store.data.scan_prefix(keys::section(&tenant, keys::NAME)) {
            let (k, _) = item.unwrap();
            let text = String::from_utf8_lossy(&k[old.len()..]).into_owned();
            if text == "café" || text == "fin" {
                store.data.raw().remove(k).unwrap();
            }
        }
        assert_eq!(store.find_name(&tenant, Kind::Unit, "Café").unwrap(), None);

        assert_eq!(store.rebuild_name_index(&tenant).unwrap(), 2);
        let unit = Some(RecordId::new(Kind::Unit, 1));
        assert_eq!(store.find_name(&tenant, Kind::Unit, "Café").unwrap(), unit);
        assert_eq!(store.find_name(&tenant, Kind::Unit, "FIN").unwrap(), unit);
        let keys: Vec<u64> = store
            .data
            .scan_prefix(keys::section(&tenant, keys::NAME))
            .map(|i| keys::decode_u64(&i.unwrap().1))
            .collect();
        assert_eq!(keys, vec![1, 1], "the older keys are gone");
    }
}
