//! A message that holds several records drafts each of them: the first is shown, the
//! others wait their turn, and each is confirmed, edited or dropped on its own and stored
//! exactly as its card showed.

mod support;

use support::Bot;
use valuebridge::domain::{Record, Verdict};
use valuebridge::ids::{Kind, TenantId};
use valuebridge::money::{Currency, Money};

async fn bot() -> Bot {
    let bot = Bot::new();
    for line in [
        "unit add Sales",
        "unit add Logistics",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01",
        "invest \"Warehouse management system\" unit:Logistics cost:£90k benefit:£40k/yr years:3 category:run start:2026-01-01",
        "invest \"Warehouse robotics\" unit:Logistics cost:£500k benefit:£200k/yr years:5 category:transform start:2026-01-01",
    ] {
        bot.ok(line).await;
    }
    bot
}

fn live(bot: &Bot, kind: Kind) -> Vec<Record> {
    bot.store
        .live(&TenantId::local(), kind)
        .unwrap()
        .into_iter()
        .map(|s| s.record)
        .collect()
}

fn gbp(pounds: i64) -> Money {
    Money::new(pounds * 100, Currency::GBP)
}

const TWO: &str =
    "approved the CRM replacement at £250k; also the WMS benefit came in at £30k last month";

#[tokio::test]
async fn both_records_of_one_message_are_drafted_and_stored() {
    let bot = bot().await;
    let out = bot.line("alice", TWO).await;
    assert!(out.contains("log this decision?"), "{out}");
    assert!(
        out.contains("2 records") && out.contains("realised benefit"),
        "the card says another record waits: {out}"
    );
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("DEC-1"), "{out}");
    assert!(
        out.contains("log this realised benefit?") && out.contains("Warehouse management system"),
        "the second record's card comes next: {out}"
    );
    let out = bot.line("alice", "edit amount £35k").await;
    assert!(out.contains("£35,000"), "{out}");
    bot.line("alice", "yes").await;
    let decisions = live(&bot, Kind::Decision);
    let [Record::Decision(d)] = decisions.as_slice() else {
        panic!("one decision: {decisions:?}")
    };
    assert_eq!(
        (d.verdict, d.amount),
        (Verdict::Approve, Some(gbp(250_000)))
    );
    let benefits = live(&bot, Kind::Benefit);
    let [Record::Benefit(b)] = benefits.as_slice() else {
        panic!("one benefit: {benefits:?}")
    };
    assert_eq!(b.amount, gbp(35_000), "stored as the edited card showed");
}

#[tokio::test]
async fn dropping_one_record_keeps_the_next() {
    let bot = bot().await;
    bot.line(
        "alice",
        "approved the WMS at £90k. parked the warehouse robotics till Q2",
    )
    .await;
    let out = bot.line("alice", "no").await;
    assert!(out.contains("nothing was logged"), "{out}");
    assert!(
        out.contains("Warehouse robotics") && out.contains("defer"),
        "the deferral's card comes next: {out}"
    );
    bot.line("alice", "yes").await;
    let decisions = live(&bot, Kind::Decision);
    let [Record::Decision(d)] = decisions.as_slice() else {
        panic!("only the deferral: {decisions:?}")
    };
    assert_eq!(d.verdict, Verdict::Defer);
    assert_eq!(
        d.review,
        Some(chrono::NaiveDate::from_ymd_opt(2027, 4, 1).unwrap())
    );
}
