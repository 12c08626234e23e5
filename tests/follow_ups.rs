//! Follow-ups as a user meets them: listed with their owner, due date and lateness, closed
//! with `done`, owned by the person named (never silently by the author), and a chat draft
//! stores exactly the follow-up it showed.

mod support;

use support::Bot;
use valuebridge::domain::{FollowUp, Record};
use valuebridge::ids::{Kind, TenantId};
use valuebridge_chat::{render_plain, Role};

fn follow_ups(bot: &Bot) -> Vec<FollowUp> {
    bot.store
        .live(&TenantId::local(), Kind::Note)
        .unwrap()
        .into_iter()
        .flat_map(|st| match st.record {
            Record::Note(n) => n.followups,
            _ => Vec::new(),
        })
        .collect()
}

/// The clock is Friday 2026-11-27.
async fn with_follow_ups() -> Bot {
    let bot = Bot::new();
    bot.seed().await;
    bot.ok("note Sales: pricing review follow-up: send price list @sam by 2026-11-20 follow-up: book demo @raj by next Tuesday")
        .await;
    bot.ok("note fin: budget talk follow-up: draft the business case by Friday follow-up: circulate minutes")
        .await;
    bot.ok("note Sales: renewal chat follow-up: confirm the quote @alice by EOM")
        .await;
    bot
}

#[tokio::test]
async fn follow_ups_lists_every_open_action_most_urgent_first() {
    let bot = with_follow_ups().await;
    let out = bot.ok("follow-ups").await;
    assert!(out.contains("Open follow-ups (5)"), "{out}");
    let order: Vec<usize> = [
        "send price list",
        "draft the business case",
        "confirm the quote",
        "book demo",
        "circulate minutes",
    ]
    .iter()
    .map(|a| out.find(a).unwrap_or_else(|| panic!("{a} missing: {out}")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{out}");
    for expected in [
        "NOTE-1 1",
        "@sam",
        "2026-11-20",
        "7 days late",
        "due today",
        "due in 4 days",
        "Finance & Risk",
        "no due date",
        "/value done NOTE-1 1",
    ] {
        assert!(out.contains(expected), "{expected}: {out}");
    }
    // The same list under the name people try first.
    assert_eq!(bot.ok("list follow-ups").await, out);
}

#[tokio::test]
async fn follow_ups_filter_by_person_lateness_due_date_and_unit() {
    let bot = with_follow_ups().await;
    let out = bot.ok("follow-ups overdue").await;
    assert!(
        out.contains("send price list") && !out.contains("book demo"),
        "{out}"
    );
    assert!(out.contains("(1)"), "{out}");
    // Mine: owned by alice, or unowned on a note alice logged.
    let out = bot.ok("follow-ups mine").await;
    for a in [
        "confirm the quote",
        "draft the business case",
        "circulate minutes",
    ] {
        assert!(out.contains(a), "{a}: {out}");
    }
    assert!(!out.contains("send price list"), "{out}");
    let out = bot.ok("follow-ups due:this-week").await;
    assert!(
        out.contains("(2)"),
        "overdue and due today, not next week: {out}"
    );
    let out = bot.ok("follow-ups due:EOM unit:Sales").await;
    assert!(
        out.contains("(2)") && out.contains("confirm the quote"),
        "{out}"
    );
    let out = bot.ok("follow-ups owner:@raj").await;
    assert!(out.contains("book demo") && out.contains("(1)"), "{out}");
    let out = bot.ok("follow-ups owner:@nobody").await;
    assert!(out.contains("There are no open follow-ups"), "{out}");
    let out = bot.fails("follow-ups urgent").await;
    assert!(out.contains("`urgent` is not a filter"), "{out}");
    assert!(
        out.contains("owner:@who"),
        "it lists the known filters: {out}"
    );
    let out = bot.fails("follow-ups unit:Marketing").await;
    assert!(out.contains("unit add Marketing"), "{out}");
}

#[tokio::test]
async fn done_closes_what_the_list_shows() {
    let bot = with_follow_ups().await;
    let out = bot.ok("done NOTE-1 2").await;
    assert!(out.contains("Done: book demo"), "{out}");
    let out = bot.ok("follow-ups").await;
    assert!(out.contains("(4)") && !out.contains("book demo"), "{out}");
    assert!(follow_ups(&bot)
        .iter()
        .any(|f| f.text == "book demo" && f.done));
}

#[tokio::test]
async fn a_follow_up_keeps_the_person_named_as_its_owner() {
    let bot = Bot::new();
    bot.seed().await;
    // A Slack mention, a Discord mention and a plain name.
    bot.ok("note Sales: call follow-up: send deck <@U024BE7LH> by Friday follow-up: chase legal <@!80351110224678912> follow-up: review terms owner:Priya")
        .await;
    let owners: Vec<_> = follow_ups(&bot).into_iter().map(|f| f.owner).collect();
    assert_eq!(
        owners,
        vec![
            Some("<@U024BE7LH>".to_string()),
            Some("<@!80351110224678912>".to_string()),
            Some("Priya".to_string())
        ]
    );
    // Sam (U024BE7LH on Slack) sees his own among "mine"; alice, the author, does not.
    let sams = render_plain(
        &bot.say_as("local", "U024BE7LH", Some(Role::Member), "follow-ups mine")
            .await,
    );
    assert!(sams.contains("send deck") && sams.contains("(1)"), "{sams}");
    let alices = bot.ok("follow-ups mine").await;
    assert!(alices.contains("There are no open follow-ups"), "{alices}");
    let out = bot.ok("follow-ups owner:priya").await;
    assert!(out.contains("review terms"), "{out}");
}

#[tokio::test]
async fn plain_words_name_the_owner_not_the_speaker() {
    let bot = Bot::new();
    bot.seed().await;
    let card = bot
        .line(
            "alice",
            "met Sales today about pricing. Action: @mei to book the vendor demo by next Thu",
        )
        .await;
    assert!(
        card.contains("mei") && card.contains("2026-12-03"),
        "{card}"
    );
    bot.line("alice", "yes").await;
    let f = follow_ups(&bot);
    assert_eq!(f.len(), 1, "{card}");
    assert_eq!(f[0].owner.as_deref(), Some("mei"));
    assert_eq!(f[0].due, Some("2026-12-03".parse().unwrap()));
}

#[tokio::test]
async fn a_draft_stores_exactly_the_follow_up_it_shows() {
    let bot = Bot::new();
    bot.seed().await;
    let card = bot.line("alice", "met Sales today about pricing").await;
    assert!(card.contains("Draft"), "{card}");
    // An owner and a due date without an action: the bot asks for the action rather than
    // showing a follow-up it would not store.
    let out = bot.line("alice", "edit owner raj").await;
    assert!(out.contains("What is the follow-up action?"), "{out}");
    let out = bot.line("alice", "edit due Friday").await;
    assert!(out.contains("What is the follow-up action?"), "{out}");
    let card = bot.line("alice", "send the price list").await;
    for shown in ["send the price list", "raj", "2026-11-27"] {
        assert!(card.contains(shown), "{shown}: {card}");
    }
    bot.line("alice", "yes").await;
    let f = follow_ups(&bot);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].text, "send the price list");
    assert_eq!(f[0].owner.as_deref(), Some("raj"));
    assert_eq!(f[0].due, Some("2026-11-27".parse().unwrap()));
}
