//! The data directory's free space, checked before a batch is applied: writes are refused
//! while less than [`MIN_FREE_BYTES`] is left.

use super::MIN_FREE_BYTES;
use crate::store::{Store, StoreError};
use std::path::Path;

/// Free bytes for unprivileged writers on the filesystem holding `dir`.
fn free_bytes(dir: &Path) -> std::io::Result<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes())
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
    let mut st = std::mem::MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: `c` is a valid NUL-terminated path and `st` is written by statvfs on success.
    let rc = unsafe { libc::statvfs(c.as_ptr(), st.as_mut_ptr()) };
    if rc != 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: statvfs returned 0, so it filled `st`.
    let st = unsafe { st.assume_init() };
    #[allow(
        clippy::unnecessary_cast,
        reason = "the field widths differ between targets"
    )]
    Ok(st.f_bavail as u64 * st.f_frsize as u64)
}

impl Store {
    /// Refuses a write while the disk holds less than [`MIN_FREE_BYTES`].
    pub(in crate::store) fn room_to_write(&self) -> Result<(), StoreError> {
        if self.path.as_os_str().is_empty() {
            return Ok(());
        }
        match free_bytes(&self.path) {
            Ok(free) if free < MIN_FREE_BYTES => {
                tracing::debug!(free, dir = %self.path.display(), "write refused: the disk is nearly full");
                Err(StoreError::NotWritable("the server's disk is full".into()))
            }
            _ => Ok(()),
        }
    }
}
