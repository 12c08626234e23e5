//! A new investment's draft **Edit**ed on Discord with a registered investment's name: the
//! `invest` form's two steps submitted, the draft's decision is logged on that investment (no
//! second one) with the other name given on step 2; a draft with no decision is told why on
//! step 1 and nothing is stored.

use super::forms_kept::*;
use super::*;

use crate::support::forms::SERVICETITAN_DECIDED as SERVICETITAN;

/// The draft of `said`, its Edit pressed and step 1 submitted with `name`: the answer to
/// step 1, and the card the draft was on.
async fn step_one(bot: &Bot, said: &str, name: &str) -> (Value, Value) {
    step_one_typed(bot, said, &[("name", name)]).await.0
}

/// The same with `typed` into step 1: the answer, the card, and step 1's modal.
async fn step_one_typed(bot: &Bot, said: &str, typed: &[(&str, &str)]) -> ((Value, Value), Value) {
    let (_, first, card) = edit_on_the_draft_of(bot, said, ["850", "851", "904"]).await;
    let step = bot.submit_on(&card, &first, "852", typed).await;
    ((step, card), first)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registered_name_on_the_two_step_invest_form_logs_the_decision_on_it() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let (step, card) = step_one(&bot, SERVICETITAN, "Field service platform").await;
    assert!(text(&step).contains("Step 1 of 2"), "{step}");
    let second = bot.next_step(&card, &step, "853").await;
    let typed = [("category", "run"), ("aliases", "ServiceTitan")];
    let done = bot.submit_on(&card, &second, "854", &typed).await;
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(
        text(&done).contains("Field service platform is registered already (INV-1)"),
        "{done}"
    );
    assert!(
        text(&done).contains("Remembered \\\"ServiceTitan\\\" as another name"),
        "{done}"
    );
    let investments = bot.live(Kind::Investment);
    assert_eq!(investments.len(), 1, "{investments:?}");
    assert!(investments[0].to_string().contains("ServiceTitan"));
    bot.assert_one_decision_on("INV-1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_with_no_decision_given_a_registered_name_is_told_why_and_stores_nothing() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let (step, _) = step_one(
        &bot,
        "would like a handheld scanner refresh for Ops, roughly £60k, should save £25k a year over 4 years",
        "INV-1",
    )
    .await;
    // Told on step 1, where the name is, not after step 2.
    assert!(!text(&step).contains("Step 1 of 2"), "{step}");
    assert!(text(&step).contains("says no decision"), "{step}");
    assert!(
        text(&step).contains("`edit investment Field service platform`"),
        "{step}"
    );
    assert_eq!(bot.live(Kind::Investment).len(), 1);
    assert!(bot.live(Kind::Decision).is_empty());
}

/// Which inputs of a modal must be filled before Discord sends it.
fn required(modal: &Value) -> Vec<String> {
    inputs(modal)
        .iter()
        .filter(|i| i["required"] == true)
        .map(|i| i["custom_id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_registered_name_with_a_new_ones_inputs_left_empty_logs_the_decision() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let ((step, card), first) = step_one_typed(
        &bot,
        SERVICETITAN,
        &[
            ("name", "Field service platform"),
            ("unit", ""),
            ("benefit", ""),
            ("years", ""),
        ],
    )
    .await;
    assert_eq!(required(&first), ["name"], "{first}");
    assert!(text(&step).contains("Step 1 of 2"), "{step}");
    let second = bot.next_step(&card, &step, "853").await;
    assert!(required(&second).is_empty(), "{second}");
    let done = bot
        .submit_on(&card, &second, "854", &[("category", "")])
        .await;
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(
        text(&done).contains("`amend INV-1 aliases:ServiceTitan because also called that`"),
        "{done}"
    );
    assert_eq!(bot.live(Kind::Investment).len(), 1);
    bot.assert_one_decision_on("INV-1");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_name_with_a_step_one_input_left_empty_is_refused_there_and_stores_nothing() {
    let bot = started().await;
    with_field_service_platform(&bot).await;
    let ((step, _), _) = step_one_typed(
        &bot,
        SERVICETITAN,
        &[
            ("name", "ServiceTitan renewal"),
            ("unit", ""),
            ("benefit", "£10k"),
            ("years", "3"),
        ],
    )
    .await;
    assert!(!text(&step).contains("Step 1 of 2"), "{step}");
    assert!(
        text(&step).contains("Business unit is needed to register a new investment"),
        "{step}"
    );
    assert_eq!(bot.live(Kind::Investment).len(), 1);
    assert!(bot.live(Kind::Decision).is_empty());
}
