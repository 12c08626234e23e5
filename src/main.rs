//! The `valuebridge` binary.

/// mimalloc: digests build and free tens of megabytes of lines, and commands allocate
/// small objects at a high rate; glibc's allocator spends much of that time zeroing fresh
/// pages and consolidating chunks (see benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `arena_eager_commit` (its place in `mi_option_e` of the bundled mimalloc 2).
/// On a system that overcommits, mimalloc commits its first arena whole, and the idle bot's
/// resident memory was 59 MB, 41 MB of it that arena; committed as it is used, 18 MB.
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

/// Runs as the program is loaded, before the Rust runtime's first allocation reserves that
/// arena (setting it first thing in `main` is already too late).
#[used]
#[link_section = ".init_array"]
static COMMIT_ARENAS_LAZILY: extern "C" fn() = {
    extern "C" fn commit_arenas_lazily() {
        // SAFETY: sets one of mimalloc's process-wide options while the process is single
        // threaded; mimalloc reads it when it reserves an arena.
        unsafe { libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0) };
    }
    commit_arenas_lazily
};

fn main() -> std::process::ExitCode {
    valuebridge::cli::main()
}
