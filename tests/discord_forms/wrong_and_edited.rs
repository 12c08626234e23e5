//! A wrong form explained to its author, a draft's **Edit** (one step and two), and the
//! invest form's pages.

use super::forms_kept::*;
use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_form_is_explained_to_its_author_alone_and_can_be_fixed() {
    let bot = started().await;
    setup_crm(&bot).await;
    let modal = bot
        .signed(&discord_fake::slash("600", "2001", "benefit", &[]))
        .await;
    let mut typed = examples("benefit");
    typed.insert("amount".into(), "lots".into());
    let wrong = bot
        .signed(&fill(&modal, "601", "2001", &typed, false))
        .await;
    assert_eq!(wrong["type"], 4, "{wrong}");
    assert_eq!(
        flags(&wrong) & EPHEMERAL,
        EPHEMERAL,
        "only its author sees it"
    );
    let field = &wrong["data"]["embeds"][0]["fields"][0];
    assert_eq!(field["name"], "Amount", "the field's label: {wrong}");
    assert!(field["value"].as_str().unwrap().contains("lots"), "{wrong}");
    assert!(bot.live(Kind::Benefit).is_empty(), "nothing stored");

    let (label, retry) = buttons(&wrong)[0].clone();
    assert_eq!(label, "Fix and submit again");
    let again = bot.signed(&press("602", "2001", &retry)).await;
    drawable(&again);
    let amount = inputs(&again)
        .into_iter()
        .find(|i| i["custom_id"] == "amount")
        .unwrap();
    assert_eq!(amount["value"], "lots", "reopened as typed: {again}");
    assert_eq!(inputs(&again)[0]["value"], "INV-1");

    typed.insert("amount".into(), "£35k".into());
    let fixed = bot.signed(&fill(&again, "603", "2001", &typed, true)).await;
    assert_eq!(flags(&fixed) & EPHEMERAL, 0, "{fixed}");
    assert_eq!(bot.live(Kind::Benefit).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_drafts_edit_button_opens_its_form_filled_in_and_submitting_logs_it() {
    let bot = started().await;
    setup_crm(&bot).await;
    let draft = bot
        .gateway(menu(
            "800",
            "2001",
            "Met Sales: they want the CRM live by March",
        ))
        .await;
    let (_, edit) = buttons(&draft)
        .into_iter()
        .find(|(label, _)| label == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {draft}"));
    let form = bot.gateway(press("801", "2001", &edit)).await;
    drawable(&form);
    assert!(
        form["data"]["custom_id"]
            .as_str()
            .unwrap()
            .starts_with("form:note:draft:"),
        "{form}"
    );
    let prefilled: BTreeMap<String, Value> = inputs(&form)
        .into_iter()
        .map(|i| {
            (
                i["custom_id"].as_str().unwrap().to_string(),
                i["value"].clone(),
            )
        })
        .collect();
    assert_eq!(prefilled["unit"], "Sales", "{form}");
    assert!(
        prefilled["text"]
            .as_str()
            .unwrap()
            .contains("CRM live by March"),
        "{form}"
    );
    assert!(bot.live(Kind::Note).is_empty());

    let typed = BTreeMap::from([("tags".to_string(), "crm".to_string())]);
    let done = bot.gateway(fill(&form, "802", "2001", &typed, true)).await;
    assert_eq!(
        done["type"], 7,
        "the record takes the draft card's place (UPDATE_MESSAGE): {done}"
    );
    assert!(text(&done).contains("NOTE-1"), "{done}");
    assert!(
        buttons(&done).is_empty(),
        "no Confirm or Edit left on it: {done}"
    );
    let notes = bot.live(Kind::Note);
    assert_eq!(notes.len(), 1, "{done}");
    assert!(notes[0].to_string().contains("crm"), "{}", notes[0]);
}

/// `text` said to the bot in the channel: the draft card it posts there for everyone, as
/// Discord hands that message back with a button pressed on it.
async fn public_card(bot: &Bot, id: &str, user: &str, text: &str) -> (Value, Value) {
    let mut said = discord_fake::message(
        id,
        CHANNEL,
        user,
        &format!("<@{}> {text}", discord_fake::BOT_USER),
    );
    said["guild_id"] = json!(GUILD);
    said["mentions"] = json!([{"id": discord_fake::BOT_USER, "username": "testbot",
                               "discriminator": "0", "avatar": null, "bot": true}]);
    bot.fake.dispatch("MESSAGE_CREATE", said);
    let path = format!("/channels/{CHANNEL}/messages");
    bot.fake
        .wait_for("the draft card", |f| !f.calls_to("POST", &path).is_empty())
        .await;
    let posted = bot.fake.calls_to("POST", &path)[0].body.clone();
    let card = bot.fake.sent.lock().unwrap()[0].clone();
    (posted, card)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_public_drafts_edit_in_two_steps_shows_the_step_to_its_editor_alone_and_then_turns_the_card_into_the_record(
) {
    let bot = started().await;
    setup_crm(&bot).await;
    let (posted, card) = public_card(
        &bot,
        "810",
        "2001",
        "we approved £250k for the CRM replacement because churn is rising",
    )
    .await;
    let edit = posted["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["label"] == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {posted}"))["custom_id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut on_card = press("811", "2001", &edit);
    on_card["message"] = card.clone();
    let first = bot.gateway(on_card).await;
    drawable(&first);
    assert!(
        first["data"]["title"].as_str().unwrap().contains("(1/2)"),
        "a decision takes two steps: {first}"
    );
    let mut from_card = fill(&first, "812", "2001", &BTreeMap::new(), true);
    from_card["message"] = card.clone();
    let step = bot.gateway(from_card).await;
    assert_eq!(
        step["type"], 4,
        "a message of its own, not the card: {step}"
    );
    assert_eq!(
        flags(&step) & EPHEMERAL,
        EPHEMERAL,
        "only its editor sees the step: {step}"
    );
    assert!(text(&step).contains("Step 1 of 2"), "{step}");
    let labels: Vec<String> = buttons(&step).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, ["Continue to step 2"], "{step}");
    assert!(bot.live(Kind::Decision).is_empty());

    // The step as Discord hands it back with its button pressed: a message only its
    // editor sees.
    let mut step_message = discord_fake::message("901", CHANNEL, discord_fake::BOT_USER, "");
    step_message["flags"] = json!(EPHEMERAL);
    let mut on_step = press("813", "2001", &buttons(&step)[0].1);
    on_step["message"] = step_message.clone();
    let second = bot.gateway(on_step).await;
    drawable(&second);
    let mut from_step = fill(&second, "814", "2001", &BTreeMap::new(), true);
    from_step["message"] = step_message;
    let done = bot.gateway(from_step).await;
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(buttons(&done).is_empty(), "no Continue left: {done}");
    assert_eq!(bot.live(Kind::Decision).len(), 1);

    // In the channel, the card itself became the record.
    let card_path = format!(
        "/channels/{CHANNEL}/messages/{}",
        card["id"].as_str().unwrap()
    );
    bot.fake
        .wait_for("the card's edit", |f| {
            !f.calls_to("PATCH", &card_path).is_empty()
        })
        .await;
    let edits = bot.fake.calls_to("PATCH", &card_path);
    assert_eq!(edits.len(), 1, "{edits:?}");
    assert!(
        edits[0].body.to_string().contains("DEC-1"),
        "{:?}",
        edits[0]
    );
    assert_eq!(
        edits[0].body["components"],
        json!([]),
        "no Confirm or Edit left on the card: {:?}",
        edits[0]
    );
    // And the step was never shown to the channel: only as its editor's own message.
    for call in bot.fake.calls.lock().unwrap().iter() {
        if call.body.to_string().contains("Step 1 of") {
            assert!(
                call.path.ends_with("/callback")
                    && call.body["type"] == 4
                    && flags(&call.body) & EPHEMERAL == EPHEMERAL,
                "the channel saw the step: {call:?}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_only_its_editor_sees_becomes_the_step_and_then_the_record() {
    let bot = started().await;
    setup_crm(&bot).await;
    let draft = bot
        .gateway(menu(
            "820",
            "2001",
            "we approved £250k for the CRM replacement because churn is rising",
        ))
        .await;
    assert_eq!(flags(&draft) & EPHEMERAL, EPHEMERAL, "{draft}");
    // The draft as Discord hands it back with a button pressed: a message only its
    // editor sees.
    let mut card = discord_fake::message("902", CHANNEL, discord_fake::BOT_USER, "");
    card["flags"] = json!(EPHEMERAL);
    let (_, edit) = buttons(&draft)
        .into_iter()
        .find(|(label, _)| label == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {draft}"));
    let mut on_card = press("821", "2001", &edit);
    on_card["message"] = card.clone();
    let first = bot.gateway(on_card).await;
    assert!(first["data"]["title"].as_str().unwrap().contains("(1/2)"));
    let mut from_card = fill(&first, "822", "2001", &BTreeMap::new(), true);
    from_card["message"] = card.clone();
    let step = bot.gateway(from_card).await;
    assert_eq!(step["type"], 7, "the private card becomes the step: {step}");
    assert!(text(&step).contains("Step 1 of 2"), "{step}");

    let mut on_step = press("823", "2001", &buttons(&step)[0].1);
    on_step["message"] = card.clone();
    let second = bot.gateway(on_step).await;
    let mut from_step = fill(&second, "824", "2001", &BTreeMap::new(), true);
    from_step["message"] = card;
    let done = bot.gateway(from_step).await;
    assert_eq!(done["type"], 7, "the record takes the step's place: {done}");
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(buttons(&done).is_empty(), "{done}");
    assert_eq!(bot.live(Kind::Decision).len(), 1);
    assert!(
        bot.fake.calls_to("PATCH", "/channels/").is_empty(),
        "no channel message was edited"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_invest_form_comes_in_pages_and_is_stored_when_the_last_is_in() {
    let bot = started().await;
    setup_sales(&bot).await;
    let declared: Vec<String> = DECLARATIONS
        .find("invest")
        .unwrap()
        .fields
        .iter()
        .map(|f| f.name.to_string())
        .collect();
    assert!(declared.len() > 5, "invest needs more than one modal");
    let values = examples("invest");

    let first = bot
        .signed(&discord_fake::slash("700", "2001", "invest", &[]))
        .await;
    drawable(&first);
    assert_eq!(input_names(&first), declared[..5]);
    let between = bot
        .signed(&fill(&first, "701", "2001", &values, false))
        .await;
    assert!(
        bot.live(Kind::Investment).is_empty(),
        "nothing stored from a page on its own: {between}"
    );
    let (_, more) = buttons(&between)
        .into_iter()
        .find(|(label, _)| label.starts_with("Continue"))
        .unwrap_or_else(|| panic!("a Continue button: {between}"));

    // The next page opens over the gateway just as over HTTP.
    let second = bot.gateway(press("702", "2001", &more)).await;
    drawable(&second);
    assert_eq!(input_names(&second), declared[5..]);
    matches_kept("invest-page-2", &second);
    let done = bot
        .signed(&fill(&second, "703", "2001", &values, true))
        .await;
    assert_eq!(flags(&done) & EPHEMERAL, 0, "announced: {done}");
    assert!(text(&done).contains("INV-1"), "{done}");
    assert_eq!(
        bot.live(Kind::Investment),
        typed_stores("invest", Kind::Investment, &values, false).await
    );
}
