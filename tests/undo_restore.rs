//! Undo and restore that cannot lose work: undo steps back through your own actions in
//! this channel, whatever they were, saying what it undid; restore brings a retracted
//! record back.

mod support;

use support::Bot;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, RecordId, TenantId};
use valuebridge_chat::{render_plain, ReplyKind, Role};

fn state(bot: &Bot, id: &str) -> valuebridge::domain::RecordState {
    let id: RecordId = id.parse().unwrap();
    bot.store.get(&TenantId::local(), id).unwrap().unwrap()
}

fn cost(bot: &Bot) -> i64 {
    match state(bot, "INV-1").record {
        Record::Investment(i) => i.cost.minor,
        _ => panic!(),
    }
}

async fn as_bob(bot: &Bot, text: &str) -> String {
    let reply = bot.say_as("local", "bob", Some(Role::Admin), text).await;
    assert!(
        !matches!(reply.kind, ReplyKind::UserError | ReplyKind::InternalError),
        "{text}: {}",
        render_plain(&reply)
    );
    render_plain(&reply)
}

#[tokio::test]
async fn undo_reverses_the_last_action_then_steps_further_back() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: renewal call").await;
    bot.ok("amend INV-1 cost:£240k because negotiated discount")
        .await;
    // The last action was the amendment: undo reverses it, not the older note.
    let out = bot.ok("undo").await;
    assert!(
        out.contains("Undid your amendment of INV-1 CRM replacement"),
        "{out}"
    );
    assert!(out.contains("cost: £240,000 → £250,000"), "{out}");
    assert_eq!(cost(&bot), 25_000_000);
    assert!(state(&bot, "NOTE-1").is_live());
    // The second undo goes one step further back: the note.
    let out = bot.ok("undo").await;
    assert!(out.contains("Retracted NOTE-1 (Sales)"), "{out}");
    assert!(out.contains("Undid logging NOTE-1 (Sales)"), "{out}");
    assert!(!state(&bot, "NOTE-1").is_live());
    assert_eq!(cost(&bot), 25_000_000, "the amendment stays undone");
    let history = bot.ok("history INV-1").await;
    assert!(history.contains("undo by alice"), "{history}");
}

#[tokio::test]
async fn undo_never_touches_someone_elses_action() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: alice's note").await;
    as_bob(&bot, "note Sales: bob's note").await;
    let out = bot.ok("undo").await;
    assert!(out.contains("NOTE-1"), "{out}");
    assert!(!state(&bot, "NOTE-1").is_live());
    assert!(state(&bot, "NOTE-2").is_live(), "bob's note is untouched");
    // Bob changed alice's record after her amendment: undoing it would lose his change.
    bot.ok("note Sales: shared note").await;
    bot.ok("amend NOTE-3 text:\"shared notes v2\" because typo")
        .await;
    as_bob(
        &bot,
        "amend NOTE-3 text:\"shared notes v3\" because more detail",
    )
    .await;
    let out = bot.fails("undo").await;
    assert!(out.contains("bob changed NOTE-3 after it"), "{out}");
    match state(&bot, "NOTE-3").record {
        Record::Note(n) => assert_eq!(n.text, "shared notes v3"),
        _ => panic!(),
    }
}

#[tokio::test]
async fn undo_brings_back_a_retraction_and_reopens_a_done_follow_up() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: call follow-up: send deck @sam by Friday")
        .await;
    bot.ok("done NOTE-1").await;
    let out = bot.ok("undo").await;
    assert!(out.contains("follow-up 1: done → open"), "{out}");
    assert!(bot.ok("follow-ups").await.contains("send deck"));
    bot.ok("retract NOTE-1 because wrong unit").await;
    let out = bot.ok("undo").await;
    assert!(
        out.contains("Undid your retraction of NOTE-1 (Sales)"),
        "{out}"
    );
    assert!(state(&bot, "NOTE-1").is_live());
    assert!(bot.ok("list notes").await.contains("NOTE-1"));
    let history = bot.ok("history NOTE-1").await;
    assert!(
        history.contains("restored because undo by alice"),
        "{history}"
    );
}

#[tokio::test]
async fn undo_only_reaches_back_within_the_window() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: call").await;
    bot.clock.advance(chrono::Duration::minutes(11));
    let before = bot.store.log(&TenantId::local()).unwrap().len();
    let out = bot.fails("undo").await;
    assert!(out.contains("last 10 minutes"), "{out}");
    assert_eq!(bot.store.log(&TenantId::local()).unwrap().len(), before);
}

#[tokio::test]
async fn restore_brings_back_a_retracted_record_and_amend_says_to_restore_first() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: call").await;
    bot.ok("retract NOTE-1 because wrong unit").await;
    let out = bot.fails("amend NOTE-1 text:x because y").await;
    assert!(
        out.contains("Restore it first with `/value restore NOTE-1 because <reason>`"),
        "{out}"
    );
    let out = bot
        .ok("restore NOTE-1 because it was Sales after all")
        .await;
    assert!(out.contains("Restored NOTE-1 (Sales)"), "{out}");
    assert!(state(&bot, "NOTE-1").is_live());
    assert_eq!(
        bot.store
            .live(&TenantId::local(), Kind::Note)
            .unwrap()
            .len(),
        1
    );
    let history = bot.ok("history NOTE-1").await;
    assert!(
        history.contains("restored because it was Sales after all"),
        "{history}"
    );
    let out = bot.fails("restore NOTE-1 because again").await;
    assert!(out.contains("NOTE-1 is not retracted"), "{out}");
    let out = bot.fails("restore NOTE-1").await;
    assert!(out.contains("because"), "{out}");
    let out = bot.fails("restore NOTE-9 because x").await;
    assert!(out.contains("There is no NOTE-9"), "{out}");
    // A name taken while the record was retracted is explained, and nothing changes.
    bot.ok("retract INV-1 because duplicate").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£1k benefit:£1k/yr years:1 category:run")
        .await;
    let out = bot.fails("restore INV-1 because it was right").await;
    assert!(out.contains("already taken by INV-2"), "{out}");
    assert!(!state(&bot, "INV-1").is_live());
}
