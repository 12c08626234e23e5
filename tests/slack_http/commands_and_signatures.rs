//! Signed slash commands, users' names, Slack's documented signing vectors, URL
//! verification with a retried event, and a 429 from Slack.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_slash_command_logs_a_decision_in_the_workspace_tenant() {
    let bot = start_bot().await;
    for (text, expected) in [
        ("unit add Sales", "Logged business unit UNIT-1 Sales"),
        ("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01", "INV-1"),
        ("decide INV-1 approve £250k because churn review:2027-06-30", "Logged decision DEC-1 approve"),
    ] {
        let (status, body) = signed(&bot, "/slack/commands", "application/x-www-form-urlencoded", &command_form(text)).await;
        assert_eq!(status, 200, "{body}");
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(v["response_type"], "in_channel", "a logged record is announced: {body}");
        assert!(v["text"].as_str().unwrap().contains(expected), "{body}");
        assert!(v["blocks"].as_array().unwrap().len() >= 2, "{body}");
    }
    let tenant: TenantId = "slack:T1".parse().unwrap();
    let decisions = bot.store.live(&tenant, Kind::Decision).unwrap();
    assert_eq!(decisions.len(), 1);
    assert!(bot
        .store
        .live(&TenantId::local(), Kind::Decision)
        .unwrap()
        .is_empty());
    // `show` and `history` take the investment's name, as the slash command's text.
    for (text, expected) in [
        ("show crm replacement", "CRM replacement"),
        ("history CRM replacement", "History of INV-1"),
    ] {
        let form = command_form(text);
        let (status, body) = signed(
            &bot,
            "/slack/commands",
            "application/x-www-form-urlencoded",
            &form,
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert!(
            body.contains(expected) && body.contains("DEC-1"),
            "{text}: {body}"
        );
    }
    // Errors are ephemeral and written for the user.
    let (_, body) = signed(
        &bot,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &command_form("decide INV-1 aprove"),
    )
    .await;
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["response_type"], "ephemeral");
    assert!(body.contains("is not a verdict"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_show_the_slack_users_name_looked_up_once() {
    let bot = start_bot().await;
    for text in [
        "unit add Sales",
        "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01",
        "decide INV-1 approve £250k because churn",
    ] {
        let (status, body) = signed(&bot, "/slack/commands", "application/x-www-form-urlencoded", &command_form(text)).await;
        assert_eq!(status, 200, "{body}");
        assert!(!body.contains("\"ephemeral\""), "{text}: {body}");
    }
    let tenant: TenantId = "slack:T1".parse().unwrap();
    let decisions = bot.store.live(&tenant, Kind::Decision).unwrap();
    let valuebridge::domain::Record::Decision(d) = &decisions[0].record else {
        panic!("{decisions:?}")
    };
    assert_eq!(
        (d.decided_by.as_str(), d.meta.logged_by_name.as_str()),
        ("Alice", "Alice")
    );
    assert_eq!(d.meta.logged_by, "U1", "the id stays the identity");
    assert_eq!(
        *bot.fake.user_lookups.lock().unwrap(),
        ["U1"],
        "looked up once for three commands"
    );

    // A user Slack cannot name: the command still works, under the id.
    let form = command_form("note Sales: kickoff went well").replace("user_id=U1", "user_id=U404");
    let (status, body) = signed(
        &bot,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &form,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let notes = bot.store.live(&tenant, Kind::Note).unwrap();
    let valuebridge::domain::Record::Note(n) = &notes[0].record else {
        panic!("{notes:?}")
    };
    assert_eq!(
        (n.meta.logged_by.as_str(), n.meta.logged_by_name.as_str()),
        ("U404", "U404")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slacks_documented_request_is_refused_for_its_timestamp_and_a_tampered_one_for_its_signature(
) {
    let bot = start_bot().await;
    let form = std::fs::read_to_string(format!("{FIXTURES}/slash_command.form")).unwrap();
    let vector: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{FIXTURES}/slash_command.signature.json")).unwrap(),
    )
    .unwrap();
    let secret = vector["signing_secret"].as_str().unwrap();
    // The bot under test uses its own secret; check Slack's vector with a verifier built on
    // Slack's secret, through the same code path.
    let verifier = slack_morphism::signature_verifier::SlackEventSignatureVerifier::new(
        &slack_morphism::SlackSigningSecret::new(secret.into()),
    );
    let ts = vector["timestamp"].as_str().unwrap();
    let sig = vector["signature"].as_str().unwrap();
    let err = verifier.verify(sig, &form, ts).unwrap_err().to_string();
    assert!(err.to_lowercase().contains("timestamp"), "{err}");
    let tampered = form.replace("roadrunner", "wile_e");
    let err = verifier.verify(sig, &tampered, ts).unwrap_err().to_string();
    assert!(err.to_lowercase().contains("signature"), "{err}");

    // Over HTTP: stale, tampered, unsigned and oversized requests are refused and store nothing.
    let stale_ts = (Utc::now().timestamp() - 600).to_string();
    let body = command_form("unit add Sales");
    let (status, text) = slack_signing::post_raw(
        bot.addr,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &[
            ("x-slack-request-timestamp", stale_ts.clone()),
            (
                "x-slack-signature",
                slack_signing::signature(SECRET, &stale_ts, &body),
            ),
        ],
        &body,
    )
    .await;
    assert_eq!(
        (status, text.as_str()),
        (401, "timestamp outside the 5 minute window")
    );
    let ts = Utc::now().timestamp().to_string();
    let (status, text) = slack_signing::post_raw(
        bot.addr,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &[
            ("x-slack-request-timestamp", ts.clone()),
            (
                "x-slack-signature",
                slack_signing::signature(SECRET, &ts, &body),
            ),
        ],
        &body.replace("Sales", "Ops"),
    )
    .await;
    assert_eq!((status, text.as_str()), (401, "signature does not match"));
    let (status, _) = slack_signing::post_raw(
        bot.addr,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &[],
        &body,
    )
    .await;
    assert_eq!(status, 401);
    let huge = format!("{}&pad={}", body, "x".repeat(1_100_000));
    let (status, _) = signed(
        &bot,
        "/slack/commands",
        "application/x-www-form-urlencoded",
        &huge,
    )
    .await;
    assert_eq!(status, 413);
    assert_eq!(bot.store.log_len(&"slack:T1".parse().unwrap()).unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn url_verification_and_a_retried_mention_is_handled_once() {
    let bot = start_bot().await;
    let (status, body) = signed(&bot, "/slack/events", "application/json", r#"{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}"#).await;
    assert_eq!(status, 200);
    assert!(
        body.contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"),
        "{body}"
    );

    let mention = std::fs::read_to_string(format!("{FIXTURES}/app_mention.json")).unwrap();
    let mention = mention.replace(
        "What is the hour of the pearl, <@U0LAN0Z89>?",
        "<@U0LAN0Z89> unit add Pearls",
    );
    let first = tokio::spawn({
        let fake = bot.fake.clone();
        async move {
            tokio::time::timeout(Duration::from_secs(20), async {
                loop {
                    let notified = fake.notify.notified();
                    if !fake.posts.lock().unwrap().is_empty() {
                        break;
                    }
                    notified.await;
                }
            })
            .await
        }
    });
    assert_eq!(
        signed(&bot, "/slack/events", "application/json", &mention)
            .await
            .0,
        200
    );
    // Slack retries the same event: acknowledged, not handled again.
    assert_eq!(
        signed(&bot, "/slack/events", "application/json", &mention)
            .await
            .0,
        200
    );
    first.await.unwrap().expect("the reply is posted");
    let posts = bot.fake.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert_eq!(posts[0]["channel"], "C123ABC456");
    assert!(
        posts[0]["text"]
            .as_str()
            .unwrap()
            .contains("Logged business unit UNIT-1 Pearls"),
        "{posts:?}"
    );
    let units = bot
        .store
        .live(&"slack:T123ABC456".parse().unwrap(), Kind::Unit)
        .unwrap();
    assert_eq!(units.len(), 1, "handled once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_from_slack_becomes_a_retry_after_for_the_outbox() {
    let bot = start_bot().await;
    *bot.fake.rate_limit_next.lock().unwrap() = 1;
    let web =
        valuebridge_slack::SlackWeb::new(&format!("http://{}/api", bot.fake_addr), "xoxb-test")
            .unwrap();
    let router = valuebridge::platforms::posters::Router {
        console: Default::default(),
        slack: Some(web),
        discord: None,
    };
    let tenant: TenantId = "slack:T1".parse().unwrap();
    let reply = valuebridge_chat::Reply::info().paragraph("weekly digest");
    let err = router.post(&tenant, "C9", &reply).await.unwrap_err();
    assert_eq!(
        err.retry_after,
        Some(chrono::Duration::seconds(7)),
        "{err:?}"
    );
    assert!(!err.permanent);
    router.post(&tenant, "C9", &reply).await.unwrap();
    let posts = bot.fake.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1);
    assert_eq!(posts[0]["channel"], "C9");
}
