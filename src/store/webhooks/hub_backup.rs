//! The trees beside the records that a backup carries as they are (the integration hub's and
//! the dashboard's links): taken as hex entries, and put back.

use super::super::{Store, StoreError};

/// The trees beside the records that a backup carries as they are: the integration hub's
/// (organisations, people, API tokens, webhooks) and the dashboard's links (their hashes).
pub const HUB_TREES: [&str; 5] = [
    "orgs",
    "people",
    "api_tokens",
    "webhooks",
    "dashboard_links",
];

impl Store {
    /// Every entry of the hub's trees, hex-encoded, in key order; empty trees left out.
    pub fn hub_entries(
        &self,
    ) -> Result<std::collections::BTreeMap<String, Vec<(String, String)>>, StoreError> {
        let mut out = std::collections::BTreeMap::new();
        for name in HUB_TREES {
            let tree = self.db.open_tree(name)?;
            let entries = tree
                .iter()
                .map(|item| {
                    let (k, v) = item?;
                    Ok((hex::encode(k), hex::encode(v)))
                })
                .collect::<Result<Vec<_>, StoreError>>()?;
            if !entries.is_empty() {
                out.insert(name.to_string(), entries);
            }
        }
        Ok(out)
    }

    /// Puts back what [`Store::hub_entries`] took.
    pub fn restore_hub_entries(
        &self,
        trees: &std::collections::BTreeMap<String, Vec<(String, String)>>,
    ) -> Result<(), StoreError> {
        for (name, entries) in trees {
            if !HUB_TREES.contains(&name.as_str()) {
                return Err(StoreError::BadImport(format!(
                    "'{name}' is not a part of the store a backup carries"
                )));
            }
            let tree = self.db.open_tree(name)?;
            for (k, v) in entries {
                let bytes = |h: &str| {
                    hex::decode(h).map_err(|e| StoreError::BadImport(format!("{name}: {e}")))
                };
                tree.insert(bytes(k)?, bytes(v)?)?;
            }
        }
        Ok(())
    }
}
