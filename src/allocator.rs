//! The settings the binary gives its allocator (mimalloc), in one place so the benchmarks
//! run with the same ones.

/// mimalloc's `arena_eager_commit` and `purge_delay` (their places in `mi_option_e` of the
/// bundled mimalloc 2).
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// How long freed memory is kept before it is given back to the system, in milliseconds
/// (mimalloc's default is 10; arenas wait ten times as long).
pub const PURGE_DELAY_MS: i64 = 1_000;

/// Sets the allocator's options. Call it before the first allocation: mimalloc reads them
/// when it reserves memory.
///
/// - Arenas are committed as they are used: on a system that overcommits, mimalloc commits
///   its first arena whole, and the idle bot's resident memory was 59 MB, 41 MB of it that
///   arena; committed as it is used, 18 MB.
/// - Freed memory is kept for a second before it is given back: a large portfolio's digest
///   builds and frees tens of megabytes of lines, and with mimalloc's 10 ms the next digest
///   (scheduled digests go out one after another) found that memory returned and spent
///   about a tenth of its time in the kernel zeroing fresh pages. It is still given back,
///   a second later (arenas: ten seconds), so resident memory at rest does not change.
pub fn tune() {
    // SAFETY: sets two of mimalloc's process-wide options; called while the process is
    // single threaded, before the allocations they apply to.
    unsafe {
        libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0);
        libmimalloc_sys::mi_option_set(PURGE_DELAY, PURGE_DELAY_MS as std::ffi::c_long);
    }
}

/// Gives the memory the allocator holds freed back to the system now, rather than when
/// the thread that freed it next allocates. For after a large one-off piece of work (the
/// background full check of the store) followed by an idle bot: without it, the memory
/// the check freed (about 50 MB at 1M records) stayed resident until the bot was busy again.
pub fn give_back() {
    // SAFETY: mimalloc's own collection; it may be called from any thread at any time.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// The allocator a program of this crate reads messages and builds digests with: mimalloc,
/// as the global allocator, with [`tune`]'s settings applied as the program is loaded
/// (setting them first thing in `main` is already too late: the Rust runtime's first
/// allocation reserves an arena). The `valuebridge` binary declares it, and so do the
/// benchmarks that measure what it does, so their figures are its.
///
/// mimalloc because digests build and free tens of megabytes of lines, and commands
/// allocate small objects at a high rate; glibc's allocator spends much of that time
/// zeroing fresh pages and consolidating chunks (see benches/README.md).
#[macro_export]
macro_rules! binary_allocator {
    () => {
        #[global_allocator]
        static ALLOCATOR: $crate::allocator::MiMalloc = $crate::allocator::MiMalloc;

        #[used]
        #[link_section = ".init_array"]
        static TUNE_ALLOCATOR: extern "C" fn() = {
            extern "C" fn tune_allocator() {
                $crate::allocator::tune();
            }
            tune_allocator
        };
    };
}

/// mimalloc as the global allocator. The `mimalloc` crate's own asks mimalloc's aligned
/// entry points for every allocation; most of the program's allocations (strings, vectors
/// of words and numbers) need no more than a word's alignment, which every block mimalloc
/// hands out has (its block sizes are whole words), so those go by its plain `mi_malloc`
/// and `mi_realloc`, sparing the aligned path's checks: about 20 instructions an
/// allocation, some 65 allocations a message read (benches/README.md, Round P54).
pub struct MiMalloc;

/// The alignment every block of mimalloc's has: a machine word.
const WORD_ALIGN: usize = std::mem::size_of::<usize>();

// SAFETY: each call hands mimalloc's own functions their documented arguments; a layout
// asking for more than a word's alignment goes by the aligned entry points, as before.
unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            libmimalloc_sys::mi_malloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            libmimalloc_sys::mi_zalloc(layout.size()).cast()
        } else {
            libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD_ALIGN {
            libmimalloc_sys::mi_realloc(ptr.cast(), new_size).cast()
        } else {
            libmimalloc_sys::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::MiMalloc;
    use std::alloc::{GlobalAlloc, Layout};

    /// Every size and alignment a program asks for gets a block of that alignment, zeroed
    /// when asked, and keeps its bytes when grown or shrunk, by either path.
    #[test]
    fn blocks_are_aligned_and_keep_their_bytes() {
        let a = MiMalloc;
        for align in [1usize, 2, 4, 8, 16, 32, 64, 4096] {
            for size in (1..=300).chain([511, 512, 1000, 4096, 70_000, 1 << 20]) {
                let layout = Layout::from_size_align(size, align).unwrap();
                // SAFETY: the layout has a non-zero size; each block is freed once, with
                // the layout it was made (or last resized) with.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    for k in 0..size {
                        p.add(k).write(k as u8);
                    }
                    let grown = size * 3 + 7;
                    let q = a.realloc(p, layout, grown);
                    assert_eq!(q as usize % align, 0, "grown {grown} align {align}");
                    assert!((0..size).all(|k| q.add(k).read() == k as u8));
                    let shrunk = size.div_ceil(2);
                    let r = a.realloc(q, Layout::from_size_align(grown, align).unwrap(), shrunk);
                    assert_eq!(r as usize % align, 0, "shrunk {shrunk} align {align}");
                    assert!((0..shrunk).all(|k| r.add(k).read() == k as u8));
                    a.dealloc(r, Layout::from_size_align(shrunk, align).unwrap());
                    let z = a.alloc_zeroed(layout);
                    assert_eq!(z as usize % align, 0, "zeroed {size} align {align}");
                    assert!((0..size).all(|k| z.add(k).read() == 0));
                    a.dealloc(z, layout);
                }
            }
        }
    }
}
