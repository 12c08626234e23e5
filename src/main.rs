//! The `valuebridge` binary.

/// mimalloc: digests build and free tens of megabytes of lines, and commands allocate
/// small objects at a high rate; glibc's allocator spends much of that time zeroing fresh
/// pages and consolidating chunks (see benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    valuebridge::cli::main()
}
