//! A new investment's draft **Edit**ed on Slack with a registered investment's name: the
//! `view_submission` logs the draft's decision on that investment (no second one), and a
//! draft with no decision gets the reason on the name input, storing nothing.

use super::*;

use crate::support::forms::SERVICETITAN_DECIDED as SERVICETITAN;

const NEW_ONES: [(&str, &str); 3] = [("benefit", "10000"), ("years", "3"), ("category", "run")];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registered_name_on_the_invest_form_logs_the_decision_on_it() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let view = bot.edit_form_of(SERVICETITAN).await;
    assert_eq!(view["callback_id"], "valuebridge_form:invest", "{view}");
    let mut typed = vec![
        ("name", "Field service platform"),
        ("aliases", "ServiceTitan"),
    ];
    typed.extend(NEW_ONES);
    let update = bot.submit_closing(&view, &typed).await;
    let said: Vec<&str> = update["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|b| b["text"]["text"].as_str())
        .collect();
    let said = said.join("\n");
    assert!(said.contains("DEC-1"), "{update}");
    assert!(
        said.contains("Field service platform is registered already (INV-1), so this draft's decision is logged on it"),
        "{update}"
    );
    assert!(said.contains("Remembered \"ServiceTitan\""), "{update}");
    let investments = bot.store.live(&bot.tenant(), Kind::Investment).unwrap();
    assert_eq!(investments.len(), 1);
    match &investments[0].record {
        Record::Investment(i) => assert_eq!(i.aliases, ["ServiceTitan"]),
        other => panic!("{other:?}"),
    }
    let decisions = bot.store.live(&bot.tenant(), Kind::Decision).unwrap();
    match &decisions[..] {
        [d] => match &d.record {
            Record::Decision(d) => assert_eq!(d.investment.to_string(), "INV-1"),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_with_no_decision_says_why_on_the_name_input_and_stores_nothing() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let view = bot
        .edit_form_of(
            "would like a handheld scanner refresh for Ops, roughly £60k, should save £25k a year over 4 years",
        )
        .await;
    assert_eq!(view["callback_id"], "valuebridge_form:invest", "{view}");
    let mut typed = vec![("name", "INV-1")];
    typed.extend(NEW_ONES);
    let answer = bot.submit_refused(&view, &typed).await;
    let said = answer["errors"]["name"].as_str().unwrap_or_default();
    assert!(said.contains("says no decision"), "{answer}");
    assert!(
        said.contains("`edit investment Field service platform`"),
        "{answer}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registered_name_with_a_new_ones_inputs_left_empty_logs_the_decision() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let view = bot.edit_form_of(SERVICETITAN).await;
    // Only the name must be filled before Slack sends the form.
    let required: Vec<&str> = view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["optional"] == false)
        .map(|b| b["block_id"].as_str().unwrap())
        .collect();
    assert_eq!(required, ["name"], "{view}");
    let typed = [
        ("name", "Field service platform"),
        ("unit", ""),
        ("benefit", ""),
        ("years", ""),
        ("category", ""),
    ];
    let update = bot.submit_closing(&view, &typed).await.to_string();
    assert!(update.contains("DEC-1"), "{update}");
    assert!(
        update.contains("`amend INV-1 aliases:ServiceTitan because also called that`"),
        "{update}"
    );
    assert_eq!(bot.count(Kind::Investment), 1);
    let decisions = bot.store.live(&bot.tenant(), Kind::Decision).unwrap();
    match &decisions[..] {
        [d] => match &d.record {
            Record::Decision(d) => {
                assert_eq!(d.investment.to_string(), "INV-1");
                assert_eq!(d.amount.map(|m| m.minor), Some(4_000_000));
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_name_with_an_input_left_empty_is_refused_on_it_and_stores_nothing() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let view = bot.edit_form_of(SERVICETITAN).await;
    let mut typed = vec![("name", "ServiceTitan renewal"), ("unit", "")];
    typed.extend(NEW_ONES);
    let answer = bot.submit_refused(&view, &typed).await;
    let said = answer["errors"]["unit"].as_str().unwrap_or_default();
    assert!(
        said.contains("Business unit is needed to register a new investment"),
        "{answer}"
    );
    assert!(answer["errors"].get("name").is_none(), "{answer}");
}
