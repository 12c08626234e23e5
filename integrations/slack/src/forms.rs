//! Forms on Slack: a reply carrying a form opens it as a modal (`views.open` with the
//! action's `trigger_id`); a submitted modal goes to the bot as a [`FormSubmission`] and is
//! answered in the acknowledgement (`response_action: errors`) or closed and announced; an
//! external select's type-ahead is answered with the bot's suggestions; the message shortcut
//! turns a message into a plain-words draft for the person who used it.

use crate::dispatch::{Refused, Slack, INLINE_BUDGET};
use crate::web::SlackPostError;
use crate::{inbound, modal};
use slack_morphism::prelude::*;
use std::sync::Arc;
use valuebridge_chat::{Form, FormOutcome, FormSubmission, Reply, ReplyKind, Visibility};

/// The message shortcut's `callback_id` (the manifest declares it).
pub const SHORTCUT_CALLBACK: &str = "log_with_valuebridge";

impl Slack {
    /// Opens `form` as a modal for the person whose action gave `trigger`; false when it
    /// could not be opened (the caller then shows the reply's text instead).
    pub(crate) async fn open_form(
        &self,
        trigger: &str,
        channel: &str,
        card_ts: Option<&str>,
        form: &Form,
    ) -> bool {
        let view = match modal::view(form, channel, card_ts) {
            Ok(v) => v,
            Err(e) => {
                tracing::error!(error = %e, command = %form.command, "could not draw a form as a Slack modal");
                return false;
            }
        };
        match self.web.open_view(trigger, &view).await {
            Ok(()) => true,
            Err(e) => {
                tracing::warn!(error = %e, command = %form.command, "Slack did not open the form");
                false
            }
        }
    }

    /// Posts a reply where a form or a Home button was used: a person's id as the channel
    /// is their direct messages with the app; elsewhere a reply for the person alone is
    /// ephemeral.
    pub(crate) async fn deliver(
        &self,
        channel: &str,
        user: &str,
        reply: &Reply,
    ) -> Result<(), SlackPostError> {
        let direct = channel.starts_with('U') || channel.starts_with('W');
        match reply.visibility {
            Visibility::Ephemeral if !direct => self.web.post_ephemeral(channel, user, reply).await,
            _ => self.web.share(channel, reply).await,
        }
    }

    /// A submitted modal. Errors are shown on the fields; a form that was read closes and its
    /// reply is posted. When the bot takes longer than Slack waits, the modal closes and the
    /// outcome (the reply, or the errors as a message) follows in the channel.
    pub(crate) async fn submission(
        self: &Arc<Self>,
        submitted: &SlackInteractionViewSubmissionEvent,
    ) -> Result<Option<serde_json::Value>, Refused> {
        let SlackView::Modal(view) = &submitted.view.view else {
            return Ok(None);
        };
        let Some(meta) = modal::metadata(
            view.callback_id.as_ref().map(|c| c.as_ref()),
            view.private_metadata.as_deref(),
        ) else {
            tracing::debug!("ignoring the submission of a view the bot did not open");
            return Ok(None);
        };
        let inv = inbound::invocation(
            submitted.team.id.as_ref(),
            &meta.channel,
            submitted.user.id.as_ref(),
            "",
            false,
        )?;
        let values = submitted
            .view
            .state_params
            .state
            .as_ref()
            .and_then(|s| serde_json::to_value(&s.values).ok())
            .map(|v| modal::values(&v))
            .unwrap_or_default();
        let fields: Vec<String> = view
            .blocks
            .iter()
            .filter_map(|b| serde_json::to_value(b).ok())
            .filter_map(|b| b["block_id"].as_str().map(str::to_string))
            .collect();
        let slack = self.clone();
        let (team, user) = (submitted.team.id.to_string(), submitted.user.id.to_string());
        let mut work = tokio::spawn(async move {
            let mut actor = inv.actor;
            actor.display_name = slack.names.name(&actor.user_id).await;
            let outcome = slack
                .handler
                .submit_form(FormSubmission {
                    tenant: inv.tenant,
                    channel: meta.channel.clone(),
                    actor,
                    command: meta.command,
                    context: meta.context,
                    values,
                    card: None,
                })
                .await;
            (slack, outcome, meta.channel, meta.card_ts)
        });
        let (slack, outcome, channel, card) =
            match tokio::time::timeout(INLINE_BUDGET, &mut work).await {
                Ok(Ok(done)) => done,
                Ok(Err(e)) => {
                    tracing::error!(error = %e, "a form submission failed");
                    return Ok(Some(modal::errors_response(
                        &fields,
                        &[(
                            fields.first().cloned().unwrap_or_default(),
                            "Something went wrong on our side. Please try again.".to_string(),
                        )]
                        .into(),
                    )));
                }
                Err(_) => {
                    // Slack closes the modal on an empty answer; the outcome follows.
                    tokio::spawn(async move {
                        if let Ok((slack, outcome, channel, card)) = work.await {
                            slack.announce(&team, &user, &channel, card, outcome).await;
                        }
                    });
                    return Ok(None);
                }
            };
        match outcome {
            FormOutcome::Invalid { errors } => Ok(Some(modal::errors_response(&fields, &errors))),
            done @ FormOutcome::Done { .. } => {
                tokio::spawn(
                    async move { slack.announce(&team, &user, &channel, card, done).await },
                );
                Ok(None)
            }
        }
    }

    /// Posts what a closed form came to; a record from a draft card's form takes the card's
    /// place.
    async fn announce(
        self: &Arc<Self>,
        team: &str,
        user: &str,
        channel: &str,
        card_ts: Option<String>,
        outcome: FormOutcome,
    ) {
        let reply = match outcome {
            FormOutcome::Done { reply } => reply,
            FormOutcome::Invalid { errors } => not_logged(&errors),
        };
        if reply.kind == ReplyKind::Recorded {
            self.refresh_home(team, user);
        }
        let done = match card_ts {
            Some(ts) if reply.kind == ReplyKind::Recorded => {
                self.web.update(channel, &ts, &reply).await
            }
            _ => self.deliver(channel, user, &reply).await,
        };
        if let Err(e) = done {
            tracing::error!(error = %e, "could not post a form's reply to Slack");
        }
    }

    /// Type-ahead for an external select: the bot's suggestions as Slack's options.
    pub(crate) async fn suggestion(
        &self,
        typed: &SlackInteractionBlockSuggestionEvent,
    ) -> Result<Option<serde_json::Value>, Refused> {
        inbound::check_id("team_id", typed.team.id.as_ref())?;
        let Some(lookup) = modal::lookup_of(typed.action_id.as_ref()) else {
            return Ok(Some(modal::options_response(&[])));
        };
        let suggestions = self
            .handler
            .suggest(
                inbound::tenant(typed.team.id.as_ref()),
                lookup,
                typed.value.clone(),
            )
            .await;
        Ok(Some(modal::options_response(&suggestions)))
    }

    /// The message shortcut: the message's text, read as plain words for the person who used
    /// it; the draft is shown only to them, in the message's channel (through the shortcut's
    /// `response_url`, which needs no membership of the channel).
    pub(crate) fn shortcut(
        self: &Arc<Self>,
        action: &SlackInteractionMessageActionEvent,
    ) -> Result<(), Refused> {
        if action.callback_id.as_ref() != SHORTCUT_CALLBACK {
            tracing::debug!("ignoring a message shortcut the bot does not declare");
            return Ok(());
        }
        let Some(channel) = action.channel.as_ref().map(|c| c.id.to_string()) else {
            return Ok(());
        };
        let text = action
            .message
            .as_ref()
            .and_then(|m| m.content.text.clone())
            .unwrap_or_default();
        let inv = inbound::invocation(
            action.team.id.as_ref(),
            &channel,
            action.user.id.as_ref(),
            &inbound::strip_mention(&text),
            false,
        )?;
        let (work, slack, url) = (self.run(inv), self.clone(), action.response_url.clone());
        tokio::spawn(async move {
            let reply = Reply {
                visibility: Visibility::Ephemeral,
                ..work.await
            };
            if let Err(e) = slack.web.respond(&url, &channel, &reply).await {
                tracing::error!(error = %e, "could not show a shortcut's draft in Slack");
            }
        });
        Ok(())
    }
}

/// A form's errors said in a message, once the form is closed and cannot show them.
pub(crate) fn not_logged(errors: &std::collections::BTreeMap<String, String>) -> Reply {
    let lines: Vec<String> = errors
        .iter()
        .map(|(field, message)| format!("• {field}: {message}"))
        .collect();
    Reply::user_error(format!(
        "The form was not logged:\n{}\nOpen it again and correct these.",
        lines.join("\n")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dispatch::BoxFuture;
    use crate::fake_bot::FakeBot;
    use std::sync::Mutex;
    use tokio::sync::{oneshot, Notify};
    use valuebridge_chat::{FieldKind, FormField};

    /// A bot that answers a submission only when the test says so.
    struct Slow {
        release: Mutex<Option<oneshot::Receiver<()>>>,
        got: Mutex<Vec<FormSubmission>>,
        arrived: Notify,
    }

    impl FakeBot for Slow {
        fn submit_form(&self, submission: FormSubmission) -> BoxFuture<FormOutcome> {
            self.got.lock().unwrap().push(submission);
            self.arrived.notify_one();
            let release = self.release.lock().unwrap().take();
            Box::pin(async move {
                if let Some(release) = release {
                    let _ = release.await;
                }
                FormOutcome::Invalid {
                    errors: [("cost".to_string(), "Not an amount.".to_string())].into(),
                }
            })
        }
    }

    fn submitted() -> SlackInteractionEvent {
        let form = Form {
            command: "invest".into(),
            title: "Log an investment".into(),
            submit: "Log".into(),
            fields: vec![FormField {
                name: "cost".into(),
                label: "One-off cost".into(),
                kind: FieldKind::Amount { number: None },
                required: true,
                hint: "e.g. £250k".into(),
                initial: None,
            }],
            context: String::new(),
        };
        let mut view = modal::view(&form, "C1", None).unwrap();
        view["id"] = "V1".into();
        view["team_id"] = "T1".into();
        view["hash"] = "1.a".into();
        view["state"] = serde_json::json!({"values": {"cost": {"cost": {"type": "plain_text_input", "value": "£2x"}}}});
        serde_json::from_value(serde_json::json!({
            "type": "view_submission",
            "team": {"id": "T1", "domain": "acme"},
            "user": {"id": "U1", "team_id": "T1"},
            "api_app_id": "A1",
            "view": view,
        }))
        .unwrap()
    }

    fn slack(handler: Arc<Slow>) -> Arc<Slack> {
        // Nothing listens there: what the adapter posts afterwards fails at once.
        let web = crate::SlackWeb::new("http://127.0.0.1:9/api", "xoxb-test").unwrap();
        Slack::new(handler, web, "/value")
    }

    #[tokio::test(start_paused = true)]
    async fn a_quick_refusal_is_shown_on_the_field() {
        let handler = Arc::new(Slow {
            release: Mutex::new(None),
            got: Mutex::default(),
            arrived: Notify::new(),
        });
        let answer = slack(handler.clone())
            .interaction(&submitted())
            .await
            .unwrap();
        assert_eq!(
            answer,
            Some(
                serde_json::json!({"response_action": "errors", "errors": {"cost": "Not an amount."}})
            )
        );
        let got = handler.got.lock().unwrap().clone();
        assert_eq!(
            (
                got[0].tenant.as_str(),
                got[0].channel.as_str(),
                got[0].command.as_str()
            ),
            ("slack:T1", "C1", "invest")
        );
        assert_eq!(got[0].values["cost"], "£2x");
    }

    #[tokio::test(start_paused = true)]
    async fn a_bot_slower_than_slack_waits_closes_the_modal_and_still_reads_the_form() {
        let (release, wait) = oneshot::channel();
        let handler = Arc::new(Slow {
            release: Mutex::new(Some(wait)),
            got: Mutex::default(),
            arrived: Notify::new(),
        });
        let answer = slack(handler.clone())
            .interaction(&submitted())
            .await
            .unwrap();
        assert_eq!(answer, None, "an empty answer closes the modal in time");
        // The work goes on after the answer: the bot still gets the submission.
        let arrived = handler.arrived.notified();
        if handler.got.lock().unwrap().is_empty() {
            arrived.await;
        }
        assert_eq!(handler.got.lock().unwrap().len(), 1);
        release.send(()).unwrap();
    }
}
