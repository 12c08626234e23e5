//! No input can break the register: names that only look different, text past the limits,
//! stored text longer than any limit, bytes that are not UTF-8, control characters, and
//! import files with impossible ids, names or dates.

mod support;

use support::Bot;
use valuebridge::domain::{Meta, Note, Record, Unit};
use valuebridge::ids::{Kind, NoteId, TenantId, UnitId};
use valuebridge::store::NewRecord;
use valuebridge_chat::Role;

fn names(bot: &Bot, kind: Kind) -> Vec<String> {
    bot.store
        .live(&TenantId::local(), kind)
        .unwrap()
        .into_iter()
        .map(|s| match s.record {
            Record::Unit(u) => u.name,
            Record::Investment(i) => i.name,
            Record::Service(v) => v.name,
            other => panic!("{other:?}"),
        })
        .collect()
}

#[tokio::test]
async fn names_that_only_look_different_are_the_same_name() {
    let bot = Bot::new();
    bot.ok("unit add Sales").await;
    let before = bot.store.log(&TenantId::local()).unwrap();
    for twin in [
        "unit add Sa\u{200b}les",
        "unit add Ｓａｌｅｓ",
        "unit add SALES",
    ] {
        let out = bot.fails(twin).await;
        assert!(out.contains("already taken by UNIT-1"), "{twin}: {out}");
    }
    let out = bot.fails("unit add \u{200b}").await;
    assert!(out.contains("invisible"), "{out}");
    let out = bot.fails("unit add \"\u{200b}\u{2060}\"").await;
    assert!(out.contains("invisible"), "{out}");
    assert_eq!(bot.store.log(&TenantId::local()).unwrap(), before);
    // Lookups read names the same way: the full-width name finds Sales.
    let out = bot.ok("note Ｓａｌｅｓ: met the CFO").await;
    assert!(out.contains("NOTE-1") && out.contains("Sales"), "{out}");
    assert_eq!(names(&bot, Kind::Unit), vec!["Sales"]);
}

#[tokio::test]
async fn control_characters_are_neither_stored_nor_echoed() {
    let bot = Bot::new();
    bot.ok("unit add \"Red\u{1b}[31m\u{0}Team\"").await;
    assert_eq!(names(&bot, Kind::Unit), vec!["Red[31mTeam"]);

    // A record that holds control characters (written before they were refused) is shown
    // on the console with them made visible.
    let tenant = TenantId::local();
    let meta = meta();
    bot.store
        .write(|tx| {
            tx.create(
                NewRecord {
                    tenant: &tenant,
                    kind: Kind::Note,
                    meta: &meta,
                },
                |n| {
                    Record::Note(Note {
                        id: NoteId(n),
                        unit: UnitId(1),
                        text: "\u{1b}[2J\u{1b}]0;owned\u{7}wiped".into(),
                        followups: vec![],
                        tags: vec![],
                        meta: meta.clone(),
                        met_on: None,
                    })
                },
            )
        })
        .unwrap();
    let out = console(&bot, b"show NOTE-1\n").await;
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(out.contains("␛[2J␛]0;owned␇wiped"), "{out}");
}

fn meta() -> Meta {
    Meta {
        logged_by: "import".into(),
        logged_by_name: "import".into(),
        channel: "C1".into(),
        at: chrono::DateTime::parse_from_rfc3339("2026-11-01T09:00:00Z")
            .unwrap()
            .into(),
    }
}

/// Runs a console session over `input` and returns everything it printed.
async fn console(bot: &Bot, input: &[u8]) -> String {
    let identity = valuebridge::console::ConsoleIdentity {
        tenant: "local".into(),
        channel: "console".into(),
        user: "alice".into(),
        role: Role::Admin,
    };
    let mut output = Vec::new();
    valuebridge::console::run(&bot.service, &identity, input, &mut output, false, None)
        .await
        .unwrap();
    String::from_utf8(output).unwrap()
}

#[tokio::test]
async fn a_line_that_is_not_utf8_gets_an_error_and_the_session_goes_on() {
    let bot = Bot::new();
    let out = console(
        &bot,
        b"unit add Sales\nnote Sales: caf\xe9 au lait\nunits\n",
    )
    .await;
    assert!(out.contains("not UTF-8"), "{out}");
    assert!(
        out.contains("Business units (1)"),
        "the session went on: {out}"
    );
    assert!(bot
        .store
        .live(&TenantId::local(), Kind::Note)
        .unwrap()
        .is_empty());
}

#[tokio::test]
async fn input_over_the_limits_is_refused_with_the_limit_and_changes_nothing() {
    let bot = Bot::new();
    bot.seed().await;
    let before = bot.store.log(&TenantId::local()).unwrap();
    let long_name = "n".repeat(201);
    let cases = [
        (
            format!("unit add {long_name}"),
            "201 characters long; a name can be at most 200",
        ),
        (
            format!(
                "invest \"{long_name}\" unit:Sales cost:£1k benefit:£1k/yr years:1 category:run"
            ),
            "201 characters long; a name can be at most 200",
        ),
        (
            format!("note Sales: {}", "w ".repeat(2_001)),
            "The note is 4001 characters long; it can be at most 4000",
        ),
        (
            format!("decide INV-1 approve because {}", "w".repeat(4_001)),
            "The rationale is 4001 characters long",
        ),
        (
            format!("note Sales: {}", "w".repeat(8_000)),
            "the most I read at once is 8000",
        ),
        (
            format!("amend UNIT-1 name:{long_name} because typo"),
            "201 characters long",
        ),
    ];
    for (line, expected) in &cases {
        let out = bot.fails(line).await;
        assert!(out.contains(expected), "{expected}\n{out}");
    }
    assert_eq!(bot.store.log(&TenantId::local()).unwrap(), before);
    // Exactly at the limits is fine.
    bot.ok(&format!("unit add {}", "n".repeat(200))).await;
    bot.ok(&format!("note Sales: {}", "w".repeat(4_000))).await;
}

#[tokio::test]
async fn a_store_holding_text_longer_than_any_limit_still_renders() {
    let bot = Bot::new();
    let tenant = TenantId::local();
    let meta = meta();
    let huge = "x".repeat(70_000);
    bot.store
        .write(|tx| {
            let unit = tx.create(
                NewRecord {
                    tenant: &tenant,
                    kind: Kind::Unit,
                    meta: &meta,
                },
                |n| {
                    Record::Unit(Unit {
                        id: UnitId(n),
                        name: huge.clone(),
                        aliases: vec![],
                        meta: meta.clone(),
                    })
                },
            )?;
            tx.create(
                NewRecord {
                    tenant: &tenant,
                    kind: Kind::Note,
                    meta: &meta,
                },
                |n| {
                    Record::Note(Note {
                        id: NoteId(n),
                        unit: UnitId(unit.id().n),
                        text: huge.clone(),
                        followups: vec![],
                        tags: vec![huge.clone()],
                        meta: meta.clone(),
                        met_on: None,
                    })
                },
            )
        })
        .unwrap();
    for command in ["units", "list notes", "show NOTE-1", "show UNIT-1"] {
        let out = bot.ok(command).await;
        assert!(
            out.contains("x…"),
            "{command}: {}",
            &out[..out.len().min(300)]
        );
        assert!(out.len() < 60_000, "{command} printed {} bytes", out.len());
    }
    bot.ok("history NOTE-1").await;
    bot.ok("digest").await;
}

#[tokio::test]
async fn an_old_export_holding_text_past_the_limits_imports_and_renders() {
    let old = Bot::new();
    old.ok("unit add Sales").await;
    old.ok("note Sales: short for now").await;
    let dir = tempfile::tempdir().unwrap();
    let path =
        valuebridge::transfer::export_json(&old.store, &TenantId::local(), dir.path()).unwrap();
    // As an older version could have written it: a note of 70,000 characters.
    let huge = "x".repeat(70_000);
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("short for now", &huge);
    std::fs::write(&path, text).unwrap();
    let store = valuebridge::store::Store::temporary().unwrap();
    valuebridge::transfer::import_json(&store, &TenantId::local(), &path).unwrap();
    let bot = Bot::on_store(store, Default::default());
    for command in ["list notes", "show NOTE-1"] {
        let out = bot.ok(command).await;
        assert!(
            out.contains("x…"),
            "{command}: {}",
            &out[..out.len().min(300)]
        );
    }
}
