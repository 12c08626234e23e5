//! A file's bytes mapped into memory, read-only: a digest snapshot (tens of megabytes) is
//! read in place from the page cache instead of being copied into fresh memory, which the
//! kernel would first have to zero.

use std::fs::File;
use std::ops::Deref;

pub struct Mapped {
    ptr: *mut libc::c_void,
    len: usize,
}

// SAFETY: the mapping is read-only and owned by this value alone; reading it from several
// threads is reading shared immutable memory.
unsafe impl Send for Mapped {}
unsafe impl Sync for Mapped {}

impl Mapped {
    /// The whole of `file`, or `None` when it cannot be mapped (empty, or the system
    /// refuses): the caller then reads it instead.
    pub fn of(file: &File) -> Option<Mapped> {
        use std::os::fd::AsRawFd;
        let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
        if len == 0 {
            return None;
        }
        // SAFETY: a private, read-only mapping of an open file; checked for failure below.
        // Snapshot files are only ever replaced by a rename or deleted, never rewritten in
        // place, so the mapped pages stay what was read.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ,
                libc::MAP_PRIVATE | libc::MAP_POPULATE,
                file.as_raw_fd(),
                0,
            )
        };
        (ptr != libc::MAP_FAILED).then_some(Mapped { ptr, len })
    }
}

impl Deref for Mapped {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        // SAFETY: `ptr` maps `len` readable bytes for as long as `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) }
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        // SAFETY: unmapping exactly what `of` mapped, once.
        unsafe {
            libc::munmap(self.ptr, self.len);
        }
    }
}
