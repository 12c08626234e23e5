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

pub use mimalloc::MiMalloc;
