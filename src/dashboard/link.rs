//! Dashboard links: their typed id (`LINK-n`), the record kept for each, and the secret
//! token in its address, of which only a SHA-256 hash is ever stored.

use crate::ids::{TenantId, UnitId};
use chrono::{DateTime, Utc};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;

/// A dashboard link (`LINK-n`), numbered per tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LinkId(pub u64);

impl fmt::Display for LinkId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LINK-{}", self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "'{0}' is not a dashboard link id: they look like LINK-3 (`/value dashboard links` lists them)"
)]
pub struct LinkIdError(pub String);

impl FromStr for LinkId {
    type Err = LinkIdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let n = t
            .get(..5)
            .filter(|p| p.eq_ignore_ascii_case("LINK-"))
            .and_then(|_| t[5..].parse::<u64>().ok())
            .filter(|n| *n > 0);
        n.map(LinkId).ok_or_else(|| LinkIdError(t.to_string()))
    }
}

impl TryFrom<String> for LinkId {
    type Error = LinkIdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<LinkId> for String {
    fn from(id: LinkId) -> String {
        id.to_string()
    }
}

/// What is kept of a link: everything but its token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardLink {
    pub id: LinkId,
    pub tenant: TenantId,
    /// The one unit the link shows; the whole portfolio when `None`.
    pub unit: Option<UnitId>,
    pub unit_name: Option<String>,
    pub created_by: String,
    pub created_by_name: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub revoked_by: Option<String>,
    /// Hex SHA-256 of the token.
    pub token_hash: String,
}

/// Why a link opens no page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Expired,
    Revoked,
}

impl DashboardLink {
    /// Whether the link opens its pages at `now`.
    pub fn refusal(&self, now: DateTime<Utc>) -> Option<Refusal> {
        if self.revoked_at.is_some() {
            Some(Refusal::Revoked)
        } else if now >= self.expires_at {
            Some(Refusal::Expired)
        } else {
            None
        }
    }
}

/// A new secret token: 256 random bits from the operating system, as 64 hex digits.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex(&bytes)
}

/// What is stored in place of a token.
pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether `s` has the shape of a token, so anything else is refused before any lookup.
pub fn looks_like_token(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_ids_read_as_written_and_refuse_other_shapes() {
        assert_eq!("LINK-12".parse::<LinkId>().unwrap(), LinkId(12));
        assert_eq!("link-3".parse::<LinkId>().unwrap().to_string(), "LINK-3");
        for bad in ["LINK-0", "LINK-", "INV-3", "3", "LINK-x", "ŁINK-1"] {
            assert!(bad.parse::<LinkId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn tokens_are_fresh_256_bit_hex_and_only_their_hash_is_kept() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert!(looks_like_token(&a) && looks_like_token(&b));
        let h = hash_token(&a);
        assert_eq!(h.len(), 64);
        assert_ne!(h, a);
        assert_eq!(h, hash_token(&a));
        assert!(!looks_like_token("../etc"));
    }
}
