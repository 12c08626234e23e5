//! The `valuebridge` binary.

fn main() -> std::process::ExitCode {
    valuebridge::cli::main()
}
