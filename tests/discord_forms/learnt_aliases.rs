//! A draft's **Edit** on Discord learns another name: the decision form of a guessed short
//! form comes in two steps, the second carrying "Also remember as another name" filled in
//! with the words said; submitted with another investment, both are stored.

use super::forms_kept::*;
use super::*;

async fn setup_finance(bot: &Bot) {
    let investments = [
        ("Billing platform upgrade", "£60k", "£40k", "grow"),
        ("Payment portal", "£60k", "£40k", "grow"),
    ];
    register(bot, "Finance", &investments).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guess_corrected_on_the_edit_form_keeps_the_words_said_as_the_other_investments_name() {
    let bot = started().await;
    setup_finance(&bot).await;
    let said = "Billing upgrade approved at £20k";
    let (draft, first, card) = edit_on_the_draft_of(&bot, said, ["840", "841", "903"]).await;
    assert!(
        text(&draft).contains("to mean Billing platform upgrade"),
        "{draft}"
    );
    let step = bot
        .submit_on(&card, &first, "842", &[("investment", "INV-2")])
        .await;
    assert!(text(&step).contains("Step 1 of 2"), "{step}");

    let second = bot.next_step(&card, &step, "843").await;
    assert_eq!(input_names(&second), ["by", "on", "remember"], "{second}");
    let remember = &inputs(&second)[2];
    assert_eq!(remember["value"], "Billing upgrade", "{second}");
    assert_eq!(
        remember["label"], "Also remember as another name",
        "{second}"
    );
    let done = bot.submit_on(&card, &second, "844", &[]).await;
    assert!(text(&done).contains("DEC-1"), "{done}");
    assert!(
        text(&done).contains(
            "Remembered \\\"Billing upgrade\\\" as another name for Payment portal (INV-2)"
        ),
        "{done}"
    );
    bot.assert_one_decision_on("INV-2");
    let portal = bot
        .live(Kind::Investment)
        .into_iter()
        .find(|i| i.to_string().contains("Payment portal"))
        .unwrap();
    assert!(portal.to_string().contains("Billing upgrade"), "{portal}");
}
