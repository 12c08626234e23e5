//! Forms over Socket Mode (errors and type-ahead in the acks) and org-wide envelopes that
//! name no workspace.

use super::*;

/// An `interactive` envelope carrying `payload`; returns the bot's ack.
async fn interactive(
    ws: &mut Ws,
    envelope_id: &str,
    payload: serde_json::Value,
) -> serde_json::Value {
    send(
        ws,
        serde_json::json!({"envelope_id": envelope_id, "type": "interactive", "accepts_response_payload": true, "payload": payload}),
    )
    .await;
    receive(ws).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_opens_from_a_bare_command_and_its_errors_and_type_ahead_ride_in_the_acks() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    let ack = slash(&mut ws, "env-unit", "T1", "U1", "unit add Sales").await;
    assert_eq!(ack["payload"]["response_type"], "in_channel", "{ack}");

    // A bare command: a bare ack (no message) and the modal opened with its trigger.
    let ack = slash(&mut ws, "env-form", "T1", "U1", "invest").await;
    assert_eq!(ack, serde_json::json!({"envelope_id": "env-form"}));
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let view = bot.fake.opened.lock().unwrap()[0]["view"].clone();
    assert_eq!(view["type"], "modal");

    // Type-ahead for the unit field: the options are the ack's payload.
    let unit = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["element"]["type"] == "external_select")
        .expect("a lookup field")
        .clone();
    let ack = interactive(
        &mut ws,
        "env-options",
        serde_json::json!({
            "type": "block_suggestion",
            "user": {"id": "U1", "username": "alice", "name": "alice", "team_id": "T1"},
            "container": {"type": "view", "view_id": "V1"},
            "api_app_id": "A1",
            "token": "x",
            "action_id": unit["element"]["action_id"],
            "block_id": unit["block_id"],
            "value": "sal",
            "team": {"id": "T1", "domain": "acme"},
            "view": {"id": "V1", "team_id": "T1", "type": "modal", "blocks": view["blocks"], "private_metadata": view["private_metadata"], "callback_id": view["callback_id"], "state": {"values": {}}, "hash": "1.a", "title": view["title"]},
        }),
    )
    .await;
    assert_eq!(ack["envelope_id"], "env-options", "{ack}");
    assert!(
        ack["payload"]["options"].as_array().is_some_and(|o| o
            .iter()
            .any(|o| o["text"]["text"].as_str().unwrap().contains("Sales"))),
        "{ack}"
    );

    // A submission with a cost the grammar cannot read: the errors are the ack's payload.
    let mut values = serde_json::Map::new();
    for block in view["blocks"].as_array().unwrap() {
        let (id, action) = (
            block["block_id"].as_str().unwrap(),
            block["element"]["action_id"].as_str().unwrap(),
        );
        let typed = [
            ("name", "CRM replacement"),
            ("unit", "Sales"),
            ("cost", "£2x"),
            ("benefit", "£400k/yr"),
            ("years", "3"),
            ("start", "2027-01-01"),
            ("category", "transform"),
        ]
        .into_iter()
        .find(|(k, _)| *k == id)
        .map(|(_, v)| v);
        let value = match (block["element"]["type"].as_str().unwrap(), typed) {
            ("datepicker", t) => serde_json::json!({"type": "datepicker", "selected_date": t}),
            (kind @ ("static_select" | "external_select"), Some(t)) => {
                serde_json::json!({"type": kind, "selected_option": {"text": {"type": "plain_text", "text": t}, "value": t}})
            }
            (kind, t) => serde_json::json!({"type": kind, "value": t}),
        };
        values.insert(id.to_string(), serde_json::json!({ action: value }));
    }
    let before = bot.store.log_len(&"slack:T1".parse().unwrap()).unwrap();
    let ack = interactive(
        &mut ws,
        "env-submit",
        serde_json::json!({
            "type": "view_submission",
            "team": {"id": "T1", "domain": "acme"},
            "user": {"id": "U1", "username": "alice", "name": "alice", "team_id": "T1"},
            "api_app_id": "A1",
            "token": "x",
            "trigger_id": "5.5.5",
            "view": {"id": "V1", "team_id": "T1", "type": "modal", "blocks": view["blocks"], "private_metadata": view["private_metadata"], "callback_id": view["callback_id"], "state": {"values": values}, "hash": "1.a", "title": view["title"], "submit": view["submit"], "close": view["close"]},
            "response_urls": [],
        }),
    )
    .await;
    assert_eq!(ack["envelope_id"], "env-submit", "{ack}");
    assert_eq!(ack["payload"]["response_action"], "errors", "{ack}");
    assert!(ack["payload"]["errors"]["cost"].as_str().is_some(), "{ack}");
    assert_eq!(
        bot.store.log_len(&"slack:T1".parse().unwrap()).unwrap(),
        before
    );
}

/// An `events_api` or `interactive` envelope carrying `payload`; returns the bot's ack.
async fn envelope(
    ws: &mut Ws,
    kind: &str,
    envelope_id: &str,
    payload: serde_json::Value,
) -> serde_json::Value {
    send(
        ws,
        serde_json::json!({"envelope_id": envelope_id, "type": kind,
                           "accepts_response_payload": false, "payload": payload}),
    )
    .await;
    receive(ws).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_wide_envelopes_naming_no_workspace_are_answered_as_over_http() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    let respond = format!("http://{}/respond", bot.fake.addr.lock().unwrap().unwrap());
    let units = |bot: &Bot, tenant: &str| {
        let tenant: TenantId = tenant.parse().unwrap();
        bot.store.live(&tenant, Kind::Unit).unwrap().len()
    };

    // A slash command with no workspace at all: the organisation's tenant.
    let mut frame = fixture("socket_mode_slash_command.json");
    frame["envelope_id"] = "env-org-command".into();
    let p = frame["payload"].as_object_mut().unwrap();
    p.remove("team_id");
    p.insert("enterprise_id".into(), "E111".into());
    p.insert("is_enterprise_install".into(), true.into());
    p.insert("command".into(), "/value".into());
    p.insert("text".into(), "unit add Sales".into());
    p.insert("channel_id".into(), "C123ABC456".into());
    p.insert("user_id".into(), "W111".into());
    p.insert("response_url".into(), respond.clone().into());
    send(&mut ws, frame).await;
    assert_eq!(receive(&mut ws).await["envelope_id"], "env-org-command");
    bot.wait_for(|f| {
        !f.posts.lock().unwrap().is_empty() || !f.responses.lock().unwrap().is_empty()
    })
    .await;
    let said = format!(
        "{:?} {:?}",
        bot.fake.posts.lock().unwrap(),
        bot.fake.responses.lock().unwrap()
    );
    assert!(said.contains("UNIT-1 Sales"), "{said}");
    assert_eq!(units(&bot, "slack:E111"), 1, "stored for the organisation");

    // A mention whose authorization names no workspace: the event's own workspace.
    let before = bot.fake.posts.lock().unwrap().len();
    let mut mention = fixture("enterprise/app_mention.json");
    mention["event"]["text"] = "<@W222> unit add Finance".into();
    let ack = envelope(&mut ws, "events_api", "env-org-mention", mention).await;
    assert_eq!(ack["envelope_id"], "env-org-mention");
    bot.wait_for(|f| f.posts.lock().unwrap().len() > before)
        .await;
    assert_eq!(units(&bot, "slack:T111"), 1);

    // A shortcut with `team: null`: the presser's workspace.
    let mut shortcut = fixture("enterprise/message_action.json");
    assert!(
        shortcut["team"].is_null(),
        "the fixture is an org-wide payload"
    );
    shortcut["callback_id"] = valuebridge_slack::SHORTCUT_CALLBACK.into();
    shortcut["message"]["text"] = "unit add Ops".into();
    shortcut["response_url"] = respond.into();
    let before = bot.fake.responses.lock().unwrap().len();
    let ack = envelope(&mut ws, "interactive", "env-org-shortcut", shortcut).await;
    assert_eq!(ack["envelope_id"], "env-org-shortcut");
    bot.wait_for(|f| f.responses.lock().unwrap().len() > before)
        .await;
    let answer = bot.fake.responses.lock().unwrap()[before].to_string();
    assert!(answer.contains("Ops"), "{answer}");
    assert!(
        !answer.contains("went wrong"),
        "answered, not apologised for: {answer}"
    );
}

/// A modal's `state.values` with `typed` in the fields it names (the rest left empty).
fn typed_values(view: &serde_json::Value, typed: &[(&str, &str)]) -> serde_json::Value {
    let mut values = serde_json::Map::new();
    for block in view["blocks"].as_array().unwrap() {
        let (id, action) = (
            block["block_id"].as_str().unwrap(),
            block["element"]["action_id"].as_str().unwrap(),
        );
        let t = typed.iter().find(|(k, _)| *k == id).map(|(_, v)| *v);
        let value = match (block["element"]["type"].as_str().unwrap(), t) {
            ("datepicker", t) => serde_json::json!({"type": "datepicker", "selected_date": t}),
            (kind @ ("static_select" | "external_select"), Some(t)) => {
                serde_json::json!({"type": kind, "selected_option": {"text": {"type": "plain_text", "text": t}, "value": t}})
            }
            (kind, t) => serde_json::json!({"type": kind, "value": t}),
        };
        values.insert(id.to_string(), serde_json::json!({ action: value }));
    }
    values.into()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn org_wide_form_errors_and_refusals_already_acked_reach_the_person_through_response_url() {
    let mut bot = start_bot().await;
    let mut ws = bot.connection().await;
    hello(&mut ws).await;
    let respond = format!("http://{}/respond", bot.fake.addr.lock().unwrap().unwrap());
    let ack = slash(&mut ws, "env-form", "T1", "U1", "invest").await;
    assert_eq!(ack, serde_json::json!({"envelope_id": "env-form"}));
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let view = bot.fake.opened.lock().unwrap()[0]["view"].clone();

    // Submitted from an org-wide install: `team` is null (the workspace rides in the view),
    // so slack-morphism cannot read it and acknowledges it before the bot sees it. The
    // errors the modal would have shown go to the person through the form's response_url.
    let values = typed_values(
        &view,
        &[
            ("name", "CRM replacement"),
            ("unit", "Sales"),
            ("cost", "£2x"),
            ("benefit", "£400k/yr"),
            ("years", "3"),
            ("category", "transform"),
        ],
    );
    let tenant: TenantId = "slack:T1".parse().unwrap();
    let ack = envelope(
        &mut ws,
        "interactive",
        "env-org-submit",
        serde_json::json!({
            "type": "view_submission",
            "team": null,
            "enterprise": {"id": "E111", "name": "Acme Org"},
            "is_enterprise_install": true,
            "user": {"id": "W111", "username": "alice", "name": "alice"},
            "api_app_id": "A1",
            "token": "x",
            "trigger_id": "6.6.6",
            "view": {"id": "V1", "team_id": "T1", "type": "modal", "blocks": view["blocks"], "private_metadata": view["private_metadata"], "callback_id": view["callback_id"], "state": {"values": values}, "hash": "1.a", "title": view["title"], "submit": view["submit"], "close": view["close"]},
            "response_urls": [{"block_id": "channel", "action_id": "channel", "channel_id": "C123ABC456", "response_url": respond}],
        }),
    )
    .await;
    assert_eq!(ack, serde_json::json!({"envelope_id": "env-org-submit"}));
    bot.wait_for(|f| !f.responses.lock().unwrap().is_empty())
        .await;
    let said = bot.fake.responses.lock().unwrap()[0].clone();
    // A response_url message is the person's alone unless it says otherwise.
    assert_ne!(said["response_type"], "in_channel", "{said}");
    let text = said.to_string();
    assert!(text.contains("The form was not logged"), "{said}");
    assert!(text.contains("cost"), "{said}");
    assert!(!text.contains("went wrong"), "{said}");
    assert_eq!(bot.store.log_len(&tenant).unwrap(), 0, "nothing stored");

    // An org-wide shortcut the bot refuses (its user id is not a Slack id): the person is
    // told so through its response_url, not left without an answer.
    let mut shortcut = fixture("enterprise/message_action.json");
    shortcut["callback_id"] = valuebridge_slack::SHORTCUT_CALLBACK.into();
    shortcut["message"]["text"] = "unit add Ops".into();
    shortcut["response_url"] = respond.into();
    shortcut["user"]["id"] = "not a slack id".into();
    let ack = envelope(&mut ws, "interactive", "env-org-refused", shortcut).await;
    assert_eq!(ack["envelope_id"], "env-org-refused");
    bot.wait_for(|f| f.responses.lock().unwrap().len() > 1)
        .await;
    let said = bot.fake.responses.lock().unwrap()[1].clone();
    assert_ne!(said["response_type"], "in_channel", "{said}");
    assert!(
        said.to_string().contains("This request was refused"),
        "{said}"
    );
}
