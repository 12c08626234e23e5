//! A submitted modal the bot refuses: errors listed for the person with a button that
//! reopens the modal as typed, a problem with the whole form said in words.

use super::*;

#[tokio::test]
async fn errors_are_listed_for_the_person_with_a_button_that_reopens_the_modal_as_typed() {
    let a = adapter();
    a.replies(Reply::open_form(benefit_form(), "Fill in the form."));
    a.answer(slash("4", "benefit")).await;
    a.submits_to(FormOutcome::Invalid {
        errors: BTreeMap::from([(
            "amount".to_string(),
            "`lots` is not an amount; write it like £35k".to_string(),
        )]),
    });
    let answer = a
        .answer(submit(
            "5",
            "form:benefit:",
            &[("investment", "INV-1"), ("amount", "lots")],
        ))
        .await;
    assert_eq!(answer["type"], 4, "{answer}");
    assert_eq!(flags(&answer) & EPHEMERAL, EPHEMERAL, "only for the person");
    let field = &answer["data"]["embeds"][0]["fields"][0];
    assert_eq!(field["name"], "Amount", "the field's label: {answer}");
    assert!(field["value"].as_str().unwrap().contains("not an amount"));
    let button = &answer["data"]["components"][0]["components"][0];
    assert_eq!(button["custom_id"], "form-retry:5", "{answer}");

    let invocations = a.bot.invocations.lock().unwrap().len();
    let again = a.answer(press("6", "form-retry:5")).await;
    assert_eq!(again["type"], 9, "{again}");
    assert_eq!(again["data"]["custom_id"], "form:benefit:");
    let values: Vec<Value> = inputs(&again).iter().map(|i| i["value"].clone()).collect();
    assert_eq!(values, [json!("INV-1"), json!("lots"), Value::Null]);
    assert_eq!(
        a.bot.invocations.lock().unwrap().len(),
        invocations,
        "reopening is the adapter's own; the bot is not asked"
    );
}

#[tokio::test]
async fn a_problem_with_the_whole_form_is_said_in_words_not_as_a_field() {
    let a = adapter();
    a.submits_to(FormOutcome::Invalid {
        errors: BTreeMap::from([(
            FormOutcome::GENERAL.to_string(),
            "This form belongs to no draft.".to_string(),
        )]),
    });
    let answer = a.answer(submit("16", "form:benefit:draft:x", &[])).await;
    assert_eq!(flags(&answer) & EPHEMERAL, EPHEMERAL);
    // What went wrong is the message's text (a push says it), what to do under it.
    assert_eq!(
        answer["data"]["content"].as_str(),
        Some("This form belongs to no draft."),
        "{answer}"
    );
    assert!(!text(&answer).contains(FormOutcome::GENERAL), "{answer}");
}

#[tokio::test]
async fn a_retry_button_for_a_form_no_longer_kept_says_to_run_the_command_again() {
    let a = adapter();
    let answer = a.answer(press("7", "form-retry:123")).await;
    assert_eq!(answer["type"], 4);
    assert_eq!(flags(&answer) & EPHEMERAL, EPHEMERAL);
    assert!(text(&answer).contains("Run the command again"), "{answer}");
    assert!(a.bot.invocations.lock().unwrap().is_empty());
}

#[tokio::test]
async fn errors_on_a_form_this_process_did_not_open_still_list_each_field() {
    let a = adapter();
    a.submits_to(FormOutcome::Invalid {
        errors: BTreeMap::from([("amount".to_string(), "needs an amount".to_string())]),
    });
    let answer = a.answer(submit("8", "form:benefit:", &[])).await;
    assert_eq!(flags(&answer) & EPHEMERAL, EPHEMERAL);
    assert!(text(&answer).contains("needs an amount"), "{answer}");
    assert!(text(&answer).contains("Run the command again"), "{answer}");
    assert!(answer["data"]["components"].as_array().unwrap().is_empty());
}
