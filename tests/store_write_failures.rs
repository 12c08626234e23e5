//! A write whose flush fails leaves no trace (lists, show, history, digest figures and
//! numbering are as before it), the user is told plainly that nothing was stored and why,
//! `/readyz` says the store is not writable, and writes work again once the disk does.

mod support;

use std::sync::Arc;
use support::Bot;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::store::FlushFault;

fn disk_full() -> Option<Arc<dyn FlushFault>> {
    Some(Arc::new(|| Err(std::io::Error::from_raw_os_error(28))))
}

fn count(bot: &Bot, kind: Kind) -> usize {
    bot.store.live(&TenantId::local(), kind).unwrap().len()
}

#[tokio::test]
async fn a_note_whose_flush_fails_is_nowhere_and_the_next_write_takes_its_number() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: first visit").await;
    let history_before = bot.store.log_len(&TenantId::local()).unwrap();

    bot.store.set_flush_fault(disk_full());
    let out = bot.fails("note Sales: the confidential one").await;
    assert!(
        out.contains("the server's disk is full; nothing was logged"),
        "{out}"
    );
    assert!(!out.contains("Something went wrong"), "{out}");
    assert_eq!(count(&bot, Kind::Note), 1);
    let list = bot.ok("list notes").await;
    assert!(
        !list.contains("NOTE-2") && !list.contains("confidential"),
        "{list}"
    );
    assert!(bot
        .fails("show NOTE-2")
        .await
        .contains("There is no NOTE-2"));
    assert!(bot
        .fails("history NOTE-2")
        .await
        .contains("There is no NOTE-2"));
    assert_eq!(
        bot.store.log_len(&TenantId::local()).unwrap(),
        history_before
    );
    let why = bot.store.writable().unwrap_err();
    assert!(why.contains("disk is full"), "{why}");

    // Still failing: still nothing, and undo does not reach past the failure either.
    let out = bot.fails("unit add Marketing").await;
    assert!(out.contains("nothing was logged"), "{out}");
    assert_eq!(count(&bot, Kind::Unit), 2);

    bot.store.set_flush_fault(None);
    assert_eq!(bot.store.writable(), Ok(()));
    let out = bot.ok("note Sales: after the disk was freed").await;
    assert!(
        out.contains("NOTE-2"),
        "the failed write took no number: {out}"
    );
    let out = bot.ok("undo").await;
    assert!(out.contains("Retracted NOTE-2"), "{out}");
    assert_eq!(count(&bot, Kind::Note), 1);
}

#[tokio::test]
async fn a_failed_benefit_does_not_reach_the_digest_figures() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("benefit INV-1 £10k on 2026-11-01").await;
    let before = bot.ok("digest").await;
    bot.store.set_flush_fault(disk_full());
    bot.fails("benefit INV-1 £90k on 2026-11-02").await;
    bot.store.set_flush_fault(None);
    assert_eq!(bot.ok("digest").await, before);
    assert_eq!(count(&bot, Kind::Benefit), 1);
}

async fn readyz(addr: std::net::SocketAddr) -> (u16, serde_json::Value) {
    let r = reqwest::get(format!("http://{addr}/readyz")).await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_says_the_store_is_not_writable_while_flushes_fail() {
    let mut config = valuebridge::config::Config::default();
    config.server.bind = "127.0.0.1:0".into();
    let bot = Bot::with_config(config);
    bot.seed().await;
    let running = support::run_bot(bot.service.clone(), &Default::default())
        .await
        .unwrap();
    let (status, body) = readyz(running.addr).await;
    assert_eq!((status, &body["store"]), (200, &"ok".into()), "{body}");

    bot.store.set_flush_fault(disk_full());
    bot.fails("note Sales: lost to the full disk").await;
    let (status, body) = readyz(running.addr).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(
        body["store"], "not writable: the server's disk is full",
        "{body}"
    );

    bot.store.set_flush_fault(None);
    let (status, body) = readyz(running.addr).await;
    assert_eq!((status, &body["store"]), (200, &"ok".into()), "{body}");
    let _ = running.stop.send(());
    running.run.await.unwrap().unwrap();
}

#[tokio::test]
async fn a_subscription_whose_flush_fails_is_not_listed_and_a_stop_is_not_kept() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("subscribe weekly mon 09:00 tz:Europe/London").await;
    bot.store.set_flush_fault(disk_full());
    let out = bot.fails("subscribe daily 08:00 tz:Europe/London").await;
    assert!(out.contains("nothing was logged"), "{out}");
    let out = bot.fails("unsubscribe SUB-1").await;
    assert!(out.contains("nothing was logged"), "{out}");
    bot.store.set_flush_fault(None);
    let list = bot.ok("subscriptions").await;
    assert!(list.contains("SUB-1") && !list.contains("SUB-2"), "{list}");
    assert!(!list.contains("stopped"), "SUB-1 still runs: {list}");
    let out = bot.ok("subscribe daily 08:00 tz:Europe/London").await;
    assert!(
        out.contains("SUB-2"),
        "the failed one took no number: {out}"
    );
}
