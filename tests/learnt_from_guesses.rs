//! The bot learns another name from a guess corrected: words the reader took for a short
//! form of one registered investment ("I took "billing upgrade" to mean Billing platform
//! upgrade"), corrected with `edit investment` to another registered one, are offered as
//! that one's alias, kept on `yes` and read as it next time.

mod support;

use support::Bot;

/// Finance with a billing platform upgrade and a payment portal.
async fn bot() -> Bot {
    let bot = Bot::new();
    bot.ok("unit add Finance").await;
    bot.ok("invest Billing platform upgrade unit:Finance cost:£80k benefit:£30k/yr years:3 category:run")
        .await;
    bot.ok("invest Payment portal unit:Finance cost:£60k benefit:£40k/yr years:3 category:grow")
        .await;
    bot
}

#[tokio::test]
async fn a_guess_corrected_to_another_investment_offers_the_words_said_and_keeps_them() {
    let bot = bot().await;
    let out = bot.line("alice", "Billing upgrade approved at £20k").await;
    assert!(
        out.contains("I took \"Billing upgrade\" to mean Billing platform upgrade"),
        "{out}"
    );
    let out = bot.line("alice", "edit investment Payment portal").await;
    assert!(out.contains("log this decision?"), "{out}");
    assert!(
        out.contains(
            "I'll also remember \"Billing upgrade\" as another name for Payment portal (INV-2)"
        ),
        "{out}"
    );
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged decision DEC-1"), "{out}");
    assert!(out.contains("Remembered \"Billing upgrade\""), "{out}");
    assert!(bot.ok("show INV-2").await.contains("Billing upgrade"));
    assert!(!bot.ok("show INV-1").await.contains("Billing upgrade"));
    // The same words next time, from someone else, are the payment portal's.
    let out = bot
        .line("bob", "Billing upgrade saved £5k in November")
        .await;
    assert!(out.contains("Investment  Payment portal"), "{out}");
    assert!(!out.contains("I took"), "{out}");
}

#[tokio::test]
async fn a_guess_kept_or_corrected_back_offers_nothing() {
    let bot = bot().await;
    bot.line("alice", "Billing upgrade approved at £20k").await;
    // The guess was right: naming it again is no correction.
    let out = bot
        .line("alice", "edit investment Billing platform upgrade")
        .await;
    assert!(out.contains("log this decision?"), "{out}");
    assert!(!out.contains("remember"), "{out}");
    // Corrected, then corrected back to the guess: no offer for the guessed one.
    let out = bot.line("alice", "edit investment Payment portal").await;
    assert!(out.contains("I'll also remember"), "{out}");
    let out = bot
        .line("alice", "edit investment Billing platform upgrade")
        .await;
    assert!(!out.contains("remember"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged decision DEC-1"), "{out}");
    assert!(!out.contains("Remembered"), "{out}");
}
