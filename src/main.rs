//! The `valuebridge` binary.

valuebridge::binary_allocator!();

fn main() -> std::process::ExitCode {
    valuebridge::cli::main()
}
