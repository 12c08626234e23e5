//! Console forms, through the real binary's stdin and stdout: a command typed with no
//! arguments asks for each field in turn, a wrong value is asked again with the error,
//! an empty answer skips an optional field, `cancel` abandons, and the record is the one
//! the typed command logs.

use std::path::Path;

#[path = "support/binary.rs"]
mod binary;
use binary::{bin, typed};

fn chat(dir: &Path, script: &str) -> String {
    let o = typed(
        bin()
            .arg("--data-dir")
            .arg(dir)
            .args(["chat", "--user", "alice"]),
        script,
    );
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(
        o.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

#[test]
fn a_bare_command_asks_for_each_field_and_logs_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let out = chat(
        dir.path(),
        "unit add Sales
invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform
decide
INV-1
maybe
defer
lots
£240k
waiting on the vendor quote
2027-06-30


show DEC-1
",
    );
    for expected in [
        "Log a decision (7 fields;",
        "Investment (INV-n or its name) *: ",
        "Verdict (approve, reject, defer, stop, continue, rescope) *: ",
        "`maybe` is not a verdict; use approve, reject, defer, stop, continue or rescope.\nVerdict",
        "'lots' is not an amount of money.",
        "Amount approved (e.g. £250k) [optional]: ",
        "Logged decision DEC-1 defer CRM replacement (INV-1)",
        "Review      2027-06-30",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
}

#[test]
fn cancel_abandons_the_form_and_nothing_is_logged() {
    let dir = tempfile::tempdir().unwrap();
    let out = chat(
        dir.path(),
        "unit add Sales
service
Email
cancel
list services
",
    );
    assert!(
        out.contains("Register a service cancelled; nothing was logged."),
        "{out}"
    );
    assert!(!out.contains("Logged service"), "{out}");
    assert!(out.contains("Business unit (e.g. Sales) *: "), "{out}");
}

#[test]
fn a_refused_form_asks_again_for_the_field_it_was_refused_on() {
    let dir = tempfile::tempdir().unwrap();
    let out = chat(
        dir.path(),
        "unit add Sales
service
Email & calendar
Salse
£120k
1500
Sales
list services
",
    );
    assert!(
        out.contains("There is no business unit called 'Salse'. Did you mean 'Sales'?"),
        "{out}"
    );
    assert!(
        out.contains("Logged service SVC-1 Email & calendar"),
        "{out}"
    );
}

/// A draft's **Edit** on the console: the card says how to press its buttons by typing
/// them, and `edit draft 1` asks for each field of the draft's form, starting from what was
/// read (Enter keeps it), then logs the draft as corrected.
#[test]
fn a_drafts_edit_button_typed_asks_for_its_form_field_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let out = chat(
        dir.path(),
        "unit add Harbour
invest \"Crane telemetry\" unit:Harbour cost:£180k benefit:£90k/yr years:4 category:grow start:2026-01-01
we approved £150k for the crane telemetry
edit draft 1


£160k
because the survey came in under budget




show DEC-1
",
    );
    for expected in [
        "[Confirm] [Edit] [Cancel]\nTo press a button, type it: `confirm draft 1`, `edit draft 1` or `cancel draft 1`.",
        "Log a decision (7 fields;",
        "Investment (INV-n or its name) * [Crane telemetry]: ",
        "Amount approved (e.g. £250k) [optional] [£150,000]: ",
        "Logged decision DEC-1 approve Crane telemetry (INV-1)",
        "Amount      £160,000",
        "Rationale   because the survey came in under budget",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
}
