//! Form submissions: what they store and announce, errors on their fields, amounts, type-ahead
//! and a draft's **Edit**.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_valid_submission_stores_what_the_typed_command_would_and_announces_it() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    let view = bot.open("invest").await;
    let typed = [
        ("name", "CRM replacement"),
        ("unit", "Sales"),
        ("cost", "250000"),
        ("run", "20000"),
        ("benefit", "400000"),
        ("years", "3"),
        ("start", "2027-01-01"),
        ("category", "transform"),
    ];
    for id in block_ids(&view) {
        assert!(
            typed.iter().any(|(k, _)| *k == id)
                || element(&view, &id).get("initial_option").is_some()
                || !view["blocks"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|b| b["block_id"] == id.as_str() && b["optional"] == false),
            "a required field {id} this test does not fill"
        );
    }
    let (status, body) = bot.interact(&submission(&view, &typed)).await;
    assert_eq!((status, body.as_str()), (200, ""), "the modal closes");
    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let post = bot.fake.posts.lock().unwrap()[0].clone();
    assert_eq!(post["channel"], "C1");
    assert!(post["text"].as_str().unwrap().contains("INV-1"), "{post}");
    // The same line typed in another workspace stores the same investment.
    let twin = support::Bot::new();
    twin.ok("unit add Sales").await;
    let line = typed
        .iter()
        .skip(1)
        .filter(|(k, _)| block_ids(&view).iter().any(|id| id == k))
        .map(|(k, v)| format!("{k}:{v}"))
        .collect::<Vec<_>>()
        .join(" ");
    twin.ok(&format!("invest \"CRM replacement\" {line}")).await;
    let from_form = bot.store.live(&bot.tenant(), Kind::Investment).unwrap();
    let from_line = twin
        .store
        .live(&TenantId::local(), Kind::Investment)
        .unwrap();
    let (Record::Investment(a), Record::Investment(b)) =
        (&from_form[0].record, &from_line[0].record)
    else {
        panic!("{from_form:?} {from_line:?}")
    };
    assert_eq!(
        (
            &a.name,
            a.cost,
            a.run_cost,
            a.annual_benefit,
            a.years,
            a.start,
            a.category
        ),
        (
            &b.name,
            b.cost,
            b.run_cost,
            b.annual_benefit,
            b.years,
            b.start,
            b.category
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_submission_shows_the_error_on_its_field_and_stores_nothing() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    let view = bot.open("invest").await;
    let before = bot.store.log_len(&bot.tenant()).unwrap();
    let (status, body) = bot
        .interact(&submission(
            &view,
            &[
                ("name", "CRM replacement"),
                ("unit", "Sales"),
                // Slack's number input lets this through; pence have two places.
                ("cost", "250000.001"),
                ("benefit", "400000"),
                ("years", "3"),
                ("start", "2027-01-01"),
                ("category", "transform"),
            ],
        ))
        .await;
    assert_eq!(status, 200, "{body}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["response_action"], "errors", "{answer}");
    let errors = answer["errors"].as_object().unwrap();
    assert_eq!(
        errors.keys().collect::<Vec<_>>(),
        ["cost"],
        "on the amount's own input: {answer}"
    );
    let said = errors["cost"].as_str().unwrap();
    assert!(
        said.contains("250000.001 GBP") && said.contains("decimal places"),
        "{answer}"
    );
    assert_eq!(bot.store.log_len(&bot.tenant()).unwrap(), before);
    assert!(bot.fake.posts.lock().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_amount_is_a_number_beside_a_currency_and_is_stored_in_minor_units() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    let view = bot.open("invest").await;
    for field in ["cost", "benefit", "run"] {
        let number = element(&view, field);
        assert_eq!(
            (
                number["type"].as_str(),
                number["is_decimal_allowed"].as_bool(),
                number["min_value"].as_str()
            ),
            (Some("number_input"), Some(true), Some("0")),
            "{field}: {number}"
        );
        let ids = block_ids(&view);
        let at = ids.iter().position(|id| id == field).unwrap();
        let currency_block = format!("{field}__currency");
        assert_eq!(
            ids[at + 1],
            currency_block,
            "the currency sits under its amount"
        );
        let currency = element(&view, &currency_block);
        assert_eq!(currency["type"], "static_select");
        assert_eq!(
            currency["initial_option"]["value"], "GBP",
            "the default first"
        );
        assert_eq!(currency["options"][0]["value"], "GBP");
        assert!(
            currency["options"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["value"] == "USD"),
            "{currency}"
        );
    }
    assert!(view["blocks"].as_array().unwrap().len() <= 100);

    // As Slack sends it: `{"type": "number_input", "value": "250000"}` and the option chosen.
    let p = submission(
        &view,
        &[
            ("name", "CRM replacement"),
            ("unit", "Sales"),
            ("cost", "250000"),
            ("cost__currency", "USD"),
            ("benefit", "400000.50"),
            ("benefit__currency", "USD"),
            ("years", "3"),
            ("category", "transform"),
        ],
    );
    let state = &p["view"]["state"]["values"];
    assert_eq!(
        state["cost"]["cost"],
        json!({"type": "number_input", "value": "250000"})
    );
    assert_eq!(
        state["cost__currency"]["cost__currency"]["selected_option"]["value"],
        "USD"
    );
    let (status, body) = bot.interact(&p).await;
    assert_eq!((status, body.as_str()), (200, ""), "the modal closes");
    bot.wait_for(|f| !f.posts.lock().unwrap().is_empty()).await;
    let stored = bot.store.live(&bot.tenant(), Kind::Investment).unwrap();
    let Record::Investment(i) = &stored[0].record else {
        panic!("{stored:?}")
    };
    let usd = valuebridge::money::Currency::USD;
    assert_eq!((i.cost.minor, i.cost.currency), (25_000_000, usd));
    assert_eq!(
        (i.annual_benefit.minor, i.annual_benefit.currency),
        (40_000_050, usd),
        "a yearly amount"
    );
    assert_eq!(i.run_cost.minor, 0, "left empty");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edited_drafts_amount_starts_as_its_number_in_its_own_currency() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let view = bot
        .edit_on_the_draft_of("we approved €240k for the CRM replacement because churn")
        .await["view"]
        .clone();
    let amount = element(&view, "amount");
    assert_eq!(
        (amount["type"].as_str(), amount["initial_value"].as_str()),
        (Some("number_input"), Some("240000")),
        "{amount}"
    );
    assert_eq!(
        element(&view, "amount__currency")["initial_option"]["value"],
        "EUR",
        "the draft's currency, not the default"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn type_ahead_offers_the_workspaces_units_and_investments() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    bot.ok("unit add \"Finance & Risk\" alias fin").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let view = bot.open("decide").await;
    let investment = block_ids(&view)
        .into_iter()
        .find(|id| element(&view, id)["type"] == "external_select")
        .expect("a lookup field");
    let mut p = fixture("block_suggestion.json");
    p["team"] = json!({"id": "T1", "domain": "acme"});
    p["user"] = json!({"id": "U1", "username": "alice", "name": "alice", "team_id": "T1"});
    p["block_id"] = json!(investment);
    p["action_id"] = element(&view, &investment)["action_id"].clone();
    p["value"] = json!("crm");
    p["view"]["blocks"] = view["blocks"].clone();
    p["view"]["private_metadata"] = view["private_metadata"].clone();
    p["view"]["callback_id"] = view["callback_id"].clone();
    let body = serde_urlencoded::to_string([("payload", p.to_string())]).unwrap();
    let (status, answer) = bot
        .signed("/slack/options", "application/x-www-form-urlencoded", &body)
        .await;
    assert_eq!(status, 200, "{answer}");
    let answer: Value = serde_json::from_str(&answer).unwrap();
    let options = answer["options"].as_array().unwrap();
    assert!(
        options
            .iter()
            .any(|o| o["value"] == "INV-1" && o["text"]["text"].as_str().unwrap().contains("CRM")),
        "{answer}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edit_on_a_draft_card_opens_the_form_filled_in_and_its_record_replaces_the_card() {
    let bot = start_bot().await;
    bot.ok("unit add Sales").await;
    bot.ok("invest \"CRM replacement\" unit:Sales cost:£250k benefit:£400k/yr years:3 category:transform start:2026-01-01").await;
    let opened = bot
        .edit_on_the_draft_of("we approved £250k for the CRM replacement because churn")
        .await;
    assert_eq!(opened["trigger_id"], "7.7.edit");
    let view = &opened["view"];
    let text = view.to_string();
    assert!(text.contains("250"), "the amount is filled in: {text}");
    assert!(text.contains("churn"), "the rationale is filled in: {text}");

    // Submitted as filled in: the decision is logged once and takes the card's place.
    let filled: Vec<(String, String)> = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| {
            let e = &b["element"];
            let v = e["initial_value"]
                .as_str()
                .or(e["initial_date"].as_str())
                .or(e["initial_option"]["value"].as_str())?;
            Some((b["block_id"].as_str().unwrap().to_string(), v.to_string()))
        })
        .collect();
    let filled: Vec<(&str, &str)> = filled
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let update = bot.submit_closing(view, &filled).await;
    assert_eq!(
        (update["channel"].as_str(), update["ts"].as_str()),
        (Some("C1"), Some("1700000000.000100"))
    );
    assert!(
        update["text"]
            .as_str()
            .unwrap()
            .contains("Logged decision DEC-1"),
        "{update}"
    );
    let decisions = bot.store.live(&bot.tenant(), Kind::Decision).unwrap();
    assert_eq!(decisions.len(), 1);
    assert_eq!(
        bot.fake.posts.lock().unwrap().len(),
        1,
        "only the card was posted"
    );
}
