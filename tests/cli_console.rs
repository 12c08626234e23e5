//! Black-box tests of the real `valuebridge` binary: a piped console session, restart,
//! export → import round trip, the CSV register import, and a locked data directory.

use std::path::Path;
use std::process::Output;

#[path = "support/binary.rs"]
mod binary;
use binary::{bin, typed};

fn run(args: &[&str], stdin: &str) -> Output {
    typed(bin().args(args), stdin)
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

fn chat(dir: &Path, script: &str) -> String {
    let o = run(
        &[
            "--data-dir",
            dir.to_str().unwrap(),
            "chat",
            "--user",
            "alice",
        ],
        script,
    );
    assert!(o.status.success(), "{}", text(&o));
    String::from_utf8(o.stdout).unwrap()
}

const SCRIPT: &str = r#"
# comments and blank lines are skipped
/value unit add Sales
unit add "Finance & Risk" alias fin
/value note Sales: Met the CFO about the CRM renewal. follow-up: send cost breakdown @alice by 2026-12-04 #crm
/value invest "CRM replacement" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2026-01-01 category:transform
/value decide INV-1 approve £250k because churn costs more than the licence review:2027-06-30
/value benefit INV-1 £35k on 2026-02-28 evidence: churn down 2% in January
/value service "Email & calendar" unit:All cost:£120k/yr users:1500
/value amend DEC-1 amount:£240k because negotiated discount
decide INV-1 aprove
"#;

#[test]
fn a_piped_console_session_logs_records_that_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let out = chat(dir.path(), SCRIPT);
    for expected in [
        "Logged business unit UNIT-1 Sales",
        "Logged note NOTE-1 (Sales)",
        "Logged investment INV-1 CRM replacement",
        "Logged decision DEC-1 approve CRM replacement (INV-1)",
        "Logged benefit BEN-1 £35,000",
        "Logged service SVC-1 Email & calendar",
        "amount: £250,000 → £240,000 (because negotiated discount)",
        "`aprove` is not a verdict",
        "Logged            by alice in console",
    ] {
        assert!(out.contains(expected), "missing {expected:?} in\n{out}");
    }
    // A new process sees everything.
    let out = chat(dir.path(), "list investments\nshow DEC-1\nhistory DEC-1\n");
    assert!(out.contains("INV-1  CRM replacement  Sales"), "{out}");
    assert!(out.contains("Amount      £240,000"), "{out}");
    assert!(
        out.contains("amended amount: £250,000 → £240,000 because negotiated discount"),
        "{out}"
    );
}

#[test]
fn export_then_import_rebuilds_the_same_store() {
    let a = tempfile::tempdir().unwrap();
    chat(a.path(), SCRIPT);
    chat(a.path(), "retract NOTE-1 because wrong unit\n");
    let out1 = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "--data-dir",
            a.path().to_str().unwrap(),
            "export",
            "--format",
            "json",
            "--out",
            out1.path().to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", text(&o));
    let exported = std::fs::read_to_string(out1.path().join("local.json")).unwrap();

    let b = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "--data-dir",
            b.path().to_str().unwrap(),
            "import",
            out1.path().join("local.json").to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Imported 9 history entries"),
        "{}",
        text(&o)
    );
    let out2 = tempfile::tempdir().unwrap();
    run(
        &[
            "--data-dir",
            b.path().to_str().unwrap(),
            "export",
            "--out",
            out2.path().to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(
        std::fs::read_to_string(out2.path().join("local.json")).unwrap(),
        exported
    );
    // The imported store keeps ids and numbering: the next note is NOTE-2.
    assert!(chat(b.path(), "note Sales: after import\n").contains("NOTE-2"));
    // Importing again would clash, so it is refused and changes nothing.
    let o = run(
        &[
            "--data-dir",
            b.path().to_str().unwrap(),
            "import",
            out1.path().join("local.json").to_str().unwrap(),
        ],
        "",
    );
    assert!(!o.status.success());
    assert!(
        text(&o).contains("already has 10 history entries"),
        "{}",
        text(&o)
    );

    let csv = tempfile::tempdir().unwrap();
    let o = run(
        &[
            "--data-dir",
            a.path().to_str().unwrap(),
            "export",
            "--format",
            "csv",
            "--out",
            csv.path().to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", text(&o));
    let investments = std::fs::read_to_string(csv.path().join("local/investments.csv")).unwrap();
    assert!(
        investments.contains(
            "CRM replacement,Sales,transform,250000.00,20000.00,400000.00,3,2026-01-01,,GBP,INV-1,"
        ),
        "{investments}"
    );
    let notes = std::fs::read_to_string(csv.path().join("local/notes.csv")).unwrap();
    assert!(
        notes.contains(",wrong unit"),
        "retracted rows are marked: {notes}"
    );
}

#[test]
fn a_register_with_bad_rows_is_reported_by_line_and_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    chat(
        dir.path(),
        "unit add Sales\nunit add Operations alias ops\n",
    );
    let file = dir.path().join("register.csv");
    std::fs::write(
        &file,
        "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor\n\
        CRM replacement,Sales,transform,£250k,£20k,£400k,3,2027-01-01,Jane\n\
        Data lake,Slaes,grow,£1.234,,£50k,3,2027-01-01,\n\
        Laptops,ops,run,£90k,,£10k,0,someday,\n\
        CRM replacement,Sales,transform,£1,£1,£1,1,,\n",
    )
    .unwrap();
    let o = run(
        &[
            "--data-dir",
            dir.path().to_str().unwrap(),
            "import",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o);
    assert!(err.contains("Nothing was imported"), "{err}");
    assert!(err.contains("line 3: there is no business unit called 'Slaes' (did you mean 'Sales'?); cost '£1.234' is not an amount"), "{err}");
    assert!(
        err.contains(
            "line 4: years '0' is not a whole number from 1 to 50; start 'someday' is not a date"
        ),
        "{err}"
    );
    assert!(
        err.contains("line 5: 'CRM replacement' appears twice in the file"),
        "{err}"
    );
    assert!(!err.contains("line 2"), "{err}");
    assert!(chat(dir.path(), "list investments\n").contains("There are no investments yet"));

    std::fs::write(
        &file,
        "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor\n\
        CRM replacement,Sales,transform,£250k,£20k,£400k,3,2027-01-01,Jane\n\
        \"Laptops, phase 2\",ops,run,90000 GBP,,£10k,2,31/03/2027,\n",
    )
    .unwrap();
    let o = run(
        &[
            "--data-dir",
            dir.path().to_str().unwrap(),
            "import",
            file.to_str().unwrap(),
        ],
        "",
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Imported 2 investments (INV-1 to INV-2)"),
        "{}",
        text(&o)
    );
    let out = chat(dir.path(), "show INV-2\n");
    assert!(
        out.contains("Laptops, phase 2")
            && out.contains("Operations")
            && out.contains("2027-03-31"),
        "{out}"
    );
}

#[test]
fn a_data_directory_in_use_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let _held = valuebridge::store::Store::open(dir.path()).unwrap();
    let o = run(
        &["--data-dir", dir.path().to_str().unwrap(), "chat"],
        "units\n",
    );
    assert!(!o.status.success());
    let err = text(&o);
    assert!(
        err.contains("is in use by another valuebridge process"),
        "{err}"
    );
    assert!(
        err.contains(&format!("(pid {})", std::process::id())),
        "{err}"
    );
    assert!(err.contains("does not answer on its admin socket"), "{err}");
}

#[test]
fn check_config_prints_the_effective_configuration() {
    let o = bin()
        .args(["check-config"])
        .env("VALUEBRIDGE_SERVER__BIND", "127.0.0.1:9999")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let out = text(&o);
    assert!(out.contains("bind = \"127.0.0.1:9999\""), "{out}");
    let o = bin()
        .args(["check-config"])
        .env("SLACK_BOT_TOKEN", "xoxb-do-not-print")
        .output()
        .unwrap();
    let out = text(&o);
    assert!(!out.contains("xoxb-do-not-print"), "{out}");
    assert!(out.contains("SLACK_BOT_TOKEN = set ([redacted])"), "{out}");
    assert!(
        out.contains(
            "slack: incomplete: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)"
        ),
        "{out}"
    );
    let o = bin()
        .args(["check-config"])
        .env("DISCORD_TOKEN", "discord-do-not-print")
        .env("DISCORD_PUBLIC_KEY", "abc123")
        .env("DISCORD_GUILD_ID", "290926798626357999")
        .output()
        .unwrap();
    let out = text(&o);
    assert!(
        !o.status.success(),
        "a malformed public key fails the check: {out}"
    );
    assert!(!out.contains("discord-do-not-print"), "{out}");
    assert!(out.contains("guild_id = \"290926798626357999\""), "{out}");
    assert!(
        out.contains("discord: starts on the gateway and on POST /discord/interactions"),
        "{out}"
    );
    assert!(
        out.contains(
            "DISCORD_PUBLIC_KEY must be the application's public key: 64 hexadecimal characters"
        ),
        "{out}"
    );
    let o = bin()
        .args(["check-config"])
        .env("VALUEBRIDGE_SERVER__BINDD", "x")
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(
        text(&o).contains("VALUEBRIDGE_SERVER__BINDD"),
        "{}",
        text(&o)
    );
}

#[test]
fn schedule_preview_prints_fire_times_in_the_zone() {
    let o = bin()
        .args([
            "schedule",
            "preview",
            "0 9 * * MON",
            "--tz",
            "Europe/London",
            "--from",
            "2027-03-20T00:00:00Z",
            "--count",
            "2",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "Mon 2027-03-22 09:00:00 GMT  (2027-03-22T09:00:00Z)\nMon 2027-03-29 09:00:00 BST  (2027-03-29T08:00:00Z)\n"
    );
    let o = bin()
        .args(["schedule", "preview", "0 25 * * *"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("not a valid cron expression"),
        "{}",
        text(&o)
    );
    let o = bin()
        .args(["schedule", "preview", "0 9 * * *", "--tz", "Nowhere/Land"])
        .output()
        .unwrap();
    assert!(text(&o).contains("not a time zone"), "{}", text(&o));
}

#[test]
fn plain_words_at_the_console_draft_ask_confirm_list_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    chat(dir.path(), "unit add Sales\nunit add Service\ninvest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01\n");
    let out = chat(
        dir.path(),
        "met the team today, they want faster laptop refresh; I'll send options by Friday\nService\nyes\nlist notes\nundo\nlist notes\n",
    );
    let at = |s: &str| {
        out.find(s)
            .unwrap_or_else(|| panic!("missing {s:?} in\n{out}"))
    };
    let question = at("Which business unit");
    let card = at("log this engagement note?");
    let logged = at("Logged note NOTE-1 (Service)");
    let listed = at("Notes (1)");
    let undone = at("Retracted NOTE-1");
    let empty = at("There are no notes yet");
    assert!(
        question < card && card < logged && logged < listed && listed < undone && undone < empty,
        "{out}"
    );
}
