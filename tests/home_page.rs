//! The home page (Slack's App Home tab) as the service builds it for one person: their open
//! follow-ups, decisions due for review in the units they log for, their pending drafts,
//! and the buttons that open the common forms.

mod support;

use support::Bot;
use valuebridge_chat::{render_plain, Actor, Block, Invocation, Reply};

fn actor(id: &str) -> Actor {
    Actor {
        user_id: id.into(),
        display_name: id.into(),
        role: None,
    }
}

async fn as_user(bot: &Bot, user: &str, channel: &str, text: &str, is_command: bool) -> Reply {
    bot.service
        .handle(&Invocation {
            tenant: "slack:T1".into(),
            channel: channel.into(),
            actor: actor(user),
            text: text.into(),
            is_command,
        })
        .await
}

fn buttons(reply: &Reply) -> Vec<(String, String)> {
    reply
        .blocks
        .iter()
        .flat_map(|b| match b {
            Block::Buttons { buttons } => buttons
                .iter()
                .map(|b| (b.label.clone(), b.action.clone()))
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

#[tokio::test]
async fn a_person_sees_their_follow_ups_reviews_due_in_their_units_and_their_drafts() {
    let bot = Bot::new();
    // Today is 2026-11-27 by the test clock.
    for line in [
        "unit add Sales",
        "unit add Ops",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 start:2026-01-01 category:transform",
        "invest \"Fleet tracker\" unit:Ops cost:£90k benefit:£50k/yr years:3 start:2026-01-01 category:run",
        "invest \"Data lake\" unit:Sales cost:£500k benefit:£200k/yr years:5 start:2026-01-01 category:grow",
        // Due for review in 10 days, in a unit U1 logs for.
        "decide INV-1 approve £250k because churn review:2026-12-07",
        // Review 2 months away: not due.
        "decide INV-3 approve £500k because scale review:2027-01-30",
        // Ops: U1 logs nothing there.
        "decide INV-2 approve £90k because fuel review:2026-12-01",
    ] {
        let r = as_user(&bot, "U9", "C1", line, true).await;
        assert!(!render_plain(&r).contains("went wrong"), "{line}: {}", render_plain(&r));
    }
    let logged = as_user(
        &bot,
        "U1",
        "C1",
        "note Sales: kickoff follow-up: send the deck @U1 by 2026-12-02 follow-up: book a demo @bob by 2026-12-03",
        true,
    )
    .await;
    assert_eq!(
        logged.kind,
        valuebridge_chat::ReplyKind::Recorded,
        "{}",
        render_plain(&logged)
    );
    // A plain-words draft waiting for confirmation in another channel.
    as_user(
        &bot,
        "U1",
        "C2",
        "we approved £90k for the Fleet tracker because fuel costs rose",
        false,
    )
    .await;

    let home = bot.service.home("slack:T1", &actor("U1"));
    let text = render_plain(&home);
    assert!(text.contains("send the deck"), "{text}");
    assert!(
        !text.contains("book a demo"),
        "someone else's follow-up: {text}"
    );
    assert!(
        text.contains("DEC-1") && text.contains("2026-12-07"),
        "{text}"
    );
    assert!(!text.contains("DEC-2"), "review not yet due: {text}");
    assert!(
        !text.contains("DEC-3"),
        "a unit U1 does not log for: {text}"
    );
    assert!(
        text.contains("decision") && text.contains("C2"),
        "the pending draft: {text}"
    );
    assert_eq!(
        buttons(&home)
            .into_iter()
            .map(|(_, a)| a)
            .collect::<Vec<_>>(),
        ["invest", "decide", "benefit", "note", "service"]
    );

    // A later decision settles the review.
    as_user(
        &bot,
        "U9",
        "C1",
        "decide INV-1 continue because on track",
        true,
    )
    .await;
    let text = render_plain(&bot.service.home("slack:T1", &actor("U1")));
    assert!(!text.contains("DEC-1"), "{text}");

    // Someone with nothing sees that plainly, and the same buttons.
    let empty = bot.service.home("slack:T1", &actor("U5"));
    let text = render_plain(&empty);
    assert!(text.contains("nothing is waiting on you"), "{text}");
    assert!(text.contains("None waiting for confirmation"), "{text}");
    assert_eq!(buttons(&empty).len(), 5);
}

#[tokio::test]
async fn the_page_reads_what_it_shows_not_every_record_of_the_workspace() {
    let bot = Bot::new();
    for line in [
        "unit add Sales",
        "unit add Ops",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 start:2026-01-01 category:transform",
        "invest \"Fleet tracker\" unit:Ops cost:£90k benefit:£50k/yr years:3 start:2026-01-01 category:run",
        "decide INV-1 approve £250k because churn review:2026-12-07",
        "decide INV-2 approve £90k because fuel review:2026-12-01",
    ] {
        let r = as_user(&bot, "U9", "C1", line, true).await;
        assert!(!render_plain(&r).contains("went wrong"), "{line}: {}", render_plain(&r));
    }
    // U1's one note, in Sales, with one follow-up of theirs and one of bob's.
    as_user(
        &bot,
        "U1",
        "C1",
        "note Sales: kickoff follow-up: send the deck @U1 by 2026-12-02 follow-up: book a demo @bob by 2026-12-03",
        true,
    )
    .await;
    // Many notes of other people, with follow-ups of their own, in U1's unit and in others.
    const OTHERS: usize = 300;
    for i in 0..OTHERS {
        let unit = if i % 3 == 0 { "Sales" } else { "Ops" };
        let r = as_user(
            &bot,
            "U9",
            "C1",
            &format!("note {unit}: call {i} follow-up: chase supplier {i} @bob by 2026-12-04"),
            true,
        )
        .await;
        assert_eq!(
            r.kind,
            valuebridge_chat::ReplyKind::Recorded,
            "{}",
            render_plain(&r)
        );
    }

    let before = valuebridge::store::decoded_on_this_thread();
    let home = bot.service.home("slack:T1", &actor("U1"));
    let read = valuebridge::store::decoded_on_this_thread() - before;
    let text = render_plain(&home);
    assert!(
        text.contains("Your open follow-ups (1)") && text.contains("send the deck"),
        "{text}"
    );
    assert!(
        !text.contains("chase supplier") && !text.contains("book a demo"),
        "{text}"
    );
    assert!(text.contains("DEC-1") && !text.contains("DEC-2"), "{text}");
    // The note, the unit's investment and its decision, the unit's name: a handful, whatever
    // else the workspace holds.
    assert!(
        read <= 10,
        "building the page decoded {read} records of a store holding over {OTHERS}"
    );
}
