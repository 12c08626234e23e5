//! The message context menu: a message's words handed over for the person alone.

use super::*;

#[tokio::test]
async fn the_context_menu_hands_the_messages_words_over_for_the_person_alone() {
    let a = adapter();
    let mut card = Reply::recorded()
        .heading("Draft: note for Sales")
        .buttons(vec![Button {
            label: "Confirm".into(),
            action: "confirm draft 2001".into(),
            style: ButtonStyle::Primary,
        }]);
    card.visibility = Visibility::Channel;
    a.replies(card);
    let answer = a
        .answer(menu("14", "Met Sales: they want the CRM live by March"))
        .await;
    assert_eq!(answer["type"], 4, "{answer}");
    assert_eq!(flags(&answer) & EPHEMERAL, EPHEMERAL, "only for the person");
    assert!(text(&answer).contains("Draft: note for Sales"));
    let inv = a.bot.invocations.lock().unwrap()[0].clone();
    assert_eq!(inv.text, "Met Sales: they want the CRM live by March");
    assert!(!inv.is_command, "plain words, read as conversation");
    assert_eq!(inv.actor.user_id, "2001", "the person who used the menu");
    assert_eq!(inv.channel, CHANNEL);
}

#[tokio::test]
async fn the_context_menu_on_a_message_without_words_explains_and_asks_nothing() {
    let a = adapter();
    let answer = a.answer(menu("15", "  ")).await;
    assert_eq!(flags(&answer) & EPHEMERAL, EPHEMERAL);
    assert!(text(&answer).contains("no text"), "{answer}");
    assert!(a.bot.invocations.lock().unwrap().is_empty());
}
