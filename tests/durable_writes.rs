//! Durable writes: under concurrent commands, every acknowledgement comes after a flush that
//! carried its write, and a write whose flush failed is acknowledged as not stored and leaves
//! no trace; what the bot keeps in memory (the digest's figures) changes only once a write is
//! on disk. The flush seam holds each flush until the test gives its verdict, so the order of
//! events is the test's, not the machine's.

mod support;

use std::collections::BTreeSet;
use std::sync::{mpsc, Arc, Mutex};
use support::Bot;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};
use valuebridge_chat::{render_plain, ReplyKind};

#[derive(Debug, Clone)]
enum Event {
    /// A flush began; the store then held these notes (id, text).
    FlushStart(BTreeSet<(String, String)>),
    FlushEnd {
        ok: bool,
    },
    /// A reply reached the person who typed `text`.
    Ack {
        text: String,
        reply: String,
        kind: ReplyKind,
    },
}

fn notes(bot_store: &valuebridge::store::Store) -> BTreeSet<(String, String)> {
    bot_store
        .live(&TenantId::local(), Kind::Note)
        .unwrap()
        .into_iter()
        .map(|s| match s.record {
            Record::Note(n) => (n.id.to_string(), n.text),
            other => panic!("not a note: {other:?}"),
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_note_was_in_a_flush_that_returned_before_the_ack() {
    let bot = Arc::new(Bot::new());
    bot.ok("unit add Sales").await;

    let events = Arc::new(Mutex::new(Vec::<Event>::new()));
    let (entered_tx, mut entered) = tokio::sync::mpsc::unbounded_channel::<()>();
    let (verdict_tx, verdicts) = mpsc::channel::<bool>();
    let verdicts = Mutex::new(verdicts);
    let (seam_events, seam_store) = (events.clone(), bot.store.clone());
    bot.store.set_flush_fault(Some(Arc::new(move || {
        seam_events
            .lock()
            .unwrap()
            .push(Event::FlushStart(notes(&seam_store)));
        entered_tx.send(()).unwrap();
        let ok = verdicts.lock().unwrap().recv().unwrap_or(true);
        seam_events.lock().unwrap().push(Event::FlushEnd { ok });
        if ok {
            Ok(())
        } else {
            Err(std::io::Error::from_raw_os_error(28))
        }
    })));

    let send = |wave: &str, n: usize| {
        (0..n)
            .map(|i| {
                let (bot, events) = (bot.clone(), events.clone());
                let text = format!("{wave} {i}");
                tokio::spawn(async move {
                    let reply = bot
                        .say_as("local", "alice", None, &format!("note Sales: {text}"))
                        .await;
                    events.lock().unwrap().push(Event::Ack {
                        text,
                        reply: render_plain(&reply),
                        kind: reply.kind,
                    });
                })
            })
            .collect::<Vec<_>>()
    };

    // The first flush is held while a second wave arrives: those writes can only be in a
    // later flush, and the second flush fails.
    let mut tasks = send("first", 12);
    entered.recv().await.unwrap();
    tasks.extend(send("second", 12));
    let mut verdict = [true, false].into_iter();
    let all_done = async {
        for t in tasks {
            t.await.unwrap();
        }
    };
    tokio::pin!(all_done);
    verdict_tx.send(verdict.next().unwrap()).unwrap();
    loop {
        tokio::select! {
            _ = &mut all_done => break,
            Some(()) = entered.recv() => verdict_tx.send(verdict.next().unwrap_or(true)).unwrap(),
        }
    }
    bot.store.set_flush_fault(None);

    let events = events.lock().unwrap().clone();
    let (mut logged, mut refused) = (0, 0);
    for (at, event) in events.iter().enumerate() {
        let Event::Ack { text, reply, kind } = event else {
            continue;
        };
        if *kind == ReplyKind::Recorded {
            logged += 1;
            let id = reply
                .split_whitespace()
                .find(|w| w.starts_with("NOTE-"))
                .unwrap_or_else(|| panic!("no id in {reply}"))
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .to_string();
            let key = (id.clone(), text.clone());
            // A flush that began with the note in the store returned, successfully, before
            // the acknowledgement.
            let carried = events[..at].iter().enumerate().any(|(start, e)| {
                matches!(e, Event::FlushStart(held) if held.contains(&key))
                    && matches!(
                        events[start + 1..at]
                            .iter()
                            .find(|e| matches!(e, Event::FlushEnd { .. })),
                        Some(Event::FlushEnd { ok: true })
                    )
            });
            assert!(
                carried,
                "{id} ({text}) was acknowledged before a flush carried it: {events:#?}"
            );
        } else {
            refused += 1;
            assert!(
                reply.contains("the server's disk is full; nothing was logged"),
                "{reply}"
            );
        }
    }
    assert_eq!(logged + refused, 24);
    assert!(
        logged > 0 && refused > 0,
        "logged {logged}, refused {refused}"
    );

    // The store holds exactly the acknowledged notes: a refused one left nothing.
    let acked: BTreeSet<String> = events
        .iter()
        .filter_map(|e| match e {
            Event::Ack { text, kind, .. } if *kind == ReplyKind::Recorded => Some(text.clone()),
            _ => None,
        })
        .collect();
    let held: BTreeSet<String> = notes(&bot.store).into_iter().map(|(_, t)| t).collect();
    assert_eq!(held, acked);
}

/// A flush seam that tells the test when a flush begins and holds it until released.
fn held_flushes(
    store: &valuebridge::store::Store,
) -> (tokio::sync::mpsc::UnboundedReceiver<()>, mpsc::Sender<bool>) {
    let (entered_tx, entered) = tokio::sync::mpsc::unbounded_channel::<()>();
    let (verdict_tx, verdicts) = mpsc::channel::<bool>();
    let verdicts = Mutex::new(verdicts);
    store.set_flush_fault(Some(Arc::new(move || {
        let _ = entered_tx.send(());
        match verdicts.lock().unwrap().recv() {
            Ok(false) => Err(std::io::Error::from_raw_os_error(28)),
            _ => Ok(()),
        }
    })));
    (entered, verdict_tx)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_digest_shows_a_benefit_only_once_it_is_on_disk() {
    let bot = Arc::new(Bot::new());
    bot.seed().await;
    bot.ok("decide INV-1 approve £250k on:2026-01-01").await;
    bot.ok("benefit INV-1 £10k on 2026-11-01").await;
    let before = bot.ok("digest").await;
    assert!(before.contains("Realised to date    £10,000"), "{before}");

    let (mut entered, release) = held_flushes(&bot.store);
    let writer = {
        let bot = bot.clone();
        tokio::spawn(async move { bot.ok("benefit INV-1 £90k on 2026-11-02").await })
    };
    entered.recv().await.unwrap();
    // Written, not yet durable: the digest is as it was.
    assert_eq!(bot.ok("digest").await, before);
    release.send(true).unwrap();
    let logged = writer.await.unwrap();
    assert!(logged.contains("BEN-2"), "{logged}");
    bot.store.set_flush_fault(None);
    let after = bot.ok("digest").await;
    assert!(after.contains("Realised to date    £100,000"), "{after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_check_made_while_a_write_awaits_its_flush_finds_the_figures_agreeing() {
    let bot = Arc::new(Bot::new());
    bot.seed().await;
    // The digest loads the figures kept in memory, which the check compares too.
    bot.ok("digest").await;

    let (mut entered, release) = held_flushes(&bot.store);
    let writer = {
        let bot = bot.clone();
        tokio::spawn(async move { bot.ok("benefit INV-1 £90k on 2026-11-02").await })
    };
    entered.recv().await.unwrap();
    // The benefit is in the store, not yet on disk, so not yet in memory: a check now must
    // not report the memory as differing from the records.
    let store = bot.store.clone();
    let check = tokio::task::spawn_blocking(move || store.check_aggregates(&TenantId::local()));
    tokio::pin!(check);
    // Each flush entered waits for one verdict; the writer's is owed already. The seam
    // answers them in whichever order the flushes take them.
    let mut owed = 1;
    let report = loop {
        tokio::select! {
            done = &mut check => break done.unwrap().unwrap(),
            Some(()) = entered.recv() => {
                owed += 1;
                while owed > 0 {
                    release.send(true).unwrap();
                    owed -= 1;
                }
            }
        }
    };
    while owed > 0 {
        release.send(true).unwrap();
        owed -= 1;
    }
    assert!(writer.await.unwrap().contains("BEN-1"));
    bot.store.set_flush_fault(None);
    assert!(
        report.disagreements.is_empty(),
        "{:?}",
        report.disagreements
    );
}
