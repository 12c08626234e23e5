//! A JSON export is checked before any of it is imported: ids within the bound a counter
//! can hold, names by the commands' rules, dates in years 1900–2200. A bad file is refused
//! whole, naming the line and the field.

mod support;

use support::Bot;
use valuebridge::ids::TenantId;
use valuebridge::store::Store;

/// The JSON export of a tenant holding one unit and one note.
async fn exported(dir: &std::path::Path) -> String {
    let bot = Bot::new();
    bot.ok("unit add Sales").await;
    bot.ok("note Sales: met the CFO follow-up: send figures by 2026-12-04")
        .await;
    let path = valuebridge::transfer::export_json(&bot.store, &TenantId::local(), dir).unwrap();
    std::fs::read_to_string(path).unwrap()
}

/// Imports `text` into a fresh store: the error, and how many history entries it then holds.
fn import(dir: &std::path::Path, text: &str) -> (Result<usize, String>, Store) {
    let file = dir.join("edited.json");
    std::fs::write(&file, text).unwrap();
    let store = Store::temporary().unwrap();
    let out = valuebridge::transfer::import_json(&store, &TenantId::local(), &file)
        .map_err(|e| e.to_string());
    (out, store)
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[tokio::test]
async fn an_id_too_large_for_the_counter_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let text = exported(dir.path())
        .await
        .replace("UNIT-1\"", "UNIT-18446744073709551615\"");
    let (out, store) = import(dir.path(), &text);
    let err = out.unwrap_err();
    // The first entry's object opens on the line before its "seq".
    let line = line_of(&text, "\"seq\": 1,") - 1;
    assert!(err.contains("Nothing was imported"), "{err}");
    assert!(
        err.contains(&format!("line {line} (entry 1): `record` UNIT-18446744073709551615 is beyond the largest id number (1000000000)")),
        "{err}"
    );
    assert!(
        err.contains("`record.unit` UNIT-18446744073709551615"),
        "{err}"
    );
    assert_eq!(store.log_len(&TenantId::local()).unwrap(), 0);

    // With the file fixed the tenant works, and the next unit is numbered after it.
    let (out, store) = import(
        dir.path(),
        &text.replace("18446744073709551615", "999999999"),
    );
    assert_eq!(out, Ok(2));
    let bot = Bot::on_store(store, Default::default());
    assert!(bot.ok("unit add Finance").await.contains("UNIT-1000000000"));
    // The counter is at its bound: the next unit is refused, never numbered UNIT-0.
    let out = bot.fails("unit add Legal").await;
    assert!(out.contains("used every id of that kind"), "{out}");
    let units = bot.ok("units").await;
    assert!(
        units.contains("Finance") && !units.contains("Legal"),
        "{units}"
    );
}

#[tokio::test]
async fn names_and_dates_the_commands_refuse_are_refused_in_an_import() {
    let dir = tempfile::tempdir().unwrap();
    let text = exported(dir.path()).await;
    let cases = [
        (
            "\"name\": \"Sales\"",
            "\"name\": \"bad:name\"",
            "`record.name` 'bad:name' contains `:`",
        ),
        (
            "\"name\": \"Sales\"",
            "\"name\": \"\\u200b\"",
            "`record.name` is empty",
        ),
        (
            "2026-12-04",
            "1812-12-04",
            "`record.followups.due` 1812-12-04 is not a plausible date (years 1900 to 2200)",
        ),
    ];
    for (from, to, expected) in cases {
        let edited = text.replacen(from, to, 1);
        assert_ne!(edited, text, "{from}");
        let (out, store) = import(dir.path(), &edited);
        let err = out.unwrap_err();
        let line = line_of(&edited, to);
        assert!(err.contains(expected), "{expected}\n{err}");
        // Named by the line its entry starts on, which is before the field's own line.
        let named: usize = err
            .split("line ")
            .nth(1)
            .and_then(|s| s.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{err}"));
        assert!(
            named < line && line - named < 30,
            "{named} vs {line}: {err}"
        );
        assert_eq!(store.log_len(&TenantId::local()).unwrap(), 0);
    }
}

#[test]
fn a_counter_at_its_limit_refuses_the_next_record_instead_of_wrapping() {
    let store = Store::temporary().unwrap();
    let tenant = TenantId::local();
    let dir = tempfile::tempdir().unwrap();
    // The largest number an import accepts, then one more record.
    let file = dir.path().join("max.json");
    let entry = serde_json::json!({
        "format": "valuebridge-export", "version": 1, "tenant": "local",
        "entries": [{
            "seq": 1, "record": "UNIT-1000000000", "at": "2026-11-01T09:00:00Z",
            "by": "u", "by_name": "u", "channel": "c",
            "change": {"type": "created", "record": {"kind": "unit", "id": "UNIT-1000000000",
                "name": "Sales", "aliases": [],
                "meta": {"logged_by": "u", "logged_by_name": "u", "channel": "c", "at": "2026-11-01T09:00:00Z"}}}
        }]
    });
    std::fs::write(&file, entry.to_string()).unwrap();
    assert_eq!(
        valuebridge::transfer::import_json(&store, &tenant, &file).unwrap(),
        1
    );
    let meta = valuebridge::domain::Meta {
        logged_by: "u".into(),
        logged_by_name: "u".into(),
        channel: "c".into(),
        at: chrono::Utc::now(),
    };
    let err = store
        .write(|tx| {
            tx.create(
                valuebridge::store::NewRecord {
                    tenant: &tenant,
                    kind: valuebridge::ids::Kind::Unit,
                    meta: &meta,
                },
                |n| {
                    valuebridge::domain::Record::Unit(valuebridge::domain::Unit {
                        id: valuebridge::ids::UnitId(n),
                        name: "Finance".into(),
                        aliases: vec![],
                        meta: meta.clone(),
                    })
                },
            )
        })
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("the largest id number is 1000000000"),
        "{err}"
    );
    assert_eq!(store.log_len(&tenant).unwrap(), 1);
}
