//! Property tests over every inbound parser the project owns here: the command grammar,
//! commands run end to end through the service, JSON and CSV imports, and the renderers
//! every reply goes through. None may panic; bad input gets an error for the person.
//! Deterministic: a fixed seed, a bounded number of cases, no failure files written.

mod support;

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use support::Bot;
use valuebridge::command::{parse, Context};
use valuebridge::ids::TenantId;
use valuebridge::money::Currency;
use valuebridge::store::Store;
use valuebridge_chat::{render_markdown, render_plain, Reply, ReplyKind};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(20261130),
        ..ProptestConfig::default()
    }
}

fn ctx() -> Context {
    Context {
        default_currency: Currency::GBP,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        day_first: true,
        week_ends: chrono::Weekday::Fri,
        financial_year_starts: None,
    }
}

/// Words commands are made of, and the troublemakers: quotes, colons, huge numbers,
/// invisible and control characters, full-width letters.
const WORDS: &[&str] = &[
    "/value",
    "unit",
    "add",
    "units",
    "note",
    "invest",
    "decide",
    "benefit",
    "service",
    "list",
    "show",
    "history",
    "amend",
    "retract",
    "done",
    "digest",
    "undo",
    "subscribe",
    "subscriptions",
    "unsubscribe",
    "subscription",
    "pause",
    "help",
    "alias",
    "because",
    "Sales",
    "INV-1",
    "DEC-1",
    "NOTE-1",
    "UNIT-1",
    "SUB-1",
    "INV-18446744073709551615",
    "INV-0",
    "unit:Sales",
    "cost:£250k",
    "run:£20k/yr",
    "benefit:£400k/yr",
    "years:3",
    "years:0",
    "start:2026-01-01",
    "start:9999-99-99",
    "category:run",
    "sponsor:Jane",
    "review:2027-06-30",
    "on:yesterday",
    "amount:£1",
    "£9999999999999999",
    "$-5",
    "approve",
    "stop",
    "weekly",
    "mon",
    "09:00",
    "daily",
    "cron",
    "\"0 9 * * MON\"",
    "tz:Europe/London",
    "tz:Mars/Base",
    "period:month",
    "follow-up:",
    "@alice",
    "by",
    "#crm",
    ":",
    "\"",
    "\"\"",
    "\"Finance & Risk\"",
    "name:",
    "text:",
    "\u{200b}",
    "\u{0}",
    "\u{1b}[31m",
    "Ｓａｌｅｓ",
    "=1+2",
    "-",
    "'",
    "\\",
    "\n",
];

fn soup(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::sample::select(WORDS).prop_map(String::from),
            1 => any::<String>(),
        ],
        0..max,
    )
    .prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn the_grammar_reads_or_explains_any_line(line in prop_oneof![any::<String>(), soup(24)]) {
        match parse(&line, &ctx()) {
            Ok(_) => {}
            Err(e) => {
                let shown = e.to_string();
                prop_assert!(!shown.trim().is_empty());
                prop_assert!(!shown.contains("panicked"));
            }
        }
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

proptest! {
    #![proptest_config(config(256))]

    /// Any line, typed after a few good ones, is answered, and never with an internal
    /// error: every mistake is the person's to fix and is explained to them.
    #[test]
    fn the_service_answers_any_line_without_an_internal_error(lines in proptest::collection::vec((prop_oneof![soup(16), any::<String>()], any::<bool>()), 1..4)) {
        let rt = runtime();
        rt.block_on(async {
            let bot = Bot::new();
            bot.seed().await;
            for (line, is_command) in &lines {
                // Not a command: read as plain words (the conversation), as the console does.
                let inv = valuebridge_chat::Invocation {
                    tenant: "local".into(),
                    channel: "C1".into(),
                    actor: valuebridge_chat::Actor {
                        user_id: "alice".into(),
                        display_name: "alice".into(),
                        role: Some(valuebridge_chat::Role::Admin),
                    },
                    text: line.clone(),
                    is_command: *is_command,
                };
                let reply = bot.service.handle(&inv).await;
                prop_assert_ne!(reply.kind, ReplyKind::InternalError, "{:?}\n{}", line, render_plain(&reply));
                let shown = render_plain(&reply);
                prop_assert!(!shown.trim().is_empty(), "{:?}", line);
            }
            Ok(())
        })?;
    }
}

/// A valid export of a small tenant, to mutate.
fn export_text() -> String {
    runtime().block_on(async {
        let bot = Bot::new();
        bot.seed().await;
        bot.ok("note Sales: met the CFO follow-up: send figures by 2026-12-04 #crm")
            .await;
        bot.ok("decide INV-1 approve £250k because churn").await;
        bot.ok("retract NOTE-1 because wrong unit").await;
        let dir = tempfile::tempdir().unwrap();
        let path =
            valuebridge::transfer::export_json(&bot.store, &TenantId::local(), dir.path()).unwrap();
        std::fs::read_to_string(path).unwrap()
    })
}

/// Changes the text at a few places: a byte range replaced by one of `WORDS`, a digit run
/// replaced, or a slice deleted.
fn mutate(text: &str, edits: &[(usize, usize, usize)]) -> String {
    let mut s = text.to_string();
    for &(at, len, word) in edits {
        let at = at % (s.len() + 1);
        let at = (0..=at).rev().find(|i| s.is_char_boundary(*i)).unwrap_or(0);
        let end = (at + len % 12).min(s.len());
        let end = (end..=s.len())
            .find(|i| s.is_char_boundary(*i))
            .unwrap_or(s.len());
        let replacement = match word % 4 {
            0 => WORDS[word % WORDS.len()].to_string(),
            1 => "18446744073709551615".to_string(),
            2 => String::new(),
            _ => "\"bad:name\"".to_string(),
        };
        s.replace_range(at..end, &replacement);
    }
    s
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn a_json_import_of_any_edited_export_imports_whole_or_explains(edits in proptest::collection::vec((any::<usize>(), any::<usize>(), any::<usize>()), 1..4)) {
        thread_local!(static EXPORT: String = export_text());
        let text = EXPORT.with(|t| mutate(t, &edits));
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("edited.json");
        std::fs::write(&file, &text).unwrap();
        let store = Store::temporary().unwrap();
        match valuebridge::transfer::import_json(&store, &TenantId::local(), &file) {
            Ok(n) => prop_assert_eq!(store.log_len(&TenantId::local()).unwrap(), n as u64),
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                prop_assert!(
                    matches!(e, valuebridge::transfer::TransferError::Invalid(_)),
                    "a bad file is the file's fault, not an internal error: {e}"
                );
                prop_assert_eq!(store.log_len(&TenantId::local()).unwrap(), 0, "nothing imported");
            }
        }
    }
}

const CELLS: &[&str] = &[
    "CRM replacement",
    "Sales",
    "sales",
    "Slaes",
    "transform",
    "run",
    "grow",
    "£250k",
    "£20k",
    "$900",
    "",
    "0",
    "-5",
    "£9999999999999999",
    "3",
    "50",
    "51",
    "2027-01-01",
    "31/03/2027",
    "1812-01-01",
    "someday",
    "Jane",
    "=1+2",
    "'=1+2",
    "\"quoted, comma\"",
    "bad:name",
    "\u{200b}",
    "GBP",
    "XXX",
    "INV-1",
];

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn a_register_of_any_rows_imports_whole_or_names_the_bad_lines(
        rows in proptest::collection::vec(proptest::collection::vec(prop_oneof![
            6 => proptest::sample::select(CELLS).prop_map(String::from),
            1 => any::<String>(),
        ], 7..12), 0..6),
        extra_currency in any::<bool>(),
        update in any::<bool>(),
    ) {
        let rt = runtime();
        rt.block_on(async {
            let bot = Bot::new();
            bot.seed().await;
            let dir = tempfile::tempdir().unwrap();
            let mut text = String::from(valuebridge::transfer::REGISTER_HEADER);
            if extra_currency {
                text.push_str(",currency");
            }
            text.push('\n');
            for row in &rows {
                text.push_str(&row.join(","));
                text.push('\n');
            }
            let file = dir.path().join("register.csv");
            std::fs::write(&file, &text).unwrap();
            let before = bot.store.log(&TenantId::local()).unwrap();
            let meta = valuebridge::domain::Meta {
                logged_by: "import".into(),
                logged_by_name: "import".into(),
                channel: "import".into(),
                at: chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z").unwrap().into(),
            };
            match valuebridge::transfer::import_register(&bot.store, &TenantId::local(), &meta, valuebridge::transfer::RegisterDefaults { currency: Currency::GBP, day_first: true }, &file, update) {
                Ok(done) => prop_assert!(!done.created.is_empty() || !done.updated.is_empty() || done.unchanged > 0),
                Err(e) => {
                    prop_assert!(
                        !matches!(e, valuebridge::transfer::RegisterError::Store(_)),
                        "a bad row is the file's fault, not an internal error: {e}"
                    );
                    prop_assert_eq!(bot.store.log(&TenantId::local()).unwrap(), before, "nothing imported");
                }
            }
            Ok(())
        })?;
    }
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        (any::<char>(), 0usize..80_000).prop_map(|(c, n)| c.to_string().repeat(n)),
        soup(40),
    ]
}

proptest! {
    #![proptest_config(config(64))]

    /// Every renderer lays out any reply, however long its texts, within its platform's
    /// limits.
    #[test]
    fn every_renderer_lays_out_any_reply(
        heading in any_text(),
        paragraph in any_text(),
        field in (any_text(), any_text()),
        cells in proptest::collection::vec(proptest::collection::vec(any_text(), 0..4), 0..5),
    ) {
        let reply = Reply::info()
            .heading(heading)
            .paragraph(paragraph)
            .fields([field])
            .table(&["Id", "Name", "Note"], cells);
        let plain = render_plain(&reply);
        prop_assert!(plain.lines().all(|l| l.chars().count() <= 10_500));
        let _ = render_markdown(&reply);
        let (blocks, fallback) = valuebridge_slack::blocks::render(&reply);
        prop_assert!(blocks.len() <= valuebridge_slack::blocks::MAX_BLOCKS);
        prop_assert!(fallback.chars().count() <= 300);
        for m in valuebridge_discord::embeds::render(&reply) {
            prop_assert!(m.size() <= valuebridge_discord::embeds::MAX_EMBED_TOTAL);
        }
    }
}
