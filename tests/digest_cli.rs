//! `valuebridge digest --format json` on a scripted data set, every figure checked against
//! a hand computation (exact fractions, rounded to the penny once).

use std::process::Command;

mod support;

use support::run_binary as run;

const SCRIPT: &str = r#"
unit add Sales
unit add Ops
unit add Finance
invest CRM unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2025-01-01 category:transform
invest Laptops unit:Ops cost:£100k benefit:£50k/yr years:4 start:2026-03-01 category:run
invest "US tool" unit:Sales cost:$100k benefit:$60k/yr years:2 start:2026-01-01 category:grow
invest "Data lake" unit:Finance cost:£500k benefit:£100k/yr years:5 start:2025-06-01 category:transform
decide INV-1 approve £240k because churn on:2025-01-10 review:2026-07-05
decide INV-2 defer because budget on:2026-02-01
decide INV-2 approve because budget found on:2026-06-20
decide INV-3 approve $90k on:2026-01-05
decide INV-4 defer on:2025-05-01
decide INV-4 approve £500k on:2025-06-01
decide INV-4 stop because no benefit on:2026-06-25
benefit INV-1 £300k on 2025-12-31
benefit INV-1 £100k on 2026-06-01
benefit INV-2 £1k on 2026-02-01 evidence: early pilot, before the start
benefit INV-1 £999k on 2026-06-02
retract BEN-4 because typo
service Email unit:All cost:£120k/yr users:1500
service "CRM licences" unit:Sales cost:£30k/yr users:200
note Sales: quarterly review. follow-up: send the numbers @alice by 2026-06-01
"#;

#[test]
fn the_portfolio_digest_is_right_to_the_penny() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run(dir.path(), &["chat"], SCRIPT);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("Usage:") && !out.contains("There is no"),
        "the script is valid:\n{out}"
    );
    let (code, out, err) = run(
        dir.path(),
        &[
            "digest",
            "--format",
            "json",
            "--period",
            "month",
            "--as-of",
            "2026-06-30",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let d: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        d["period"],
        serde_json::json!({"start": "2026-06-01", "end": "2026-06-30"})
    );
    assert_eq!(d["as_of"], "2026-06-30");
    assert_eq!(d["unit"], serde_json::Value::Null);
    assert_eq!(d["currency"], "GBP");
    let h = &d["headline"];
    // Active: CRM and Laptops (approved 20 June); the Data lake was stopped on 25 June;
    // the US tool is in USD with no rate, so it is left out of totals (and warned about).
    assert_eq!(h["active"], 2);
    assert_eq!(h["approved_minor"], 24_000_000 + 10_000_000);
    assert_eq!(h["pv_benefits_minor"], 112_065_479 + 18_365_396);
    // CRM's measures are on its approved £240k, not its £250k estimate (£10k more NPV).
    assert_eq!(h["npv_minor"], 82_462_205 + 8_365_396);
    assert_eq!(
        h["realised_to_date_minor"],
        30_000_000 + 10_000_000 + 100_000,
        "BEN-4 was retracted"
    );
    assert_eq!(h["forecast_to_date_minor"], 59_726_027 + 1_657_534);
    // At the end of May: CRM and the Data lake were active; Laptops was deferred.
    let p = &h["previous"];
    assert_eq!(p["active"], 2);
    assert_eq!(p["approved_minor"], 24_000_000 + 50_000_000);
    assert_eq!(p["pv_benefits_minor"], 112_065_479 + 45_150_524);
    assert_eq!(p["realised_to_date_minor"], 30_000_000);
    assert_eq!(p["forecast_to_date_minor"], 56_438_356 + 9_972_603);

    let inv = |id: &str| {
        d["investments"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()
            .clone()
    };
    let crm = inv("INV-1");
    assert_eq!(crm["status"], "active");
    // On the approved £240k: NPV 1,120,654.79 − (240,000 + 56,032.74); BCR
    // 1,120,654.79 / 296,032.74; ROI (1,200,000 − 300,000) / 300,000; payback
    // 240,000 / 380,000 years.
    assert_eq!(crm["cost_basis"], "approved");
    assert_eq!(crm["npv_minor"], 82_462_205);
    assert_eq!(crm["cost_variance"], -0.04);
    assert_eq!(format!("{:.4}", crm["bcr"].as_f64().unwrap()), "3.7856");
    assert_eq!(format!("{:.4}", crm["roi"].as_f64().unwrap()), "3.0000");
    assert_eq!(
        format!("{:.4}", crm["payback_years"].as_f64().unwrap()),
        "0.6316"
    );
    assert_eq!(
        inv("INV-2")["cost_basis"],
        "estimate",
        "approved without an amount"
    );
    assert_eq!(crm["slipping"], true, "67% of forecast after 545 days");
    assert_eq!(
        inv("INV-2")["realised_to_date_minor"],
        100_000,
        "a benefit before the start counts once dated before the as-of date"
    );
    assert_eq!(inv("INV-2")["slipping"], true);
    assert_eq!(inv("INV-3")["currency"], "USD");
    assert_eq!(inv("INV-3")["approved_minor"], 9_000_000);
    assert_eq!(inv("INV-4")["status"], "closed", "defer → approve → stop");
    assert_eq!(inv("INV-4")["slipping"], false);

    let ids = |k: &str| {
        d[k].as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids("decisions"), ["DEC-3", "DEC-7"]);
    assert_eq!(ids("reviews_due"), ["DEC-1"]);
    assert_eq!(ids("services"), ["SVC-1", "SVC-2"]);
    assert_eq!(d["services"][0]["unit_cost_minor"], 8_000);
    assert_eq!(d["services"][1]["unit_cost_minor"], 15_000);
    // Run: the services £120k + £30k, and Laptops (a `run` investment starting this year,
    // £100k). Change: CRM (`transform`, started last year) runs at £20k a year.
    assert_eq!(
        d["run_change"]["run_minor"],
        12_000_000 + 3_000_000 + 10_000_000
    );
    assert_eq!(d["run_change"]["change_minor"], 2_000_000);
    assert_eq!(d["run_change"]["transform_minor"], 2_000_000);
    assert_eq!(d["run_change"]["grow_minor"], 0);
    assert_eq!(
        format!("{:.4}", d["run_change"]["run_share"].as_f64().unwrap()),
        "0.9259"
    );
    // Notes are logged today, after the as-of date: nobody had talked to anyone by then.
    assert_eq!(d["coverage"]["ratio"], 0.0);
    assert_eq!(
        d["coverage"]["units_without"],
        serde_json::json!(["Sales", "Ops", "Finance"])
    );
    assert_eq!(d["overdue_followups"][0]["action"], "send the numbers");
    assert_eq!(d["overdue_followups"][0]["owner"], "alice");
    assert_eq!(d["warnings"].as_array().unwrap().len(), 1);
    assert!(d["warnings"][0]
        .as_str()
        .unwrap()
        .contains("US tool (INV-3) is in USD, which has no exchange rate"));

    // With a rate, the US tool joins the totals: $90k × 0.79 = £71,100.
    let (code, out, _) = run_env(
        dir.path(),
        &[
            "digest",
            "--format",
            "json",
            "--period",
            "month",
            "--as-of",
            "2026-06-30",
        ],
        ("VALUEBRIDGE_FX__USD", "0.79"),
    );
    assert_eq!(code, 0);
    let d: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(d["headline"]["active"], 3);
    assert_eq!(d["headline"]["approved_minor"], 34_000_000 + 7_110_000);
    assert!(d["warnings"].as_array().unwrap().is_empty());
}

fn run_env(dir: &std::path::Path, args: &[&str], env: (&str, &str)) -> (i32, String, String) {
    let mut all = vec!["--data-dir", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    let o = Command::new(env!("CARGO_BIN_EXE_valuebridge"))
        .args(&all)
        .current_dir(std::env::temp_dir())
        .env(env.0, env.1)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into(),
        String::from_utf8_lossy(&o.stderr).into(),
    )
}

#[test]
fn a_unit_digest_shows_only_that_unit_and_empty_sections_say_so() {
    let dir = tempfile::tempdir().unwrap();
    run(dir.path(), &["chat"], SCRIPT);
    let (code, out, _) = run(
        dir.path(),
        &[
            "digest",
            "--unit",
            "ops",
            "--format",
            "json",
            "--period",
            "month",
            "--as-of",
            "2026-06-30",
        ],
        "",
    );
    assert_eq!(code, 0);
    let d: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(d["unit"], "Ops");
    assert_eq!(d["investments"].as_array().unwrap().len(), 1);
    assert!(
        d["services"].as_array().unwrap().is_empty(),
        "`All` services count only in the portfolio digest"
    );
    assert!(d["reviews_due"].as_array().unwrap().is_empty());
    let (_, text, _) = run(
        dir.path(),
        &[
            "digest",
            "--unit",
            "Ops",
            "--period",
            "month",
            "--as-of",
            "2026-06-30",
        ],
        "",
    );
    for line in [
        "Value for money: Ops, month to date (2026-06-01 to 2026-06-30)",
        "No decisions are due for review.",
        "Efficiency: no services registered.",
        "No follow-up is overdue.",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    let (_, md, _) = run(
        dir.path(),
        &["digest", "--format", "markdown", "--as-of", "2026-06-30"],
        "",
    );
    assert!(
        md.starts_with(
            "# Value for money: the whole portfolio, week to date (2026-06-29 to 2026-06-30)"
        ),
        "{md}"
    );
    assert!(md.contains("| DEC-1 | CRM |"), "{md}");
    let (code, _, err) = run(dir.path(), &["digest", "--unit", "Nowhere"], "");
    assert_eq!(code, 1);
    assert!(
        err.contains("There is no business unit called 'Nowhere'"),
        "{err}"
    );
    let (code, _, err) = run(dir.path(), &["digest", "--period", "fortnight"], "");
    assert_eq!(code, 1);
    assert!(err.contains("is not a period"), "{err}");
}
