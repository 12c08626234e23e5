//! The bot learns an investment's other name from a corrected draft: a name it read as new,
//! corrected with `edit investment` to one the register holds, is offered as an alias on the
//! card, kept on `yes` (an amendment in the investment's history) and understood after.

mod support;

use support::{fail_only, Bot};
use valuebridge_chat::{render_plain, Actor, Invocation, Role};

/// Ops with a field service platform the team calls ServiceTitan, and a warehouse platform.
async fn bot() -> Bot {
    let bot = Bot::new();
    bot.ok("unit add Ops").await;
    bot.ok("invest Field service platform unit:Ops cost:£40k benefit:£60k/yr years:3 category:run")
        .await;
    bot.ok("invest Warehouse platform unit:Ops cost:£90k benefit:£50k/yr years:3 category:run")
        .await;
    bot
}

const OFFER: &str =
    "I'll also remember \"ServiceTitan\" as another name for Field service platform (INV-1)";

#[tokio::test]
async fn a_name_corrected_to_a_registered_investment_is_remembered_on_yes() {
    let bot = bot().await;
    let out = bot
        .line("alice", "ServiceTitan renewal approved at £40k")
        .await;
    assert!(out.contains("ServiceTitan renewal"), "{out}");
    let out = bot
        .line("alice", "edit investment Field service platform")
        .await;
    assert!(out.contains("log this decision?"), "{out}");
    assert!(out.contains("Field service platform"), "{out}");
    assert!(out.contains("£40,000"), "{out}");
    assert!(out.contains(OFFER), "{out}");
    assert!(out.contains("edit alias no"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged decision DEC-1"), "{out}");
    assert!(
        out.contains(
            "Remembered \"ServiceTitan\" as another name for Field service platform (INV-1)"
        ),
        "{out}"
    );
    let show = bot.ok("show INV-1").await;
    assert!(show.contains("ServiceTitan"), "{show}");
    let history = bot.ok("history INV-1").await;
    assert!(
        history.contains("aliases: none → ServiceTitan")
            && history.contains("learnt from corrected draft"),
        "{history}"
    );
    // The next message naming it reads it as the Field service platform.
    let out = bot.line("bob", "ServiceTitan saved £5k in October").await;
    assert!(out.contains("realised benefit"), "{out}");
    assert!(out.contains("Field service platform"), "{out}");
    assert!(!out.contains("remember"), "{out}");
}

#[tokio::test]
async fn undo_after_the_confirm_takes_back_the_alias_and_the_record() {
    let bot = bot().await;
    bot.line("alice", "ServiceTitan renewal approved at £40k")
        .await;
    bot.line("alice", "edit investment Field service platform")
        .await;
    bot.line("alice", "yes").await;
    let out = bot.line("alice", "undo").await;
    assert!(out.contains("aliases: ServiceTitan → none"), "{out}");
    assert!(out.contains("Retracted DEC-1"), "{out}");
    assert!(!bot.ok("show INV-1").await.contains("ServiceTitan"));
    assert!(!bot.ok("list decisions").await.contains("DEC-1"));
    // The next undo goes one step further back: alice's registering the warehouse platform.
    let out = bot.line("alice", "undo").await;
    assert!(out.contains("Retracted INV-2"), "{out}");
    // An alias amended by hand is undone alone, as before.
    bot.ok("amend INV-1 aliases:Titan because the team says so")
        .await;
    let out = bot.line("alice", "undo").await;
    assert!(out.contains("aliases: Titan → none"), "{out}");
    assert!(!out.contains("Retracted"), "{out}");
}

#[tokio::test]
async fn edit_alias_no_declines_and_edit_alias_picks_another_name() {
    let bot = bot().await;
    bot.line("alice", "ServiceTitan renewal approved at £40k")
        .await;
    let out = bot
        .line("alice", "edit investment Field service platform")
        .await;
    assert!(out.contains(OFFER), "{out}");
    let out = bot.line("alice", "edit alias no").await;
    assert!(!out.contains("I'll also remember"), "{out}");
    assert!(out.contains("log this decision?"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged decision DEC-1"), "{out}");
    assert!(!out.contains("Remembered"), "{out}");
    assert!(!bot.ok("show INV-1").await.contains("ServiceTitan"));

    // Another name than the one read: `edit alias <name>`.
    bot.line("alice", "Titan FS renewal approved at £40k").await;
    bot.line("alice", "edit investment Field service platform")
        .await;
    let out = bot.line("alice", "edit alias FS Titan").await;
    assert!(
        out.contains("I'll also remember \"FS Titan\" as another name"),
        "{out}"
    );
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Remembered \"FS Titan\""), "{out}");
    assert!(bot.ok("show INV-1").await.contains("FS Titan"));
}

#[tokio::test]
async fn no_offer_for_a_known_name_a_new_investment_or_a_viewer() {
    let bot = bot().await;
    // Known by the time of the correction: another investment holds it.
    bot.line("alice", "ServiceTitan renewal approved at £40k")
        .await;
    bot.ok("amend INV-2 aliases:ServiceTitan because the warehouse team says so")
        .await;
    let out = bot
        .line("alice", "edit investment Field service platform")
        .await;
    assert!(out.contains("log this decision?"), "{out}");
    assert!(!out.contains("remember"), "{out}");
    bot.line("alice", "no").await;

    // Kept a new investment (a new name, not a correction to a registered one).
    bot.line("alice", "Dispatch robots pilot approved at £40k in Ops")
        .await;
    for line in ["edit benefit £10k", "edit years 2", "edit category grow"] {
        bot.line("alice", line).await;
    }
    let out = bot.line("alice", "edit name Dispatch bots").await;
    assert!(out.contains("log this new investment"), "{out}");
    assert!(!out.contains("remember"), "{out}");
    bot.line("alice", "no").await;

    // A viewer may not change the register: nothing is offered.
    let viewer = |text: &str| Invocation {
        tenant: "local".into(),
        channel: "C1".into(),
        actor: Actor {
            user_id: "vic".into(),
            display_name: "vic".into(),
            role: Some(Role::Viewer),
        },
        text: text.into(),
        is_command: false,
    };
    bot.service
        .handle(&viewer("TitanOne renewal approved at £40k"))
        .await;
    let out = render_plain(
        &bot.service
            .handle(&viewer("edit investment Field service platform"))
            .await,
    );
    assert!(out.contains("Field service platform"), "{out}");
    assert!(!out.contains("remember"), "{out}");
}

#[tokio::test]
async fn an_alias_taken_before_the_confirm_is_reported_and_the_record_still_stored() {
    let bot = bot().await;
    bot.line("alice", "ServiceTitan renewal approved at £40k")
        .await;
    let out = bot
        .line("alice", "edit investment Field service platform")
        .await;
    assert!(out.contains(OFFER), "{out}");
    bot.ok("amend INV-2 aliases:ServiceTitan because the warehouse team says so")
        .await;
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged decision DEC-1"), "{out}");
    assert!(
        out.contains("Not remembered as another name for Field service platform: \"ServiceTitan\" is already taken by INV-2 (Warehouse platform)."),
        "{out}"
    );
    assert!(!bot.ok("show INV-1").await.contains("ServiceTitan"));
}

#[tokio::test]
async fn an_unknown_name_in_a_benefit_corrected_is_offered_too() {
    let bot = bot().await;
    let out = bot.line("alice", "Zentrix saved £5k in October").await;
    assert!(out.contains("Investment  Zentrix"), "{out}");
    let out = bot
        .line("alice", "edit investment Field service platform")
        .await;
    assert!(out.contains("log this realised benefit?"), "{out}");
    assert!(
        out.contains(
            "I'll also remember \"Zentrix\" as another name for Field service platform (INV-1)"
        ),
        "{out}"
    );
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged benefit"), "{out}");
    assert!(out.contains("Remembered \"Zentrix\""), "{out}");
    let out = bot.line("bob", "Zentrix saved £6k in November").await;
    assert!(out.contains("Investment  Field service platform"), "{out}");
}

#[tokio::test]
async fn whichever_write_fails_the_record_and_its_alias_are_stored_together_or_not_at_all() {
    for k in 0..8 {
        let bot = bot().await;
        bot.line("alice", "ServiceTitan renewal approved at £40k")
            .await;
        bot.line("alice", "edit investment Field service platform")
            .await;
        bot.store.set_write_fault(fail_only(k));
        let out = bot.line("alice", "yes").await;
        let decided = bot.ok("list decisions").await.contains("DEC-1");
        let learnt = bot.ok("show INV-1").await.contains("ServiceTitan");
        assert_eq!(decided, learnt, "write {k} failing half-did it: {out}");
        if !decided {
            assert!(out.contains("the server's disk is full"), "{out}");
            assert!(out.contains("The draft is kept"), "{out}");
            // Once the disk has room, `yes` stores both.
            bot.store.set_write_fault(None);
            let out = bot.line("alice", "yes").await;
            assert!(out.contains("Remembered \"ServiceTitan\""), "{out}");
        }
    }
}

#[tokio::test]
async fn undo_leaves_a_record_someone_changed_since_and_takes_back_the_alias_only() {
    let bot = bot().await;
    bot.line("alice", "ServiceTitan renewal approved at £40k")
        .await;
    bot.line("alice", "edit investment Field service platform")
        .await;
    bot.line("alice", "yes").await;
    let bob = bot
        .say_as(
            "local",
            "bob",
            Some(Role::Admin),
            "amend DEC-1 rationale:\"renewal at the same price\" because context",
        )
        .await;
    assert!(
        render_plain(&bob).contains("Amended"),
        "{}",
        render_plain(&bob)
    );
    let out = bot.line("alice", "undo").await;
    assert!(out.contains("aliases: ServiceTitan → none"), "{out}");
    assert!(!out.contains("Retracted"), "{out}");
    assert!(bot.ok("list decisions").await.contains("DEC-1"));
}
