//! The command line against a running bot: the real `valuebridge run` in the background,
//! and `chat`, `export` and `import` over its admin socket giving what the offline path gives.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Command, Output, Stdio};

#[path = "support/binary.rs"]
mod binary;
use binary::{bin, typed};

#[path = "support/child.rs"]
mod child;
use child::KillOnDrop;

/// Starts the bot and returns once it is serving (its "running" log line is written after
/// the admin socket is bound).
fn start(dir: &Path) -> KillOnDrop {
    let mut child = bin()
        .args(["--data-dir", dir.to_str().unwrap(), "run"])
        .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    while !line.contains("valuebridge is running") {
        line.clear();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "the bot exited before it was running"
        );
    }
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    KillOnDrop::new(child)
}

fn stop(mut child: KillOnDrop) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    assert!(child.wait().unwrap().success(), "a clean shutdown exits 0");
}

fn run(dir: &Path, args: &[&str], stdin: &str) -> Output {
    typed(bin().arg("--data-dir").arg(dir).args(args), stdin)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Output without the "Logged ... at <time>" lines, which carry the wall-clock minute.
fn timeless(s: &str) -> String {
    s.lines()
        .filter(|l| !l.starts_with("Logged  "))
        .collect::<Vec<_>>()
        .join("\n")
}

const SCRIPT: &str = "unit add Sales\nunit add Operations alias ops\nnote Sales: met the CFO #crm\ndecide INV-3 approve\nlist notes\n";
const REGISTER: &str = "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor\nCRM replacement,Sales,transform,£250k,£20k,£400k,3,2027-01-01,Jane\nLaptops,ops,run,£90k,,£10k,2,2027-03-31,\n";

#[test]
fn the_command_line_works_against_a_running_bot_exactly_as_offline() {
    let live = tempfile::tempdir().unwrap();
    let offline = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let register = files.path().join("register.csv");
    std::fs::write(&register, REGISTER).unwrap();

    let bot = start(live.path());
    let chat_live = run(live.path(), &["chat"], SCRIPT);
    let import_live = run(live.path(), &["import", register.to_str().unwrap()], "");
    let bad_live = run(
        live.path(),
        &[
            "import",
            files.path().join("missing.json").to_str().unwrap(),
        ],
        "",
    );
    let export_live = run(
        live.path(),
        &[
            "export",
            "--out",
            files.path().join("live").to_str().unwrap(),
        ],
        "",
    );
    let digest_args = [
        "digest",
        "--format",
        "json",
        "--period",
        "year",
        "--as-of",
        "2027-06-30",
    ];
    let digest_live = run(live.path(), &digest_args, "");
    let parse_args = [
        "parse",
        "--today",
        "2026-11-27",
        "we approved £250k for the CRM replacement, review by end of month",
    ];
    let parse_live = run(live.path(), &parse_args, "");
    stop(bot);
    assert!(
        !live.path().join("admin.sock").exists(),
        "a clean shutdown removes the socket"
    );

    let chat_offline = run(offline.path(), &["chat"], SCRIPT);
    let import_offline = run(offline.path(), &["import", register.to_str().unwrap()], "");
    let bad_offline = run(
        offline.path(),
        &[
            "import",
            files.path().join("missing.json").to_str().unwrap(),
        ],
        "",
    );
    let export_offline = run(
        offline.path(),
        &[
            "export",
            "--out",
            files.path().join("offline").to_str().unwrap(),
        ],
        "",
    );
    let digest_offline = run(offline.path(), &digest_args, "");
    let parse_offline = run(offline.path(), &parse_args, "");
    assert!(
        stdout(&parse_live).contains("\"intent\":\"decision\""),
        "{}",
        stdout(&parse_live)
    );
    assert!(
        stdout(&parse_live).contains("\"investment\":\"CRM replacement\""),
        "{}",
        stdout(&parse_live)
    );
    assert_eq!(stdout(&parse_live), stdout(&parse_offline));
    assert!(
        digest_live.status.success(),
        "{}",
        String::from_utf8_lossy(&digest_live.stderr)
    );
    assert!(
        stdout(&digest_live).contains("\"approved_minor\""),
        "{}",
        stdout(&digest_live)
    );
    assert_eq!(stdout(&digest_live), stdout(&digest_offline));

    assert!(chat_live.status.success());
    assert!(
        stdout(&chat_live).contains("Logged note NOTE-1 (Sales)"),
        "{}",
        stdout(&chat_live)
    );
    assert_eq!(
        timeless(&stdout(&chat_live)),
        timeless(&stdout(&chat_offline))
    );
    assert_eq!(
        stdout(&import_live),
        "Imported 2 investments (INV-1 to INV-2) into local.\n"
    );
    assert_eq!(stdout(&import_live), stdout(&import_offline));
    assert_eq!(bad_live.status.code(), Some(1));
    assert_eq!(bad_live.status.code(), bad_offline.status.code());
    assert_eq!(
        String::from_utf8_lossy(&bad_live.stderr),
        String::from_utf8_lossy(&bad_offline.stderr)
    );
    assert!(export_live.status.success() && export_offline.status.success());
    let read = |p: &str| {
        let v: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(files.path().join(p).join("local.json")).unwrap(),
        )
        .unwrap();
        v["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["record"].clone(), e["change"]["type"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(read("live"), read("offline"));
    assert_eq!(read("live").len(), 5);
}

#[test]
fn a_stale_socket_from_a_killed_bot_does_not_stop_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start(dir.path());
    bot.kill().unwrap();
    bot.wait().unwrap();
    assert!(
        dir.path().join("admin.sock").exists(),
        "SIGKILL leaves the socket behind"
    );
    let bot = start(dir.path());
    let out = run(dir.path(), &["chat"], "unit add Sales\n");
    assert!(stdout(&out).contains("UNIT-1 Sales"), "{}", stdout(&out));
    stop(bot);
}

fn frame(body: &str) -> Vec<u8> {
    let mut v = (body.len() as u32).to_be_bytes().to_vec();
    v.extend_from_slice(body.as_bytes());
    v
}

fn read_frame(s: &mut UnixStream) -> String {
    let mut len = [0u8; 4];
    s.read_exact(&mut len).unwrap();
    let mut body = vec![0u8; u32::from_be_bytes(len) as usize];
    s.read_exact(&mut body).unwrap();
    String::from_utf8(body).unwrap()
}

#[test]
fn a_client_of_another_protocol_version_is_told_which_versions_differ() {
    let dir = tempfile::tempdir().unwrap();
    let bot = start(dir.path());
    let mut s = UnixStream::connect(dir.path().join("admin.sock")).unwrap();
    s.write_all(&frame(
        r#"{"type":"hello","protocol":99,"version":"9.9.9"}"#,
    ))
    .unwrap();
    let answer = read_frame(&mut s);
    assert!(answer.contains("\"type\":\"refused\""), "{answer}");
    assert!(answer.contains("speaks admin protocol 1"), "{answer}");
    assert!(
        answer.contains("valuebridge 9.9.9) speaks protocol 99"),
        "{answer}"
    );
    stop(bot);
}

#[test]
fn a_connection_from_another_user_is_refused() {
    let uid = String::from_utf8(Command::new("id").arg("-u").output().unwrap().stdout).unwrap();
    if uid.trim() != "0" {
        eprintln!("skipped: switching to another uid needs root");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bot = start(dir.path());
    // Open the doors the permissions normally keep shut, so only the uid check remains.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    std::fs::set_permissions(
        dir.path().join("admin.sock"),
        std::fs::Permissions::from_mode(0o777),
    )
    .unwrap();
    // The test binary's own copy of valuebridge may sit under a private (0700) directory,
    // such as a clone in root's home: the other user runs a copy it can reach.
    let Some((_keep, exe)) = copy_reachable_by(65534) else {
        eprintln!(
            "skipped: no directory under {} lets uid 65534 run a copy of valuebridge",
            std::env::temp_dir().display()
        );
        stop(bot);
        return;
    };
    use std::os::unix::process::CommandExt;
    let out = Command::new(&exe)
        .current_dir("/")
        .env_remove("RUST_LOG")
        .args([
            "--data-dir",
            dir.path().to_str().unwrap(),
            "export",
            "--out",
            "/tmp/never",
        ])
        .uid(65534)
        .gid(65534)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("Only the owner of the data directory"),
        "{err}"
    );
    assert!(err.contains("you are uid 65534"), "{err}");
    stop(bot);
}

/// A copy of the valuebridge binary that `uid` can execute, in a fresh 0755 directory
/// under the temporary directory, or None when that uid still cannot run it there.
fn copy_reachable_by(uid: u32) -> Option<(tempfile::TempDir, std::path::PathBuf)> {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = tempfile::tempdir().ok()?;
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).ok()?;
    let exe = dir.path().join("valuebridge");
    std::fs::copy(env!("CARGO_BIN_EXE_valuebridge"), &exe).ok()?;
    std::fs::set_permissions(&exe, std::fs::Permissions::from_mode(0o755)).ok()?;
    let runs = Command::new(&exe)
        .arg("--version")
        .current_dir("/")
        .uid(uid)
        .gid(uid)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    runs.then_some((dir, exe))
}

#[test]
fn workspaces_are_linked_over_the_admin_socket_and_then_share_records() {
    let live = tempfile::tempdir().unwrap();
    let bot = start(live.path());
    let linked = run(live.path(), &["org", "link", "slack:T1", "discord:G1"], "");
    assert!(linked.status.success(), "{linked:?}");
    assert!(stdout(&linked).contains("Linked discord:G1"), "{linked:?}");
    let again = run(live.path(), &["org", "link", "slack:T9", "discord:G1"], "");
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("org unlink discord:G1"));

    run(
        live.path(),
        &["--tenant", "discord:G1", "chat"],
        "unit add Sales\n",
    );
    let units = run(live.path(), &["--tenant", "slack:T1", "chat"], "units\n");
    assert!(stdout(&units).contains("Sales"), "{units:?}");
    let listed = run(live.path(), &["org", "list"], "");
    assert!(
        stdout(&listed).contains("slack:T1 (records) + discord:G1"),
        "{listed:?}"
    );
    assert!(
        stdout(&listed).contains("link discord:G1 to slack:T1"),
        "{listed:?}"
    );
    stop(bot);
}
