//! Discord's modals hold five inputs: a longer form opens at page 1, each page is kept
//! (across a restart) with a button for the next, and the last page logs the whole form.

mod support;

use support::forms::{actor, say, submit, INVEST_PAGE_1, INVEST_PAGE_2, TENANT};
use support::{fail_after, Bot};
use valuebridge::config::Config;
use valuebridge::ids::{Kind, TenantId};
use valuebridge_chat::{
    render_plain, Actor, Form, FormOutcome, Invocation, Reply, ReplyKind, Role,
};

fn records(bot: &Bot) -> Vec<String> {
    let tenant: TenantId = TENANT.parse().unwrap();
    Kind::ALL
        .iter()
        .flat_map(|k| bot.store.live(&tenant, *k).unwrap())
        .map(|s| format!("{s:?}"))
        .collect()
}

async fn seeded() -> Bot {
    let bot = Bot::new();
    let r = say(&bot, "unit add Sales").await;
    assert_eq!(r.kind, ReplyKind::Recorded);
    bot
}

fn done(outcome: FormOutcome) -> Reply {
    match outcome {
        FormOutcome::Done { reply } => reply,
        FormOutcome::Invalid { errors } => panic!("invalid: {errors:?}"),
    }
}

/// The button's action line under a reply.
fn button(reply: &Reply) -> String {
    reply
        .blocks
        .iter()
        .find_map(|b| match b {
            valuebridge_chat::Block::Buttons { buttons } => Some(buttons[0].action.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no button: {}", render_plain(reply)))
}

#[tokio::test]
async fn a_long_form_is_asked_in_pages_kept_across_a_restart() {
    let bot = seeded().await;
    let page1 = say(&bot, "invest").await.form.expect("a form");
    let names: Vec<&str> = page1.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["name", "unit", "cost", "benefit", "years"]);
    assert_eq!(page1.title, "Log an investment (1/2)");
    let before = records(&bot);

    let saved = done(
        bot.service
            .submit_form(&submit(&page1, INVEST_PAGE_1))
            .await,
    );
    let text = render_plain(&saved);
    assert!(text.contains("Step 1 of 2 saved (FORM-1)"), "{text}");
    assert_eq!(saved.visibility, valuebridge_chat::Visibility::Ephemeral);
    assert_eq!(button(&saved), "form page 2 FORM-1");
    assert_eq!(
        records(&bot),
        before,
        "nothing is logged before the last page"
    );

    // The bot restarts: a new service on the same store still has page 1.
    let bot = Bot::on_store(bot.store.clone(), Config::default());
    let page2 = say(&bot, "form page 2 FORM-1").await.form.expect("page 2");
    let names: Vec<&str> = page2.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["category", "run", "start", "sponsor", "aliases"]);
    assert_eq!(page2.context, "form:2:FORM-1");
    let logged = done(
        bot.service
            .submit_form(&submit(&page2, INVEST_PAGE_2))
            .await,
    );
    assert_eq!(
        logged.kind,
        ReplyKind::Recorded,
        "{}",
        render_plain(&logged)
    );

    let typed = seeded().await;
    let r = say(
        &typed,
        "invest \"Data platform\" unit:Sales cost:£1.2m benefit:£500k/yr years:4 category:grow start:2027-01-01",
    )
    .await;
    assert_eq!(logged, r, "the same reply as the typed command");
    assert_eq!(records(&bot), records(&typed), "the same records");

    let again = say(&bot, "form page 2 FORM-1").await;
    assert_eq!(again.kind, ReplyKind::UserError, "a finished form is gone");
}

#[tokio::test]
async fn a_page_is_checked_for_its_own_fields() {
    let bot = seeded().await;
    let page1 = say(&bot, "invest").await.form.unwrap();
    let mut values = INVEST_PAGE_1.to_vec();
    values[2] = ("cost", "lots");
    let outcome = bot.service.submit_form(&submit(&page1, &values)).await;
    let FormOutcome::Invalid { errors } = outcome else {
        panic!("not refused: {outcome:?}")
    };
    assert_eq!(errors.keys().collect::<Vec<_>>(), ["cost"]);
    let outcome = bot
        .service
        .submit_form(&submit(&page1, &[("name", "Data platform")]))
        .await;
    let FormOutcome::Invalid { errors } = outcome else {
        panic!("not refused: {outcome:?}")
    };
    assert_eq!(
        errors.keys().collect::<Vec<_>>(),
        ["benefit", "cost", "unit", "years"],
        "only this page's missing fields"
    );
}

#[tokio::test]
async fn an_earlier_pages_error_is_said_with_a_button_to_reopen_it_filled_in() {
    let bot = seeded().await;
    let page1 = say(&bot, "invest").await.form.unwrap();
    let mut values = INVEST_PAGE_1.to_vec();
    values[1] = ("unit", "Salse");
    let saved = done(bot.service.submit_form(&submit(&page1, &values)).await);
    let page2 = say(&bot, &button(&saved)).await.form.unwrap();
    let refused = done(
        bot.service
            .submit_form(&submit(&page2, INVEST_PAGE_2))
            .await,
    );
    assert_eq!(refused.kind, ReplyKind::UserError);
    let text = render_plain(&refused);
    assert!(
        text.contains("Business unit: There is no business unit called 'Salse'"),
        "{text}"
    );
    assert_eq!(button(&refused), "form page 1 FORM-1");
    assert!(records(&bot).len() == 1, "only the unit");

    let again = say(&bot, "form page 1 FORM-1").await.form.unwrap();
    let unit = again.fields.iter().find(|f| f.name == "unit").unwrap();
    assert_eq!(unit.initial.as_deref(), Some("Salse"), "filled in as typed");
    values[1] = ("unit", "Sales");
    let saved = done(bot.service.submit_form(&submit(&again, &values)).await);
    let page2 = say(&bot, &button(&saved)).await.form.unwrap();
    let category = page2.fields.iter().find(|f| f.name == "category").unwrap();
    assert_eq!(
        category.initial.as_deref(),
        Some("grow"),
        "page 2 keeps its answers"
    );
    let logged = done(
        bot.service
            .submit_form(&submit(&page2, INVEST_PAGE_2))
            .await,
    );
    assert_eq!(
        logged.kind,
        ReplyKind::Recorded,
        "{}",
        render_plain(&logged)
    );
}

#[tokio::test]
async fn another_persons_form_cannot_be_continued() {
    let bot = seeded().await;
    let page1 = say(&bot, "invest").await.form.unwrap();
    done(
        bot.service
            .submit_form(&submit(&page1, INVEST_PAGE_1))
            .await,
    );
    let other = bot
        .service
        .handle(&Invocation {
            tenant: TENANT.into(),
            channel: "C1".into(),
            actor: Actor {
                user_id: "99".into(),
                display_name: "bob".into(),
                role: None,
            },
            text: "form page 2 FORM-1".into(),
            is_command: false,
        })
        .await;
    assert_eq!(other.kind, ReplyKind::UserError);
    assert!(other.form.is_none());
}

#[tokio::test]
async fn short_forms_and_other_platforms_are_not_paged() {
    let bot = seeded().await;
    let benefit = say(&bot, "benefit").await.form.unwrap();
    assert_eq!(benefit.fields.len(), 4);
    assert_eq!(benefit.context, "");
    let slack = bot
        .say_as("slack:T1", "U1", Some(Role::Admin), "invest")
        .await
        .form
        .unwrap();
    assert_eq!(slack.fields.len(), 10);
    assert_eq!(slack.title, "Log an investment");
}

#[tokio::test]
async fn an_investment_drafts_edit_form_on_discord_is_paged_prefilled_and_logs_its_decision_too() {
    let bot = seeded().await;
    let message = |text: &str| Invocation {
        tenant: TENANT.into(),
        channel: "C1".into(),
        actor: actor(),
        text: text.into(),
        is_command: false,
    };
    let mut reply = bot
        .service
        .handle(&message(
            "we approved £250k for the CRM replacement in Sales, expecting about £400k a year over 3 years",
        ))
        .await;
    // Answer any question until the card comes.
    for answer in ["transform", "transform"] {
        if render_plain(&reply).contains("Draft 1") {
            break;
        }
        reply = bot.service.handle(&message(answer)).await;
    }
    let card = render_plain(&reply);
    assert!(
        card.contains("Draft 1") && card.contains("log the decision: approve"),
        "{card}"
    );

    let page1 = bot
        .service
        .handle(&message("edit draft 1"))
        .await
        .form
        .unwrap();
    assert_eq!(page1.context, "form:1|draft:1");
    let initial = |form: &Form, name: &str| {
        form.fields
            .iter()
            .find(|f| f.name == name)
            .and_then(|f| f.initial.clone())
    };
    assert_eq!(initial(&page1, "name").as_deref(), Some("CRM replacement"));
    assert_eq!(initial(&page1, "cost").as_deref(), Some("£250,000"));
    let values: Vec<(String, String)> = page1
        .fields
        .iter()
        .filter_map(|f| f.initial.clone().map(|v| (f.name.clone(), v)))
        .collect();
    let values: Vec<(&str, &str)> = values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let saved = done(bot.service.submit_form(&submit(&page1, &values)).await);
    let page2 = say(&bot, &button(&saved)).await.form.unwrap();
    assert_eq!(
        initial(&page2, "category").as_deref(),
        Some("transform"),
        "step 2 starts with the draft's values"
    );
    let logged = done(
        bot.service
            .submit_form(&submit(
                &page2,
                &[("category", "transform"), ("sponsor", "Priya")],
            ))
            .await,
    );
    let text = render_plain(&logged);
    assert!(
        text.contains("Logged investment INV-1 CRM replacement"),
        "{text}"
    );
    assert!(
        text.contains("approve"),
        "the draft's decision is logged with it: {text}"
    );
    let held = records(&bot);
    assert!(held.iter().any(|r| r.contains("Decision")), "{held:?}");
    assert!(held.iter().any(|r| r.contains("Priya")), "{held:?}");
    let yes = render_plain(&bot.service.handle(&message("yes")).await);
    assert!(!yes.contains("Logged"), "the draft is settled: {yes}");
}

/// Submits the last page of a kept form while writes fail after the first `allowed`: nothing
/// is logged and the person is told why; once writes work the form is still there to finish,
/// which logs the investment once, and then it is gone.
async fn last_page_failing_after(allowed: usize) {
    let bot = seeded().await;
    let page1 = say(&bot, "invest").await.form.expect("a form");
    done(
        bot.service
            .submit_form(&submit(&page1, INVEST_PAGE_1))
            .await,
    );
    let page2 = say(&bot, "form page 2 FORM-1").await.form.expect("page 2");
    let before = records(&bot);

    bot.store.set_write_fault(fail_after(allowed));
    let outcome = bot
        .service
        .submit_form(&submit(&page2, INVEST_PAGE_2))
        .await;
    let said = match outcome {
        FormOutcome::Invalid { errors } => errors.into_values().collect::<Vec<_>>().join(" "),
        FormOutcome::Done { reply } => render_plain(&reply),
    };
    assert!(
        said.contains("disk is full") && said.contains("nothing was logged"),
        "{said}"
    );
    assert_eq!(records(&bot), before, "the investment was kept");

    bot.store.set_write_fault(None);
    let page2 = say(&bot, "form page 2 FORM-1")
        .await
        .form
        .expect("the form was cleared without its record");
    let logged = done(
        bot.service
            .submit_form(&submit(&page2, INVEST_PAGE_2))
            .await,
    );
    assert_eq!(
        logged.kind,
        ReplyKind::Recorded,
        "{}",
        render_plain(&logged)
    );
    assert_eq!(records(&bot).len(), before.len() + 1);
    let again = say(&bot, "form page 2 FORM-1").await;
    assert_eq!(again.kind, ReplyKind::UserError, "a finished form is gone");
}

#[tokio::test]
async fn a_last_page_whose_form_cannot_be_cleared_logs_nothing_and_keeps_the_form() {
    // The investment is the first write, clearing the kept form the second.
    last_page_failing_after(1).await;
}

#[tokio::test]
async fn a_last_page_whose_records_batch_is_refused_logs_nothing_and_keeps_the_form() {
    // The investment is written and the kept form cleared; then sled refuses the batch.
    last_page_failing_after(2).await;
}
