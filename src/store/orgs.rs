//! Organisations that span workspaces: which workspace reads and writes another's records,
//! and the history of every link and unlink, kept in the `orgs` tree.
//!
//! An organisation's records stay under the tenant of the workspace it started from (its
//! root), so linking moves nothing: a linked workspace simply resolves to the root.
//! Keys: `W workspace` → the root tenant; `A seq` → one [`OrgEvent`] (seq big-endian).

use super::{Store, StoreError};
use crate::ids::TenantId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What an entry of the link history did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkChange {
    Link,
    Unlink,
}

impl LinkChange {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkChange::Link => "link",
            LinkChange::Unlink => "unlink",
        }
    }
}

/// One entry of the link history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgEvent {
    pub at: DateTime<Utc>,
    pub action: LinkChange,
    pub workspace: TenantId,
    pub organisation: TenantId,
    pub by: String,
}

/// Why a link or unlink was refused, in words for the operator.
#[derive(Debug, thiserror::Error)]
pub enum OrgError {
    #[error("{0} cannot be linked to itself.")]
    Same(TenantId),
    #[error("{workspace} is already part of the organisation of {organisation}. Unlink it first: `valuebridge org unlink {workspace}`.")]
    AlreadyLinked {
        workspace: TenantId,
        organisation: TenantId,
    },
    #[error("{workspace} already has linked workspaces ({members}), so it cannot join another organisation. Link the others to the organisation instead.")]
    HasMembers {
        workspace: TenantId,
        members: String,
    },
    #[error("{workspace} already holds {entries} history entries, and linking would hide them behind {organisation}'s records, so nothing was linked. Bring them over first: `valuebridge --tenant {workspace} export --out DIR`, then `valuebridge --tenant {organisation} import DIR/<the export>.json`, then link again with `--records-imported` (the workspace's own copy stays in the store, unseen, and comes back if it is unlinked).")]
    HoldsRecords {
        workspace: TenantId,
        organisation: TenantId,
        entries: u64,
    },
    #[error("{0} is not linked to any organisation. `valuebridge org list` shows the links.")]
    NotLinked(TenantId),
    #[error("{workspace} is where its organisation's records live; unlink the other workspaces ({members}) instead.")]
    IsRoot {
        workspace: TenantId,
        members: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sled::Error> for OrgError {
    fn from(e: sled::Error) -> Self {
        OrgError::Store(e.into())
    }
}

/// The `orgs` tree. Cheap to clone.
#[derive(Clone)]
pub struct Orgs {
    tree: sled::Tree,
    store: Store,
}

fn link_key(workspace: &TenantId) -> Vec<u8> {
    let mut k = vec![b'W'];
    k.extend_from_slice(workspace.as_str().as_bytes());
    k
}

impl Orgs {
    pub fn open(store: &Store) -> Result<Orgs, StoreError> {
        Ok(Orgs {
            tree: store.db.open_tree("orgs")?,
            store: store.clone(),
        })
    }

    /// The tenant whose records `workspace` reads and writes: its organisation's root, or
    /// itself when it is not linked.
    pub fn resolve(&self, workspace: &TenantId) -> Result<TenantId, StoreError> {
        match self.tree.get(link_key(workspace))? {
            Some(root) => parse_tenant(&root),
            None => Ok(workspace.clone()),
        }
    }

    /// Every organisation with linked workspaces: root → its linked workspaces.
    pub fn organisations(&self) -> Result<BTreeMap<TenantId, Vec<TenantId>>, StoreError> {
        let mut out: BTreeMap<TenantId, Vec<TenantId>> = BTreeMap::new();
        for item in self.tree.scan_prefix(b"W") {
            let (key, root) = item?;
            let workspace = parse_tenant(&key[1..])?;
            out.entry(parse_tenant(&root)?).or_default().push(workspace);
        }
        Ok(out)
    }

    fn members(&self, root: &TenantId) -> Result<Vec<TenantId>, StoreError> {
        Ok(self.organisations()?.remove(root).unwrap_or_default())
    }

    /// Makes `workspace` part of the organisation `with` belongs to (or starts one rooted at
    /// `with`). A workspace with records of its own is refused unless the operator says they
    /// were brought over.
    pub fn link(
        &self,
        with: &TenantId,
        workspace: &TenantId,
        records_imported: bool,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<TenantId, OrgError> {
        let root = self.resolve(with)?;
        if &root == workspace || with == workspace {
            return Err(OrgError::Same(workspace.clone()));
        }
        let existing = self.resolve(workspace)?;
        if &existing != workspace {
            return Err(OrgError::AlreadyLinked {
                workspace: workspace.clone(),
                organisation: existing,
            });
        }
        let members = self.members(workspace)?;
        if !members.is_empty() {
            return Err(OrgError::HasMembers {
                workspace: workspace.clone(),
                members: join(&members),
            });
        }
        let entries = self.store.log_len(workspace)?;
        if entries > 0 && !records_imported {
            return Err(OrgError::HoldsRecords {
                workspace: workspace.clone(),
                organisation: root,
                entries,
            });
        }
        self.store.check_writable()?;
        self.tree
            .insert(link_key(workspace), root.as_str().as_bytes())?;
        self.audit(LinkChange::Link, workspace, &root, by, now)?;
        self.tree.flush()?;
        Ok(root)
    }

    /// Makes `workspace` its own tenant again; its organisation keeps every record.
    pub fn unlink(
        &self,
        workspace: &TenantId,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<TenantId, OrgError> {
        let root = self.resolve(workspace)?;
        if &root == workspace {
            let members = self.members(workspace)?;
            return Err(if members.is_empty() {
                OrgError::NotLinked(workspace.clone())
            } else {
                OrgError::IsRoot {
                    workspace: workspace.clone(),
                    members: join(&members),
                }
            });
        }
        self.store.check_writable()?;
        self.tree.remove(link_key(workspace))?;
        self.audit(LinkChange::Unlink, workspace, &root, by, now)?;
        self.tree.flush()?;
        Ok(root)
    }

    fn audit(
        &self,
        action: LinkChange,
        workspace: &TenantId,
        organisation: &TenantId,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let seq = self.store.db.generate_id()?;
        let mut key = vec![b'A'];
        key.extend_from_slice(&seq.to_be_bytes());
        let event = OrgEvent {
            at,
            action,
            workspace: workspace.clone(),
            organisation: organisation.clone(),
            by: by.into(),
        };
        let value = serde_json::to_vec(&event).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.tree.insert(key, value)?;
        Ok(())
    }

    /// Every link and unlink, oldest first.
    pub fn history(&self) -> Result<Vec<OrgEvent>, StoreError> {
        self.tree
            .scan_prefix(b"A")
            .map(|item| {
                let (_, v) = item?;
                serde_json::from_slice(&v).map_err(|e| StoreError::Corrupt(e.to_string()))
            })
            .collect()
    }
}

fn parse_tenant(bytes: &[u8]) -> Result<TenantId, StoreError> {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| StoreError::Corrupt("an organisation link names no tenant".into()))
}

fn join(tenants: &[TenantId]) -> String {
    tenants
        .iter()
        .map(|t| t.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(s: &str) -> TenantId {
        s.parse().unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
    }

    #[test]
    fn a_linked_workspace_resolves_to_the_root_until_unlinked() {
        let store = Store::temporary().unwrap();
        let orgs = Orgs::open(&store).unwrap();
        let (slack, discord) = (t("slack:T1"), t("discord:G1"));
        assert_eq!(orgs.resolve(&discord).unwrap(), discord);
        orgs.link(&slack, &discord, false, "ops", now()).unwrap();
        assert_eq!(orgs.resolve(&discord).unwrap(), slack);
        assert_eq!(orgs.resolve(&slack).unwrap(), slack);
        assert!(matches!(
            orgs.unlink(&slack, "ops", now()),
            Err(OrgError::IsRoot { .. })
        ));
        orgs.unlink(&discord, "ops", now()).unwrap();
        assert_eq!(orgs.resolve(&discord).unwrap(), discord);
        let history = orgs.history().unwrap();
        let actions: Vec<_> = history.iter().map(|e| e.action).collect();
        assert_eq!(actions, [LinkChange::Link, LinkChange::Unlink]);
    }

    #[test]
    fn linking_through_a_member_joins_its_root_and_twice_is_refused() {
        let store = Store::temporary().unwrap();
        let orgs = Orgs::open(&store).unwrap();
        orgs.link(&t("slack:T1"), &t("discord:G1"), false, "ops", now())
            .unwrap();
        let root = orgs
            .link(&t("discord:G1"), &t("slack:T2"), false, "ops", now())
            .unwrap();
        assert_eq!(root, t("slack:T1"));
        assert!(matches!(
            orgs.link(&t("slack:T9"), &t("slack:T2"), false, "ops", now()),
            Err(OrgError::AlreadyLinked { .. })
        ));
        assert!(matches!(
            orgs.link(&t("slack:T9"), &t("slack:T1"), false, "ops", now()),
            Err(OrgError::HasMembers { .. })
        ));
        assert!(matches!(
            orgs.link(&t("slack:T1"), &t("slack:T1"), false, "ops", now()),
            Err(OrgError::Same(_))
        ));
    }
}
