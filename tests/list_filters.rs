//! `list` with filters, combined freely; an unknown filter names itself and the known ones.

mod support;

use support::Bot;
use valuebridge_chat::Role;

/// Friday 2026-11-27: two units, three investments, decisions, benefits and notes.
async fn portfolio() -> Bot {
    let bot = Bot::new();
    bot.seed().await; // INV-1 CRM replacement (Sales, transform)
    for line in [
        "invest \"Laptop refresh\" unit:fin cost:£90k benefit:£30k/yr years:4 start:2026-03-01 category:run",
        "invest \"Data lake\" unit:Sales cost:£400k benefit:£150k/yr years:5 start:2026-09-01 category:grow",
        "decide INV-1 approve £250k because churn on:2026-10-01",
        "decide INV-2 defer because budget freeze on:2026-11-20",
        "decide INV-3 reject because no sponsor on:2026-11-25",
        "benefit INV-1 £35k on 2026-11-02 evidence: churn down",
        "benefit INV-2 £5k on 2026-11-10 evidence: fewer tickets",
        "note Sales: on:2026-11-02 renewal call #crm #renewal",
        "note fin: on:2026-11-26 budget talk #budget",
    ] {
        bot.ok(line).await;
    }
    bot.say_as(
        "local",
        "bob",
        Some(Role::Admin),
        "note Sales: bob's catch-up #crm",
    )
    .await;
    bot
}

fn has(out: &str, ids: &[&str], not: &[&str]) {
    for id in ids {
        assert!(out.contains(id), "{id} missing: {out}");
    }
    for id in not {
        assert!(!out.contains(id), "{id} should be filtered out: {out}");
    }
}

#[tokio::test]
async fn filters_narrow_each_kind_and_combine() {
    let bot = portfolio().await;
    let out = bot.ok("list notes tag:crm").await;
    has(&out, &["NOTE-1", "NOTE-3"], &["NOTE-2"]);
    assert!(out.contains("tagged #crm (2)"), "{out}");
    let out = bot.ok("list notes tag:#crm by:alice").await;
    has(&out, &["NOTE-1"], &["NOTE-2", "NOTE-3"]);
    // since: reads any date; a note's date is its meeting day.
    let out = bot.ok("list notes since:2026-11-20").await;
    has(&out, &["NOTE-2", "NOTE-3"], &["NOTE-1"]);
    let out = bot.ok("list decisions verdict:defer").await;
    has(&out, &["DEC-2"], &["DEC-1", "DEC-3"]);
    let out = bot
        .ok("list decisions since:last Friday until:2026-11-21")
        .await;
    has(&out, &["DEC-2"], &["DEC-1", "DEC-3"]);
    let out = bot.ok("list investments status:active").await;
    has(&out, &["CRM replacement"], &["Laptop refresh", "Data lake"]);
    let out = bot.ok("list investments category:grow unit:Sales").await;
    has(&out, &["Data lake"], &["CRM replacement", "Laptop refresh"]);
    let out = bot.ok("list benefits category:run").await;
    has(&out, &["BEN-2"], &["BEN-1"]);
    let out = bot.ok("list decisions by:alice category:transform").await;
    has(&out, &["DEC-1"], &["DEC-2", "DEC-3"]);
    let out = bot.ok("list investments status:closed category:run").await;
    assert!(out.contains("There are no investments"), "{out}");
}

#[tokio::test]
async fn an_unknown_or_misplaced_filter_is_explained() {
    let bot = portfolio().await;
    let out = bot.fails("list notes colour:red").await;
    assert!(out.contains("`colour:` is not a filter"), "{out}");
    for known in [
        "tag:",
        "unit:",
        "since:",
        "until:",
        "verdict:",
        "status:",
        "category:",
        "by:",
    ] {
        assert!(out.contains(known), "{known}: {out}");
    }
    let out = bot.fails("list notes verdict:approve").await;
    assert!(out.contains("`verdict:` does not apply to notes"), "{out}");
    let out = bot.fails("list decisions verdict:maybe").await;
    assert!(out.contains("`maybe` is not a verdict"), "{out}");
    let out = bot.fails("list investments status:dreaming").await;
    assert!(
        out.contains("proposed, active, deferred or closed"),
        "{out}"
    );
    let out = bot.fails("list notes since:someday").await;
    assert!(out.contains("`someday` is not a date"), "{out}");
}
