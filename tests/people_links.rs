//! One person across the platforms of an organisation: `me link` on one platform gives a
//! code, `me link <code>` on the other makes both accounts the same person, so roles,
//! "mine" filters and undo follow them. Codes last ten minutes by the injected clock.

mod support;

use support::Bot;
use valuebridge::config::Config;
use valuebridge::store::Orgs;
use valuebridge_chat::{render_plain, ReplyKind};

const SLACK: &str = "slack:T1";
const DISCORD: &str = "discord:G1";

fn linked_bot(config: Config) -> Bot {
    let bot = Bot::with_config(config);
    let now = valuebridge::clock::Clock::now(&bot.clock);
    Orgs::open(&bot.store)
        .unwrap()
        .link(
            &SLACK.parse().unwrap(),
            &DISCORD.parse().unwrap(),
            false,
            "ops",
            now,
        )
        .unwrap();
    bot
}

async fn code_for(bot: &Bot, tenant: &str, user: &str) -> String {
    let reply = bot.say_as(tenant, user, None, "me link").await;
    let text = render_plain(&reply);
    text.split("Your link code: ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no code in {text}"))
        .trim_matches('*')
        .to_string()
}

#[tokio::test]
async fn a_linked_person_keeps_their_role_and_their_follow_ups_on_the_other_platform() {
    let mut config = Config::default();
    config.roles.admins = vec!["U1".into()];
    let bot = linked_bot(config);
    bot.say_as(SLACK, "U1", None, "unit add Sales").await;
    let note = bot
        .say_as(
            SLACK,
            "U1",
            None,
            "note Sales: pricing review follow-up: send the deck by 2026-12-04",
        )
        .await;
    assert_eq!(note.kind, ReplyKind::Recorded, "{}", render_plain(&note));

    // Before linking, Discord user 2001 is somebody else: a member, with nothing of theirs.
    let refused = bot.say_as(DISCORD, "2001", None, "api tokens").await;
    assert_eq!(refused.kind, ReplyKind::UserError);
    assert!(render_plain(&refused).contains("only admins"));
    let mine = render_plain(&bot.say_as(DISCORD, "2001", None, "follow-ups mine").await);
    assert!(!mine.contains("send the deck"), "{mine}");

    let code = code_for(&bot, SLACK, "U1").await;
    let linked = bot
        .say_as(DISCORD, "2001", None, &format!("me link {code}"))
        .await;
    assert_eq!(linked.kind, ReplyKind::Info, "{}", render_plain(&linked));
    assert!(render_plain(&linked).contains("here you are U1"));

    // Now the admin role named by the Slack id applies on Discord, and "mine" is theirs.
    let tokens = bot.say_as(DISCORD, "2001", None, "api tokens").await;
    assert_eq!(tokens.kind, ReplyKind::Info, "{}", render_plain(&tokens));
    let mine = render_plain(&bot.say_as(DISCORD, "2001", None, "follow-ups mine").await);
    assert!(mine.contains("send the deck"), "{mine}");
    // `me` lists both accounts of the person.
    let me = render_plain(&bot.say_as(DISCORD, "2001", None, "me").await);
    assert!(me.contains("discord:G1 2001") && me.contains("U1"), "{me}");

    // The code worked once.
    let again = bot
        .say_as(DISCORD, "2002", None, &format!("me link {code}"))
        .await;
    assert_eq!(again.kind, ReplyKind::UserError);
    assert!(render_plain(&again).contains("already used"));
}

#[tokio::test]
async fn a_code_expires_after_ten_minutes_and_is_refused_in_its_own_workspace() {
    let bot = linked_bot(Config::default());
    let code = code_for(&bot, SLACK, "U1").await;
    let same = bot
        .say_as(SLACK, "U2", None, &format!("me link {code}"))
        .await;
    assert_eq!(same.kind, ReplyKind::UserError);
    assert!(render_plain(&same).contains("other platform"));

    bot.clock.advance(chrono::Duration::minutes(10));
    let late = bot
        .say_as(DISCORD, "2001", None, &format!("me link {code}"))
        .await;
    assert_eq!(late.kind, ReplyKind::UserError);
    assert!(
        render_plain(&late).contains("expired"),
        "{}",
        render_plain(&late)
    );
    // Nothing was linked: Discord 2001 is still only themselves.
    let me = render_plain(&bot.say_as(DISCORD, "2001", None, "me").await);
    assert!(!me.contains("U1"), "{me}");

    // A code from another organisation means nothing here.
    let other = bot.say_as("slack:T9", "U9", None, "me link").await;
    let foreign = render_plain(&other)
        .split("Your link code: ")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .trim_matches('*')
        .to_string();
    let refused = bot
        .say_as(DISCORD, "2001", None, &format!("me link {foreign}"))
        .await;
    assert_eq!(refused.kind, ReplyKind::UserError);
}

#[tokio::test]
async fn a_role_given_to_the_other_platforms_id_applies_on_this_one() {
    let mut config = Config::default();
    config.roles.deciders = vec!["2002".into()];
    let bot = linked_bot(config);
    bot.say_as(SLACK, "U5", None, "unit add Sales").await;
    bot.say_as(SLACK, "U5", None, "invest CRM unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let before = bot.say_as(SLACK, "U5", None, "decide CRM approve").await;
    assert_eq!(before.kind, ReplyKind::UserError, "only deciders decide");

    let code = code_for(&bot, SLACK, "U5").await;
    bot.say_as(DISCORD, "2002", None, &format!("me link {code}"))
        .await;
    let after = bot.say_as(SLACK, "U5", None, "decide CRM approve").await;
    assert_eq!(after.kind, ReplyKind::Recorded, "{}", render_plain(&after));
}
