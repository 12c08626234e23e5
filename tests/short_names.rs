//! Investments said short in plain words: some of a name's words or abbreviated words
//! resolve with a "did you mean", and a short form two investments fit equally makes the
//! bot ask which, never pick; what is confirmed is stored against the investment meant.

mod support;

use support::Bot;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};

async fn bot() -> Bot {
    let bot = Bot::new();
    for line in [
        "unit add Estates",
        "unit add Harbour",
        "invest \"Document management upgrade\" unit:Estates cost:£60k benefit:£20k/yr years:3 category:run start:2026-01-01",
        "invest \"Cargo tracking portal\" unit:Harbour cost:£90k benefit:£40k/yr years:3 category:grow start:2026-01-01",
        "invest \"Cargo tracking analytics\" unit:Harbour cost:£50k benefit:£30k/yr years:3 category:grow start:2026-01-01",
    ] {
        bot.ok(line).await;
    }
    bot
}

fn benefits(bot: &Bot) -> Vec<String> {
    bot.store
        .live(&TenantId::local(), Kind::Benefit)
        .unwrap()
        .into_iter()
        .filter_map(|s| match s.record {
            Record::Benefit(b) => Some(b.investment.to_string()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn an_abbreviated_name_resolves_with_a_did_you_mean() {
    let bot = bot().await;
    let out = bot
        .line("alice", "doc mgmt upgrade saved £4k in October")
        .await;
    assert!(
        out.contains("I took \"doc mgmt upgrade\" to mean Document management upgrade"),
        "{out}"
    );
    bot.line("alice", "yes").await;
    assert_eq!(
        benefits(&bot),
        vec![bot.investment_id("Document management upgrade")]
    );
}

#[tokio::test]
async fn two_equally_close_names_are_asked_about_not_picked() {
    let bot = bot().await;
    let out = bot
        .line("alice", "cargo tracking delivered £9k in October")
        .await;
    assert!(
        out.contains(
            "Which investment delivered this benefit: Cargo tracking portal or Cargo tracking analytics?"
        ),
        "{out}"
    );
    assert!(
        benefits(&bot).is_empty(),
        "nothing stored before the answer"
    );
    bot.line("alice", "Cargo tracking analytics").await;
    bot.line("alice", "yes").await;
    assert_eq!(
        benefits(&bot),
        vec![bot.investment_id("Cargo tracking analytics")]
    );
}
