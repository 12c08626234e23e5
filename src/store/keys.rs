//! Key layout of the one sled tree that holds every tenant's records.
//!
//! Every key starts with the tenant (`tenant \0`), so one tenant's data is a contiguous range
//! and nothing of one tenant can be read through another's prefix. Then a section byte:
//! - `S kind n` → current [`RecordState`](crate::domain::RecordState)
//! - `L seq` → a [`LogEntry`](super::LogEntry), the append-only history in write order
//! - `H kind n seq` → empty: index of a record's history
//! - `C kind` → next number for that kind; `Q` → next log sequence number
//! - `N kind name` → record number: unique names (lower-cased), aliases included
//! - `R parent child` → empty: children of a record (a unit's notes, an investment's decisions)
//! - `K kind` and `K parent kind` → how many live records (of a parent): lists count without reading
//! - `A …` → the digest's aggregates, kept with every write (see [`super::aggregates`])

use crate::ids::TenantId;
use crate::ids::{Kind, RecordId};

pub const STATE: u8 = b'S';
pub const LOG: u8 = b'L';
pub const HISTORY: u8 = b'H';
pub const COUNTER: u8 = b'C';
pub const SEQ: u8 = b'Q';
pub const NAME: u8 = b'N';
pub const CHILD: u8 = b'R';
pub const LIVE_COUNT: u8 = b'K';
pub const AGGREGATE: u8 = b'A';

pub fn tenant_prefix(tenant: &TenantId) -> Vec<u8> {
    let mut k = Vec::with_capacity(tenant.as_str().len() + 24);
    k.extend_from_slice(tenant.as_str().as_bytes());
    k.push(0);
    k
}

/// `tag tenant \0`: the start of a tenant's keys in the smaller trees (subscriptions,
/// dashboard links, API tokens), where one tag byte says what a key holds.
pub fn tagged_tenant(tag: u8, tenant: &TenantId) -> Vec<u8> {
    let mut k = Vec::with_capacity(tenant.as_str().len() + 18);
    k.push(tag);
    k.extend_from_slice(tenant.as_str().as_bytes());
    k.push(0);
    k
}

pub fn section(tenant: &TenantId, section: u8) -> Vec<u8> {
    let mut k = tenant_prefix(tenant);
    k.push(section);
    k
}

fn push_id(k: &mut Vec<u8>, id: RecordId) {
    k.push(id.kind.code());
    k.extend_from_slice(&id.n.to_be_bytes());
}

pub fn state(tenant: &TenantId, id: RecordId) -> Vec<u8> {
    let mut k = section(tenant, STATE);
    push_id(&mut k, id);
    k
}

pub fn state_kind(tenant: &TenantId, kind: Kind) -> Vec<u8> {
    let mut k = section(tenant, STATE);
    k.push(kind.code());
    k
}

pub fn log(tenant: &TenantId, seq: u64) -> Vec<u8> {
    let mut k = section(tenant, LOG);
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

pub fn history_prefix(tenant: &TenantId, id: RecordId) -> Vec<u8> {
    let mut k = section(tenant, HISTORY);
    push_id(&mut k, id);
    k
}

pub fn history(tenant: &TenantId, id: RecordId, seq: u64) -> Vec<u8> {
    let mut k = history_prefix(tenant, id);
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

pub fn counter(tenant: &TenantId, kind: Kind) -> Vec<u8> {
    let mut k = section(tenant, COUNTER);
    k.push(kind.code());
    k
}

pub fn seq(tenant: &TenantId) -> Vec<u8> {
    section(tenant, SEQ)
}

/// Names compare as they read: case, runs of spaces, invisible characters and Unicode
/// compatibility forms are ignored (see [`crate::domain::names::key`]).
pub fn normalise_name(name: &str) -> String {
    crate::domain::names::key(name)
}

pub fn name(tenant: &TenantId, kind: Kind, name: &str) -> Vec<u8> {
    let mut k = section(tenant, NAME);
    k.push(kind.code());
    k.extend_from_slice(normalise_name(name).as_bytes());
    k
}

pub fn children_prefix(tenant: &TenantId, parent: RecordId, kind: Kind) -> Vec<u8> {
    let mut k = section(tenant, CHILD);
    push_id(&mut k, parent);
    k.push(kind.code());
    k
}

pub fn child(tenant: &TenantId, parent: RecordId, child: RecordId) -> Vec<u8> {
    let mut k = section(tenant, CHILD);
    push_id(&mut k, parent);
    push_id(&mut k, child);
    k
}

/// The record id at the end of a `S` or `R` key.
pub fn trailing_id(key: &[u8]) -> Option<RecordId> {
    let tail = key.get(key.len().checked_sub(9)?..)?;
    let kind = Kind::from_code(tail[0])?;
    let n = u64::from_be_bytes(tail[1..9].try_into().ok()?);
    Some(RecordId::new(kind, n))
}

pub fn decode_u64(bytes: &[u8]) -> u64 {
    bytes.try_into().map(u64::from_be_bytes).unwrap_or_default()
}

pub fn live_count(tenant: &TenantId, kind: Kind) -> Vec<u8> {
    let mut k = section(tenant, LIVE_COUNT);
    k.push(kind.code());
    k
}

pub fn live_child_count(tenant: &TenantId, parent: RecordId, kind: Kind) -> Vec<u8> {
    let mut k = section(tenant, LIVE_COUNT);
    push_id(&mut k, parent);
    k.push(kind.code());
    k
}

/// `(tenant, id)` when the key is a record's state key.
pub fn state_key(key: &[u8]) -> Option<(TenantId, RecordId)> {
    let end = key.iter().position(|b| *b == 0)?;
    if key.get(end + 1) != Some(&STATE) || key.len() != end + 2 + 9 {
        return None;
    }
    let tenant = std::str::from_utf8(&key[..end]).ok()?.parse().ok()?;
    Some((tenant, trailing_id(key)?))
}
