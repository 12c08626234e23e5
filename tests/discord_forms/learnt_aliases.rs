//! A draft's **Edit** on Discord learns another name: the decision form of a guessed short
//! form comes in two steps, the second carrying "Also remember as another name" filled in
//! with the words said; submitted with another investment, both are stored.

use super::forms_kept::*;
use super::*;

async fn setup_finance(bot: &Bot) {
    let unit = bot
        .signed(&discord_fake::slash(
            "100",
            "2001",
            "unit",
            &[("name", "Finance")],
        ))
        .await;
    assert!(text(&unit).contains("UNIT-1"), "{unit}");
    for (id, name, n) in [
        ("101", "Billing platform upgrade", "INV-1"),
        ("102", "Payment portal", "INV-2"),
    ] {
        let invest = bot
            .signed(&discord_fake::slash(
                id,
                "2001",
                "invest",
                &[
                    ("name", name),
                    ("unit", "Finance"),
                    ("cost", "£60k"),
                    ("benefit", "£40k"),
                    ("years", "3"),
                    ("category", "grow"),
                ],
            ))
            .await;
        assert!(text(&invest).contains(n), "{invest}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guess_corrected_on_the_edit_form_keeps_the_words_said_as_the_other_investments_name() {
    let bot = started().await;
    setup_finance(&bot).await;
    let draft = bot
        .gateway(menu("840", "2001", "Billing upgrade approved at £20k"))
        .await;
    assert!(
        text(&draft).contains("to mean Billing platform upgrade"),
        "{draft}"
    );
    let mut card = discord_fake::message("903", CHANNEL, discord_fake::BOT_USER, "");
    card["flags"] = json!(EPHEMERAL);
    let (_, edit) = buttons(&draft)
        .into_iter()
        .find(|(label, _)| label == "Edit")
        .unwrap_or_else(|| panic!("an Edit button: {draft}"));
    let mut on_card = press("841", "2001", &edit);
    on_card["message"] = card.clone();
    let first = bot.gateway(on_card).await;
    drawable(&first);
    assert!(
        first["data"]["title"].as_str().unwrap().contains("(1/2)"),
        "{first}"
    );
    let typed = BTreeMap::from([("investment".to_string(), "INV-2".to_string())]);
    let mut from_card = fill(&first, "842", "2001", &typed, true);
    from_card["message"] = card.clone();
    let step = bot.gateway(from_card).await;
    assert!(text(&step).contains("Step 1 of 2"), "{step}");

    let mut on_step = press("843", "2001", &buttons(&step)[0].1);
    on_step["message"] = card.clone();
    let second = bot.gateway(on_step).await;
    drawable(&second);
    assert_eq!(input_names(&second), ["by", "on", "remember"], "{second}");
    let remember = &inputs(&second)[2];
    assert_eq!(remember["value"], "Billing upgrade", "{second}");
    assert_eq!(
        remember["label"], "Also remember as another name",
        "{second}"
    );
    let mut from_step = fill(&second, "844", "2001", &BTreeMap::new(), true);
    from_step["message"] = card;
    let done = bot.gateway(from_step).await;
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(
        text(&done).contains(
            "Remembered \\\"Billing upgrade\\\" as another name for Payment portal (INV-2)"
        ),
        "{done}"
    );
    let decisions = bot.live(Kind::Decision);
    assert_eq!(decisions.len(), 1);
    assert!(
        decisions[0].to_string().contains("INV-2"),
        "{}",
        decisions[0]
    );
    let portal = bot
        .live(Kind::Investment)
        .into_iter()
        .find(|i| i.to_string().contains("Payment portal"))
        .unwrap();
    assert!(portal.to_string().contains("Billing upgrade"), "{portal}");
}
