//! A data directory the bot creates is owner-only (0700, files 0600) whatever the umask it
//! was started with. The umask is process-wide, so the binary runs in a child process.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};

/// Every path under `dir` (itself included) whose mode is not owner-only.
fn too_open(dir: &Path, out: &mut Vec<String>) {
    let mode = std::fs::metadata(dir).unwrap().permissions().mode() & 0o777;
    if mode != 0o700 {
        out.push(format!("{} is {mode:o}", dir.display()));
    }
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let meta = std::fs::symlink_metadata(&path).unwrap();
        if meta.is_dir() {
            too_open(&path, out);
        } else if meta.permissions().mode() & 0o777 != 0o600 {
            out.push(format!(
                "{} is {:o}",
                path.display(),
                meta.permissions().mode() & 0o777
            ));
        }
    }
}

#[test]
fn a_new_data_directory_and_its_files_are_owner_only_under_umask_000() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("fresh").join("data");
    let mut child = Command::new(env!("CARGO_BIN_EXE_valuebridge"));
    child
        .arg("--data-dir")
        .arg(&data)
        .args(["chat"])
        .current_dir(root.path())
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: umask is async-signal-safe and touches only the child's own state.
    unsafe {
        child.pre_exec(|| {
            libc::umask(0);
            Ok(())
        });
    }
    let mut child = child.spawn().unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin
            .write_all(b"unit add Sales\nnote Sales: first visit\n")
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("NOTE-1"),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut open = Vec::new();
    too_open(&root.path().join("fresh"), &mut open);
    assert!(open.is_empty(), "not owner-only: {open:?}");
}
