//! A mention's draft card confirmed, readiness from Slack's answer to the token, names that
//! never ping, replayed commands and bad platform input.

use super::*;

fn button_press(bot: &Bot, user: &str, value: &str) -> String {
    let mut p: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{FIXTURES}/block_actions.json")).unwrap(),
    )
    .unwrap();
    p["team"]["id"] = "T123ABC456".into();
    p["user"]["id"] = user.into();
    p["container"] = serde_json::json!({"type": "message", "message_ts": "1700000000.000100", "channel_id": "C123ABC456", "is_ephemeral": false});
    p["channel"]["id"] = "C123ABC456".into();
    p["response_url"] = format!("http://{}/respond", bot.fake_addr).into();
    p["actions"][0]["value"] = value.into();
    serde_urlencoded::to_string([("payload", p.to_string())]).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_drafts_a_card_and_confirm_stores_it_and_updates_the_card() {
    let bot = start_bot().await;
    for text in ["unit add Sales", "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01"] {
        let form = command_form(text).replace("team_id=T1", "team_id=T123ABC456");
        assert_eq!(signed(&bot, "/slack/commands", "application/x-www-form-urlencoded", &form).await.0, 200);
    }
    let mention = std::fs::read_to_string(format!("{FIXTURES}/app_mention.json"))
        .unwrap()
        .replace(
            "What is the hour of the pearl, <@U0LAN0Z89>?",
            "<@U0LAN0Z89> we approved £250k for the CRM replacement",
        );
    assert_eq!(
        signed(&bot, "/slack/events", "application/json", &mention)
            .await
            .0,
        200
    );
    wait_for(&bot.fake, |f| !f.posts.lock().unwrap().is_empty()).await;
    let card = bot.fake.posts.lock().unwrap()[0].clone();
    let actions = card["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["type"] == "actions")
        .expect("a card with buttons")
        .clone();
    let confirm = actions["elements"][0]["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(confirm.starts_with("confirm draft "), "{confirm}");
    let tenant: TenantId = "slack:T123ABC456".parse().unwrap();

    // Someone else's press: an explanation only they see; nothing stored.
    assert_eq!(
        signed(
            &bot,
            "/slack/interactions",
            "application/x-www-form-urlencoded",
            &button_press(&bot, "U999", &confirm)
        )
        .await
        .0,
        200
    );
    wait_for(&bot.fake, |f| !f.responses.lock().unwrap().is_empty()).await;
    assert!(bot.fake.responses.lock().unwrap()[0]["text"]
        .as_str()
        .unwrap()
        .contains("is not yours"));
    assert!(bot.store.live(&tenant, Kind::Decision).unwrap().is_empty());

    // The author's press: stored, and the card is replaced in place with the record.
    assert_eq!(
        signed(
            &bot,
            "/slack/interactions",
            "application/x-www-form-urlencoded",
            &button_press(&bot, "U123ABC456", &confirm)
        )
        .await
        .0,
        200
    );
    wait_for(&bot.fake, |f| !f.updates.lock().unwrap().is_empty()).await;
    let update = bot.fake.updates.lock().unwrap()[0].clone();
    assert_eq!(update["channel"], "C123ABC456");
    assert_eq!(update["ts"], "1700000000.000100");
    assert!(
        update["text"]
            .as_str()
            .unwrap()
            .contains("Logged decision DEC-1"),
        "{update}"
    );
    assert_eq!(bot.store.live(&tenant, Kind::Decision).unwrap().len(), 1);
}

/// GET /readyz until `want` holds of (status, body); the bot checks the token in the
/// background, so readiness follows shortly after Slack answers.
async fn readyz_until(addr: SocketAddr, want: impl Fn(u16, &str) -> bool) -> (u16, String) {
    for _ in 0..2000 {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET /readyz HTTP/1.1\r\nHost: bot\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut buf = String::new();
        s.read_to_string(&mut buf).await.unwrap();
        let status: u16 = buf.split_whitespace().nth(1).unwrap().parse().unwrap();
        let body = buf
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        if want(status, &body) {
            return (status, body);
        }
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("/readyz never reached the expected state");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_follows_slacks_answer_to_the_bot_token() {
    let bot = start_bot().await;
    let (status, body) = readyz_until(bot.addr, |s, _| s == 200).await;
    assert!(body.contains("\"ready\":true"), "{status} {body}");
    assert!(
        bot.fake
            .auth_checks
            .load(std::sync::atomic::Ordering::SeqCst)
            >= 1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_slack_refuses_makes_the_bot_not_ready_and_says_why() {
    let (fake_addr, fake) = start_fake().await;
    *fake.reject_token.lock().unwrap() = true;
    let bot = start_bot_with_fake(fake_addr, fake).await;
    let (status, body) = readyz_until(bot.addr, |_, b| b.contains("invalid_auth")).await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("slack: Slack did not accept SLACK_BOT_TOKEN: invalid_auth"),
        "{body}"
    );
    assert!(
        !body.contains("xoxb-test"),
        "the token is never shown: {body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_with_a_channel_mention_never_pings_the_channel() {
    let bot = start_bot().await;
    let form = command_form("unit add \"<!channel> team\"");
    let (status, body) = signed(
        &bot,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &form,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // What Slack reads as mrkdwn carries no mention; the name shows as typed.
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    for text in slack_parsed_texts(&v) {
        assert!(!text.contains("<!channel>"), "{text} in {body}");
    }
    assert_eq!(v["response_type"], "in_channel", "{body}");
    assert!(
        v["text"]
            .as_str()
            .unwrap()
            .contains("&lt;!channel&gt; team"),
        "{body}"
    );

    // A mention's reply is posted by the bot: the same holds for chat.postMessage.
    let mention = std::fs::read_to_string(format!("{FIXTURES}/app_mention.json"))
        .unwrap()
        .replace(
            "What is the hour of the pearl, <@U0LAN0Z89>?",
            "<@U0LAN0Z89> unit add \\\"<!here> & <!everyone>\\\"",
        );
    assert_eq!(
        signed(&bot, "/slack/events", "application/json", &mention)
            .await
            .0,
        200
    );
    wait_for(&bot.fake, |f| !f.posts.lock().unwrap().is_empty()).await;
    let post = bot.fake.posts.lock().unwrap()[0].clone();
    let texts = slack_parsed_texts(&post);
    assert!(texts.len() >= 2, "{post}");
    for text in texts {
        for raw in ["<!here>", "<!everyone>", "<!channel>"] {
            assert!(!text.contains(raw), "{raw} reaches Slack: {post}");
        }
    }
    assert!(
        post["text"]
            .as_str()
            .unwrap()
            .contains("&lt;!here&gt; &amp; &lt;!everyone&gt;"),
        "{post}"
    );
}

/// Every text Slack parses for mentions: the top-level `text` and each `mrkdwn` object
/// (plain-text objects such as headers and button labels are shown as they are).
fn slack_parsed_texts(message: &serde_json::Value) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(o) => {
                if o.get("type").and_then(|t| t.as_str()) == Some("mrkdwn") {
                    out.extend(o.get("text").and_then(|t| t.as_str()).map(String::from));
                }
                o.values().for_each(|v| walk(v, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out: Vec<String> = message["text"]
        .as_str()
        .map(String::from)
        .into_iter()
        .collect();
    walk(&message["blocks"], &mut out);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_replayed_slash_command_is_answered_with_its_first_answer_and_stored_once() {
    let bot = start_bot().await;
    let ok = |(status, body): (u16, String)| {
        assert_eq!(status, 200, "{body}");
        body
    };
    ok(signed(
        &bot,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &command_form("unit add Sales"),
    )
    .await);
    let form = command_form("note Sales: the board meets on Friday");
    let mut answers = Vec::new();
    for _ in 0..3 {
        answers.push(ok(signed(
            &bot,
            "/slack/commands",
            "application/x-www-form-urlencoded",
            &form,
        )
        .await));
    }
    let tenant: TenantId = "slack:T1".parse().unwrap();
    assert_eq!(bot.store.live(&tenant, Kind::Note).unwrap().len(), 1);
    assert!(answers[0].contains("NOTE-1"), "{}", answers[0]);
    assert_eq!(answers[1], answers[0]);
    assert_eq!(answers[2], answers[0]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_platform_input_is_refused_or_acknowledged_and_stores_nothing() {
    let bot = start_bot().await;
    let form = |team: &str, command: &str| {
        command_form("unit add Sales")
            .replace("team_id=T1", &format!("team_id={team}"))
            .replace("command=%2Fvalue", &format!("command={command}"))
    };
    // Ids that are not Slack ids: refused before anything runs.
    let long = "T".repeat(100_000);
    for team in ["", "..%2F..%2Fetc", &long, "T1%3Ax", "t1"] {
        let (status, body) = signed(
            &bot,
            "/slack/commands",
            "application/x-www-form-urlencoded",
            &form(team, "%2Fvalue"),
        )
        .await;
        assert_eq!(status, 400, "{team:.20}: {body}");
        assert!(body.contains("`team_id` is not a Slack id"), "{body}");
    }
    assert_eq!(
        bot.store.log_len(&"slack:T1:x".parse().unwrap()).unwrap(),
        0
    );
    // Another app's command: told which command this app answers.
    let (status, body) = signed(
        &bot,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &form("T1", "%2Fother"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["response_type"], "ephemeral");
    assert_eq!(
        v["text"],
        "This app answers `/value`, not `/other`. Try `/value help`."
    );
    // Slack's certificate check: unsigned, no command, answered 200 with nothing done.
    let (status, body) = slack_signing::post_raw(
        bot.addr,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &[],
        "ssl_check=1&token=abc123",
    )
    .await;
    assert_eq!((status, body.as_str()), (200, ""));
    // Event and interaction types the bot does not use: acknowledged, so Slack does not retry.
    let (status, body) = signed(
        &bot,
        "/slack/events",
        "application/json",
        r#"{"token":"x","type":"a_type_slack_adds_later","team_id":"T1"}"#,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let unknown_event = std::fs::read_to_string(format!("{FIXTURES}/app_mention.json"))
        .unwrap()
        .replace("\"app_mention\"", "\"pin_added\"");
    let (status, body) = signed(&bot, "/slack/events", "application/json", &unknown_event).await;
    assert_eq!(status, 200, "{body}");
    let press = serde_urlencoded::to_string([(
        "payload",
        r#"{"type":"a_new_surface","team":{"id":"T1"},"user":{"id":"U1"}}"#,
    )])
    .unwrap();
    let (status, body) = signed(
        &bot,
        "/slack/interactions",
        "application/x-www-form-urlencoded",
        &press,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    // Malformed payloads of known types stay refused.
    let (status, _) = signed(
        &bot,
        "/slack/events",
        "application/json",
        r#"{"type":"event_callback"}"#,
    )
    .await;
    assert_eq!(status, 400);
    // A mention whose team id is not a Slack id is refused too.
    let bad_team = std::fs::read_to_string(format!("{FIXTURES}/app_mention.json"))
        .unwrap()
        .replace("\"T123ABC456\"", "\"../../etc\"")
        .replace("What is the hour of the pearl", "unit add Pearls");
    let (status, body) = signed(&bot, "/slack/events", "application/json", &bad_team).await;
    assert_eq!(status, 400, "{body}");
    for tenant in ["slack:T1", "slack:T123ABC456"] {
        assert_eq!(bot.store.log_len(&tenant.parse().unwrap()).unwrap(), 0);
    }
    assert!(bot.fake.posts.lock().unwrap().is_empty());
}
