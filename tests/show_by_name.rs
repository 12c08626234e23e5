//! `show` and `history` take an investment's, a business unit's or a service's name (or an
//! alias), as `decide` and `benefit` take an investment's: exactly → that record; close → a
//! "did you mean" with the ids to type; nothing → how to list them. Ids work as before.

mod support;

use support::names::both_platforms_listed;
use support::Bot;

/// The workspace of `support::names` (Sales, UNIT-1, with the CRM replacement, INV-1; Finance
/// & Risk, UNIT-2, alias fin; Ops, UNIT-3, with the Field service platform, INV-2, called
/// ServiceTitan, and the Field sales platform, INV-3), the service platform approved (DEC-1).
async fn bot() -> Bot {
    let bot = Bot::with_field_platforms().await;
    bot.ok("decide ServiceTitan approve £40k because renewal")
        .await;
    bot
}

#[tokio::test]
async fn an_investment_is_shown_by_its_name_or_alias() {
    let bot = bot().await;
    let by_id = bot.ok("show INV-2").await;
    for line in [
        "show Field service platform",
        "show \"Field service platform\"",
        "show field  SERVICE platform",
        "show servicetitan",
        "show me the Field service platform",
        "/value show ServiceTitan",
    ] {
        assert_eq!(bot.ok(line).await, by_id, "{line}");
    }
    assert!(by_id.contains("Field service platform"), "{by_id}");
    let history = bot.ok("history ServiceTitan").await;
    assert_eq!(history, bot.ok("history INV-2").await);
    assert!(
        history.contains("History of INV-2 Field service platform"),
        "{history}"
    );
    assert!(history.contains("DEC-1"), "{history}");
    assert!(bot
        .ok("show CRM replacement")
        .await
        .contains("CRM replacement"));
}

#[tokio::test]
async fn a_business_unit_is_shown_by_its_name_or_alias() {
    let bot = bot().await;
    assert_eq!(bot.ok("show fin").await, bot.ok("show UNIT-2").await);
    assert_eq!(
        bot.ok("history Sales").await,
        bot.ok("history UNIT-1").await
    );
    assert!(bot
        .ok("history Sales")
        .await
        .contains("History of UNIT-1 Sales"));
}

#[tokio::test]
async fn close_names_get_a_did_you_mean_with_the_ids_to_type() {
    let bot = bot().await;
    let out = bot.fails("history ServiceTitn").await;
    assert!(
        out.contains("There is no investment, business unit or service called 'ServiceTitn'"),
        "{out}"
    );
    assert!(
        out.contains("Did you mean INV-2 (Field service platform)?"),
        "{out}"
    );
    assert!(out.contains("`/value history INV-2`"), "{out}");
    let out = bot.fails("show field").await;
    assert!(both_platforms_listed(&out), "{out}");
    let out = bot.fails("show Payroll").await;
    assert!(
        out.contains("There is no investment, business unit or service called 'Payroll'"),
        "{out}"
    );
    assert!(out.contains("`/value list investments`"), "{out}");
    assert!(!out.contains("Did you mean"), "{out}");
}

#[tokio::test]
async fn a_name_both_an_investment_and_a_unit_hold_asks_which() {
    let bot = bot().await;
    bot.ok("invest Ops unit:Ops cost:£1k benefit:£2k/yr years:1 category:run")
        .await;
    let out = bot.fails("show ops").await;
    assert!(
        out.contains("'ops' names both INV-4 (Ops) and UNIT-3 (Ops)"),
        "{out}"
    );
    assert!(out.contains("`/value show INV-4`"), "{out}");
    bot.ok("service Ops unit:Ops cost:£1k/yr users:3").await;
    let out = bot.fails("history OPS").await;
    assert!(
        out.contains("'OPS' names INV-4 (Ops), UNIT-3 (Ops) and SVC-1 (Ops)"),
        "{out}"
    );
}

#[tokio::test]
async fn a_retracted_investment_is_found_by_its_id_only_as_decide_finds_it() {
    let bot = bot().await;
    bot.ok("retract INV-3 because logged twice").await;
    let out = bot.fails("show Field sales platform").await;
    assert!(
        out.contains("no investment, business unit or service called"),
        "{out}"
    );
    assert!(bot
        .fails("decide Field sales platform approve")
        .await
        .contains("no investment called"));
    let out = bot.ok("show INV-3").await;
    assert!(out.contains("Retracted: logged twice"), "{out}");
    assert!(bot
        .ok("history INV-3")
        .await
        .contains("retracted because logged twice"));
}

#[tokio::test]
async fn ids_are_read_as_before() {
    let bot = bot().await;
    assert!(bot.fails("show INV-9").await.contains("There is no INV-9"));
    let out = bot.fails("show INV-0").await;
    assert!(out.contains("is not a record id"), "{out}");
    let out = bot.fails("history").await;
    assert!(out.contains("id or name"), "{out}");
}

/// Plain words that open on "show" or "history" and name nothing are still read as what
/// they say, as any line that opens on a command's name and is no command.
#[tokio::test]
async fn plain_words_opening_on_show_or_history_are_still_read() {
    let bot = bot().await;
    for line in [
        "History shows we approved £50k for the CRM replacement because it paid back",
        "Show and tell today: Sales approved £20k for the CRM replacement",
    ] {
        let out = bot.line("dora", line).await;
        assert!(
            !out.contains("no investment, business unit or service"),
            "{line}\n{out}"
        );
        assert!(
            out.contains("CRM replacement") && out.contains("?"),
            "{line}\n{out}"
        );
    }
    // A line that does name one is the command, typed or said.
    let out = bot.line("dora", "show me the Field service platform").await;
    assert_eq!(out, bot.ok("show INV-2").await);
    // As a slash command it is the command, and says what it could not find.
    let out = bot
        .fails("show and tell today: Sales approved £20k for the CRM replacement")
        .await;
    assert!(
        out.contains("no investment, business unit or service called"),
        "{out}"
    );
}

#[tokio::test]
async fn a_service_is_shown_by_its_name_too() {
    let bot = bot().await;
    bot.ok("service \"Email & calendar\" unit:All cost:£120k/yr users:1500")
        .await;
    assert_eq!(
        bot.ok("show email & Calendar").await,
        bot.ok("show SVC-1").await
    );
    let out = bot.fails("history Email & calender").await;
    assert!(
        out.contains("Did you mean SVC-1 (Email & calendar)?"),
        "{out}"
    );
    let out = bot.fails("show Payroll").await;
    assert!(out.contains("`/value list services`"), "{out}");
}
