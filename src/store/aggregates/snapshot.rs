//! A copy of a tenant's aggregate section in one file beside the store, so a one-shot
//! `valuebridge digest` reads one file instead of opening the store and scanning it.
//!
//! Valid only while nothing has been written since it was made: it is made by a process
//! that holds the store (so nobody else can write meanwhile) and made nothing but reads,
//! and every opening of the store deletes all of them before it can write. It also keeps
//! the size and modification time of sled's file once the store was closed, so a change
//! made behind the store's back (sled opened directly) makes it unused too. A file that is
//! missing, unreadable, from another schema or format, cut short or damaged (its checksum
//! does not match) is simply not used: the store answers, and the snapshot is made again.
//!
//! After the header, the body: the length of the units' and services' entries (8 bytes),
//! those entries (each key tail and value after its 4-byte length), the length of the
//! investments' table (8 bytes), that table ([`super::flat`]), then the table of note days
//! and follow-ups ([`super::flat_rest`]); both tables are read in place.

use super::flat::{Flat, FlatInvestment, FlatWriter};
use super::flat_rest::{NotesTable, NotesWriter, Rest};
use super::layout::{self, prefix, Tail};
use super::memory::Aggregates;
use crate::ids::{TenantId, UnitId};
use crate::money::Currency;
use crate::store::{Store, StoreError, SCHEMA_VERSION};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const DIR: &str = "digest-snapshots";
/// The format's name and version: a snapshot of any other (an older build's) is not used.
const MAGIC: &[u8; 8] = b"vbaggs04";
/// Where the fingerprint of sled's file starts, after MAGIC and the schema (4 bytes).
const PRINT_AT: usize = 8 + 4;
/// MAGIC, the schema, the fingerprint (16 bytes), then the body's CRC-32 (4 bytes).
const HEADER: usize = PRINT_AT + 16 + 4;

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
pub struct Snapshot {
    bytes: Bytes,
    /// The currencies its investments name, looked up once.
    currencies: OnceLock<Vec<Currency>>,
}

/// What a digest reads of a snapshot: the units and services decoded, the notes and
/// follow-ups and the investments (in id order; a unit's alone for a unit digest) read in
/// place.
pub struct Image<'a> {
    pub rest: Rest<'a>,
    pub investments: Vec<FlatInvestment<'a>>,
    /// The unit whose digest this image is for, if only one's.
    only: Option<UnitId>,
}

impl Image<'_> {
    /// The store's image of the same aggregates (to compare the two): with a unit, what a
    /// digest of that unit reads (every unit's name and every service, that unit's
    /// investments, notes and follow-ups).
    pub fn to_aggregates(&self) -> Aggregates {
        let mut agg = self.rest.to_aggregates(self.only);
        for i in &self.investments {
            let i = i.to_agg();
            agg.apply(
                &layout::investment(i.id),
                Some(&layout::encode_investment(&i)),
            )
            .expect("an investment encoded here decodes");
        }
        agg
    }
}

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
            .then(|| Snapshot::of(bytes))
    }

    fn of(bytes: Bytes) -> Snapshot {
        Snapshot {
            bytes,
            currencies: OnceLock::new(),
        }
    }

    /// The body's entries (units and services), the investments' table and the notes'
    /// table; `None` when the file is cut short.
    fn sections(&self) -> Option<(&[u8], &[u8], &[u8])> {
        let body = self.bytes.get(HEADER..)?;
        let (named, body) = sized(body)?;
        let (investments, notes) = sized(body)?;
        Some((named, investments, notes))
    }

    /// Whether the body is as it was written (its CRC-32 matches the header's).
    fn intact(&self) -> bool {
        let (Some(body), Some(sum)) =
            (self.bytes.get(HEADER..), self.bytes.get(HEADER - 4..HEADER))
        else {
            return false;
        };
        crc32fast::hash(body).to_le_bytes() == sum
    }

    /// The entries other than investments, in order, read as they are visited. A
    /// cut-short entry ends them with an `Err`.
    fn entries(&self) -> impl Iterator<Item = Result<(&[u8], &[u8]), Cut>> + '_ {
        let named = self.sections().map_or(&[][..], |(named, ..)| named);
        entries_in(named)
    }

    /// The units' names alone (to find a unit before reading the rest).
    pub fn units(&self) -> Option<Vec<(UnitId, String)>> {
        self.sections()?;
        let mut out = Vec::new();
        for entry in self.entries() {
            let (tail, value) = entry.ok()?;
            if let Ok(Tail::Unit(u)) = layout::parse(tail) {
                out.push((u, layout::decode_name(value).ok()?));
            }
        }
        Some(out)
    }

    /// What a digest reads; with `only`, the investments of that unit alone (the digest
    /// of a unit reads no other unit's notes or follow-ups). `None` when the file is cut
    /// short, damaged or does not read as it should.
    pub fn image(&self, tenant: &TenantId, only: Option<UnitId>) -> Option<Image<'_>> {
        let (named, table, notes) = self.sections()?;
        // The checksum (tens of megabytes read) on another core while this one decodes
        // the units and services and checks the tables.
        let (intact, image) = std::thread::scope(|scope| {
            let intact = scope.spawn(|| self.intact());
            let image = (|| {
                let entries: Option<Vec<_>> = entries_in(named).map(Result::ok).collect();
                let named = match Aggregates::from_entries(entries?) {
                    Ok(agg) => agg,
                    Err(e) => {
                        tracing::warn!(%tenant, error = %e, "a digest snapshot could not be read; reading the store instead");
                        return None;
                    }
                };
                let notes = NotesTable::open(notes)?;
                let flat = Flat::open(table, &self.currencies)?;
                Some(Image {
                    rest: Rest { named, notes },
                    investments: flat.investments(only),
                    only,
                })
            })();
            (intact.join().expect("a checksum does not panic"), image)
        });
        if !intact {
            tracing::warn!(%tenant, "a digest snapshot is damaged; reading the store instead");
            return None;
        }
        image
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

/// The part of `bytes` after its 8-byte length, and what follows it; `None` when cut short.
fn sized(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let (len, rest) = bytes.split_first_chunk::<8>()?;
    let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
    (len <= rest.len()).then(|| rest.split_at(len))
}

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
        out.extend_from_slice(&[0; 16 + 4]);
        out.extend_from_slice(&[0; 8]);
        let p = prefix(tenant);
        let mut flat = FlatWriter::default();
        let mut notes = NotesWriter::default();
        {
            let _guard = self.lock_writes();
            for item in self.data.scan_prefix(&p) {
                let (k, v) = item?;
                let tail = &k[p.len()..];
                if let Ok(Tail::Investment(_)) = layout::parse(tail) {
                    flat.push(&layout::decode_investment(&v)?);
                    continue;
                }
                if notes.push(tail, &v)? {
                    continue;
                }
                for part in [tail, &v[..]] {
                    out.extend_from_slice(&(part.len() as u32).to_le_bytes());
                    out.extend_from_slice(part);
                }
            }
        }
        let named_len = (out.len() - HEADER - 8) as u64;
        out[HEADER..HEADER + 8].copy_from_slice(&named_len.to_le_bytes());
        let table_at = out.len();
        out.extend_from_slice(&[0; 8]);
        flat.finish(&mut out);
        let table_len = (out.len() - table_at - 8) as u64;
        out[table_at..table_at + 8].copy_from_slice(&table_len.to_le_bytes());
        notes.finish(&mut out);
        let sum = crc32fast::hash(&out[HEADER..]);
        out[HEADER - 4..HEADER].copy_from_slice(&sum.to_le_bytes());
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
    f.seek(SeekFrom::Start(PRINT_AT as u64))
        .map_err(io(partial))?;
    f.write_all(&print).map_err(io(partial))?;
    drop(f);
    match std::fs::rename(partial, partial.with_extension("bin")) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        other => other.map_err(io(partial)),
    }
}

#[cfg(test)]
mod tests;
