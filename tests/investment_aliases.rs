//! Investments known by other names: a team teaches the bot once (`invest … alias:`,
//! `amend INV-n aliases:`) and is understood everywhere after, by commands and plain words.

mod support;

use support::Bot;
use valuebridge::ids::TenantId;

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
    // A close misspelling of an alias gets a "did you mean" naming the investment.
    let out = bot.fails("decide ServiceTitn approve").await;
    assert!(out.contains("Did you mean 'ServiceTitan'"), "{out}");
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
