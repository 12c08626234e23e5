//! The real `valuebridge` binary as the black-box tests run it: outside the repository, so
//! its `./config` is not picked up by accident, and with `RUST_LOG` unset, so a developer's
//! log level does not change what the tests read.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// `valuebridge`, not yet given its arguments.
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_valuebridge"));
    c.current_dir(std::env::temp_dir());
    c.env_remove("RUST_LOG");
    c
}

/// Runs `command` to its end with `stdin` typed in: its status and whole output.
#[allow(
    dead_code,
    reason = "each test binary that includes this file uses part of it"
)]
pub fn typed(command: &mut Command, stdin: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}
