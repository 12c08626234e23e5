//! Exports that round-trip: the JSON export restores a tenant exactly (subscriptions
//! included); the CSV export is safe to open in a spreadsheet, writes amounts in major
//! units with their currency, and its `investments.csv` imports back as a register, which
//! can also amend what already exists.

mod support;

use std::path::Path;
use support::Bot;
use valuebridge::domain::{Meta, Record};
use valuebridge::ids::{Kind, TenantId};
use valuebridge::money::Currency;
use valuebridge::store::{Change, Store};
use valuebridge::transfer::{
    export_csv, export_json, import_json, import_register, RegisterDefaults,
};

fn local() -> TenantId {
    TenantId::local()
}

/// The rows of a CSV file, header first.
fn rows(path: &Path) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_path(path)
        .unwrap()
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

/// The row whose column `column` holds `value`, as column name → cell.
fn row_where(path: &Path, column: &str, value: &str) -> std::collections::HashMap<String, String> {
    let all = rows(path);
    let header = &all[0];
    let at = header.iter().position(|h| h == column).unwrap();
    let row = all[1..]
        .iter()
        .find(|r| r[at] == value)
        .unwrap_or_else(|| panic!("no row with {column}={value} in {all:?}"));
    header.iter().cloned().zip(row.iter().cloned()).collect()
}

fn meta() -> Meta {
    Meta {
        logged_by: "import".into(),
        logged_by_name: "import".into(),
        channel: "import".into(),
        at: chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z")
            .unwrap()
            .into(),
    }
}

async fn hostile_tenant() -> Bot {
    let bot = Bot::new();
    bot.ok("unit add Sales").await;
    bot.ok("unit add \"@ops team\"").await;
    bot.ok("note Sales: =HYPERLINK(\"http://evil.example\",\"x\")")
        .await;
    bot.ok("invest \"=1+2\" unit:Sales cost:£250k run:£20k/yr benefit:£400k/yr years:3 start:2026-01-01 category:transform sponsor:=EVIL()")
        .await;
    bot.ok("invest Laptops unit:\"@ops team\" cost:$900.50 benefit:$100/yr years:2 start:2026-03-01 category:run")
        .await;
    bot.ok("decide INV-1 approve £250k because -2 churn, +3 NPS")
        .await;
    bot.ok("benefit INV-1 £35k on 2026-02-28 evidence: @finance confirmed")
        .await;
    bot.ok("subscribe weekly mon 09:00 unit:Sales tz:Europe/London")
        .await;
    bot.ok("subscribe daily 08:30").await;
    bot.ok("unsubscribe SUB-2").await;
    bot
}

#[tokio::test]
async fn csv_text_cells_never_start_a_formula_and_amounts_are_major_units() {
    let bot = hostile_tenant().await;
    let out = tempfile::tempdir().unwrap();
    export_csv(&bot.store, &local(), out.path()).unwrap();
    let dir = out.path().join("local");

    let inv = row_where(&dir.join("investments.csv"), "id", "INV-1");
    assert_eq!(inv["name"], "'=1+2");
    assert_eq!(inv["sponsor"], "'=EVIL()");
    assert_eq!(inv["cost"], "250000.00");
    assert_eq!(inv["run_cost"], "20000.00");
    assert_eq!(inv["annual_benefit"], "400000.00");
    assert_eq!(inv["currency"], "GBP");
    let laptops = row_where(&dir.join("investments.csv"), "id", "INV-2");
    assert_eq!(laptops["unit"], "'@ops team");
    assert_eq!(
        (laptops["cost"].as_str(), laptops["currency"].as_str()),
        ("900.50", "USD")
    );
    assert_eq!(laptops["run_cost"], "0.00");

    let note = row_where(&dir.join("notes.csv"), "id", "NOTE-1");
    assert_eq!(note["text"], "'=HYPERLINK(\"http://evil.example\",\"x\")");
    let decision = row_where(&dir.join("decisions.csv"), "id", "DEC-1");
    assert_eq!(decision["rationale"], "'-2 churn, +3 NPS");
    assert_eq!(
        (decision["amount"].as_str(), decision["currency"].as_str()),
        ("250000.00", "GBP")
    );
    let benefit = row_where(&dir.join("benefits.csv"), "id", "BEN-1");
    assert_eq!(benefit["evidence"], "'@finance confirmed");
    assert_eq!(benefit["amount"], "35000.00");
    let unit = row_where(&dir.join("units.csv"), "id", "UNIT-2");
    assert_eq!(unit["name"], "'@ops team");

    // No text cell of any file starts a formula.
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        for row in rows(&path) {
            for cell in row {
                let number = cell.parse::<f64>().is_ok();
                let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
                assert!(number || !formula, "{}: {cell}", path.display());
            }
        }
    }

    // The JSON export stays exact.
    let json =
        std::fs::read_to_string(export_json(&bot.store, &local(), out.path()).unwrap()).unwrap();
    assert!(json.contains("\"name\": \"=1+2\""), "{json}");
    assert!(json.contains("\"sponsor\": \"=EVIL()\""));
}

#[tokio::test]
async fn investments_csv_imports_back_as_a_register() {
    let bot = hostile_tenant().await;
    let out = tempfile::tempdir().unwrap();
    export_csv(&bot.store, &local(), out.path()).unwrap();
    let file = out.path().join("local/investments.csv");

    let other = Bot::new();
    other.ok("unit add Sales").await;
    other.ok("unit add \"@ops team\"").await;
    let done = import_register(
        &other.store,
        &local(),
        &meta(),
        RegisterDefaults {
            currency: Currency::GBP,
            day_first: true,
        },
        &file,
        false,
    )
    .unwrap();
    assert_eq!(done.created.len(), 2);
    let imported: Vec<Record> = other
        .store
        .live(&local(), Kind::Investment)
        .unwrap()
        .into_iter()
        .map(|s| s.record)
        .collect();
    let originals: Vec<Record> = bot
        .store
        .live(&local(), Kind::Investment)
        .unwrap()
        .into_iter()
        .map(|s| s.record)
        .collect();
    for (a, b) in imported.iter().zip(&originals) {
        let (Record::Investment(a), Record::Investment(b)) = (a, b) else {
            panic!()
        };
        assert_eq!(
            (
                &a.name,
                a.unit,
                a.category,
                a.cost,
                a.run_cost,
                a.annual_benefit,
                a.years,
                a.start,
                &a.sponsor
            ),
            (
                &b.name,
                b.unit,
                b.category,
                b.cost,
                b.run_cost,
                b.annual_benefit,
                b.years,
                b.start,
                &b.sponsor
            )
        );
    }
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[tokio::test]
async fn a_register_naming_existing_investments_is_refused_or_amends_with_update() {
    let bot = Bot::new();
    bot.ok("unit add Sales").await;
    let dir = tempfile::tempdir().unwrap();
    let header = "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor\n";
    let first = write(
        dir.path(),
        "register.csv",
        &format!("{header}CRM replacement,Sales,transform,£250k,£20k,£400k,3,2027-01-01,Jane\nLaptops,Sales,run,$900,,$100,2,2027-03-31,\n"),
    );
    let done = import_register(
        &bot.store,
        &local(),
        &meta(),
        RegisterDefaults {
            currency: Currency::GBP,
            day_first: true,
        },
        &first,
        false,
    )
    .unwrap();
    assert_eq!(done.created.len(), 2);
    // A blank run_cost is zero in the row's currency, even when that is not the default.
    assert!(
        bot.ok("show INV-2").await.contains("$0"),
        "{}",
        bot.ok("show INV-2").await
    );

    let second = write(
        dir.path(),
        "register-2027.csv",
        &format!("{header}CRM replacement,Sales,transform,£240k,£20k,£400k,3,2027-01-01,Sam\nLaptops,Sales,run,$900,,$100,2,2027-03-31,\nPrinters,Sales,run,£5k,,£1k,1,,\n"),
    );
    let before = bot.store.log(&local()).unwrap();
    let err = import_register(
        &bot.store,
        &local(),
        &meta(),
        RegisterDefaults {
            currency: Currency::GBP,
            day_first: true,
        },
        &second,
        false,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains(
            "line 2: 'CRM replacement' is already registered as INV-1 (import with --update"
        ),
        "{err}"
    );
    assert_eq!(bot.store.log(&local()).unwrap(), before, "nothing imported");

    let done = import_register(
        &bot.store,
        &local(),
        &meta(),
        RegisterDefaults {
            currency: Currency::GBP,
            day_first: true,
        },
        &second,
        true,
    )
    .unwrap();
    assert_eq!(done.created.len(), 1);
    assert_eq!(done.updated.len(), 1);
    assert_eq!(done.unchanged, 1);
    let history = bot
        .store
        .history(&local(), "INV-1".parse().unwrap())
        .unwrap();
    let Change::Amended {
        changes, reason, ..
    } = &history.last().unwrap().change
    else {
        panic!("{history:?}")
    };
    assert_eq!(reason, "imported from register-2027.csv");
    let fields: Vec<(&str, &str, &str)> = changes
        .iter()
        .map(|c| (c.field.as_str(), c.before.as_str(), c.after.as_str()))
        .collect();
    assert_eq!(
        fields,
        vec![("cost", "£250,000", "£240,000"), ("sponsor", "Jane", "Sam")]
    );
}

#[tokio::test]
async fn a_json_export_restores_a_tenant_exactly_with_its_subscriptions() {
    let bot = hostile_tenant().await;
    let out = tempfile::tempdir().unwrap();
    let first = export_json(&bot.store, &local(), out.path()).unwrap();
    let exported = std::fs::read_to_string(&first).unwrap();
    assert!(exported.contains("\"subscriptions\""), "{exported}");

    let store = Store::temporary().unwrap();
    import_json(&store, &local(), &first).unwrap();
    let again = tempfile::tempdir().unwrap();
    let second = export_json(&store, &local(), again.path()).unwrap();
    assert_eq!(std::fs::read_to_string(second).unwrap(), exported);
    let csv_a = tempfile::tempdir().unwrap();
    let csv_b = tempfile::tempdir().unwrap();
    for (store, dir) in [(&bot.store, csv_a.path()), (&store, csv_b.path())] {
        export_csv(store, &local(), dir).unwrap();
    }
    for name in [
        "units",
        "notes",
        "investments",
        "decisions",
        "benefits",
        "services",
        "history",
    ] {
        let file = format!("local/{name}.csv");
        assert_eq!(
            std::fs::read_to_string(csv_a.path().join(&file)).unwrap(),
            std::fs::read_to_string(csv_b.path().join(&file)).unwrap(),
            "{file}"
        );
    }

    // The restored subscriptions are listed, and the next one does not reuse an id.
    let restored = Bot::on_store(store, Default::default());
    let list = restored.ok("subscriptions").await;
    assert!(list.contains("SUB-1"), "{list}");
    assert!(restored.ok("subscribe daily 07:00").await.contains("SUB-3"));
}
