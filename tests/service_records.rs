//! The service end to end over a real (temporary) store: records, corrections, roles,
//! tenant isolation, and that a rejected command changes nothing.

mod support;

use support::Bot;
use valuebridge::config::Config;
use valuebridge::domain::{Record, Verdict};
use valuebridge::ids::{Kind, TenantId};
use valuebridge_chat::{render_plain, ReplyKind, Role};

#[tokio::test]
async fn a_decision_supersedes_the_previous_one_and_sets_the_status() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("decide INV-1 approve £250k because churn review:2027-06-30")
        .await;
    let out = bot
        .ok("decide \"crm REPLACEMENT\" stop because vendor failed")
        .await;
    assert!(out.contains("Supersedes  DEC-1"), "{out}");
    assert!(bot
        .ok("show INV-1")
        .await
        .contains("closed (latest decision DEC-2 stop"));
    // Retracting the stop brings the approval back as the latest decision.
    bot.ok("retract DEC-2 because logged too early").await;
    assert!(bot
        .ok("show INV-1")
        .await
        .contains("active (latest decision DEC-1 approve"));
    let decisions = bot.store.live(&TenantId::local(), Kind::Decision).unwrap();
    assert_eq!(decisions.len(), 1);
    let Record::Decision(d) = &decisions[0].record else {
        panic!()
    };
    assert_eq!(d.verdict, Verdict::Approve);
    assert_eq!(d.amount.unwrap().minor, 25_000_000);
}

#[tokio::test]
async fn bad_input_is_explained_and_stores_nothing() {
    let bot = Bot::new();
    bot.seed().await;
    let before = bot.store.log(&TenantId::local()).unwrap();
    let cases = [
        ("note Slaes: hello", "Did you mean 'Sales'?"),
        ("note Marketing: hello", "unit add Marketing"),
        ("decide INV-9 approve", "There is no INV-9"),
        (
            "decide CRM replacment approve",
            "Did you mean INV-1 (CRM replacement)?",
        ),
        (
            "decide INV-1 approve on:2027-01-01",
            "cannot be dated in the future",
        ),
        (
            "decide INV-1 defer review:2026-01-01",
            "before the decision",
        ),
        (
            "benefit INV-1 £5k on 2030-01-01",
            "cannot be dated in the future",
        ),
        ("unit add sales", "already taken by UNIT-1"),
        ("unit add Ops alias FIN", "already taken by UNIT-2"),
        (
            "invest \"CRM Replacement\" unit:Sales cost:£1 benefit:£1 years:1 category:run",
            "already taken by INV-1",
        ),
        (
            "invest X unit:Sales cost:£1 benefit:$1 years:1 category:run",
            "must be in one currency",
        ),
        ("amend INV-1 cost:£250k because same", "nothing to amend"),
        ("amend NOTE-7 text:hi because x", "There is no NOTE-7"),
        (
            "retract UNIT-1 because typo",
            "still has live records (INV-1)",
        ),
        ("amend INV-1 unit:All because x", "only for services"),
        ("done NOTE-1", "There is no NOTE-1"),
        ("show SVC-3", "There is no SVC-3"),
        (
            "list notes unit:nowhere",
            "no business unit called 'nowhere'",
        ),
    ];
    for (line, fragment) in cases {
        let out = bot.fails(line).await;
        assert!(out.contains(fragment), "{line}\n{out}");
    }
    assert_eq!(
        bot.store.log(&TenantId::local()).unwrap(),
        before,
        "nothing was written"
    );
}

#[tokio::test]
async fn amend_and_retract_keep_the_trail() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("decide INV-1 approve £250k because churn").await;
    let out = bot.ok("amend DEC-1 amount:£240k rationale:\"churn, and a discount\" because negotiated discount").await;
    assert!(out.contains("amount: £250,000 → £240,000"), "{out}");
    let history = bot.ok("history DEC-1").await;
    assert!(history.contains("created"), "{history}");
    assert!(history.contains("because negotiated discount"), "{history}");
    bot.ok("note fin: budget round. follow-up: send options @bob by 2026-12-01")
        .await;
    bot.ok("done NOTE-1").await;
    assert!(bot.ok("show NOTE-1").await.contains("(done)"));
    assert!(bot.fails("done NOTE-1").await.contains("already done"));
    bot.ok("retract NOTE-1 because wrong unit").await;
    assert!(bot
        .ok("list notes")
        .await
        .contains("There are no notes yet"));
    let show = bot.ok("show NOTE-1").await;
    assert!(show.contains("Retracted: wrong unit"), "{show}");
    assert!(bot
        .fails("retract NOTE-1 because again")
        .await
        .contains("already retracted"));
    assert!(bot
        .fails("amend NOTE-1 text:x because y")
        .await
        .contains("was retracted"));
}

#[tokio::test]
async fn undo_retracts_only_my_last_record_within_the_window() {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: first").await;
    bot.clock.advance(chrono::Duration::minutes(5));
    bot.ok("note Sales: second").await;
    // Someone else's record is not mine to undo.
    let other = bot
        .say_as("local", "bob", Some(Role::Member), "note Sales: bob's")
        .await;
    assert_eq!(other.kind, ReplyKind::Recorded);
    assert!(bot.ok("undo").await.contains("Retracted NOTE-2"));
    assert!(bot.ok("undo").await.contains("Retracted NOTE-1"));
    // INV-1 was logged 5 minutes before NOTE-1; move past the window.
    bot.clock.advance(chrono::Duration::minutes(11));
    assert!(bot.fails("undo").await.contains("last 10 minutes"));
    assert!(bot.ok("list notes").await.contains("bob's"));
}

#[tokio::test]
async fn roles_limit_who_may_log_and_decide() {
    let mut config = Config::default();
    config.roles.deciders = vec!["dora".into()];
    config.roles.viewers = vec!["vic".into()];
    let bot = Bot::with_config(config);
    bot.seed().await;
    let member = bot
        .say_as("local", "mel", None, "decide INV-1 approve")
        .await;
    assert_eq!(member.kind, ReplyKind::UserError);
    assert!(render_plain(&member).contains("only deciders log or change decisions"));
    let viewer = bot.say_as("local", "vic", None, "note Sales: hi").await;
    assert!(render_plain(&viewer).contains("viewer role"));
    let viewer_reads = bot.say_as("local", "vic", None, "list investments").await;
    assert_eq!(viewer_reads.kind, ReplyKind::Info);
    let decider = bot
        .say_as("local", "dora", None, "decide INV-1 approve")
        .await;
    assert_eq!(
        decider.kind,
        ReplyKind::Recorded,
        "{}",
        render_plain(&decider)
    );
    let member_note = bot.say_as("local", "mel", None, "note Sales: hi").await;
    assert_eq!(member_note.kind, ReplyKind::Recorded);
    let member_amend = bot
        .say_as("local", "mel", None, "amend DEC-1 amount:£1 because x")
        .await;
    assert!(render_plain(&member_amend).contains("only deciders"));
    assert_eq!(
        bot.store
            .live(&TenantId::local(), Kind::Decision)
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn tenants_never_see_each_other() {
    let bot = Bot::new();
    bot.seed().await;
    let other = bot
        .say_as("slack:T2", "zed", None, "list investments")
        .await;
    assert!(render_plain(&other).contains("There are no investments yet"));
    let other = bot.say_as("slack:T2", "zed", None, "show INV-1").await;
    assert!(render_plain(&other).contains("There is no INV-1"));
    let other = bot.say_as("slack:T2", "zed", None, "unit add Sales").await;
    assert!(
        render_plain(&other).contains("UNIT-1 Sales"),
        "numbers are per tenant"
    );
}

#[tokio::test]
async fn long_lists_say_how_many_were_left_out() {
    let bot = Bot::new();
    bot.seed().await;
    for i in 0..55 {
        bot.ok(&format!("note Sales: meeting {i}")).await;
    }
    let out = bot.ok("list notes unit:Sales").await;
    assert!(out.contains("Notes in Sales (55)"), "{out}");
    assert!(out.contains("Showing the latest 50 of 55"), "{out}");
    assert!(
        out.contains("meeting 54") && !out.contains("meeting 4\n"),
        "{out}"
    );
    bot.ok("retract NOTE-55 because duplicate").await;
    bot.ok("amend NOTE-54 unit:fin because wrong unit").await;
    assert!(bot.ok("list notes").await.contains("Notes (54)"));
    assert!(bot
        .ok("list notes unit:Sales")
        .await
        .contains("Notes in Sales (53)"));
    assert!(bot
        .ok("list notes unit:fin")
        .await
        .contains("Notes in Finance & Risk (1)"));
}

#[tokio::test]
async fn help_lists_every_command_and_explains_one() {
    let bot = Bot::new();
    let out = bot.ok("help").await;
    for name in [
        "note", "invest", "decide", "benefit", "service", "list", "show", "history", "amend",
        "retract", "undo",
    ] {
        assert!(out.contains(&format!("/value {name}")), "{name}: {out}");
    }
    assert!(bot
        .ok("help decide")
        .await
        .contains("Usage: `/value decide"));
}
