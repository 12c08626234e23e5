use super::*;

mod amounts;

fn field(name: &str, kind: FieldKind, required: bool, initial: Option<&str>) -> FormField {
    FormField {
        name: name.into(),
        label: format!("The {name}"),
        kind,
        required,
        hint: format!("e.g. {name}"),
        initial: initial.map(str::to_string),
    }
}

fn form(fields: Vec<FormField>) -> Form {
    Form {
        command: "invest".into(),
        title: "Log an investment in a business unit".into(),
        submit: "Log".into(),
        fields,
        context: "draft 7".into(),
    }
}

fn element_of(view: &Value, name: &str) -> Value {
    view["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["block_id"] == name)
        .unwrap_or_else(|| panic!("no block {name}: {view}"))["element"]
        .clone()
}

#[test]
fn each_kind_of_field_gets_its_input_and_keeps_its_initial_value() {
    let v = view(
        &form(vec![
            field("name", FieldKind::Text, true, Some("CRM replacement")),
            field("text", FieldKind::LongText, false, None),
            field(
                "cost",
                FieldKind::Amount { number: None },
                true,
                Some("£250k"),
            ),
            field("start", FieldKind::Date, false, Some("2027-01-01")),
            field("due", FieldKind::Date, false, Some("next Friday")),
            field("years", FieldKind::Integer, false, Some("3")),
            field(
                "category",
                FieldKind::Choice {
                    choices: vec!["run".into(), "grow".into(), "transform".into()],
                },
                true,
                Some("Transform"),
            ),
            field(
                "unit",
                FieldKind::Lookup {
                    lookup: Lookup::Unit,
                },
                true,
                Some("Sales"),
            ),
        ]),
        "C1",
        None,
    )
    .unwrap();
    assert_eq!(v["type"], "modal");
    assert_eq!(v["callback_id"], "valuebridge_form:invest");
    assert!(v["title"]["text"].as_str().unwrap().chars().count() <= MAX_TITLE);
    let meta: Metadata = serde_json::from_str(v["private_metadata"].as_str().unwrap()).unwrap();
    assert_eq!(
        meta,
        Metadata {
            command: "invest".into(),
            context: "draft 7".into(),
            channel: "C1".into(),
            card_ts: None,
        }
    );
    let name = element_of(&v, "name");
    assert_eq!(
        (name["type"].as_str(), name["initial_value"].as_str()),
        (Some("plain_text_input"), Some("CRM replacement"))
    );
    assert_eq!(element_of(&v, "text")["multiline"], true);
    assert_eq!(element_of(&v, "cost")["initial_value"], "£250k");
    assert_eq!(element_of(&v, "cost")["placeholder"]["text"], "e.g. cost");
    let start = element_of(&v, "start");
    assert_eq!(
        (start["type"].as_str(), start["initial_date"].as_str()),
        (Some("datepicker"), Some("2027-01-01"))
    );
    let due = element_of(&v, "due");
    assert_eq!(
        (due["type"].as_str(), due["initial_value"].as_str()),
        (Some("plain_text_input"), Some("next Friday"))
    );
    let years = element_of(&v, "years");
    assert_eq!(
        (
            years["type"].as_str(),
            years["is_decimal_allowed"].as_bool(),
            years["initial_value"].as_str()
        ),
        (Some("number_input"), Some(false), Some("3"))
    );
    let category = element_of(&v, "category");
    assert_eq!(category["type"], "static_select");
    assert_eq!(category["options"].as_array().unwrap().len(), 3);
    assert_eq!(category["initial_option"]["value"], "transform");
    let unit = element_of(&v, "unit");
    assert_eq!(
        (
            unit["type"].as_str(),
            unit["min_query_length"].as_u64(),
            unit["initial_option"]["value"].as_str()
        ),
        (Some("external_select"), Some(0), Some("Sales"))
    );
    assert_eq!(
        lookup_of(unit["action_id"].as_str().unwrap()),
        Some(Lookup::Unit)
    );
    let optional: Vec<(String, bool)> = v["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["block_id"].as_str().unwrap().to_string(),
                b["optional"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(optional[0], ("name".to_string(), false));
    assert_eq!(optional[1], ("text".to_string(), true));
}

/// Slack hands the modal back inside `view_submission`; slack-morphism must read it, or
/// the submission would be refused before the bot sees it.
#[test]
fn a_submission_of_the_modal_parses_with_slacks_model() {
    let v = view(
        &form(vec![
            field("text", FieldKind::LongText, false, Some("kickoff")),
            field("cost", amount(Some("250000"), "GBP"), true, None),
            field("start", FieldKind::Date, false, Some("2027-01-01")),
            field("years", FieldKind::Integer, false, Some("3")),
            field(
                "verdict",
                FieldKind::Choice {
                    choices: vec!["approve".into(), "reject".into()],
                },
                true,
                Some("approve"),
            ),
            field(
                "investment",
                FieldKind::Lookup {
                    lookup: Lookup::Investment,
                },
                true,
                Some("INV-1"),
            ),
        ]),
        "C1",
        None,
    )
    .unwrap();
    let mut stateful = v.clone();
    stateful["id"] = json!("V1");
    stateful["team_id"] = json!("T1");
    stateful["hash"] = json!("1.a");
    stateful["state"] = json!({"values": {
        "cost": {"cost": {"type": "number_input", "value": "250000"}},
        "cost__currency": {"cost__currency": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "USD", "emoji": true}, "value": "USD"}}},
    }});
    let payload = json!({
        "type": "view_submission",
        "team": {"id": "T1", "domain": "acme"},
        "user": {"id": "U1", "team_id": "T1"},
        "api_app_id": "A1",
        "view": stateful,
    });
    let event: slack_morphism::prelude::SlackInteractionEvent =
        serde_json::from_value(payload).unwrap();
    let slack_morphism::prelude::SlackInteractionEvent::ViewSubmission(s) = event else {
        panic!("not a view submission")
    };
    let slack_morphism::prelude::SlackView::Modal(m) = s.view.view else {
        panic!("not a modal")
    };
    assert_eq!(m.blocks.len(), 7);
    let state = serde_json::to_value(&s.view.state_params.state.unwrap().values).unwrap();
    assert_eq!(values(&state)["cost"], "250000 USD");
    assert_eq!(
        metadata(
            m.callback_id.as_ref().map(|c| c.as_ref()),
            m.private_metadata.as_deref()
        )
        .map(|m| m.channel),
        Some("C1".to_string())
    );
}

fn amount(initial: Option<&str>, currency: &str) -> FieldKind {
    FieldKind::Amount {
        number: Some(AmountNumber {
            currencies: vec!["EUR".into(), "GBP".into(), "USD".into()],
            currency: currency.into(),
            initial: initial.map(str::to_string),
            hint: "e.g. 250000".into(),
        }),
    }
}

#[test]
fn a_form_of_more_blocks_than_slack_holds_is_refused() {
    let fields = (0..51)
        .map(|n| field(&format!("a{n}"), amount(None, "GBP"), false, None))
        .collect();
    assert_eq!(
        view(&form(fields), "C1", None),
        Err(NotDrawable::TooManyBlocks(102))
    );
}

#[test]
fn a_choice_not_offered_is_not_preselected() {
    let v = view(
        &form(vec![field(
            "verdict",
            FieldKind::Choice {
                choices: vec!["approve".into(), "reject".into()],
            },
            true,
            Some("maybe"),
        )]),
        "C1",
        None,
    )
    .unwrap();
    assert!(element_of(&v, "verdict").get("initial_option").is_none());
}

#[test]
fn a_context_too_long_for_slack_is_refused_not_cut() {
    let mut f = form(vec![]);
    f.context = "x".repeat(MAX_METADATA);
    assert!(matches!(
        view(&f, "C1", None),
        Err(NotDrawable::MetadataTooLong(n)) if n > MAX_METADATA
    ));
}

#[test]
fn submitted_state_is_read_back_by_field_name() {
    let state = json!({
        "name": {"name": {"type": "plain_text_input", "value": " CRM replacement "}},
        "text": {"text": {"type": "plain_text_input", "value": null}},
        "start": {"start": {"type": "datepicker", "selected_date": "2027-01-01"}},
        "years": {"years": {"type": "number_input", "value": "3"}},
        "category": {"category": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "transform"}, "value": "transform"}}},
        "unit": {"unit": {"type": "external_select", "selected_option": null}},
    });
    let values = values(&state);
    assert_eq!(
        values,
        BTreeMap::from(
            [
                ("name", "CRM replacement"),
                ("start", "2027-01-01"),
                ("years", "3"),
                ("category", "transform")
            ]
            .map(|(k, v)| (k.to_string(), v.to_string()))
        )
    );
}

#[test]
fn errors_land_on_their_fields_and_strays_on_the_first() {
    let fields = vec!["unit".to_string(), "cost".to_string()];
    let errors = BTreeMap::from([
        ("cost".to_string(), "`£2x` is not an amount.".to_string()),
        ("elsewhere".to_string(), "Something else.".to_string()),
    ]);
    assert_eq!(
        errors_response(&fields, &errors),
        json!({"response_action": "errors", "errors": {
            "cost": "`£2x` is not an amount.",
            "unit": "Something else.",
        }})
    );
}

#[test]
fn suggestions_fit_slacks_option_limits() {
    let many: Vec<Suggestion> = (0..150)
        .map(|i| Suggestion {
            label: format!("INV-{i} {}", "a very long investment name ".repeat(5)),
            value: format!("INV-{i}"),
        })
        .collect();
    let r = options_response(&many);
    let options = r["options"].as_array().unwrap();
    assert_eq!(options.len(), MAX_OPTIONS);
    assert!(options
        .iter()
        .all(|o| o["text"]["text"].as_str().unwrap().chars().count() <= MAX_OPTION_TEXT));
    assert_eq!(options[3]["value"], "INV-3");
}
