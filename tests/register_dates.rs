//! A register's `start` dates are read in the tenant's order, as every other date is: day
//! first unless `conversation.day_first = false` (README, "Dates are one language
//! everywhere"). A US register's `03/15/2027` had been refused and its `04/03/2027` stored
//! as 4 March's day-first reading, 3 April.

use std::path::Path;
use std::process::Output;

#[path = "support/binary.rs"]
mod binary;
use binary::{bin, typed};

/// `valuebridge --data-dir DIR ARGS…` for a tenant whose `day_first` is as given, with
/// `stdin` typed in.
fn valuebridge(dir: &Path, day_first: bool, args: &[&str], stdin: &str) -> Output {
    let day_first = day_first.to_string();
    let mut command = bin();
    command
        .env("VALUEBRIDGE_CONVERSATION__DAY_FIRST", day_first)
        .arg("--data-dir")
        .arg(dir)
        .args(args);
    typed(&mut command, stdin)
}

fn chat(dir: &Path, day_first: bool, script: &str) -> String {
    let o = valuebridge(dir, day_first, &["chat", "--user", "ana"], script);
    assert!(o.status.success(), "{}", text(&o));
    text(&o)
}

fn text(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned() + &String::from_utf8_lossy(&o.stderr)
}

fn import(dir: &Path, day_first: bool, rows: &str) -> Output {
    let file = dir.join("register.csv");
    std::fs::write(
        &file,
        format!("name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor\n{rows}"),
    )
    .unwrap();
    valuebridge(dir, day_first, &["import", file.to_str().unwrap()], "")
}

fn start_of(dir: &Path, day_first: bool, id: &str) -> String {
    chat(dir, day_first, &format!("show {id}\n"))
}

#[test]
fn a_month_first_tenants_register_is_read_month_first() {
    let dir = tempfile::tempdir().unwrap();
    chat(dir.path(), false, "unit add Operations\n");
    let o = import(
        dir.path(),
        false,
        "Fleet tracking,Operations,run,$90k,,$30k,3,03/15/2027,\n\
         Dock scanners,Operations,run,$20k,,$8k,2,04/03/2027,\n",
    );
    assert!(o.status.success(), "{}", text(&o));
    let first = start_of(dir.path(), false, "INV-1");
    assert!(first.contains("2027-03-15"), "{first}");
    let second = start_of(dir.path(), false, "INV-2");
    assert!(second.contains("2027-04-03"), "{second}");
}

#[test]
fn a_day_first_tenants_register_stays_day_first_and_a_wrong_date_names_the_order() {
    let dir = tempfile::tempdir().unwrap();
    chat(dir.path(), true, "unit add Operations\n");
    let o = import(
        dir.path(),
        true,
        "Dock scanners,Operations,run,£20k,,£8k,2,04/03/2027,\n",
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Imported 1 investment (INV-1) into local."),
        "one investment is said in the singular: {}",
        text(&o)
    );
    assert!(
        text(&o).contains("Writing 1 row of register.csv into local"),
        "so is one row: {}",
        text(&o)
    );
    let shown = start_of(dir.path(), true, "INV-1");
    assert!(shown.contains("2027-03-04"), "{shown}");
    let o = import(
        dir.path(),
        true,
        "Van racking,Operations,run,£5k,,£1k,2,03/15/2027,\n",
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("start '03/15/2027' is not a date (YYYY-MM-DD or DD/MM/YYYY"),
        "{}",
        text(&o)
    );
    let o = import(
        dir.path(),
        false,
        "Van racking,Operations,run,$5k,,$1k,2,15/03/2027,\n",
    );
    assert!(
        text(&o).contains("start '15/03/2027' is not a date (YYYY-MM-DD or MM/DD/YYYY"),
        "{}",
        text(&o)
    );
}
