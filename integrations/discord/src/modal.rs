//! A [`Form`] as a Discord modal (interaction response type 9) and a submitted modal back
//! as the values the person typed. Discord draws at most five text inputs a modal and has no
//! selects, date pickers or type-ahead there, so every field is a text input whose
//! placeholder says what to type (the choices of a choice field). A form Discord cannot draw
//! as given is refused, never cut: the bot pages long forms itself, and a draft's context
//! cut short would submit into the wrong draft.

use serenity::all::{
    ActionRow, ActionRowComponent, CreateActionRow, CreateInputText, CreateModal, InputTextStyle,
};
use std::collections::BTreeMap;
use valuebridge_chat::text::clip;
use valuebridge_chat::{FieldKind, Form, FormField};

/// Text inputs a modal may hold (one action row each).
pub const MAX_INPUTS: usize = 5;
/// A modal's and an input's custom id.
pub const MAX_CUSTOM_ID: usize = 100;
pub const MAX_TITLE: usize = 45;
pub const MAX_LABEL: usize = 45;
pub const MAX_PLACEHOLDER: usize = 100;
/// An input's prefilled value and what it accepts.
pub const MAX_VALUE: usize = 4000;

/// What a modal's custom id starts with: the command and context follow, `form:<command>:<context>`.
const PREFIX: &str = "form:";

/// Why a form cannot be drawn as a Discord modal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModalError {
    #[error("the {command} form has {count} fields; a Discord modal holds at most {MAX_INPUTS}")]
    TooManyFields { command: String, count: usize },
    #[error("the {command} form has no fields")]
    NoFields { command: String },
    #[error("the {command} form's command and context take {length} characters as a custom id; Discord allows {MAX_CUSTOM_ID}")]
    CustomIdTooLong { command: String, length: usize },
    #[error("the {command} form's command name contains ':', which its custom id cannot carry")]
    BadCommand { command: String },
    #[error(
        "the {command} form's field `{field}` has a name longer than {MAX_CUSTOM_ID} characters"
    )]
    FieldNameTooLong { command: String, field: String },
    #[error("the {command} form's field `{field}` starts with {length} characters; Discord prefills at most {MAX_VALUE}")]
    InitialTooLong {
        command: String,
        field: String,
        length: usize,
    },
}

/// The modal's custom id: the command and the form's context, which come back on submission.
pub fn custom_id(form: &Form) -> Result<String, ModalError> {
    if form.command.contains(':') {
        return Err(ModalError::BadCommand {
            command: form.command.clone(),
        });
    }
    let id = format!("{PREFIX}{}:{}", form.command, form.context);
    let length = id.chars().count();
    if length > MAX_CUSTOM_ID {
        return Err(ModalError::CustomIdTooLong {
            command: form.command.clone(),
            length,
        });
    }
    Ok(id)
}

/// The command and context a submitted modal's custom id carries; `None` for a modal this
/// adapter did not open.
pub fn parse_custom_id(id: &str) -> Option<(String, String)> {
    let (command, context) = id.strip_prefix(PREFIX)?.split_once(':')?;
    (!command.is_empty()).then(|| (command.to_string(), context.to_string()))
}

/// What the input's placeholder says: the hint, and for a choice field the choices.
pub fn placeholder(field: &FormField) -> String {
    let hint = field.hint.trim();
    let text = match &field.kind {
        FieldKind::Choice { choices } => {
            let list = format!("One of: {}", choices.join(", "));
            let with_hint = format!("{hint} — {}", lowercase_first(&list));
            let names = |c: &String| hint.contains(c.as_str());
            if !choices.is_empty() && choices.iter().all(names) {
                // The hint lists them all already ("run, grow or transform").
                hint.to_string()
            } else if hint.is_empty()
                || choices.iter().any(names)
                || with_hint.chars().count() > MAX_PLACEHOLDER
            {
                // A hint naming some choices ("approve, defer…") would only repeat them.
                list
            } else {
                with_hint
            }
        }
        FieldKind::Text
        | FieldKind::LongText
        | FieldKind::Amount { .. }
        | FieldKind::Date
        | FieldKind::Integer
        | FieldKind::Lookup { .. } => hint.to_string(),
    };
    clip(&text, MAX_PLACEHOLDER)
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

fn style(kind: &FieldKind) -> InputTextStyle {
    match kind {
        FieldKind::LongText => InputTextStyle::Paragraph,
        FieldKind::Text
        | FieldKind::Amount { .. }
        | FieldKind::Date
        | FieldKind::Integer
        | FieldKind::Choice { .. }
        | FieldKind::Lookup { .. } => InputTextStyle::Short,
    }
}

fn input(form: &Form, field: &FormField) -> Result<CreateInputText, ModalError> {
    if field.name.chars().count() > MAX_CUSTOM_ID {
        return Err(ModalError::FieldNameTooLong {
            command: form.command.clone(),
            field: field.name.clone(),
        });
    }
    let mut input = CreateInputText::new(
        style(&field.kind),
        clip(&field.label, MAX_LABEL),
        &field.name,
    )
    .required(field.required)
    .max_length(MAX_VALUE as u16);
    let placeholder = placeholder(field);
    if !placeholder.is_empty() {
        input = input.placeholder(placeholder);
    }
    if let Some(initial) = field.initial.as_deref().filter(|v| !v.is_empty()) {
        let length = initial.chars().count();
        if length > MAX_VALUE {
            return Err(ModalError::InitialTooLong {
                command: form.command.clone(),
                field: field.name.clone(),
                length,
            });
        }
        input = input.value(initial);
    }
    Ok(input)
}

/// The modal that draws `form`, or why Discord cannot draw it.
pub fn modal(form: &Form) -> Result<CreateModal, ModalError> {
    if form.fields.is_empty() {
        return Err(ModalError::NoFields {
            command: form.command.clone(),
        });
    }
    if form.fields.len() > MAX_INPUTS {
        return Err(ModalError::TooManyFields {
            command: form.command.clone(),
            count: form.fields.len(),
        });
    }
    let rows = form
        .fields
        .iter()
        .map(|f| input(form, f).map(CreateActionRow::InputText))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(CreateModal::new(custom_id(form)?, clip(&form.title, MAX_TITLE)).components(rows))
}

/// The typed values of a submitted modal by input (field name); an input left empty is
/// absent, as [`valuebridge_chat::FormSubmission`] expects.
pub fn values(rows: &[ActionRow]) -> BTreeMap<String, String> {
    rows.iter()
        .flat_map(|row| &row.components)
        .filter_map(|c| match c {
            ActionRowComponent::InputText(input) => {
                let value = input.value.as_deref().unwrap_or_default().trim();
                (!value.is_empty()).then(|| (input.custom_id.clone(), value.to_string()))
            }
            _ => None,
        })
        .collect()
}

/// `form` again, each field starting with what was typed into it (for another try after
/// the bot found something wrong).
pub fn with_typed(form: &Form, typed: &BTreeMap<String, String>) -> Form {
    let mut again = form.clone();
    for field in &mut again.fields {
        field.initial = typed.get(&field.name).cloned();
    }
    again
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};
    use valuebridge_chat::Lookup;

    fn field(name: &str, kind: FieldKind, required: bool, hint: &str) -> FormField {
        FormField {
            name: name.into(),
            label: name.to_uppercase(),
            kind,
            required,
            hint: hint.into(),
            initial: None,
        }
    }

    fn decide() -> Form {
        Form {
            command: "decide".into(),
            title: "Log a decision".into(),
            submit: "Log".into(),
            fields: vec![
                field(
                    "investment",
                    FieldKind::Lookup {
                        lookup: Lookup::Investment,
                    },
                    true,
                    "INV-3 or its name",
                ),
                field(
                    "verdict",
                    FieldKind::Choice {
                        choices: vec!["approve".into(), "reject".into(), "defer".into()],
                    },
                    true,
                    "",
                ),
                field("because", FieldKind::LongText, false, "Why"),
            ],
            context: String::new(),
        }
    }

    fn json(modal: CreateModal) -> Value {
        serde_json::to_value(modal).unwrap()
    }

    #[test]
    fn each_field_is_a_text_input_with_its_label_hint_and_requiredness() {
        let mut form = decide();
        form.fields[0].initial = Some("INV-3".into());
        let modal = json(modal(&form).unwrap());
        assert_eq!(modal["custom_id"], "form:decide:");
        assert_eq!(modal["title"], "Log a decision");
        let rows = modal["components"].as_array().unwrap();
        assert_eq!(rows.len(), 3, "one row per field");
        let inputs: Vec<&Value> = rows.iter().map(|r| &r["components"][0]).collect();
        assert_eq!(
            *inputs[0],
            json!({"type": 4, "custom_id": "investment", "style": 1, "label": "INVESTMENT",
                   "max_length": 4000, "required": true, "value": "INV-3",
                   "placeholder": "INV-3 or its name"})
        );
        assert_eq!(inputs[1]["placeholder"], "One of: approve, reject, defer");
        assert_eq!(inputs[2]["style"], 2, "long text is a paragraph");
        assert_eq!(inputs[2]["required"], false);
        assert!(inputs[2].get("value").is_none(), "nothing prefilled");
    }

    #[test]
    fn a_choice_fields_hint_and_choices_share_the_placeholder_within_100_characters() {
        let mut f = field(
            "category",
            FieldKind::Choice {
                choices: vec!["run".into(), "grow".into(), "transform".into()],
            },
            true,
            "How it changes the business",
        );
        assert_eq!(
            placeholder(&f),
            "How it changes the business — one of: run, grow, transform"
        );
        f.hint = "x".repeat(90);
        assert_eq!(placeholder(&f), "One of: run, grow, transform");
        f.hint = "run, grow…".into();
        assert_eq!(placeholder(&f), "One of: run, grow, transform");
        f.hint = "run, grow or transform".into();
        assert_eq!(placeholder(&f), "run, grow or transform");
    }

    #[test]
    fn long_titles_and_labels_are_clipped_to_discords_limits() {
        let mut form = decide();
        form.title = "A very long title for a form that goes on and on and on".into();
        form.fields[0].label = "A label far longer than the forty-five characters allowed".into();
        let modal = json(modal(&form).unwrap());
        assert!(modal["title"].as_str().unwrap().chars().count() <= MAX_TITLE);
        let label = modal["components"][0]["components"][0]["label"]
            .as_str()
            .unwrap();
        assert!(label.chars().count() <= MAX_LABEL && label.ends_with('…'));
    }

    #[test]
    fn forms_discord_cannot_draw_are_refused_not_cut() {
        let mut six = decide();
        while six.fields.len() < 6 {
            six.fields.push(field(
                &format!("f{}", six.fields.len()),
                FieldKind::Text,
                false,
                "",
            ));
        }
        assert_eq!(
            modal(&six).unwrap_err(),
            ModalError::TooManyFields {
                command: "decide".into(),
                count: 6
            }
        );
        let mut long = decide();
        long.context = "d".repeat(90);
        assert_eq!(
            modal(&long).unwrap_err(),
            ModalError::CustomIdTooLong {
                command: "decide".into(),
                length: 102
            }
        );
        let mut empty = decide();
        empty.fields.clear();
        assert!(matches!(modal(&empty), Err(ModalError::NoFields { .. })));
        let mut big = decide();
        big.fields[2].initial = Some("y".repeat(4001));
        assert!(matches!(
            modal(&big),
            Err(ModalError::InitialTooLong { length: 4001, .. })
        ));
    }

    #[test]
    fn the_custom_id_carries_command_and_context_back() {
        let mut form = decide();
        form.context = "draft:7:page 2".into();
        let id = custom_id(&form).unwrap();
        assert_eq!(
            parse_custom_id(&id),
            Some(("decide".to_string(), "draft:7:page 2".to_string()))
        );
        assert_eq!(parse_custom_id("approve DEC-1"), None);
        assert_eq!(parse_custom_id("form::x"), None);
    }

    #[test]
    fn submitted_values_are_read_by_input_and_empty_inputs_are_absent() {
        let rows: Vec<ActionRow> = serde_json::from_value(json!([
            {"type": 1, "components": [{"type": 4, "custom_id": "investment", "value": " INV-3 "}]},
            {"type": 1, "components": [{"type": 4, "custom_id": "verdict", "value": "approve"}]},
            {"type": 1, "components": [{"type": 4, "custom_id": "because", "value": ""}]}
        ]))
        .unwrap();
        let got = values(&rows);
        assert_eq!(
            got,
            BTreeMap::from([
                ("investment".to_string(), "INV-3".to_string()),
                ("verdict".to_string(), "approve".to_string()),
            ])
        );
        let again = with_typed(&decide(), &got);
        assert_eq!(again.fields[0].initial.as_deref(), Some("INV-3"));
        assert_eq!(again.fields[2].initial, None);
    }
}
