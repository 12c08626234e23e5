//! The durable mark: how long each tenant's history was at the last successful flush, kept
//! in a small file beside sled's.
//!
//! sled keeps its log only up to the first part it cannot read. When bytes in the middle of
//! its file are overwritten (a disk fault, not a crash) and that part held the newest
//! writes, they are gone together with the counters that would show it: the store that
//! opens agrees with itself. The mark remembers what was already on disk, so a store that
//! holds less than it is damaged, and is reported as such when it is opened.
//!
//! The mark is rewritten in place after each flush that succeeds, with the lengths read
//! before that flush began (so everything it counts was on disk before it is written). It
//! has no fsync of its own: on disk it can only lag behind sled's files, never lead them.
//! A mark that cannot be read (cut short by a crash while it was written) proves nothing
//! either way and is ignored with a warning. A failed flush removes it, as the writes it
//! undoes may have reached the disk already and been counted.

use super::{keys, Store, StoreError};
use crate::ids::TenantId;
use std::os::unix::fs::FileExt;
use std::path::PathBuf;

/// The mark's file name, beside sled's `db`.
pub(super) const FILE: &str = "durable-mark";
const HEADER: &str = "valuebridge durable mark 1\n";
const CHECK: &str = "#check ";
const END: &str = "\n#end\n";

/// Each tenant's history length.
pub(super) type Lengths = Vec<(TenantId, u64)>;

fn encode(lengths: &Lengths) -> Vec<u8> {
    let mut body = String::from(HEADER);
    for (tenant, len) in lengths {
        body.push_str(&format!("{tenant} {len}\n"));
    }
    let check = crc32fast::hash(body.as_bytes());
    body.push_str(&format!("{CHECK}{check:08x}{END}"));
    body.into_bytes()
}

/// The lengths a mark holds; `None` when it is not a whole mark. Anything after its end
/// line is left from a longer mark written before and is not read.
fn decode(bytes: &[u8]) -> Option<Lengths> {
    let text = std::str::from_utf8(bytes).ok()?;
    // `#` is in no tenant's name, so the first check line is the mark's own.
    let (body, rest) = text.split_at(text.find(CHECK)?);
    let check = rest
        .get(..CHECK.len() + 8 + END.len())?
        .strip_prefix(CHECK)?
        .strip_suffix(END)?;
    if u32::from_str_radix(check, 16).ok()? != crc32fast::hash(body.as_bytes()) {
        return None;
    }
    body.strip_prefix(HEADER)?
        .lines()
        .map(|line| {
            let (tenant, len) = line.rsplit_once(' ')?;
            Some((tenant.parse().ok()?, len.parse().ok()?))
        })
        .collect()
}

impl Store {
    fn mark_path(&self) -> Option<PathBuf> {
        (!self.path.as_os_str().is_empty()).then(|| self.path.join(FILE))
    }

    /// Each tenant's history length in sled now. Read before a flush, all of it is on disk
    /// once the flush returns. A round running on this thread (a flush made while it checks
    /// the store is writable) is not counted: it is not applied yet. `None` for a store in memory, which keeps no mark.
    pub(super) fn history_lengths(&self) -> Option<Lengths> {
        self.mark_path()?;
        // sled's own tree, not what a round on this thread has yet to apply.
        let raw = self.data.raw();
        let read = || -> Result<Lengths, StoreError> {
            let first_key_from =
                |from: &[u8]| Ok(raw.range(from..).next().transpose()?.map(|kv| kv.0));
            super::aggregates::tenants_by(first_key_from)?
                .into_iter()
                .map(|t| {
                    let len = raw.get(keys::seq(&t))?.map(|v| keys::decode_u64(&v));
                    Ok((t, len.unwrap_or(0)))
                })
                .collect()
        };
        read()
            .inspect_err(|e| tracing::warn!(error = %e, "could not read the history lengths for the durable mark"))
            .ok()
    }

    /// The mark's path and its file (open once it is first written), held; `None` for a
    /// store in memory.
    fn mark_file(&self) -> Option<(PathBuf, std::sync::MutexGuard<'_, Option<std::fs::File>>)> {
        let path = self.mark_path()?;
        let file = self.health.mark_file.lock();
        Some((path, file.unwrap_or_else(|p| p.into_inner())))
    }

    /// Writes the mark after a flush made `lengths` durable. A mark that cannot be written
    /// is only a lost check, not a lost write: logged, and the write goes on.
    pub(super) fn write_durable_mark(&self, lengths: &Lengths) {
        let Some((path, mut file)) = self.mark_file() else {
            return;
        };
        if file.is_none() {
            match std::fs::OpenOptions::new()
                .create(true)
                .write(true)
                .truncate(false)
                .open(&path)
            {
                Ok(f) => *file = Some(f),
                Err(e) => {
                    tracing::warn!(path = %path.display(), error = %e, "could not open the durable mark");
                    return;
                }
            }
        }
        if let Some(Err(e)) = file.as_ref().map(|f| f.write_all_at(&encode(lengths), 0)) {
            tracing::warn!(path = %path.display(), error = %e, "could not write the durable mark");
            *file = None;
        }
    }

    /// Removes the mark: a failed flush is undoing writes it may have counted.
    pub(super) fn forget_durable_mark(&self) {
        let Some((path, mut file)) = self.mark_file() else {
            return;
        };
        *file = None;
        // The removal is synced into the directory: a mark that came back after a power cut
        // would count writes the failed flush undid, and the store would not open.
        match std::fs::remove_file(&path).and_then(|()| crate::durable_dir::sync_parent(&path)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                tracing::warn!(path = %path.display(), error = %e, "could not remove the durable mark");
            }
            _ => {}
        }
    }

    /// Damaged when a tenant's history is shorter than the mark says was on disk.
    pub(super) fn check_durable_mark(&self) -> Result<(), StoreError> {
        let Some(path) = self.mark_path() else {
            return Ok(());
        };
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(source) => return Err(StoreError::Io { path, source }),
        };
        let Some(marked) = decode(&bytes) else {
            tracing::warn!(path = %path.display(), "the durable mark is not whole (a crash while it was written?): the store is opened without comparing it");
            return Ok(());
        };
        let mut short = Vec::new();
        for (tenant, was) in marked {
            let now = self.log_len(&tenant)?;
            if now < was {
                short.push(format!(
                    "{tenant}: its history holds {now} entries, but {was} were on disk"
                ));
            }
        }
        if short.is_empty() {
            return Ok(());
        }
        Err(StoreError::Damaged {
            path: self.path.clone(),
            detail: format!(
                "it has lost writes that were already on disk ({}; {FILE} keeps what the last flush stored)",
                short.join("; ")
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_records;

    fn tenant() -> TenantId {
        "acme".parse().unwrap()
    }

    fn marked(dir: &std::path::Path) -> Option<Lengths> {
        decode(&std::fs::read(dir.join(FILE)).ok()?)
    }

    #[test]
    fn each_flush_marks_what_it_made_durable_and_a_failed_one_removes_the_mark() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let store = Store::open(&dir).unwrap();
        store.keep_undo();
        let unit = test_records::add_unit(&store, &tenant(), "Sales").unwrap();
        assert_eq!(marked(&dir), None, "nothing flushed yet");
        store.flush().unwrap();
        assert_eq!(marked(&dir), Some(vec![(tenant(), 1)]));
        test_records::add_note(&store, &tenant(), unit, "kept", vec![]).unwrap();
        store.flush().unwrap();
        assert_eq!(marked(&dir), Some(vec![(tenant(), 2)]));

        // A failed flush undoes the note written since, which it might have counted.
        store.set_flush_fault(Some(std::sync::Arc::new(|| {
            Err(std::io::Error::from_raw_os_error(28))
        })));
        test_records::add_note(&store, &tenant(), unit, "undone", vec![]).unwrap();
        assert!(store.flush().is_err());
        assert!(!dir.join(FILE).exists());
        assert_eq!(store.log_len(&tenant()).unwrap(), 2);
        store.set_flush_fault(None);
        store.flush().unwrap();
        assert_eq!(marked(&dir), Some(vec![(tenant(), 2)]));
        drop(store);

        // The store opens whole, and a mark from a longer history than it holds is damage.
        let store = Store::open(&dir).unwrap();
        assert_eq!(store.log_len(&tenant()).unwrap(), 2);
        drop(store);
        std::fs::write(dir.join(FILE), encode(&vec![(tenant(), 3)])).unwrap();
        match Store::open(&dir).map(|_| ()) {
            Err(StoreError::Damaged { detail, .. }) => assert!(
                detail.contains("acme: its history holds 2 entries, but 3 were on disk"),
                "{detail}"
            ),
            other => panic!("a store shorter than its mark opened: {other:?}"),
        }
    }

    #[test]
    fn a_mark_that_is_not_whole_is_not_compared() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("data");
        let store = Store::open(&dir).unwrap();
        test_records::add_unit(&store, &tenant(), "Sales").unwrap();
        store.flush().unwrap();
        drop(store);
        let bytes = encode(&vec![(tenant(), 9)]);
        std::fs::write(dir.join(FILE), &bytes[..bytes.len() - 3]).unwrap();
        assert!(Store::open(&dir).is_ok());
    }

    fn lengths() -> Lengths {
        vec![
            ("local".parse().unwrap(), 31),
            ("slack:T123".parse().unwrap(), 7),
        ]
    }

    #[test]
    fn a_mark_reads_back_as_written() {
        assert_eq!(decode(&encode(&lengths())), Some(lengths()));
        assert_eq!(decode(&encode(&Vec::new())), Some(Vec::new()));
    }

    #[test]
    fn what_a_longer_mark_left_after_the_end_is_not_read() {
        let mut bytes = encode(&lengths());
        let longer = encode(&vec![("local".parse().unwrap(), 1_000_000_000)]);
        bytes.extend_from_slice(&longer[bytes.len().min(longer.len())..]);
        bytes.extend_from_slice(b"slack:T9 12\n");
        assert_eq!(decode(&bytes), Some(lengths()));
    }

    #[test]
    fn a_mark_cut_short_or_changed_is_not_whole() {
        let bytes = encode(&lengths());
        for cut in [0, 10, HEADER.len(), bytes.len() - 1] {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        let changed = String::from_utf8(bytes)
            .unwrap()
            .replace("local 31", "local 91");
        assert_eq!(decode(changed.as_bytes()), None);
    }
}
