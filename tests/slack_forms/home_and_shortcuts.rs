//! The manifest, forms opened by a bare command, the message shortcut and the Home tab.

use super::*;

#[test]
fn the_manifest_declares_the_shortcut_the_home_tab_and_the_interactivity_forms_need() {
    let yaml = std::fs::read_to_string(MANIFEST).unwrap();
    let m: Value = serde_yaml_ng::from_str(&yaml).unwrap();
    // Slack's manifest schema as slack-morphism models it: a misspelt key would be dropped
    // here and the checks below would fail.
    let typed: slack_morphism::prelude::SlackAppManifest =
        serde_json::from_value(m.clone()).unwrap();
    let m2 = serde_json::to_value(&typed).unwrap();
    for v in [&m, &m2] {
        let home = &v["features"]["app_home"];
        assert_eq!(home["home_tab_enabled"], true, "{home}");
        assert_eq!(home["messages_tab_enabled"], true, "{home}");
        assert_eq!(home["messages_tab_read_only_enabled"], false, "{home}");
        let shortcut = &v["features"]["shortcuts"][0];
        assert_eq!(
            (
                shortcut["name"].as_str(),
                shortcut["type"].as_str(),
                shortcut["callback_id"].as_str()
            ),
            (
                Some("Log with valuebridge"),
                Some("message"),
                Some(valuebridge_slack::SHORTCUT_CALLBACK)
            )
        );
        let interactivity = &v["settings"]["interactivity"];
        assert_eq!(interactivity["is_enabled"], true);
        assert!(interactivity["request_url"]
            .as_str()
            .unwrap()
            .ends_with("/slack/interactions"));
        assert!(interactivity["message_menu_options_url"]
            .as_str()
            .unwrap()
            .ends_with("/slack/options"));
        let events: Vec<&str> = v["settings"]["event_subscriptions"]["bot_events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap())
            .collect();
        for needed in ["app_home_opened", "app_mention", "message.im"] {
            assert!(events.contains(&needed), "{events:?}");
        }
        let scopes: Vec<&str> = v["oauth_config"]["scopes"]["bot"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.as_str().unwrap())
            .collect();
        // The shortcut needs `commands`; ephemeral replies and posts need `chat:write`.
        for needed in ["commands", "chat:write", "im:history", "users:read"] {
            assert!(scopes.contains(&needed), "{scopes:?}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_form_opens_from_a_bare_slash_command_as_its_kept_block_kit() {
    let bot = start_bot().await;
    let update = std::env::var_os("VALUEBRIDGE_UPDATE_FORMS").is_some();
    for command in FORMS {
        let view = bot.open(command).await;
        assert_eq!(view["type"], "modal");
        assert!(view["title"]["text"].as_str().unwrap().chars().count() <= 24);
        let meta: Value = serde_json::from_str(view["private_metadata"].as_str().unwrap()).unwrap();
        assert_eq!(
            (meta["command"].as_str(), meta["channel"].as_str()),
            (Some(command), Some("C1"))
        );
        let text = serde_json::to_string_pretty(&view).unwrap() + "\n";
        let path = format!("{FIXTURES}/forms/slack/{command}.json");
        if update {
            std::fs::create_dir_all(format!("{FIXTURES}/forms/slack")).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let kept = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("no kept form {path}: {e}; run with VALUEBRIDGE_UPDATE_FORMS=1 to write it")
        });
        assert_eq!(
            text, kept,
            "the {command} form differs from {path}; if meant, regenerate with VALUEBRIDGE_UPDATE_FORMS=1"
        );
    }
    assert!(
        bot.fake.posts.lock().unwrap().is_empty(),
        "opening a form posts nothing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_message_shortcut_drafts_the_message_only_for_the_person_who_used_it() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let mut p = fixture("message_action.json");
    p["team"] = json!({"id": "T1", "domain": "acme"});
    p["user"] = json!({"id": "U1", "name": "alice"});
    p["channel"] = json!({"id": "C1", "name": "sales"});
    p["callback_id"] = json!(valuebridge_slack::SHORTCUT_CALLBACK);
    p["message"]["text"] =
        json!("<@U0BOT> we approved £250k for the CRM replacement because churn is rising");
    p["message"]["user"] = json!("U7");
    p["response_url"] = json!(format!("http://{}/respond", bot.fake_addr));
    let (status, body) = bot.interact(&p).await;
    assert_eq!((status, body.as_str()), (200, ""));
    bot.wait_for(|f| !f.responses.lock().unwrap().is_empty())
        .await;
    let draft = bot.fake.responses.lock().unwrap()[0].clone();
    // A response_url message is ephemeral unless it says `in_channel`.
    assert_ne!(draft["response_type"], "in_channel", "{draft}");
    let buttons: Vec<&str> = draft["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "actions")
        .flat_map(|b| b["elements"].as_array().unwrap())
        .map(|e| e["value"].as_str().unwrap())
        .collect();
    assert!(
        buttons.iter().any(|b| b.starts_with("confirm draft ")),
        "{draft}"
    );
    assert!(
        draft.to_string().contains("£250"),
        "the message was read: {draft}"
    );
    assert!(
        bot.fake.posts.lock().unwrap().is_empty(),
        "nothing posted for everyone"
    );
    assert!(bot
        .store
        .live(&bot.tenant(), Kind::Decision)
        .unwrap()
        .is_empty());

    // Confirming the private card stores the decision and replaces the card in place.
    let mut press = fixture("block_actions.json");
    press["team"]["id"] = json!("T1");
    press["user"]["id"] = json!("U1");
    press["container"] = json!({"type": "message", "message_ts": "1700000000.000200", "channel_id": "C1", "is_ephemeral": true});
    press["channel"]["id"] = json!("C1");
    press["response_url"] = json!(format!("http://{}/respond", bot.fake_addr));
    press["actions"][0]["value"] = json!(buttons[0]);
    assert_eq!(bot.interact(&press).await.0, 200);
    bot.wait_for(|f| f.responses.lock().unwrap().len() >= 2)
        .await;
    let replaced = bot.fake.responses.lock().unwrap()[1].clone();
    assert_eq!(replaced["replace_original"], true, "{replaced}");
    assert!(
        replaced["text"]
            .as_str()
            .unwrap()
            .contains("Logged decision DEC-1"),
        "{replaced}"
    );
    assert_eq!(
        bot.store.live(&bot.tenant(), Kind::Decision).unwrap().len(),
        1
    );
    assert!(
        bot.fake.updates.lock().unwrap().is_empty(),
        "an ephemeral card is not chat.update's"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn opening_home_publishes_the_persons_follow_ups_and_a_new_record_publishes_it_again() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    // Storing the unit published U1's Home once already.
    bot.wait_for(|f| f.published.lock().unwrap().len() == 1)
        .await;
    let published_before = 1;
    let mut event = fixture("app_home_opened.json");
    // A workspace install: the fixture is an org-wide install, whose authorization has no
    // team (slack-morphism 2.31 cannot read that; the bot is installed per workspace).
    event["team_id"] = json!("T1");
    event["authorizations"][0]["team_id"] = json!("T1");
    event["event"]["user"] = json!("U1");
    let (status, body) = bot
        .signed("/slack/events", "application/json", &event.to_string())
        .await;
    assert_eq!(status, 200, "{body}");
    bot.wait_for(|f| f.published.lock().unwrap().len() > published_before)
        .await;
    let first = bot.fake.published.lock().unwrap().last().unwrap().clone();
    assert_eq!(first["user_id"], "U1");
    assert_eq!(first["view"]["type"], "home");
    let text = first["view"].to_string();
    assert!(text.contains("nothing is waiting on you"), "{text}");
    let buttons: Vec<String> = first["view"]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "actions")
        .flat_map(|b| b["elements"].as_array().unwrap().clone())
        .map(|e| e["value"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(buttons, FORMS);

    // A note with a follow-up for U1: their Home is published again, with it.
    let seen = bot.fake.published.lock().unwrap().len();
    bot.ok("note Sales: kickoff follow-up: send the cost breakdown @U1 by 2026-12-04")
        .await;
    bot.wait_for(|f| f.published.lock().unwrap().len() > seen)
        .await;
    let again = bot.fake.published.lock().unwrap()[seen].clone();
    assert_eq!(again["user_id"], "U1");
    let text = again["view"].to_string();
    assert!(
        text.contains("send the cost breakdown") && text.contains("NOTE-1"),
        "{text}"
    );

    // The Messages tab opening is not the Home tab: nothing is published for it.
    let seen = bot.fake.published.lock().unwrap().len();
    event["event"]["tab"] = json!("messages");
    event["event_id"] = json!("Ev112");
    assert_eq!(
        bot.signed("/slack/events", "application/json", &event.to_string())
            .await
            .0,
        200
    );
    bot.ok("unit add Ops").await;
    bot.wait_for(|f| f.published.lock().unwrap().len() > seen)
        .await;
    let last = bot.fake.published.lock().unwrap().clone();
    assert_eq!(
        last.len(),
        seen + 1,
        "one publish, for the record: {last:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_records_publishes_the_home_tab_a_few_times_ending_with_the_last() {
    let bot = start_bot().await;
    let began = std::time::Instant::now();
    bot.ok("unit add Sales").await;
    const NOTES: usize = 30;
    for k in 1..=NOTES {
        bot.ok(&format!(
            "note Sales: call {k} follow-up: send figures {k} @U1 by 2026-12-04"
        ))
        .await;
    }
    // The last publish shows every follow-up: the burst's final state is never left out.
    let heading = format!("Your open follow-ups ({NOTES})");
    bot.wait_for(|f| {
        f.published
            .lock()
            .unwrap()
            .iter()
            .any(|p| p["view"].to_string().contains(&heading))
    })
    .await;
    // Publishing after every record read the whole workspace once per record; now it is
    // one publish at once and then at most one a second, however fast records arrive.
    let published = bot.fake.published.lock().unwrap().len();
    let seconds = began.elapsed().as_secs() as usize;
    assert!(
        published <= 2 + seconds,
        "{published} publishes for {} records in {seconds} s",
        NOTES + 1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_home_button_opens_its_form_and_the_submission_answers_in_direct_messages() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    let mut press = fixture("block_actions.json");
    press["team"]["id"] = json!("T1");
    press["user"]["id"] = json!("U1");
    press["container"] = json!({"type": "view", "view_id": "V2"});
    press.as_object_mut().unwrap().remove("channel");
    press.as_object_mut().unwrap().remove("message");
    press.as_object_mut().unwrap().remove("response_url");
    press["trigger_id"] = json!("9.9.home");
    press["actions"][0]["value"] = json!("note");
    assert_eq!(bot.interact(&press).await.0, 200);
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let opened = bot.fake.opened.lock().unwrap()[0].clone();
    assert_eq!(opened["trigger_id"], "9.9.home");
    let meta: Value =
        serde_json::from_str(opened["view"]["private_metadata"].as_str().unwrap()).unwrap();
    assert_eq!(
        meta["channel"], "U1",
        "answered in the person's DM with the app"
    );
}
