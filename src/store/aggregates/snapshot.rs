//! A copy of a tenant's aggregate section in one file beside the store, so a one-shot
//! `valuebridge digest` reads one file instead of opening the store and scanning it.
//!
//! Valid only while nothing has been written since it was made: it is made by a process
//! that holds the store (so nobody else can write meanwhile) and made nothing but reads,
//! and every opening of the store deletes all of them before it can write. It also keeps
//! the size and modification time of sled's file once the store was closed, so a change
//! made behind the store's back (sled opened directly) makes it unused too. A file that is
//! missing, unreadable, from another schema or cut short is simply not used.

use super::layout::{self, prefix, Tail};
use super::memory::Aggregates;
use crate::ids::{TenantId, UnitId};
use crate::store::{Store, StoreError, SCHEMA_VERSION};
use std::io::Write;
use std::path::{Path, PathBuf};

const DIR: &str = "digest-snapshots";
const MAGIC: &[u8; 8] = b"vbaggs02";
/// MAGIC, the schema (4 bytes), then the fingerprint of sled's file (16 bytes).
const HEADER: usize = 8 + 4 + 16;

/// The size and modification time (ns) of sled's file in `store_dir`.
fn fingerprint(store_dir: &Path) -> Option<[u8; 16]> {
    let m = std::fs::metadata(store_dir.join("db")).ok()?;
    let nanos = m
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_nanos() as u64;
    let mut out = [0; 16];
    out[..8].copy_from_slice(&m.len().to_le_bytes());
    out[8..].copy_from_slice(&nanos.to_le_bytes());
    Some(out)
}

fn dir(store_dir: &Path) -> PathBuf {
    store_dir.join(DIR)
}

/// The tenant's file: its id in hex, since ids hold `:` and other characters.
fn file(store_dir: &Path, tenant: &TenantId) -> PathBuf {
    let name: String = tenant
        .as_str()
        .bytes()
        .map(|b| format!("{b:02x}"))
        .collect();
    dir(store_dir).join(format!("{name}.bin"))
}

/// Deletes every snapshot of the store in `store_dir` (it is being opened, and may be
/// written to).
pub(crate) fn forget_all(store_dir: &Path) -> Result<(), StoreError> {
    match std::fs::remove_dir_all(dir(store_dir)) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StoreError::Io {
            path: dir(store_dir),
            source: e,
        }),
    }
}

/// A tenant's snapshot, read (mapped, where it can be) but not yet decoded.
pub struct Snapshot(Bytes);

enum Bytes {
    Mapped(super::mapped::Mapped),
    Read(Vec<u8>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Mapped(m) => m,
            Bytes::Read(v) => v,
        }
    }
}

impl Snapshot {
    /// The tenant's snapshot, when there is a usable one.
    pub fn read(store_dir: &Path, tenant: &TenantId) -> Option<Snapshot> {
        let mut f = std::fs::File::open(file(store_dir, tenant)).ok()?;
        let bytes = match super::mapped::Mapped::of(&f) {
            Some(m) => Bytes::Mapped(m),
            None => {
                let mut v = Vec::new();
                std::io::Read::read_to_end(&mut f, &mut v).ok()?;
                Bytes::Read(v)
            }
        };
        let rest = bytes.strip_prefix(MAGIC)?;
        let (schema, rest) = rest.split_first_chunk::<4>()?;
        let (print, _) = rest.split_first_chunk::<16>()?;
        (u32::from_le_bytes(*schema) == SCHEMA_VERSION && Some(*print) == fingerprint(store_dir))
            .then_some(Snapshot(bytes))
    }

    /// The entries in order, read as they are visited (a whole portfolio's is a million
    /// of them: never listed). A cut-short entry ends them with an `Err`.
    fn entries(&self) -> impl Iterator<Item = Result<(&[u8], &[u8]), Cut>> + '_ {
        entries_in(&self.0[HEADER..])
    }

    /// The units' names alone (to find a unit before decoding the rest).
    pub fn units(&self) -> Option<Vec<(UnitId, String)>> {
        let mut out = Vec::new();
        for entry in self.entries() {
            let (tail, value) = entry.ok()?;
            if let Ok(Tail::Unit(u)) = layout::parse(tail) {
                out.push((u, layout::decode_name(value).ok()?));
            }
        }
        Some(out)
    }

    /// The aggregates; with `only`, just what a digest of that unit reads (every unit's
    /// name and every service, that unit's investments, notes and follow-ups): decoding a
    /// fiftieth of a large portfolio instead of all of it.
    pub fn aggregates(&self, tenant: &TenantId, only: Option<UnitId>) -> Option<Aggregates> {
        let wanted = |tail: &[u8], value: &[u8]| {
            let Some(u) = only else { return true };
            match layout::parse(tail) {
                Ok(Tail::Unit(_) | Tail::Service(_)) => true,
                Ok(Tail::Investment(_)) => layout::investment_unit(value).is_none_or(|v| v == u),
                Ok(Tail::NoteDay(v, _) | Tail::FollowUp(v, ..) | Tail::Closed(v, _)) => v == u,
                // Decoding reports it.
                Err(_) => true,
            }
        };
        let is_investment = |tail: &[u8]| tail.first() == Some(&layout::INVESTMENT);
        // One pass over the file before anything is decoded: a file cut short is not used
        // at all; the investments (a tenth of the entries, most of the work) are listed to
        // be decoded on every core, and the rest are read again as this thread takes them.
        let mut investments = Vec::new();
        for entry in self.entries() {
            let (tail, value) = entry.ok()?;
            if is_investment(tail) && wanted(tail, value) {
                investments.push((tail, value));
            }
        }
        let rest = self
            .entries()
            .map_while(Result::ok)
            .filter(|(tail, value)| !is_investment(tail) && wanted(tail, value));
        match Aggregates::from_runs(&investments, rest) {
            Ok(agg) => Some(agg),
            Err(e) => {
                tracing::warn!(%tenant, error = %e, "a digest snapshot could not be read; reading the store instead");
                None
            }
        }
    }
}

/// The entries of `bytes` (a snapshot after its header), in order. A cut-short entry ends
/// them with an `Err`.
fn entries_in(bytes: &[u8]) -> impl Iterator<Item = Result<(&[u8], &[u8]), Cut>> + '_ {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let entry = take(rest).and_then(|(tail, r)| {
            let (value, r) = take(r)?;
            Some(((tail, value), r))
        });
        Some(match entry {
            Some((entry, r)) => {
                rest = r;
                Ok(entry)
            }
            None => {
                rest = &[];
                Err(Cut)
            }
        })
    })
}

/// An entry that runs past the end of its file.
struct Cut;

fn take(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let (len, rest) = bytes.split_first_chunk::<4>()?;
    let len = u32::from_le_bytes(*len) as usize;
    (rest.len() >= len).then(|| rest.split_at(len))
}

impl Store {
    /// Starts the tenant's snapshot: writes it aside, to be finished by [`finish`] once
    /// this store is closed. Call only from a process that has written nothing since it
    /// opened the store (a one-shot read). `None` for a store in memory.
    pub fn start_aggregate_snapshot(
        &self,
        tenant: &TenantId,
    ) -> Result<Option<PathBuf>, StoreError> {
        if self.path.as_os_str().is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(1 << 20);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&SCHEMA_VERSION.to_le_bytes());
        out.extend_from_slice(&[0; 16]);
        let p = prefix(tenant);
        {
            let _guard = self.lock_writes();
            for item in self.data.scan_prefix(&p) {
                let (k, v) = item?;
                for part in [&k[p.len()..], &v[..]] {
                    out.extend_from_slice(&(part.len() as u32).to_le_bytes());
                    out.extend_from_slice(part);
                }
            }
        }
        let dir = dir(&self.path);
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(io(&dir))?;
        let partial = file(&self.path, tenant).with_extension("partial");
        let mut f = {
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(&partial)
                .map_err(io(&partial))?
        };
        f.write_all(&out).map_err(io(&partial))?;
        Ok(Some(partial))
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError {
    let path = path.to_path_buf();
    move |e| StoreError::Io { path, source: e }
}

/// Finishes a snapshot started by [`Store::start_aggregate_snapshot`], after the store was
/// closed: records sled's file as it was left, and puts the snapshot in place. Another
/// opening of the store since deleted the partial file, and this then does nothing.
pub fn finish(store_dir: &Path, partial: &Path) -> Result<(), StoreError> {
    use std::io::{Seek, SeekFrom};
    let Some(print) = fingerprint(store_dir) else {
        return Ok(());
    };
    let mut f = match std::fs::OpenOptions::new().write(true).open(partial) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(partial)(e)),
    };
    f.seek(SeekFrom::Start((HEADER - 16) as u64))
        .map_err(io(partial))?;
    f.write_all(&print).map_err(io(partial))?;
    drop(f);
    match std::fs::rename(partial, partial.with_extension("bin")) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other.map_err(io(partial)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store of a generated portfolio, closed, with a finished snapshot of its tenant.
    fn snapshotted() -> (tempfile::TempDir, TenantId) {
        let tmp = tempfile::tempdir().unwrap();
        let tenant = TenantId::local();
        let store = Store::open(tmp.path()).unwrap();
        crate::digest::dataset::generate_dataset(&store, &tenant, 4_000).unwrap();
        store.flush().unwrap();
        let partial = store.start_aggregate_snapshot(&tenant).unwrap().unwrap();
        drop(store);
        finish(tmp.path(), &partial).unwrap();
        (tmp, tenant)
    }

    /// The image read one entry at a time from the file's entries that `keep` keeps.
    fn one_at_a_time(snap: &Snapshot, keep: impl Fn(&[u8], &[u8]) -> bool) -> Aggregates {
        let entries: Vec<_> = snap.entries().map(|e| e.ok().unwrap()).collect();
        Aggregates::from_entries(entries.into_iter().filter(|(t, v)| keep(t, v))).unwrap()
    }

    #[test]
    fn a_snapshot_gives_the_image_read_one_entry_at_a_time_whole_and_for_a_unit() {
        let (tmp, tenant) = snapshotted();
        let snap = Snapshot::read(tmp.path(), &tenant).expect("a usable snapshot");
        let whole = snap.aggregates(&tenant, None).unwrap();
        assert!(whole.all_investments().len() > 100, "a real portfolio");
        assert_eq!(whole, one_at_a_time(&snap, |_, _| true));

        let (unit, _) = snap.units().unwrap()[2].clone();
        let part = snap.aggregates(&tenant, Some(unit)).unwrap();
        let mine = part.all_investments();
        assert!(!mine.is_empty() && mine.iter().all(|i| i.unit == unit));
        assert!(mine.len() < whole.all_investments().len());
        let kept = one_at_a_time(&snap, |tail, value| match layout::parse(tail).unwrap() {
            Tail::Unit(_) | Tail::Service(_) => true,
            Tail::Investment(_) => layout::investment_unit(value) == Some(unit),
            Tail::NoteDay(v, _) | Tail::FollowUp(v, ..) | Tail::Closed(v, _) => v == unit,
        });
        assert_eq!(part, kept);
    }

    #[test]
    fn a_snapshot_cut_short_or_damaged_is_not_used() {
        let (tmp, tenant) = snapshotted();
        let path = file(tmp.path(), &tenant);
        let good = std::fs::read(&path).unwrap();
        let snap = |bytes: Vec<u8>| Snapshot(Bytes::Read(bytes));

        // Cut anywhere: in the header, in the first entry, in the investments, in the
        // last entry. An entry cut short is never decoded as the end of the file.
        let first_investment = snap(good.clone())
            .entries()
            .map(|e| e.ok().unwrap())
            .position(|(t, _)| t[0] == layout::INVESTMENT)
            .unwrap();
        assert!(first_investment > 0);
        for cut in [HEADER + 3, HEADER + 40, good.len() / 2, good.len() - 1] {
            let short = snap(good[..cut].to_vec());
            assert!(short.aggregates(&tenant, None).is_none(), "cut at {cut}");
        }
        // And read from disk: a file cut short is refused as a whole.
        std::fs::write(&path, &good[..good.len() - 3]).unwrap();
        let read = Snapshot::read(tmp.path(), &tenant);
        assert!(read.is_none_or(|s| s.aggregates(&tenant, None).is_none()));

        // An investment's value damaged in place (its length kept): refused, not decoded
        // into other figures.
        let mut damaged = good.clone();
        let mut at = HEADER;
        let mut seen = 0;
        loop {
            let tail_len = u32::from_le_bytes(damaged[at..at + 4].try_into().unwrap()) as usize;
            let tail_at = at + 4;
            let value_len_at = tail_at + tail_len;
            let value_len =
                u32::from_le_bytes(damaged[value_len_at..value_len_at + 4].try_into().unwrap())
                    as usize;
            let value_at = value_len_at + 4;
            if damaged[tail_at] == layout::INVESTMENT {
                seen += 1;
                if seen == 7 {
                    // The length of its name, made far longer than the value.
                    damaged[value_at + 8..value_at + 12].copy_from_slice(&u32::MAX.to_le_bytes());
                    break;
                }
            }
            at = value_at + value_len;
        }
        assert!(snap(damaged).aggregates(&tenant, None).is_none());
        assert!(snap(good).aggregates(&tenant, None).is_some());
    }
}
