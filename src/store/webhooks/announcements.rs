//! Announcements: each new decision of an organisation copied to a chat channel, riding the
//! outbound hooks' relay.

use super::{json, org_key, parse, Webhooks};
use crate::ids::TenantId;
use crate::store::StoreError;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// New decisions of an organisation, copied to a channel of any of its workspaces.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Announcement {
    pub number: u64,
    pub organisation: TenantId,
    /// As posts address it: bare on the organisation's platform, `discord:…` otherwise.
    pub channel: String,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub active: bool,
}

impl Announcement {
    pub fn id(&self) -> String {
        format!("ANN-{}", self.number)
    }
}

impl Webhooks {
    pub fn add_announcement(
        &self,
        org: &TenantId,
        channel: &str,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Announcement, StoreError> {
        self.store.check_writable()?;
        self.start_relay(org)?;
        let n = self.next_number(b'D', org)?;
        let a = Announcement {
            number: n,
            organisation: org.clone(),
            channel: channel.into(),
            created_by: by.into(),
            created_at: now,
            active: true,
        };
        let mut key = org_key(b'N', org);
        key.push(0);
        key.extend_from_slice(&n.to_be_bytes());
        self.tree.insert(key, json(&a)?)?;
        self.tree.flush()?;
        Ok(a)
    }

    pub fn announcements(&self, org: &TenantId) -> Result<Vec<Announcement>, StoreError> {
        let mut prefix = org_key(b'N', org);
        prefix.push(0);
        self.tree
            .scan_prefix(prefix)
            .map(|item| parse(&item?.1))
            .collect()
    }
}
