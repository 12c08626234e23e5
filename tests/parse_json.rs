//! `valuebridge parse` prints what the reader understood as JSON: the documented fields keep
//! their shape, and the fields added since (who decided, every follow-up with its owner and
//! due date, every unit named, the suggested category) are there too.

mod support;

use serde_json::Value;

fn parse(dir: &std::path::Path, message: &str) -> Value {
    let (code, out, err) =
        support::run_binary(dir, &["parse", "--today", "2026-11-27", message], "");
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

#[test]
fn parse_adds_decided_by_follow_ups_units_and_category() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, err) =
        support::run_binary(dir.path(), &["chat"], "unit add Finance\nunit add Legal\n");
    assert_eq!(code, 0, "{err}");
    let j = parse(
        dir.path(),
        "Priya approved £90k for a contract renewal bot in Legal; @raj to pull the Q4 numbers by EOM",
    );
    for field in [
        "intent",
        "verdict",
        "unit",
        "investment",
        "amount",
        "annual_benefit",
        "years",
        "date",
        "review_date",
        "due",
        "rationale",
        "missing",
    ] {
        assert!(j.get(field).is_some(), "{field} is kept: {j}");
    }
    assert_eq!(j["decided_by"], "Priya", "{j}");
    assert_eq!(j["category"], "run", "a renewal keeps the lights on: {j}");
    assert_eq!(j["follow_ups"][0]["owner"], "raj", "{j}");
    assert_eq!(j["follow_ups"][0]["due"], "2026-11-30", "{j}");
    assert_eq!(j["follow_ups"][0]["text"], "pull the Q4 numbers", "{j}");

    let j = parse(dir.path(), "Finance and Legal workshop on contract spend");
    assert_eq!(j["units"], serde_json::json!(["Finance", "Legal"]), "{j}");
    assert_eq!(j["decided_by"], Value::Null, "{j}");
    assert_eq!(j["follow_ups"], serde_json::json!([]), "{j}");
}
