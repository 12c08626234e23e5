//! Confirm pressed on Slack (a real `block_actions` payload) on a draft's first card after a
//! typed edit made the draft incomplete: the question is answered in its place and nothing
//! is stored; once the question is answered by typing, the same old Confirm logs the draft
//! as it is now, once, and a further press says what was stored.

use super::*;

/// Everything the bot said in answer to presses so far: updates, responses, ephemerals.
fn answers(bot: &Bot) -> Vec<String> {
    let f = &bot.fake;
    let mut all: Vec<String> = Vec::new();
    for list in [&f.updates, &f.responses, &f.ephemerals] {
        all.extend(list.lock().unwrap().iter().map(|v| v.to_string()));
    }
    all
}

/// Presses the button whose value is `value` on a message in C1; what the bot answered.
async fn press(bot: &Bot, value: &str) -> String {
    let before = answers(bot).len();
    assert_eq!(bot.interact(&bot.button_press(value)).await.0, 200);
    bot.fake.wait_for(|_| answers(bot).len() > before).await;
    answers(bot)[before..].join("\n")
}

/// Mentions the bot and returns the message it posted in answer.
async fn said(bot: &Bot, text: &str) -> String {
    bot.answer_to(text).await.to_string()
}

fn notes(bot: &Bot) -> Vec<valuebridge::domain::Note> {
    bot.store
        .live(&bot.tenant(), Kind::Note)
        .unwrap()
        .into_iter()
        .map(|s| match s.record {
            Record::Note(n) => n,
            other => panic!("not a note: {other:?}"),
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_cards_confirm_asks_while_the_draft_is_incomplete_then_logs_it_once() {
    let bot = start_bot().await;
    bot.ok("unit add Ops").await;
    let card = said(
        &bot,
        "met the Ops team today, they want faster laptop refresh",
    )
    .await;
    assert!(card.contains("log this engagement note?"), "{card}");
    assert!(card.contains("confirm draft 1"), "{card}");

    let asked = said(&bot, "edit owner raj").await;
    assert!(asked.contains("What is the follow-up action?"), "{asked}");

    // The first card's Confirm: the question, nothing stored, nothing claimed.
    let out = press(&bot, "confirm draft 1").await;
    assert!(out.contains("What is the follow-up action?"), "{out}");
    assert!(
        !out.contains("already confirmed") && !out.contains("Logged"),
        "{out}"
    );
    assert!(notes(&bot).is_empty());

    let answered = said(&bot, "send the laptop options").await;
    assert!(answered.contains("log this engagement note?"), "{answered}");
    assert!(notes(&bot).is_empty());

    // The same old Confirm now logs the draft as it is now.
    let out = press(&bot, "confirm draft 1").await;
    assert!(out.contains("Logged note NOTE-1"), "{out}");
    let stored = notes(&bot);
    assert_eq!(stored.len(), 1, "{stored:#?}");
    assert_eq!(stored[0].followups.len(), 1, "{stored:#?}");
    assert_eq!(stored[0].followups[0].text, "send the laptop options");
    assert_eq!(stored[0].followups[0].owner.as_deref(), Some("raj"));

    let late = press(&bot, "confirm draft 1").await;
    assert!(
        late.contains("Draft 1 is already confirmed as NOTE-1"),
        "{late}"
    );
    assert_eq!(notes(&bot).len(), 1);
}
