//! Slash-command and mention envelopes acknowledged with their answers, a dropped
//! connection reopened, and nothing handled after a stop.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slash_command_envelope_is_acked_with_its_answer_and_the_decision_is_stored() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    assert_eq!(
        *bot.fake.opens.lock().unwrap(),
        ["xapp-test"],
        "the connection is opened with the app-level token"
    );
    let (status, body) = bot.readyz().await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("slack socket mode: waiting for Slack to open"),
        "{body}"
    );

    hello(&mut ws).await;
    for (n, (text, expected)) in [
        ("unit add Sales", "Logged business unit UNIT-1 Sales"),
        ("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01", "INV-1"),
        ("decide INV-1 approve £250k because churn review:2027-06-30", "Logged decision DEC-1 approve"),
    ]
    .into_iter()
    .enumerate()
    {
        let envelope = format!("env-{n}");
        let ack = slash(&mut ws, &envelope, "T1", "U1", text).await;
        assert_eq!(ack["envelope_id"], envelope, "{ack}");
        let answer = &ack["payload"];
        assert_eq!(answer["response_type"], "in_channel", "{ack}");
        assert!(answer["text"].as_str().unwrap().contains(expected), "{ack}");
        assert!(answer["blocks"].as_array().unwrap().len() >= 2, "{ack}");
    }
    let tenant: TenantId = "slack:T1".parse().unwrap();
    let decisions = bot.store.live(&tenant, Kind::Decision).unwrap();
    assert_eq!(decisions.len(), 1);
    let Record::Decision(d) = &decisions[0].record else {
        panic!("{decisions:?}")
    };
    assert_eq!(
        (d.decided_by.as_str(), d.meta.logged_by.as_str()),
        ("Alice", "U1")
    );
    assert_eq!(
        *bot.fake.user_lookups.lock().unwrap(),
        ["U1"],
        "looked up once"
    );

    // An error is answered in the ack, for the caller only.
    let ack = slash(&mut ws, "env-err", "T1", "U1", "decide INV-1 aprove").await;
    assert_eq!(ack["envelope_id"], "env-err");
    assert_eq!(ack["payload"]["response_type"], "ephemeral", "{ack}");
    assert!(ack.to_string().contains("is not a verdict"), "{ack}");

    // Hello arrived before the commands on this connection, so the socket is ready now.
    let (_, body) = bot.readyz().await;
    assert!(!body.contains("slack socket mode"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_connection_is_reopened_and_readiness_says_so_meanwhile() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    let ack = slash(&mut ws, "env-1", "T1", "U1", "units").await;
    assert_eq!(ack["envelope_id"], "env-1");
    drop(ws); // no closing handshake: the connection is simply gone

    let mut ws = bot.connection().await;
    assert_eq!(*bot.fake.opens.lock().unwrap(), ["xapp-test", "xapp-test"]);
    let (status, body) = bot.readyz().await;
    assert_eq!(status, 503, "{body}");
    assert!(
        body.contains("slack socket mode: Socket Mode connection lost"),
        "{body}"
    );
    assert!(
        !body.contains("xapp-test") && !body.contains("xoxb-test"),
        "{body}"
    );

    hello(&mut ws).await;
    let ack = slash(&mut ws, "env-2", "T1", "U1", "unit add Ops").await;
    assert_eq!(ack["envelope_id"], "env-2");
    assert!(
        ack["payload"]["text"]
            .as_str()
            .unwrap()
            .contains("UNIT-1 Ops"),
        "{ack}"
    );
    let (_, body) = bot.readyz().await;
    assert!(!body.contains("slack socket mode"), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_envelope_posts_a_draft_card_and_a_button_envelope_confirms_it() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    for text in ["unit add Sales", "invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01"] {
        slash(&mut ws, "seed", "T123ABC456", "U123ABC456", text).await;
    }
    let mut mention = fixture("app_mention.json");
    mention["event"]["text"] = "<@U0LAN0Z89> we approved £250k for the CRM replacement".into();
    let envelope = serde_json::json!({
        "envelope_id": "env-mention", "type": "events_api",
        "accepts_response_payload": false, "payload": mention,
    });
    send(&mut ws, envelope.clone()).await;
    assert_eq!(
        receive(&mut ws).await,
        serde_json::json!({"envelope_id": "env-mention"})
    );
    // Slack re-delivers the same event in a new envelope: acked, handled once.
    let mut again = envelope;
    again["envelope_id"] = "env-mention-retry".into();
    send(&mut ws, again).await;
    assert_eq!(receive(&mut ws).await["envelope_id"], "env-mention-retry");

    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let card = bot.fake.posts.lock().unwrap()[0].clone();
    let token = bot.fake.post_tokens.lock().unwrap()[0].clone();
    assert_eq!(token, "xoxb-test", "the Web API gets the bot token");
    assert_eq!(card["channel"], "C123ABC456");
    let confirm = card["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["type"] == "actions")
        .expect("a card with buttons")["elements"][0]["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(confirm.starts_with("confirm draft "), "{confirm}");

    let mut press = fixture("block_actions.json");
    press["team"]["id"] = "T123ABC456".into();
    press["user"]["id"] = "U123ABC456".into();
    press["container"] = serde_json::json!({"type": "message", "message_ts": "1700000000.000100", "channel_id": "C123ABC456", "is_ephemeral": false});
    press["channel"]["id"] = "C123ABC456".into();
    press["actions"][0]["value"] = confirm.into();
    send(
        &mut ws,
        serde_json::json!({"envelope_id": "env-press", "type": "interactive", "accepts_response_payload": false, "payload": press}),
    )
    .await;
    assert_eq!(
        receive(&mut ws).await,
        serde_json::json!({"envelope_id": "env-press"})
    );
    bot.wait_for(|f| !f.updates.lock().unwrap().is_empty())
        .await;
    let updated = bot.fake.updates.lock().unwrap()[0].clone();
    assert_eq!(updated["ts"], "1700000000.000100");
    assert!(
        updated["text"]
            .as_str()
            .unwrap()
            .contains("Logged decision DEC-1"),
        "{updated}"
    );
    let tenant: TenantId = "slack:T123ABC456".parse().unwrap();
    assert_eq!(bot.store.live(&tenant, Kind::Decision).unwrap().len(), 1);
    assert_eq!(
        bot.fake.posts.lock().unwrap().len(),
        1,
        "the retried mention posted nothing"
    );
}

/// After a stop, nothing more is handled and nothing is reopened. (slack-morphism sends the
/// closing handshake only if its writer is idle when told to stop, so the test does not
/// insist on one; the process exiting closes the socket in any case.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_stop_no_envelope_is_handled_and_no_connection_reopened() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    assert_eq!(
        slash(&mut ws, "env-1", "T1", "U1", "units").await["envelope_id"],
        "env-1"
    );
    bot.stop.send(()).unwrap();
    tokio::time::timeout(WAIT, bot.run)
        .await
        .expect("the bot stopped")
        .unwrap()
        .unwrap();

    let mut late = fixture("socket_mode_slash_command.json");
    late["payload"]["team_id"] = "T1".into();
    late["payload"]["command"] = "/value".into();
    late["payload"]["text"] = "unit add Late".into();
    let _ = ws.send(Message::Text(late.to_string().into())).await;
    // The listener reads the envelope, sees it was stopped and lets the connection go; had it
    // handled the envelope, it would have done so before letting go.
    tokio::time::timeout(WAIT, async {
        loop {
            match ws.next().await {
                Some(Ok(Message::Text(t))) => panic!("answered after the stop: {t}"),
                Some(Ok(Message::Close(_))) | Some(Err(_)) | None => break,
                Some(Ok(_)) => continue,
            }
        }
    })
    .await
    .expect("the stopped bot let the connection go");
    let tenant: TenantId = "slack:T1".parse().unwrap();
    assert_eq!(bot.store.log_len(&tenant).unwrap(), 0, "nothing stored");
    assert_eq!(
        bot.fake.opens.lock().unwrap().len(),
        1,
        "no reconnection after the stop"
    );
    assert!(bot.conns.try_recv().is_err());
}
