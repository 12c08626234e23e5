//! `/value find`: full-text search over notes, rationales, evidence and names, best first,
//! through an index kept with every write (amend, retract, restore) and per tenant.

mod support;

use support::Bot;
use valuebridge_chat::{render_plain, Role};

async fn bot() -> Bot {
    let bot = Bot::new();
    bot.seed().await; // INV-1 "CRM replacement"
    for line in [
        "note Sales: Met the CFO about vendor pricing; the vendor demo slipped again follow-up: book the vendor demo @mei",
        "note fin: budget planning for next year",
        "decide INV-1 approve £250k because churn costs more than the licence",
        "benefit INV-1 £35k on 2026-11-02 evidence: churn down 2% after the vendor demo",
    ] {
        bot.ok(line).await;
    }
    bot
}

#[tokio::test]
async fn find_returns_best_matches_first_with_the_words_in_context() {
    let bot = bot().await;
    let out = bot.ok("find vendor demo").await;
    // NOTE-1 says vendor three times and demo twice; BEN-1 has each once.
    let note = out.find("NOTE-1 (Sales)").expect(&out);
    let benefit = out.find("BEN-1").expect(&out);
    assert!(note < benefit, "{out}");
    assert!(out.contains("**vendor**"), "{out}");
    assert!(out.contains("**demo**"), "{out}");
    assert!(!out.contains("NOTE-2") && !out.contains("DEC-1"), "{out}");
    let out = bot.ok("find churn").await;
    assert!(out.contains("DEC-1") && out.contains("BEN-1"), "{out}");
    assert!(
        out.contains("because") || out.contains("**churn** costs more"),
        "{out}"
    );
    // Names are found too.
    let out = bot.ok("find crm").await;
    assert!(out.contains("INV-1 CRM replacement"), "{out}");
    let out = bot.ok("search budget").await;
    assert!(out.contains("NOTE-2 (Finance & Risk)"), "{out}");
}

#[tokio::test]
async fn the_index_follows_every_write() {
    let bot = bot().await;
    bot.ok("amend NOTE-2 text:\"capex review with the board\" because wrong summary")
        .await;
    assert!(
        bot.ok("find budget").await.contains("Nothing"),
        "the old words leave"
    );
    assert!(
        bot.ok("find capex").await.contains("NOTE-2"),
        "the new words arrive"
    );
    bot.ok("retract NOTE-2 because duplicate").await;
    assert!(bot.ok("find capex").await.contains("Nothing"));
    bot.ok("restore NOTE-2 because it was not a duplicate")
        .await;
    assert!(bot.ok("find capex").await.contains("NOTE-2"));
    bot.ok("undo").await;
    assert!(
        bot.ok("find capex").await.contains("Nothing"),
        "undo of the restore"
    );
}

#[tokio::test]
async fn find_stays_inside_the_tenant_and_explains_an_empty_query() {
    let bot = bot().await;
    let other = |text: &'static str| async {
        render_plain(&bot.say_as("slack:T2", "zed", Some(Role::Admin), text).await)
    };
    other("unit add Sales").await;
    other("note Sales: secret vendor negotiation").await;
    assert!(
        !bot.ok("find secret").await.contains("NOTE"),
        "another tenant's note"
    );
    assert!(other("find vendor").await.contains("secret"));
    assert!(!other("find vendor").await.contains("pricing"));
    let out = bot.fails("find the and of").await;
    assert!(out.contains("Give words to look for"), "{out}");
    let out = bot.fails("find").await;
    assert!(out.contains("missing"), "{out}");
}
