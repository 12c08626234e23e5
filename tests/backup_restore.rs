//! `valuebridge backup` and `restore`: a backup restored into an empty directory backs up to
//! the same bytes; subscriptions come along, drafts in flight do not; a non-empty directory
//! is refused; a running bot is backed up over its admin socket.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use support::binary::bin;
use support::run_binary;

mod support;

fn ok(dir: &Path, args: &[&str], stdin: &str) -> String {
    let (code, out, err) = run_binary(dir, args, stdin);
    assert_eq!(code, 0, "{args:?}: {out}\n{err}");
    out
}

const LOCAL: &str = "unit add Sales\nunit add Operations alias ops\nnote Sales: met the CFO #crm\ninvest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01\ndecide INV-1 approve\nbenefit INV-1 £5k on 2026-06-01\namend NOTE-1 text:\"met the CFO and the COO\" because more people came\nunit add Typo\nretract UNIT-3 because typo\nsubscribe weekly mon 09:00 unit:Sales tz:Europe/London\nsubscribe daily 08:00\nunsubscribe SUB-2\nmet the warehouse team about scanners, the draft stays unconfirmed\n";
const OTHER: &str = "unit add Finance\nnote Finance: budget review\n";

/// A data directory with two tenants, subscriptions and a draft in flight.
fn populated(dir: &Path) {
    ok(dir, &["chat"], LOCAL);
    ok(dir, &["--tenant", "slack:T2", "chat"], OTHER);
}

#[test]
fn a_restored_backup_backs_up_to_the_same_bytes_with_subscriptions_and_without_drafts() {
    let tmp = tempfile::tempdir().unwrap();
    let (first, second) = (tmp.path().join("first"), tmp.path().join("second"));
    populated(&first);
    let f1 = tmp.path().join("nightly/1.json");
    let out = ok(&first, &["backup", "--out", f1.to_str().unwrap()], "");
    assert!(
        out.contains("Backed up 2 tenants (11 history entries, 2 subscriptions)"),
        "{out}"
    );
    let text = std::fs::read_to_string(&f1).unwrap();
    assert!(!text.contains("scanners"), "drafts in flight stay out");

    let out = ok(&second, &["restore", f1.to_str().unwrap()], "");
    assert!(out.contains("Restored 2 tenants"), "{out}");
    let f2 = tmp.path().join("2.json");
    ok(&second, &["backup", "--out", f2.to_str().unwrap()], "");
    assert_eq!(std::fs::read(&f1).unwrap(), std::fs::read(&f2).unwrap());

    let listed = ok(
        &second,
        &["chat"],
        "subscriptions\nlist notes\nunit add Next\n",
    );
    assert!(listed.contains("SUB-1"), "{listed}");
    assert!(listed.contains("met the CFO and the COO"), "{listed}");
    assert!(listed.contains("UNIT-4"), "numbering goes on: {listed}");
    let check = ok(&second, &["digest-agg", "check"], "");
    assert!(check.contains("agree"), "{check}");
    let other = ok(&second, &["--tenant", "slack:T2", "chat"], "list notes\n");
    assert!(other.contains("budget review"), "{other}");
}

#[test]
fn restore_refuses_a_directory_that_is_not_empty_and_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let (first, second) = (tmp.path().join("first"), tmp.path().join("second"));
    ok(&first, &["chat"], OTHER);
    let file = tmp.path().join("b.json");
    ok(&first, &["backup", "--out", file.to_str().unwrap()], "");
    ok(&second, &["chat"], "unit add Elsewhere\n");
    let (code, _, err) = run_binary(&second, &["restore", file.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(err.contains("is not empty"), "{err}");
    assert!(err.contains("nothing was changed"), "{err}");
    let units = ok(&second, &["chat"], "units\n");
    assert!(
        units.contains("Elsewhere") && !units.contains("Finance"),
        "{units}"
    );

    let (code, _, _) = run_binary(
        &tmp.path().join("third"),
        &["restore", tmp.path().join("missing.json").to_str().unwrap()],
        "",
    );
    assert_eq!(code, 1);
    assert!(
        !tmp.path().join("third").exists(),
        "a failed restore leaves nothing"
    );
}

/// Stops the bot when the test ends, even when it fails.
use support::child::KillOnDrop as Bot;

fn start(dir: &Path) -> Bot {
    let mut child = bin()
        .arg("--data-dir")
        .arg(dir)
        .arg("run")
        .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let bot = Bot::new(child);
    let mut line = String::new();
    while !line.contains("valuebridge is running") {
        line.clear();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "the bot exited before it was running"
        );
    }
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    bot
}

#[test]
fn a_running_bot_is_backed_up_over_its_admin_socket() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    populated(&dir);
    let offline = tmp.path().join("offline.json");
    ok(&dir, &["backup", "--out", offline.to_str().unwrap()], "");
    let bot = start(&dir);
    let online = tmp.path().join("online.json");
    let out = ok(&dir, &["backup", "--out", online.to_str().unwrap()], "");
    assert!(out.contains("Backed up 2 tenants"), "{out}");
    drop(bot);
    assert_eq!(
        std::fs::read(&offline).unwrap(),
        std::fs::read(&online).unwrap()
    );
}

#[test]
fn a_backup_carries_organisation_links_and_api_tokens() {
    let tmp = tempfile::tempdir().unwrap();
    let (first, second) = (tmp.path().join("first"), tmp.path().join("second"));
    populated(&first);
    ok(&first, &["org", "link", "slack:T2", "discord:G9"], "");
    ok(
        &first,
        &["--tenant", "slack:T2", "chat"],
        "api token create read \"BI tool\"\n",
    );
    let f1 = tmp.path().join("1.json");
    ok(&first, &["backup", "--out", f1.to_str().unwrap()], "");
    ok(&second, &["restore", f1.to_str().unwrap()], "");
    let f2 = tmp.path().join("2.json");
    ok(&second, &["backup", "--out", f2.to_str().unwrap()], "");
    assert_eq!(std::fs::read(&f1).unwrap(), std::fs::read(&f2).unwrap());

    let listed = ok(&second, &["org", "list"], "");
    assert!(
        listed.contains("slack:T2 (records) + discord:G9"),
        "{listed}"
    );
    let linked = ok(
        &second,
        &["--tenant", "discord:G9", "chat"],
        "list notes\napi tokens\n",
    );
    assert!(linked.contains("budget review"), "{linked}");
    assert!(linked.contains("BI tool"), "{linked}");
}

#[test]
fn a_backup_carries_dashboard_links() {
    let tmp = tempfile::tempdir().unwrap();
    let (first, second) = (tmp.path().join("first"), tmp.path().join("second"));
    let made = ok(&first, &["chat"], "unit add Sales\ndashboard\n");
    assert!(made.contains("Dashboard link LINK-1"), "{made}");
    let f1 = tmp.path().join("1.json");
    ok(&first, &["backup", "--out", f1.to_str().unwrap()], "");
    ok(&second, &["restore", f1.to_str().unwrap()], "");
    let listed = ok(&second, &["chat"], "dashboard links\n");
    assert!(listed.contains("LINK-1"), "{listed}");
}
