//! Several presses of one draft's Confirm button at once (a double click, a retried
//! request): the draft is stored once, and every other press is told what was stored.

mod support;

use support::Bot;
use valuebridge::ids::{Kind, TenantId};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_presses_of_confirm_store_one_record_and_say_so_to_the_others() {
    let bot = Bot::new();
    bot.ok("unit add Sales").await;
    let question = bot
        .line(
            "alice",
            "new investment Data platform in Sales costing £120k, expecting £60k a year over 4 years",
        )
        .await;
    assert!(question.contains("run, grow or transform"), "{question}");
    let card = bot.line("alice", "grow").await;
    let id: u64 = card
        .split("Draft ")
        .nth(1)
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no draft card: {card}"));
    let press = format!("confirm draft {id}");
    let answers = futures_util::future::join_all((0..4).map(|_| bot.line("alice", &press))).await;
    let tenant = TenantId::local();
    assert_eq!(bot.store.live(&tenant, Kind::Investment).unwrap().len(), 1);
    let logged = answers
        .iter()
        .filter(|a| a.contains("Logged investment INV-1"))
        .count();
    assert_eq!(logged, 1, "{answers:#?}");
    for other in answers.iter().filter(|a| !a.contains("Logged investment")) {
        assert_eq!(
            other.trim(),
            format!("Draft {id} is already confirmed as INV-1; nothing more was logged.")
        );
    }
    // A press after the fact gets the same answer.
    let late = bot.line("alice", &press).await;
    assert!(late.contains("already confirmed as INV-1"), "{late}");
}
