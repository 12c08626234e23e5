//! Answers to interactions Slack already holds the acknowledgement of. An org-wide Socket
//! Mode envelope that slack-morphism cannot read is acknowledged before the bot sees it, so
//! what the acknowledgement would have carried (a form's errors, a refusal) goes to the
//! person privately instead: through the payload's `response_url` when it has one, else
//! as an ephemeral message in the form's channel.

use crate::dispatch::{Refused, Slack};
use serde_json::Value;
use slack_morphism::prelude::SlackResponseUrl;
use std::collections::BTreeMap;
use std::sync::Arc;
use valuebridge_chat::{Reply, Visibility};

/// Tells the person what `answer` (the interaction's outcome) would have shown them.
pub(crate) async fn tell(
    slack: &Arc<Slack>,
    payload: &Value,
    answer: Result<Option<Value>, Refused>,
) -> Result<(), String> {
    let reply = match answer {
        Ok(None) => return Ok(()),
        Ok(Some(ack)) => match form_errors(&ack) {
            Some(errors) => crate::forms::not_logged(&errors),
            None => {
                // Type-ahead options: the menu that asked has long given up waiting.
                tracing::debug!("an org-wide interaction's answer had no one left to show it to");
                return Ok(());
            }
        },
        Err(why) => {
            tracing::warn!(reason = %why, "refused a Slack interaction");
            Reply::user_error(format!("This request was refused: {why}."))
        }
    };
    let reply = Reply {
        visibility: Visibility::Ephemeral,
        ..reply
    };
    let channel = channel_of(payload);
    if let Some(url) = response_url(payload) {
        return slack
            .web
            .respond(&url, channel.as_deref().unwrap_or_default(), &reply)
            .await
            .map_err(|e| e.to_string());
    }
    let (Some(channel), Some(user)) = (channel, payload["user"]["id"].as_str()) else {
        return Err(
            "an org-wide interaction's answer has neither a response_url nor a channel".into(),
        );
    };
    slack
        .deliver(&channel, user, &reply)
        .await
        .map_err(|e| e.to_string())
}

/// The errors of a form-errors acknowledgement (`response_action: errors`), by field.
fn form_errors(ack: &Value) -> Option<BTreeMap<String, String>> {
    if ack["response_action"] != "errors" {
        return None;
    }
    let errors = ack["errors"].as_object()?;
    Some(
        errors
            .iter()
            .map(|(field, message)| (field.clone(), message.as_str().unwrap_or("").to_string()))
            .collect(),
    )
}

/// A button's or shortcut's `response_url`, or a form's first `response_urls` entry.
fn response_url(payload: &Value) -> Option<SlackResponseUrl> {
    [
        &payload["response_url"],
        &payload["response_urls"][0]["response_url"],
    ]
    .into_iter()
    .filter_map(Value::as_str)
    .find_map(|u| u.parse().ok())
    .map(SlackResponseUrl)
}

/// Where the interaction happened: its channel, a form's response channel, or the channel
/// the form was opened from.
fn channel_of(payload: &Value) -> Option<String> {
    let named = [
        &payload["channel"]["id"],
        &payload["response_urls"][0]["channel_id"],
    ]
    .into_iter()
    .filter_map(Value::as_str)
    .next()
    .map(str::to_string);
    named.or_else(|| {
        let view = &payload["view"];
        crate::modal::metadata(
            view["callback_id"].as_str(),
            view["private_metadata"].as_str(),
        )
        .map(|m| m.channel)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forms_errors_and_where_to_say_them_are_read_from_the_payload() {
        let ack = crate::modal::errors_response(
            &["cost".to_string()],
            &[("cost".to_string(), "Not an amount.".to_string())].into(),
        );
        assert_eq!(
            form_errors(&ack),
            Some([("cost".to_string(), "Not an amount.".to_string())].into())
        );
        assert_eq!(form_errors(&serde_json::json!({"options": []})), None);
        let submitted = serde_json::json!({
            "response_urls": [{"channel_id": "C9", "response_url": "https://hooks.slack.com/app/x"}],
        });
        assert_eq!(
            response_url(&submitted).map(|u| u.0.to_string()),
            Some("https://hooks.slack.com/app/x".to_string())
        );
        assert_eq!(channel_of(&submitted).as_deref(), Some("C9"));
        let pressed = serde_json::json!({"channel": {"id": "C1"}, "response_url": "https://hooks.slack.com/actions/y"});
        assert_eq!(channel_of(&pressed).as_deref(), Some("C1"));
        assert!(response_url(&pressed).is_some());
        assert!(response_url(&serde_json::json!({"response_urls": []})).is_none());
    }
}
