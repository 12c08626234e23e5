//! A draft's **Edit** on Slack learns another name: the form of a name nothing registered
//! holds carries "Also remember as another name" filled in with it; submitted with a
//! registered investment picked, the record and the alias are stored together.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_name_corrected_on_the_edit_form_is_kept_as_the_investments_other_name() {
    let bot = start_bot().await;
    bot.with_field_service_platform().await;
    let view = bot.edit_form_of("Zentrix saved £5k in October").await;
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
    let update = bot.submit_closing(&view, &[("investment", "INV-1")]).await;
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
