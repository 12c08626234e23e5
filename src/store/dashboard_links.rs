//! Dashboard links, kept in the `dashboard_links` tree.
//!
//! Keys: `S tenant \0 n` → [`DashboardLink`] (JSON); `C tenant` → last number used;
//! `T hash` → `tenant \0 n`: finds a link from its token's hash. Tokens themselves are
//! never stored.

use super::{Store, StoreError};
use crate::dashboard::link::{DashboardLink, LinkId};
use crate::ids::TenantId;

/// The dashboard links tree.
#[derive(Clone)]
pub struct DashboardLinks {
    tree: sled::Tree,
    store: Store,
}

fn link_prefix(tenant: &TenantId) -> Vec<u8> {
    super::keys::tagged_tenant(b'S', tenant)
}

fn link_key(tenant: &TenantId, id: LinkId) -> Vec<u8> {
    let mut k = link_prefix(tenant);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

fn counter_key(tenant: &TenantId) -> Vec<u8> {
    let mut k = vec![b'C'];
    k.extend_from_slice(tenant.as_str().as_bytes());
    k
}

fn hash_key(hash: &str) -> Vec<u8> {
    let mut k = vec![b'T'];
    k.extend_from_slice(hash.as_bytes());
    k
}

fn corrupt(e: serde_json::Error) -> StoreError {
    StoreError::Corrupt(e.to_string())
}

fn encode(link: &DashboardLink) -> Vec<u8> {
    serde_json::to_vec(link).expect("a link serialises")
}

impl DashboardLinks {
    pub fn open(store: &Store) -> Result<DashboardLinks, StoreError> {
        Ok(DashboardLinks {
            tree: store.db().open_tree("dashboard_links")?,
            store: store.clone(),
        })
    }

    /// Stores a new link with the tenant's next number; `build` gets the number. Undone
    /// if the flush after it fails.
    pub fn create(
        &self,
        tenant: &TenantId,
        build: impl Fn(LinkId) -> DashboardLink,
    ) -> Result<DashboardLink, StoreError> {
        self.store.check_writable()?;
        let counter_before = self.tree.get(counter_key(tenant))?.map(|v| v.to_vec());
        let out = self.tree.transaction(|tx| {
            let n = tx
                .get(counter_key(tenant))?
                .map(|v| super::keys::decode_u64(&v))
                .unwrap_or(0)
                + 1;
            tx.insert(counter_key(tenant), &n.to_be_bytes())?;
            let link = build(LinkId(n));
            let mut target = link_prefix(tenant)[1..].to_vec();
            target.extend_from_slice(&n.to_be_bytes());
            tx.insert(hash_key(&link.token_hash), target)?;
            tx.insert(link_key(tenant, link.id), encode(&link))?;
            Ok(link)
        });
        let link = out.map_err(|e: sled::transaction::TransactionError<()>| match e {
            sled::transaction::TransactionError::Storage(e) => StoreError::Sled(e),
            sled::transaction::TransactionError::Abort(()) => StoreError::Corrupt("aborted".into()),
        })?;
        self.store.journal_other(
            &self.tree,
            vec![
                (counter_key(tenant), counter_before),
                (hash_key(&link.token_hash), None),
                (link_key(tenant, link.id), None),
            ],
        );
        Ok(link)
    }

    /// Saves a changed link (revoked): undone if the flush after it fails.
    pub fn put(&self, link: &DashboardLink) -> Result<(), StoreError> {
        self.store.check_writable()?;
        let key = link_key(&link.tenant, link.id);
        let before = self.tree.insert(&key, encode(link))?;
        self.store
            .journal_other(&self.tree, vec![(key, before.map(|v| v.to_vec()))]);
        Ok(())
    }

    pub fn get(&self, tenant: &TenantId, id: LinkId) -> Result<Option<DashboardLink>, StoreError> {
        self.tree
            .get(link_key(tenant, id))?
            .map(|v| serde_json::from_slice(&v).map_err(corrupt))
            .transpose()
    }

    /// The link whose token hashes to `hash`, of whichever tenant.
    pub fn by_hash(&self, hash: &str) -> Result<Option<DashboardLink>, StoreError> {
        let Some(target) = self.tree.get(hash_key(hash))? else {
            return Ok(None);
        };
        let mut key = vec![b'S'];
        key.extend_from_slice(&target);
        self.tree
            .get(key)?
            .map(|v| serde_json::from_slice(&v).map_err(corrupt))
            .transpose()
    }

    /// A tenant's links, revoked and expired ones included, in id order.
    pub fn of_tenant(&self, tenant: &TenantId) -> Result<Vec<DashboardLink>, StoreError> {
        self.tree
            .scan_prefix(link_prefix(tenant))
            .map(|r| serde_json::from_slice(&r?.1).map_err(corrupt))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::link::hash_token;
    use chrono::{TimeZone, Utc};

    fn link(tenant: &TenantId, id: LinkId, token: &str) -> DashboardLink {
        let at = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
        DashboardLink {
            id,
            tenant: tenant.clone(),
            unit: None,
            unit_name: None,
            created_by: "U1".into(),
            created_by_name: "Ann".into(),
            created_at: at,
            expires_at: at + chrono::Duration::days(7),
            revoked_at: None,
            revoked_by: None,
            token_hash: hash_token(token),
        }
    }

    #[test]
    fn links_are_numbered_per_tenant_and_found_only_by_their_own_hash() {
        let store = Store::temporary().unwrap();
        let links = DashboardLinks::open(&store).unwrap();
        let (a, b): (TenantId, TenantId) =
            ("slack:TA".parse().unwrap(), "slack:TB".parse().unwrap());
        let a1 = links.create(&a, |id| link(&a, id, "token-a1")).unwrap();
        let a2 = links.create(&a, |id| link(&a, id, "token-a2")).unwrap();
        let b1 = links.create(&b, |id| link(&b, id, "token-b1")).unwrap();
        assert_eq!((a1.id, a2.id, b1.id), (LinkId(1), LinkId(2), LinkId(1)));
        assert_eq!(links.by_hash(&hash_token("token-a2")).unwrap().unwrap(), a2);
        assert_eq!(
            links
                .by_hash(&hash_token("token-b1"))
                .unwrap()
                .unwrap()
                .tenant,
            b
        );
        assert_eq!(links.by_hash(&hash_token("token-c")).unwrap(), None);
        assert_eq!(links.of_tenant(&a).unwrap(), vec![a1.clone(), a2]);
        assert_eq!(links.get(&b, LinkId(2)).unwrap(), None);
        let mut revoked = a1;
        revoked.revoked_at = Some(revoked.created_at);
        links.put(&revoked).unwrap();
        assert_eq!(
            links.by_hash(&hash_token("token-a1")).unwrap().unwrap(),
            revoked
        );
    }
}
