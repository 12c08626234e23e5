//! Plain words end to end: message → draft → question → answer → confirm → stored →
//! visible in list → undo; drafts are per person, expire, and only "yes" stores them.

mod support;

use chrono::Duration;
use support::Bot;
use valuebridge::ids::{Kind, TenantId};

async fn bot() -> Bot {
    let bot = Bot::new();
    for line in ["unit add Sales", "unit add Service", "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01"] {
        bot.ok(line).await;
    }
    bot
}

fn count(bot: &Bot, kind: Kind) -> usize {
    bot.store.live(&TenantId::local(), kind).unwrap().len()
}

#[tokio::test]
async fn a_note_in_plain_words_asks_for_the_unit_then_stores_on_yes_and_undo_retracts_it() {
    let bot = bot().await;
    let out = bot
        .line(
            "alice",
            "met the ops team today, they want faster laptop refresh; I'll send options by Friday",
        )
        .await;
    assert!(out.contains("Which business unit"), "{out}");
    assert_eq!(
        count(&bot, Kind::Note),
        0,
        "nothing is stored before confirmation"
    );
    let out = bot.line("alice", "Sevrice").await; // a typo still resolves
    assert!(out.contains("Did you mean 'Service'?"), "{out}");
    let out = bot.line("alice", "Service").await;
    assert!(out.contains("log this engagement note?"), "{out}");
    assert!(
        out.contains("Unit       Service")
            && out.contains("Follow-up  send options")
            && out.contains("Owner      alice"),
        "{out}"
    );
    assert!(
        out.contains("Due        2026-11-27"),
        "Friday 27 November is today: {out}"
    );
    let out = bot.line("alice", "edit owner @bob").await;
    assert!(out.contains("Owner      bob"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged note NOTE-1 (Service)"), "{out}");
    assert!(out.contains("send options @bob by 2026-11-27"), "{out}");
    assert!(bot.ok("list notes unit:Service").await.contains("NOTE-1"));
    let out = bot.line("alice", "undo").await;
    assert!(out.contains("Retracted NOTE-1"), "{out}");
    assert_eq!(count(&bot, Kind::Note), 0);
}

#[tokio::test]
async fn a_decision_on_a_known_investment_and_a_new_one() {
    let bot = bot().await;
    let out = bot
        .line(
            "dora",
            "we approved £250k for the CRM replacement because churn costs more than the licence",
        )
        .await;
    assert!(
        out.contains("log this decision?")
            && out.contains("Verdict     approve")
            && out.contains("Amount      £250,000"),
        "{out}"
    );
    assert!(bot
        .line("dora", "yes")
        .await
        .contains("Logged decision DEC-1 approve CRM replacement"));
    let out = bot.line("dora", "Finance green-lit £100k for the new data platform in Sales, expecting £60k a year over 4 years").await;
    assert!(out.contains("run, grow or transform"), "{out}");
    let out = bot.line("dora", "grow").await;
    assert!(
        out.contains("log this new investment and its decision?"),
        "{out}"
    );
    let out = bot.line("dora", "yes").await;
    assert!(
        out.contains("Logged investment INV-2 data platform")
            && out.contains("Logged decision DEC-2 approve"),
        "{out}"
    );
    assert_eq!(count(&bot, Kind::Decision), 2);
}

#[tokio::test]
async fn someone_elses_yes_does_not_confirm_and_no_drops_and_drafts_expire() {
    let bot = bot().await;
    bot.line(
        "alice",
        "CRM replacement delivered £35k of benefit yesterday (churn down 2%)",
    )
    .await;
    let out = bot.line("bob", "yes").await;
    assert!(!out.contains("Logged"), "{out}");
    assert_eq!(count(&bot, Kind::Benefit), 0);
    assert!(bot.line("alice", "no").await.contains("nothing was logged"));
    assert!(
        !bot.line("alice", "yes").await.contains("Logged"),
        "the dropped draft is gone"
    );
    bot.line(
        "alice",
        "CRM replacement delivered £35k of benefit yesterday",
    )
    .await;
    bot.clock.advance(Duration::minutes(16));
    assert!(
        !bot.line("alice", "yes").await.contains("Logged"),
        "expired after 15 minutes"
    );
    assert_eq!(count(&bot, Kind::Benefit), 0);
    bot.line(
        "alice",
        "CRM replacement delivered £35k of benefit yesterday",
    )
    .await;
    assert!(bot
        .line("alice", "yes")
        .await
        .contains("Logged benefit BEN-1 £35,000"));
}

#[tokio::test]
async fn chatter_gets_a_pointer_and_commands_still_work_mid_draft() {
    let bot = bot().await;
    assert!(bot
        .line("alice", "hello, how are you?")
        .await
        .contains("/value help"));
    bot.line("alice", "we approved £250k for the CRM replacement")
        .await;
    assert!(
        bot.line("alice", "list investments")
            .await
            .contains("CRM replacement"),
        "a command is a command"
    );
    assert!(
        bot.line("alice", "yes")
            .await
            .contains("Logged decision DEC-1"),
        "the draft survived the command"
    );
    let long = "a ".repeat(60_000);
    assert!(bot.line("alice", &long).await.contains("too long"));
}

#[tokio::test]
async fn buttons_act_only_on_the_pressers_own_live_draft() {
    let bot = bot().await;
    let card = bot
        .line("alice", "we approved £250k for the CRM replacement")
        .await;
    assert!(card.contains("[Confirm] [Edit] [Cancel]"), "{card}");
    let id: String = card
        .split("Draft ")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let out = bot.line("bob", &format!("confirm draft {id}")).await;
    assert!(out.contains("is not yours"), "{out}");
    assert!(bot
        .line("alice", "confirm draft 999")
        .await
        .contains("is not yours"));
    assert!(bot
        .line("alice", &format!("edit draft {id}"))
        .await
        .contains("edit <field> <value>"));
    assert!(bot
        .line("alice", &format!("confirm draft {id}"))
        .await
        .contains("Logged decision DEC-1"));
    assert!(
        bot.line("alice", &format!("confirm draft {id}"))
            .await
            .contains("is already confirmed as DEC-1; nothing more was logged"),
        "a stale press changes nothing and says what was stored"
    );
    assert_eq!(count(&bot, Kind::Decision), 1);
}

/// The reader prepared for a workspace is kept between messages: a name added, renamed or
/// retracted in between is read as it now stands, never as the kept reader knew it.
#[tokio::test]
async fn names_changed_between_messages_are_read_as_they_now_stand() {
    let bot = bot().await;
    let out = bot
        .line("dora", "we approved £80k for the warehouse robots in Sales")
        .await;
    // Not known yet: proposed as a new investment, which needs its expected benefit.
    assert!(out.contains("What benefit a year do you expect"), "{out}");
    assert!(bot.line("dora", "no").await.contains("nothing was logged"));

    bot.ok("invest \"Warehouse robots\" unit:Sales cost:£80k benefit:£30k/yr years:4 category:grow start:2026-01-01").await;
    let out = bot
        .line("dora", "we approved £80k for the warehouse robots")
        .await;
    assert!(
        out.contains("log this decision?") && out.contains("Warehouse robots"),
        "{out}"
    );
    assert!(!out.contains("new investment"), "{out}");
    bot.line("dora", "no").await;

    bot.ok("amend INV-2 name:\"Picking robots\" because the vendor renamed it")
        .await;
    let out = bot
        .line("dora", "we approved £80k for the picking robots")
        .await;
    assert!(
        out.contains("log this decision?") && out.contains("Picking robots"),
        "{out}"
    );
}

#[tokio::test]
async fn a_command_typed_while_a_question_waits_runs_and_the_draft_keeps_waiting() {
    let bot = bot().await;
    let out = bot.line("dora", "Finance green-lit £100k for the new data platform in Sales, expecting £60k a year over 4 years").await;
    assert!(out.contains("run, grow or transform"), "{out}");
    // Not an answer to the question: the command runs, as it would without a draft.
    let out = bot.line("dora", "list investments").await;
    assert!(out.contains("CRM replacement"), "{out}");
    assert!(!out.contains("not a category"), "{out}");
    // The draft still waits for its answer.
    let out = bot.line("dora", "grow").await;
    assert!(
        out.contains("log this new investment and its decision?"),
        "{out}"
    );
    assert!(bot
        .line("dora", "yes")
        .await
        .contains("Logged investment INV-2"));
}

#[tokio::test]
async fn a_press_on_a_draft_set_aside_says_which_draft_it_waits_behind() {
    let bot = bot().await;
    let out = bot
        .line(
            "alice",
            "met the Sales team today, they want faster laptop refresh",
        )
        .await;
    assert!(out.contains("Draft 1: log this engagement note?"), "{out}");
    let out = bot
        .line("alice", "we rejected the CRM replacement, too expensive")
        .await;
    assert!(out.contains("Draft 1 is kept for later"), "{out}");

    // Draft 1's card is still in the channel; its Confirm is pressed.
    let out = bot.line("alice", "confirm draft 1").await;
    assert!(
        out.contains("Draft 1 waits behind draft 2") && !out.contains("not yours"),
        "{out}"
    );
    assert_eq!(count(&bot, Kind::Note), 0);
    // Once draft 2 is dropped, draft 1 is back and its Confirm logs it.
    let out = bot.line("alice", "no").await;
    assert!(out.contains("Back to draft 1"), "{out}");
    let out = bot.line("alice", "confirm draft 1").await;
    assert!(out.contains("Logged note"), "{out}");
    assert_eq!(count(&bot, Kind::Note), 1);
}

/// "yes" while the draft still waits for an answer cannot log it: the reply says why and
/// asks again, rather than repeating the question as if the "yes" was not heard; nothing is
/// stored, and the draft still takes its answer.
#[tokio::test]
async fn yes_before_the_question_is_answered_says_what_the_draft_still_needs() {
    let bot = bot().await;
    let out = bot
        .line(
            "alice",
            "met the ops team today, they want faster laptop refresh",
        )
        .await;
    assert!(out.contains("Which business unit"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(
        out.contains("can't be logged yet") && out.contains("Which business unit"),
        "{out}"
    );
    assert_eq!(count(&bot, Kind::Note), 0);
    let out = bot.line("alice", "Service").await;
    assert!(out.contains("log this engagement note?"), "{out}");
    let out = bot.line("alice", "yes").await;
    assert!(out.contains("Logged note NOTE-1 (Service)"), "{out}");
}

/// Plain words that open on a command's name ("Service green-lit …", "Note: …") are read as
/// plain words when they are no command but a record; a command typed wrong and saying
/// nothing to log still gets the command's own error.
#[tokio::test]
async fn plain_words_opening_on_a_commands_name_are_read_not_refused() {
    let bot = bot().await;
    let out = bot
        .line(
            "dora",
            "Service approved £20k more for the CRM replacement because churn is up",
        )
        .await;
    assert!(
        out.contains("log this decision?") && out.contains("Amount      £20,000"),
        "{out}"
    );
    assert!(bot.line("dora", "no").await.contains("nothing was logged"));
    let out = bot
        .line(
            "dora",
            "Note: met Sales today, they want faster quotes; I'll send options by Friday",
        )
        .await;
    assert!(out.contains("log this engagement note?"), "{out}");
    assert!(bot.line("dora", "no").await.contains("nothing was logged"));
    let out = bot.line("dora", "service Cloud hosting unit:Sales").await;
    assert!(out.contains("Usage: `/value service"), "{out}");
    // A command with a record's id is a command, however the reader would read it.
    let out = bot.line("dora", "decide INV-1 aprove").await;
    assert!(out.contains("`aprove` is not a verdict"), "{out}");
}

/// An approval of an investment nobody registered yet keeps what the message said of the
/// decision (its reason, who decided, when to review it): the card shows them and the
/// decision logged with the new investment holds them, as a decision on a known one does.
#[tokio::test]
async fn a_new_investments_decision_keeps_its_reason_decider_and_review() {
    let bot = bot().await;
    let out = bot
        .line(
            "dora",
            "Service green-lit £100k for the new field app because engineers retype every job sheet, expecting £60k a year over 4 years, review in June",
        )
        .await;
    // The category is asked when the words do not say it.
    let out = if out.contains("run, grow or transform") {
        bot.line("dora", "grow").await
    } else {
        out
    };
    assert!(
        out.contains("log this new investment and its decision?")
            && out.contains("engineers retype every job sheet")
            && out.contains("2027-06-01")
            && out.contains("By "),
        "{out}"
    );
    let out = bot
        .line("dora", "edit rationale engineers retype every job sheet")
        .await;
    assert!(
        out.contains("Rationale       engineers retype every job sheet"),
        "{out}"
    );
    let out = bot.line("dora", "yes").await;
    assert!(
        out.contains("Logged investment INV-2 field app")
            && out.contains("Logged decision DEC-1 approve"),
        "{out}"
    );
    let shown = bot.ok("show DEC-1").await;
    assert!(
        shown.contains("engineers retype every job sheet")
            && shown.contains("Decided by  Service")
            && shown.contains("2027-06-01"),
        "{shown}"
    );
}

/// A refusal or a deferral of something nobody registered is logged as an approval of one
/// is: the draft proposes registering it with the decision (its reason and review date
/// kept), rather than failing on `yes` because the investment does not exist.
#[tokio::test]
async fn a_refused_proposal_nobody_registered_is_registered_with_its_refusal() {
    let bot = bot().await;
    let mut out = bot
        .line(
            "dora",
            "Sales knocked back the new data warehouse, £90k is too much this year",
        )
        .await;
    for answer in ["£20k", "3", "grow"] {
        if out.contains("log this new investment and its decision?") {
            break;
        }
        out = bot.line("dora", answer).await;
    }
    assert!(
        out.contains("log this new investment and its decision?")
            && out.contains("log the decision: reject")
            && out.contains("£90k is too much this year"),
        "{out}"
    );
    let out = bot.line("dora", "yes").await;
    assert!(
        out.contains("Logged investment INV-2 data warehouse")
            && out.contains("Logged decision DEC-1 reject"),
        "{out}"
    );
}

/// A question in plain words is no record to log: it is answered with what the register
/// holds on it (the `find` of its words), or, when nothing matches, with the pointer.
#[tokio::test]
async fn a_question_is_answered_from_the_register() {
    let bot = bot().await;
    let out = bot
        .line("dora", "what did we decide on the CRM replacement?")
        .await;
    assert!(
        out.contains("INV-1 CRM replacement") && out.contains("history INV-1"),
        "{out}"
    );
    let out = bot.line("dora", "anyone free for lunch?").await;
    assert!(out.contains("I can log engagement notes"), "{out}");
    assert_eq!(count(&bot, Kind::Decision), 0);
    assert_eq!(count(&bot, Kind::Note), 0);
}

/// A `yes`, `no` or `edit …` with no draft waiting says so (a draft expires, and each
/// person's are their own), instead of the pointer for messages it cannot read.
#[tokio::test]
async fn yes_no_or_edit_with_no_draft_waiting_says_there_is_none() {
    let bot = bot().await;
    for line in ["yes", "no", "edit amount £5k"] {
        let out = bot.line("erin", line).await;
        assert!(
            out.contains("no draft waiting for you here") && out.contains("nothing was logged"),
            "{line}: {out}"
        );
    }
}
