//! A [`Form`] as a Slack modal (Block Kit view JSON), and a submitted modal's state read back
//! into the form's values by field name. One input block per field (an amount's currency
//! select adds one); its `block_id` and `action_id` are the field's name, so Slack's
//! `response_action: errors` lands on the field.
//!
//! An amount is a number input (decimals allowed, at least 0) with a currency select under
//! it in its own input block, `<field>__currency`; the two come back as one value,
//! `250000 GBP`, which the grammar reads (a yearly field adds its `/yr` when composed). An
//! amount the bot could not split into a number and a currency (a pre-filled `about £250k`)
//! stays a text input holding it. Dates use a date picker (its value is `YYYY-MM-DD`, which
//! the grammar reads); a pre-filled date the picker cannot show (`next Friday`) becomes a
//! text input holding it, so nothing typed is dropped.

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use valuebridge_chat::text::clip;
use valuebridge_chat::{AmountNumber, FieldKind, Form, FormField, Lookup, Suggestion};

/// Slack's limits for modals (docs.slack.dev, reference/surfaces/views and block elements).
pub const MAX_TITLE: usize = 24;
pub const MAX_SUBMIT: usize = 24;
pub const MAX_METADATA: usize = 3000;
pub const MAX_LABEL: usize = 2000;
pub const MAX_PLACEHOLDER: usize = 150;
pub const MAX_OPTION_TEXT: usize = 75;
pub const MAX_OPTION_VALUE: usize = 150;
pub const MAX_OPTIONS: usize = 100;
pub const MAX_INPUT: usize = 3000;
pub const MAX_MODAL_BLOCKS: usize = 100;

/// The block (and action) id of an amount's currency select: the field's name, then this.
pub const CURRENCY_SUFFIX: &str = "__currency";

/// Every modal the bot opens has a `callback_id` starting so; a submission of any other
/// view is not the bot's.
pub const CALLBACK_PREFIX: &str = "valuebridge_form:";

/// What a modal carries back on submission, as its `private_metadata` (JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    pub command: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub context: String,
    /// The channel the reply is posted in once the form is done.
    pub channel: String,
    /// The message whose button opened the form (a draft card's **Edit**): the record takes
    /// its place, as the card's Confirm would.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_ts: Option<String>,
}

/// The form cannot become a modal; the reply's text is shown instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotDrawable {
    #[error(
        "the form's context makes its private metadata {0} characters; Slack allows {MAX_METADATA}"
    )]
    MetadataTooLong(usize),
    #[error("the form takes {0} input blocks; a Slack modal holds {MAX_MODAL_BLOCKS}")]
    TooManyBlocks(usize),
}

fn plain(text: &str, max: usize) -> Value {
    json!({"type": "plain_text", "text": clip(text, max), "emoji": true})
}

fn option(text: &str, value: &str) -> Value {
    json!({"text": plain(text, MAX_OPTION_TEXT), "value": clip(value, MAX_OPTION_VALUE)})
}

/// A lookup field's `action_id` names what it looks up, so Slack's `block_suggestion` says
/// which records to suggest without any state kept between the two.
fn lookup_action(lookup: Lookup, field: &str) -> String {
    let kind = match lookup {
        Lookup::Unit => "unit",
        Lookup::Investment => "investment",
    };
    format!("{kind}:{field}")
}

/// What a lookup field's `action_id` looks up.
pub fn lookup_of(action_id: &str) -> Option<Lookup> {
    match action_id.split_once(':')?.0 {
        "unit" => Some(Lookup::Unit),
        "investment" => Some(Lookup::Investment),
        _ => None,
    }
}

/// True for `YYYY-MM-DD`, the only initial value a date picker takes.
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

fn text_input(field: &FormField, multiline: bool) -> Value {
    let mut e =
        json!({"type": "plain_text_input", "action_id": field.name, "max_length": MAX_INPUT});
    if multiline {
        e["multiline"] = json!(true);
    }
    if let Some(initial) = &field.initial {
        e["initial_value"] = json!(clip(initial, MAX_INPUT));
    }
    e
}

/// The input element for one field.
fn element(field: &FormField) -> Value {
    let initial = field.initial.as_deref();
    let mut e = match &field.kind {
        FieldKind::Text | FieldKind::Amount { number: None } => text_input(field, false),
        FieldKind::Amount {
            number: Some(number),
        } => {
            let mut e = json!({"type": "number_input", "action_id": field.name, "is_decimal_allowed": true, "min_value": "0"});
            if let Some(n) = &number.initial {
                e["initial_value"] = json!(n);
            }
            // The field's hint (`e.g. £250k`) cannot be typed into a number.
            if !number.hint.is_empty() {
                e["placeholder"] = plain(&number.hint, MAX_PLACEHOLDER);
            }
            return e;
        }
        FieldKind::LongText => text_input(field, true),
        FieldKind::Date => match initial {
            Some(d) if !is_iso_date(d) => text_input(field, false),
            _ => {
                let mut e = json!({"type": "datepicker", "action_id": field.name});
                if let Some(d) = initial {
                    e["initial_date"] = json!(d);
                }
                e
            }
        },
        FieldKind::Integer => match initial {
            Some(n) if n.trim().parse::<i64>().is_err() => text_input(field, false),
            _ => {
                let mut e = json!({"type": "number_input", "action_id": field.name, "is_decimal_allowed": false});
                if let Some(n) = initial {
                    e["initial_value"] = json!(n.trim());
                }
                e
            }
        },
        FieldKind::Choice { choices } => {
            let options: Vec<Value> = choices
                .iter()
                .take(MAX_OPTIONS)
                .map(|c| option(c, c))
                .collect();
            let mut e =
                json!({"type": "static_select", "action_id": field.name, "options": options});
            // Slack refuses an initial option that is not one of the options.
            if let Some(chosen) = initial.and_then(|i| {
                choices
                    .iter()
                    .take(MAX_OPTIONS)
                    .find(|c| c.eq_ignore_ascii_case(i.trim()))
            }) {
                e["initial_option"] = option(chosen, chosen);
            }
            e
        }
        FieldKind::Lookup { lookup } => {
            let mut e = json!({"type": "external_select", "action_id": lookup_action(*lookup, &field.name), "min_query_length": 0});
            if let Some(i) = initial.filter(|i| !i.trim().is_empty()) {
                e["initial_option"] = option(i, i);
            }
            e
        }
    };
    // Date pickers and selects show a placeholder too; Slack allows 150 characters.
    if !field.hint.is_empty() {
        e["placeholder"] = json!({"type": "plain_text", "text": clip(&field.hint, MAX_PLACEHOLDER), "emoji": true});
    }
    e
}

/// The currency select under an amount's number input.
fn currency_block(field: &FormField, number: &AmountNumber) -> Value {
    let options: Vec<Value> = number
        .currencies
        .iter()
        .take(MAX_OPTIONS)
        .map(|c| option(c, c))
        .collect();
    let id = format!("{}{CURRENCY_SUFFIX}", field.name);
    let mut e = json!({"type": "static_select", "action_id": id, "options": options});
    // Slack refuses an initial option that is not one of the options.
    if number
        .currencies
        .iter()
        .take(MAX_OPTIONS)
        .any(|c| *c == number.currency)
    {
        e["initial_option"] = option(&number.currency, &number.currency);
    }
    json!({
        "type": "input",
        "block_id": id,
        "label": plain(&format!("{}: currency", field.label), MAX_LABEL),
        "optional": !field.required,
        "element": e,
    })
}

/// The input blocks of one field: one, and a currency select under an amount's number.
fn blocks(field: &FormField) -> Vec<Value> {
    let mut out = vec![json!({
        "type": "input",
        "block_id": field.name,
        "label": plain(&field.label, MAX_LABEL),
        "optional": !field.required,
        "element": element(field),
    })];
    if let FieldKind::Amount {
        number: Some(number),
    } = &field.kind
    {
        out.push(currency_block(field, number));
    }
    out
}

/// The modal view for `form`, answering to `channel` (Slack's `views.open` `view`);
/// `card_ts` is the message whose button opened it, if any.
pub fn view(form: &Form, channel: &str, card_ts: Option<&str>) -> Result<Value, NotDrawable> {
    let blocks: Vec<Value> = form.fields.iter().flat_map(blocks).collect();
    if blocks.len() > MAX_MODAL_BLOCKS {
        return Err(NotDrawable::TooManyBlocks(blocks.len()));
    }
    let metadata = serde_json::to_string(&Metadata {
        command: form.command.clone(),
        context: form.context.clone(),
        channel: channel.to_string(),
        card_ts: card_ts.map(str::to_string),
    })
    .expect("serialises");
    let length = metadata.chars().count();
    if length > MAX_METADATA {
        return Err(NotDrawable::MetadataTooLong(length));
    }
    Ok(json!({
        "type": "modal",
        "callback_id": format!("{CALLBACK_PREFIX}{}", form.command),
        "title": plain(&form.title, MAX_TITLE),
        "submit": plain(&form.submit, MAX_SUBMIT),
        "close": plain("Cancel", MAX_SUBMIT),
        "private_metadata": metadata,
        "blocks": blocks,
    }))
}

/// The metadata of a submitted view the bot opened; `None` for any other view.
pub fn metadata(callback_id: Option<&str>, private_metadata: Option<&str>) -> Option<Metadata> {
    callback_id.filter(|c| c.starts_with(CALLBACK_PREFIX))?;
    serde_json::from_str(private_metadata?).ok()
}

/// A submitted view's `state.values` (`{block_id: {action_id: {type, value, …}}}`) as the
/// form's values by field name. Empty inputs are left out; an amount's number and currency
/// make one value (`250000 GBP`).
pub fn values(state_values: &Value) -> BTreeMap<String, String> {
    let mut out = inputs(state_values);
    let currencies: Vec<(String, String)> = out
        .iter()
        .filter_map(|(id, v)| Some((id.strip_suffix(CURRENCY_SUFFIX)?.to_string(), v.clone())))
        .collect();
    for (field, currency) in currencies {
        out.remove(&format!("{field}{CURRENCY_SUFFIX}"));
        if let Some(number) = out.get_mut(&field) {
            *number = AmountNumber::value(number, &currency);
        }
    }
    out
}

/// Each input block's value by block id.
fn inputs(state_values: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Some(blocks) = state_values.as_object() else {
        return out;
    };
    for (block_id, actions) in blocks {
        let Some(input) = actions.as_object().and_then(|a| a.values().next()) else {
            continue;
        };
        let value = input["value"]
            .as_str()
            .or_else(|| input["selected_date"].as_str())
            .or_else(|| input["selected_option"]["value"].as_str())
            .map(str::trim)
            .filter(|v| !v.is_empty());
        if let Some(v) = value {
            out.insert(block_id.clone(), v.to_string());
        }
    }
    out
}

/// Slack's answer to a submission the bot refused: each message shown under its field.
/// A message for a name that is no field of the form (the form as a whole:
/// [`valuebridge_chat::FormOutcome::GENERAL`]) is shown on the first field, since Slack
/// shows errors only under inputs, so it is never lost.
pub fn errors_response(form_fields: &[String], errors: &BTreeMap<String, String>) -> Value {
    let mut shown: BTreeMap<String, String> = BTreeMap::new();
    for (field, message) in errors {
        let block = if form_fields.contains(field) {
            field.clone()
        } else {
            form_fields
                .first()
                .cloned()
                .unwrap_or_else(|| field.clone())
        };
        let entry = shown.entry(block).or_default();
        if !entry.is_empty() {
            entry.push(' ');
        }
        entry.push_str(message);
    }
    let errors: serde_json::Map<String, Value> = shown
        .into_iter()
        .map(|(k, v)| (k, json!(clip(&v, MAX_INPUT))))
        .collect();
    json!({"response_action": "errors", "errors": errors})
}

/// Slack's answer to an external select's `block_suggestion`: at most 100 options.
pub fn options_response(suggestions: &[Suggestion]) -> Value {
    let options: Vec<Value> = suggestions
        .iter()
        .take(MAX_OPTIONS)
        .map(|s| option(&s.label, &s.value))
        .collect();
    json!({"options": options})
}

#[cfg(test)]
mod tests;
