//! An amount in a modal: a number input with its currency select under it, read back as
//! one amount.

use super::*;

#[test]
fn an_amount_is_a_number_with_its_currency_select_under_it() {
    let v = view(
        &form(vec![
            field(
                "cost",
                amount(Some("250000"), "GBP"),
                true,
                Some("£250,000"),
            ),
            field("run", amount(None, "EUR"), false, None),
            field("years", FieldKind::Integer, false, None),
        ]),
        "C1",
        None,
    )
    .unwrap();
    let ids: Vec<&str> = v["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["block_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["cost", "cost__currency", "run", "run__currency", "years"]
    );
    assert_eq!(
        element_of(&v, "cost"),
        json!({"type": "number_input", "action_id": "cost", "is_decimal_allowed": true,
                   "min_value": "0", "initial_value": "250000",
                   "placeholder": {"type": "plain_text", "text": "e.g. 250000", "emoji": true}})
    );
    let currency = element_of(&v, "cost__currency");
    assert_eq!(
        (
            currency["type"].as_str(),
            currency["action_id"].as_str(),
            currency["initial_option"]["value"].as_str(),
            currency["options"].as_array().unwrap().len()
        ),
        (
            Some("static_select"),
            Some("cost__currency"),
            Some("GBP"),
            3
        )
    );
    assert_eq!(currency["options"][0]["value"], "EUR", "the default first");
    assert!(element_of(&v, "run").get("initial_value").is_none());
    assert_eq!(
        element_of(&v, "run__currency")["initial_option"]["value"],
        "EUR"
    );
    let optional = |id: &str| {
        v["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["block_id"] == id)
            .unwrap()["optional"]
            .clone()
    };
    assert_eq!(
        (optional("cost__currency"), optional("run__currency")),
        (json!(false), json!(true)),
        "as its amount"
    );
}

#[test]
fn a_number_and_its_currency_read_back_as_one_amount() {
    let state = json!({
        "cost": {"cost": {"type": "number_input", "value": "250000"}},
        "cost__currency": {"cost__currency": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "USD"}, "value": "USD"}}},
        "run": {"run": {"type": "number_input", "value": null}},
        "run__currency": {"run__currency": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "GBP"}, "value": "GBP"}}},
        "benefit": {"benefit": {"type": "number_input", "value": "400000.5"}},
        "benefit__currency": {"benefit__currency": {"type": "static_select", "selected_option": null}},
        "amount": {"amount": {"type": "plain_text_input", "value": "about £5k"}},
    });
    assert_eq!(
        values(&state),
        BTreeMap::from(
            [
                ("cost", "250000 USD"),
                ("benefit", "400000.5"),
                ("amount", "about £5k"),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string()))
        ),
        "an empty number is an empty field, whatever its currency"
    );
}
