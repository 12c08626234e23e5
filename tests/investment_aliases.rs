//! Investments known by other names: a team teaches the bot once (`invest … alias:`,
//! `amend INV-n aliases:`) and is understood everywhere after, by commands and plain words.

mod support;

use support::Bot;
use valuebridge::domain::Meta;
use valuebridge::ids::TenantId;
use valuebridge::money::Currency;
use valuebridge::store::Store;
use valuebridge::transfer::{
    export_csv, export_json, import_json, import_register, RegisterDefaults,
};

/// Ops with a field service platform the team calls ServiceTitan.
async fn bot() -> Bot {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("unit add Ops").await;
    let out = bot
        .ok("invest Field service platform unit:Ops cost:£40k benefit:£60k/yr years:3 category:run alias:ServiceTitan alias:\"FSP, Field app\"")
        .await;
    assert!(out.contains("INV-2"), "{out}");
    bot
}

#[tokio::test]
async fn an_alias_finds_the_investment_wherever_one_is_named() {
    let bot = bot().await;
    let out = bot
        .ok("decide ServiceTitan approve £40k because renewal")
        .await;
    assert!(out.contains("INV-2"), "{out}");
    assert!(out.contains("Field service platform"), "{out}");
    let out = bot.ok("benefit fsp £5k evidence: fewer truck rolls").await;
    assert!(out.contains("INV-2"), "{out}");
    let show = bot.ok("show INV-2").await;
    assert!(show.contains("Field service platform"), "{show}");
    assert!(show.contains("ServiceTitan, FSP, Field app"), "{show}");
    let history = bot.ok("history INV-2").await;
    assert!(history.contains("DEC-1"), "{history}");
    let chart = bot.ok("chart benefits ServiceTitan").await;
    assert!(chart.contains("Field service platform"), "{chart}");
    let list = bot.ok("list investments").await;
    assert!(list.contains("ServiceTitan"), "{list}");
    let found = bot.ok("find ServiceTitan").await;
    assert!(found.contains("INV-2"), "{found}");
    // A close misspelling of an alias gets a "did you mean" naming the investment and its id.
    let out = bot.fails("decide ServiceTitn approve").await;
    assert!(
        out.contains("Did you mean INV-2 (Field service platform)?"),
        "{out}"
    );
}

#[tokio::test]
async fn amending_aliases_replaces_them_and_is_in_the_history() {
    let bot = bot().await;
    let out = bot
        .ok("amend INV-2 aliases:\"ServiceTitan, Titan\" because the team renamed its app")
        .await;
    assert!(
        out.contains("aliases: ServiceTitan, FSP, Field app → ServiceTitan, Titan"),
        "{out}"
    );
    bot.ok("decide Titan defer").await;
    assert!(bot
        .fails("decide FSP approve")
        .await
        .contains("no investment called 'FSP'"));
    let history = bot.ok("history INV-2").await;
    assert!(
        history.contains("because the team renamed its app"),
        "{history}"
    );
    let out = bot
        .ok("amend INV-2 aliases:none because nobody says them")
        .await;
    assert!(out.contains("aliases: ServiceTitan, Titan → none"), "{out}");
    assert!(bot
        .fails("benefit Titan £1k")
        .await
        .contains("no investment called 'Titan'"));
    // Undone, the amendment gives the aliases back.
    let out = bot.ok("undo").await;
    assert!(out.contains("INV-2"), "{out}");
    assert!(bot.ok("benefit Titan £1k").await.contains("INV-2"));
}

#[tokio::test]
async fn a_name_or_alias_another_investment_has_is_refused_and_nothing_is_stored() {
    let bot = bot().await;
    let before = bot.store.log(&TenantId::local()).unwrap();
    for (line, says) in [
        (
            "invest ServiceTitan unit:Ops cost:£1 benefit:£1 years:1 category:run",
            "'ServiceTitan' is already taken by INV-2 (Field service platform)",
        ),
        (
            "invest Salon booking system unit:Ops cost:£1 benefit:£1 years:1 category:run alias:\"crm replacement\"",
            "already taken by INV-1 (CRM replacement)",
        ),
        (
            "invest Salon booking system unit:Ops cost:£1 benefit:£1 years:1 category:run alias:fsp",
            "already taken by INV-2 (Field service platform)",
        ),
        (
            "amend INV-1 aliases:servicetitan because mixed up",
            "already taken by INV-2 (Field service platform)",
        ),
        (
            "amend INV-2 aliases:\"Field Service  Platform\" because mixed up",
            "the investment's own name",
        ),
        (
            "amend INV-2 aliases:\"fs:1\" because mixed up",
            "contains `:`",
        ),
    ] {
        let out = bot.fails(line).await;
        assert!(out.contains(says), "{line}\n{out}");
    }
    assert_eq!(bot.store.log(&TenantId::local()).unwrap(), before);
    // Retracted, its names are free; restored while one is taken, it says by whom.
    bot.ok("retract INV-2 because logged twice").await;
    bot.ok(
        "invest Salon booking system unit:Ops cost:£1 benefit:£1 years:1 category:run alias:FSP",
    )
    .await;
    let out = bot.fails("restore INV-2 because it was right").await;
    assert!(
        out.contains("'FSP' is already taken by INV-3 (Salon booking system)"),
        "{out}"
    );
}

#[tokio::test]
async fn plain_words_naming_an_alias_draft_on_that_investment() {
    let bot = Bot::new();
    bot.ok("unit add Ops").await;
    bot.ok("invest Field service platform unit:Ops cost:£40k benefit:£60k/yr years:3 category:run")
        .await;
    // Before the team teaches it the alias, the product reads as something new.
    let out = bot
        .line("alice", "ServiceTitan renewal approved at £40k")
        .await;
    assert!(
        out.contains("Which business unit is the ServiceTitan renewal for?"),
        "{out}"
    );
    bot.line("alice", "no").await;

    bot.ok("amend INV-1 aliases:ServiceTitan because the team calls it by the product")
        .await;
    let out = bot
        .line("alice", "ServiceTitan renewal approved at £40k")
        .await;
    assert!(out.contains("Field service platform"), "{out}");
    assert!(!out.contains("new investment"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("DEC-1"), "{out}");
    assert!(out.contains("Field service platform"), "{out}");
    let show = bot.ok("show INV-1").await;
    assert!(show.contains("DEC-1") && show.contains("approve"), "{show}");
}

fn import_meta() -> Meta {
    Meta {
        logged_by: "import".into(),
        logged_by_name: "import".into(),
        channel: "import".into(),
        at: chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00Z")
            .unwrap()
            .into(),
    }
}

fn register(bot: &Bot, file: &std::path::Path, update: bool) -> String {
    let done = import_register(
        &bot.store,
        &TenantId::local(),
        &import_meta(),
        RegisterDefaults {
            currency: Currency::GBP,
            day_first: true,
        },
        file,
        update,
    );
    format!("{done:?}")
}

#[tokio::test]
async fn aliases_leave_in_the_csv_and_json_exports_and_come_back_in() {
    let bot = bot().await;
    let out = tempfile::tempdir().unwrap();
    export_csv(&bot.store, &TenantId::local(), out.path()).unwrap();
    let file = out.path().join("local/investments.csv");
    let csv = std::fs::read_to_string(&file).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.contains(",currency,id,aliases,"), "{header}");
    assert!(
        csv.contains(",INV-2,ServiceTitan; FSP; Field app,"),
        "{csv}"
    );

    // Imported back as a register, the aliases come with the investments.
    let other = Bot::new();
    other.ok("unit add Sales").await;
    other.ok("unit add Ops").await;
    let done = register(&other, &file, false);
    assert!(
        done.contains("created: [InvestmentId(1), InvestmentId(2)]"),
        "{done}"
    );
    let show = other.ok("show INV-2").await;
    assert!(show.contains("ServiceTitan, FSP, Field app"), "{show}");
    other.ok("decide ServiceTitan approve").await;

    // The JSON export restores them exactly.
    let first = export_json(&bot.store, &TenantId::local(), out.path()).unwrap();
    let exported = std::fs::read_to_string(&first).unwrap();
    let store = Store::temporary().unwrap();
    import_json(&store, &TenantId::local(), &first).unwrap();
    let again = tempfile::tempdir().unwrap();
    let second = export_json(&store, &TenantId::local(), again.path()).unwrap();
    assert_eq!(std::fs::read_to_string(second).unwrap(), exported);
    let restored = Bot::on_store(store, Default::default());
    assert!(restored.ok("benefit fsp £1k").await.contains("INV-2"));
}

#[tokio::test]
async fn a_register_update_amends_aliases_only_where_the_file_has_the_column() {
    let bot = bot().await;
    let dir = tempfile::tempdir().unwrap();
    let without = dir.path().join("without.csv");
    std::fs::write(
        &without,
        "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor\n\
         Field service platform,Ops,run,40000,,60000,3,2026-11-27,Priya\n",
    )
    .unwrap();
    let done = register(&bot, &without, true);
    assert!(done.contains("updated: [InvestmentId(2)]"), "{done}");
    let history = bot.ok("history INV-2").await;
    assert!(!history.contains("aliases:"), "{history}");
    assert!(bot
        .ok("show INV-2")
        .await
        .contains("ServiceTitan, FSP, Field app"));

    let with = dir.path().join("with.csv");
    std::fs::write(
        &with,
        "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor,aliases\n\
         Field service platform,Ops,run,40000,,60000,3,2026-11-27,Priya,ServiceTitan; Titan\n",
    )
    .unwrap();
    let done = register(&bot, &with, true);
    assert!(done.contains("updated: [InvestmentId(2)]"), "{done}");
    let history = bot.ok("history INV-2").await;
    assert!(
        history.contains("aliases: ServiceTitan, FSP, Field app → ServiceTitan, Titan"),
        "{history}"
    );

    // An alias another investment holds is refused with the row, and nothing is imported.
    std::fs::write(
        &with,
        "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor,aliases\n\
         Salon booking system,Ops,run,1000,,2000,3,2026-11-27,,Titan\n",
    )
    .unwrap();
    let done = register(&bot, &with, false);
    assert!(
        done.contains(
            "line 2: the alias 'Titan' is already a name of INV-2 (Field service platform)"
        ),
        "{done}"
    );
}
