//! The `valuebridge` binary.

/// mimalloc: digests build and free tens of megabytes of lines, and commands allocate
/// small objects at a high rate; glibc's allocator spends much of that time zeroing fresh
/// pages and consolidating chunks (see benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runs as the program is loaded, before the Rust runtime's first allocation reserves an
/// arena (setting the allocator's options first thing in `main` is already too late).
#[used]
#[link_section = ".init_array"]
static TUNE_ALLOCATOR: extern "C" fn() = {
    extern "C" fn tune_allocator() {
        valuebridge::allocator::tune();
    }
    tune_allocator
};

fn main() -> std::process::ExitCode {
    valuebridge::cli::main()
}
