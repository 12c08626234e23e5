//! Amount fields of forms through the service: each carries what a platform with number
//! inputs needs (the workspace's currencies, default first; an initial amount split into its
//! number and currency, or left as text when a number cannot hold it), and the value such a
//! platform sends back (`250000 USD`) is read by the grammar as that amount, with a wrong
//! number refused on its field.

mod support;

use std::collections::BTreeMap;
use support::Bot;
use valuebridge::config::Config;
use valuebridge::domain::Record;
use valuebridge::ids::{Kind, TenantId};
use valuebridge::money::Currency;
use valuebridge_chat::{
    render_plain, Actor, AmountNumber, FieldKind, Form, FormOutcome, FormSubmission, ReplyKind,
    Role,
};

const TENANT: &str = "slack:T1";

fn euro_bot() -> Bot {
    let mut config = Config::default();
    config.money.currency = "EUR".into();
    config.fx.insert("USD".into(), "0.9".into());
    Bot::with_config(config)
}

fn form(bot: &Bot, command: &str, initial: &[(&str, &str)]) -> Form {
    let initial: BTreeMap<String, String> = initial
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    bot.service
        .form_for(TENANT, command, &initial, "")
        .unwrap_or_else(|| panic!("{command} has a form"))
}

fn number(form: &Form, field: &str) -> Option<AmountNumber> {
    let f = form
        .fields
        .iter()
        .find(|f| f.name == field)
        .unwrap_or_else(|| panic!("no field {field}"));
    match &f.kind {
        FieldKind::Amount { number } => number.clone(),
        other => panic!("{field} is no amount: {other:?}"),
    }
}

fn submission(values: &[(&str, String)]) -> FormSubmission {
    FormSubmission {
        tenant: TENANT.into(),
        channel: "C1".into(),
        actor: Actor {
            user_id: "U1".into(),
            display_name: "alice".into(),
            role: Some(Role::Admin),
        },
        command: "invest".into(),
        context: String::new(),
        values: values
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        card: None,
    }
}

#[tokio::test]
async fn an_amount_offers_the_workspaces_currencies_with_its_default_first() {
    let bot = euro_bot();
    let form = form(&bot, "invest", &[]);
    for field in ["cost", "benefit", "run"] {
        let n = number(&form, field).unwrap_or_else(|| panic!("{field} is a number"));
        assert_eq!(
            n.currencies[..2],
            ["EUR", "USD"],
            "the default, then a rated one"
        );
        let known: Vec<&str> = Currency::known_codes().collect();
        let mut offered = n.currencies.clone();
        offered.sort();
        let mut all: Vec<String> = known.iter().map(|c| c.to_string()).collect();
        all.sort();
        assert_eq!(offered, all, "every currency the grammar knows, once");
        assert_eq!((n.currency.as_str(), n.initial), ("EUR", None));
    }
    assert_eq!(number(&form, "cost").unwrap().hint, "e.g. 250000");
    assert_eq!(number(&form, "run").unwrap().hint, "e.g. 20000");
}

#[tokio::test]
async fn an_initial_amount_is_split_into_its_number_and_currency() {
    let bot = euro_bot();
    let form = form(
        &bot,
        "invest",
        &[
            ("cost", "£250,000"),
            ("benefit", "$400k/yr"),
            ("run", "¥1,500,000"),
        ],
    );
    let split = |field: &str| {
        let n = number(&form, field).unwrap_or_else(|| panic!("{field} is a number"));
        (n.initial.unwrap_or_default(), n.currency)
    };
    assert_eq!(split("cost"), ("250000".to_string(), "GBP".to_string()));
    assert_eq!(split("benefit"), ("400000".to_string(), "USD".to_string()));
    assert_eq!(split("run"), ("1500000".to_string(), "JPY".to_string()));
    let decision = self::form(&bot, "decide", &[("amount", "£1,250.50")]);
    let n = number(&decision, "amount").unwrap();
    assert_eq!(
        (n.initial.as_deref(), n.currency.as_str()),
        (Some("1250.50"), "GBP")
    );
}

#[tokio::test]
async fn an_initial_amount_a_number_cannot_hold_stays_text() {
    let bot = euro_bot();
    // A one-off cost with a period is not a plain amount; nor are words.
    let form = form(
        &bot,
        "invest",
        &[("cost", "£20k/yr"), ("benefit", "about £400k")],
    );
    for (field, typed) in [("cost", "£20k/yr"), ("benefit", "about £400k")] {
        assert_eq!(number(&form, field), None, "{field}");
        let f = form.fields.iter().find(|f| f.name == field).unwrap();
        assert_eq!(
            f.initial.as_deref(),
            Some(typed),
            "nothing typed is dropped"
        );
    }
}

#[tokio::test]
async fn a_number_and_currency_are_stored_as_that_amount() {
    let bot = euro_bot();
    bot.say_as(TENANT, "U1", Some(Role::Admin), "unit add Sales")
        .await;
    let outcome = bot
        .service
        .submit_form(&submission(&[
            ("name", "CRM replacement".into()),
            ("unit", "Sales".into()),
            ("cost", AmountNumber::value("250000", "USD")),
            ("benefit", AmountNumber::value("400000", "USD")),
            ("run", AmountNumber::value("20000.50", "USD")),
            ("years", "3".into()),
            ("category", "transform".into()),
        ]))
        .await;
    let FormOutcome::Done { reply } = outcome else {
        panic!("refused: {outcome:?}")
    };
    assert_eq!(reply.kind, ReplyKind::Recorded, "{}", render_plain(&reply));
    let tenant: TenantId = TENANT.parse().unwrap();
    let stored = bot.store.live(&tenant, Kind::Investment).unwrap();
    let Record::Investment(i) = &stored[0].record else {
        panic!("{stored:?}")
    };
    let usd = Currency::USD;
    assert_eq!(
        (i.cost.minor, i.cost.currency),
        (25_000_000, usd),
        "one-off, in cents"
    );
    assert_eq!(
        (i.annual_benefit.minor, i.annual_benefit.currency),
        (40_000_000, usd),
        "per year"
    );
    assert_eq!((i.run_cost.minor, i.run_cost.currency), (2_000_050, usd));
}

#[tokio::test]
async fn a_number_the_grammar_refuses_is_an_error_on_its_field_and_stores_nothing() {
    let bot = euro_bot();
    bot.say_as(TENANT, "U1", Some(Role::Admin), "unit add Sales")
        .await;
    let tenant: TenantId = TENANT.parse().unwrap();
    for (cost, says) in [
        ("0.001", "decimal places"),
        ("-5", "negative"),
        ("0", "zero"),
    ] {
        let outcome = bot
            .service
            .submit_form(&submission(&[
                ("name", "CRM replacement".into()),
                ("unit", "Sales".into()),
                ("cost", AmountNumber::value(cost, "GBP")),
                ("benefit", AmountNumber::value("400000", "GBP")),
                ("years", "3".into()),
                ("category", "transform".into()),
            ]))
            .await;
        let FormOutcome::Invalid { errors } = outcome else {
            panic!("{cost} was stored")
        };
        let on_cost = errors
            .get("cost")
            .unwrap_or_else(|| panic!("{cost}: {errors:?}"));
        assert!(on_cost.contains(says), "{cost}: {on_cost}");
        assert!(bot
            .store
            .live(&tenant, Kind::Investment)
            .unwrap()
            .is_empty());
    }
}

fn hint(form: &Form, field: &str) -> String {
    form.fields
        .iter()
        .find(|f| f.name == field)
        .unwrap_or_else(|| panic!("no field {field}"))
        .hint
        .clone()
}

#[tokio::test]
async fn an_amounts_placeholder_says_the_same_amount_as_its_hint_in_the_workspaces_currency() {
    // A pound workspace: the number input's placeholder is the hint's amount.
    let bot = Bot::new();
    let decide = form(&bot, "decide", &[]);
    assert_eq!(hint(&decide, "amount"), "e.g. £250k");
    assert_eq!(number(&decide, "amount").unwrap().hint, "e.g. 250000");
    let invest = form(&bot, "invest", &[]);
    assert_eq!(hint(&invest, "cost"), "e.g. £250k");
    assert_eq!(number(&invest, "cost").unwrap().hint, "e.g. 250000");

    // A euro workspace: a bare number is read as euros, so the hint says euros too.
    let bot = euro_bot();
    let decide = form(&bot, "decide", &[]);
    assert_eq!(hint(&decide, "amount"), "e.g. €250k");
    let n = number(&decide, "amount").unwrap();
    assert_eq!(
        (n.hint.as_str(), n.currency.as_str()),
        ("e.g. 250000", "EUR")
    );
    let invest = form(&bot, "invest", &[]);
    assert_eq!(hint(&invest, "cost"), "e.g. €250k");
}
