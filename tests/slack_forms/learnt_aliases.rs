//! A draft's **Edit** on Slack learns another name: the form of a name nothing registered
//! holds carries "Also remember as another name" filled in with it; submitted with a
//! registered investment picked, the record and the alias are stored together.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_name_corrected_on_the_edit_form_is_kept_as_the_investments_other_name() {
    let bot = start_bot().await;
    bot.ok("unit add Ops").await;
    bot.ok("invest \"Field service platform\" unit:Ops cost:£40k benefit:£60k/yr years:3 category:run start:2026-01-01").await;
    let mention = std::fs::read_to_string(format!("{FIXTURES}/slack/app_mention.json"))
        .unwrap()
        .replace("T123ABC456", "T1")
        .replace("U123ABC456", "U1")
        .replace("C123ABC456", "C1")
        .replace(
            "What is the hour of the pearl, <@U0LAN0Z89>?",
            "<@U0LAN0Z89> Zentrix saved £5k in October",
        );
    assert_eq!(
        bot.signed("/slack/events", "application/json", &mention)
            .await
            .0,
        200
    );
    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let card = bot.fake.posts.lock().unwrap()[0].clone();
    let edit = card["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["type"] == "actions")
        .flat_map(|b| b["elements"].as_array().unwrap())
        .map(|e| e["value"].as_str().unwrap().to_string())
        .find(|v| v.starts_with("edit draft "))
        .unwrap_or_else(|| panic!("an Edit button: {card}"));
    let mut press = fixture("block_actions.json");
    press["team"]["id"] = json!("T1");
    press["user"]["id"] = json!("U1");
    press["container"] = json!({"type": "message", "message_ts": "1700000000.000100", "channel_id": "C1", "is_ephemeral": false});
    press["channel"]["id"] = json!("C1");
    press["response_url"] = json!(format!("http://{}/respond", bot.fake_addr));
    press["trigger_id"] = json!("7.7.edit");
    press["actions"][0]["value"] = json!(edit);
    assert_eq!(bot.interact(&press).await.0, 200);
    bot.wait_for(|f| !f.opened.lock().unwrap().is_empty()).await;
    let view = bot.fake.opened.lock().unwrap()[0]["view"].clone();
    let remember = element(&view, "remember");
    assert_eq!(remember["initial_value"], "Zentrix", "{view}");
    let label = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["block_id"] == "remember")
        .unwrap()["label"]["text"]
        .clone();
    assert_eq!(label, "Also remember as another name");

    // The investment picked from the type-ahead (its id), the name left as filled in.
    let (status, body) = bot
        .interact(&submission(&view, &[("investment", "INV-1")]))
        .await;
    assert_eq!((status, body.as_str()), (200, ""), "the modal closes");
    bot.wait_for(|f| !f.updates.lock().unwrap().is_empty())
        .await;
    let update = bot.fake.updates.lock().unwrap()[0].clone();
    assert!(
        update["text"]
            .as_str()
            .unwrap()
            .contains("Logged benefit BEN-1"),
        "{update}"
    );
    let said: Vec<&str> = update["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["text"]["text"].as_str())
        .collect();
    assert!(
        said.contains(&"Remembered \"Zentrix\" as another name for Field service platform (INV-1): plain words and commands now know it by that name."),
        "{update}"
    );
    assert_eq!(
        bot.store.live(&bot.tenant(), Kind::Benefit).unwrap().len(),
        1
    );
    let investments = bot.store.live(&bot.tenant(), Kind::Investment).unwrap();
    match &investments[0].record {
        Record::Investment(i) => assert_eq!(i.aliases, ["Zentrix"]),
        other => panic!("{other:?}"),
    }
}
