//! The Slack Web API, through slack-morphism: post and update messages, answer a
//! `response_url`. Plain `http://` works too, for loopback tests and private gateways.

use crate::blocks;
use slack_morphism::errors::SlackClientError;
use slack_morphism::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use valuebridge_chat::Reply;

pub(crate) type Connector = SlackClientHyperConnector<
    hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
>;

#[derive(Debug, thiserror::Error)]
#[error("Slack refused the message: {message}")]
pub struct SlackPostError {
    pub message: String,
    /// Slack said to wait (HTTP 429 with Retry-After).
    pub retry_after: Option<Duration>,
    /// Retrying cannot help (channel not found, not in channel, invalid auth).
    pub permanent: bool,
}

/// A Web API client with the bot token.
#[derive(Clone)]
pub struct SlackWeb {
    client: Arc<SlackClient<Connector>>,
    token: SlackApiToken,
}

impl SlackWeb {
    /// `api_url` is Slack's (`https://slack.com/api`) or a test server's, without a trailing slash.
    pub fn new(api_url: &str, bot_token: &str) -> std::io::Result<SlackWeb> {
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_native_roots()?
            .https_or_http()
            .enable_http1()
            .build();
        let connector = SlackClientHyperConnector::with_connector(https)
            .with_slack_api_url(api_url.trim_end_matches('/'));
        Ok(SlackWeb {
            client: Arc::new(SlackClient::new(connector)),
            token: SlackApiToken::new(bot_token.into()),
        })
    }

    /// The underlying client, for Socket Mode (which opens its connections through the same
    /// `api_url`).
    pub(crate) fn client(&self) -> Arc<SlackClient<Connector>> {
        self.client.clone()
    }

    fn content(reply: &Reply) -> SlackMessageContent {
        let (blocks, text) = blocks::render(reply);
        serde_json::from_value(serde_json::json!({"text": text, "blocks": blocks}))
            .unwrap_or_else(|_| SlackMessageContent::new().with_text(text))
    }

    /// `chat.postMessage`; returns the message's timestamp.
    pub async fn post(&self, channel: &str, reply: &Reply) -> Result<String, SlackPostError> {
        let session = self.client.open_session(&self.token);
        let req = SlackApiChatPostMessageRequest::new(channel.into(), Self::content(reply));
        session
            .chat_post_message(&req)
            .await
            .map(|r| r.ts.to_string())
            .map_err(classify)
    }

    /// Shares a reply in the channel. A reply with a chart uploads it with Slack's file API
    /// (`files.getUploadURLExternal`, the upload, `files.completeUploadExternal` into the
    /// channel) with the reply's text as its message; when the upload fails the text is
    /// posted on its own, so the answer is never lost.
    pub async fn share(&self, channel: &str, reply: &Reply) -> Result<(), SlackPostError> {
        let Some(image) = &reply.image else {
            return self.post(channel, reply).await.map(|_| ());
        };
        match self
            .upload(channel, image, &valuebridge_chat::render_plain(reply))
            .await
        {
            Ok(()) => Ok(()),
            // Slack asked to wait: the caller retries (the outbox, with the chart) later.
            Err(e) if e.retry_after.is_some() => Err(e),
            Err(e) => {
                tracing::warn!(error = %e, "could not upload a chart to Slack; posting its text instead");
                self.post(channel, reply).await.map(|_| ())
            }
        }
    }

    async fn upload(
        &self,
        channel: &str,
        image: &valuebridge_chat::Image,
        text: &str,
    ) -> Result<(), SlackPostError> {
        let session = self.client.open_session(&self.token);
        let slot = session
            .get_upload_url_external(
                &SlackApiFilesGetUploadUrlExternalRequest::new(
                    image.file_name.clone(),
                    image.png.len(),
                )
                .with_alt_txt(valuebridge_chat::text::clip(&image.alt, 1000)),
            )
            .await
            .map_err(classify)?;
        session
            .files_upload_via_url(&SlackApiFilesUploadViaUrlRequest::new(
                slot.upload_url,
                image.png.clone(),
                "image/png".into(),
            ))
            .await
            .map_err(classify)?;
        session
            .files_complete_upload_external(
                &SlackApiFilesCompleteUploadExternalRequest::new(vec![SlackApiFilesComplete::new(
                    slot.file_id,
                )
                .with_title(image.file_name.clone())])
                .with_channel_id(channel.into())
                .with_initial_comment(text.to_string()),
            )
            .await
            .map(|_| ())
            .map_err(classify)
    }

    /// `auth.test`: whether Slack accepts the bot token. Returns the workspace's name.
    pub async fn check(&self) -> Result<String, SlackPostError> {
        let session = self.client.open_session(&self.token);
        session.auth_test().await.map(|r| r.team).map_err(classify)
    }

    /// `users.info`: the name Slack shows for a user (display name, else real name, else
    /// the handle).
    pub async fn user_name(&self, user_id: &str) -> Result<String, SlackPostError> {
        let session = self.client.open_session(&self.token);
        let user = session
            .users_info(&SlackApiUsersInfoRequest::new(user_id.into()))
            .await
            .map_err(classify)?
            .user;
        let profile = user.profile.as_ref();
        let name = [
            profile.and_then(|p| p.display_name.as_ref()),
            profile.and_then(|p| p.real_name.as_ref()),
            user.real_name.as_ref(),
            user.name.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(|n| n.trim())
        .find(|n| !n.is_empty())
        .map(str::to_string)
        .ok_or_else(|| SlackPostError {
            message: "Slack knows no name for this user".into(),
            retry_after: None,
            permanent: true,
        });
        name
    }

    /// `chat.update`: replaces a message the bot posted (a draft card once it is handled).
    pub async fn update(
        &self,
        channel: &str,
        ts: &str,
        reply: &Reply,
    ) -> Result<(), SlackPostError> {
        let session = self.client.open_session(&self.token);
        let req = SlackApiChatUpdateRequest::new(channel.into(), Self::content(reply), ts.into());
        session
            .chat_update(&req)
            .await
            .map(|_| ())
            .map_err(classify)
    }

    /// `chat.postEphemeral`: a message only `user` sees in `channel`.
    pub async fn post_ephemeral(
        &self,
        channel: &str,
        user: &str,
        reply: &Reply,
    ) -> Result<(), SlackPostError> {
        let session = self.client.open_session(&self.token);
        let req = SlackApiChatPostEphemeralRequest::new(
            channel.into(),
            user.into(),
            Self::content(reply),
        );
        session
            .chat_post_ephemeral(&req)
            .await
            .map(|_| ())
            .map_err(classify)
    }

    /// `views.open`: opens a modal (Block Kit view JSON, sent as built) for the person whose
    /// action gave `trigger_id`. Slack accepts a trigger for 3 seconds after the action.
    pub async fn open_view(
        &self,
        trigger_id: &str,
        view: &serde_json::Value,
    ) -> Result<(), SlackPostError> {
        self.call_view(
            "views.open",
            &serde_json::json!({"trigger_id": trigger_id, "view": view}),
        )
        .await
    }

    /// `views.publish`: replaces what `user` sees on the app's Home tab.
    pub async fn publish_view(
        &self,
        user: &str,
        view: &serde_json::Value,
    ) -> Result<(), SlackPostError> {
        self.call_view(
            "views.publish",
            &serde_json::json!({"user_id": user, "view": view}),
        )
        .await
    }

    /// Views go out as the JSON built for them: the crate's typed view would drop elements
    /// it does not model, and the JSON kept beside the tests is what Slack receives.
    async fn call_view(
        &self,
        method: &str,
        body: &serde_json::Value,
    ) -> Result<(), SlackPostError> {
        let session = self.client.open_session(&self.token);
        session
            .http_session_api
            .http_post::<_, serde_json::Value>(method, body, None)
            .await
            .map(|_| ())
            .map_err(classify)
    }

    /// Answers through an interaction's `response_url`, in place of the message whose
    /// button was pressed (an ephemeral card, which `chat.update` cannot reach).
    pub async fn respond_replacing(
        &self,
        response_url: &SlackResponseUrl,
        reply: &Reply,
    ) -> Result<(), SlackPostError> {
        let req = SlackApiPostWebhookMessageRequest::new(Self::content(reply))
            .with_replace_original(true);
        self.client
            .respond_to_event(response_url, &req)
            .await
            .map(|_| ())
            .map_err(classify)
    }

    /// A slash command's answer (its acknowledgement JSON) delivered after the
    /// acknowledgement instead: a message for the channel is posted there, one for the
    /// caller alone goes through the command's `response_url`.
    pub async fn answer_command(
        &self,
        response_url: &SlackResponseUrl,
        channel: &str,
        answer: serde_json::Value,
    ) -> Result<(), SlackPostError> {
        let in_channel = answer["response_type"] == "in_channel";
        let content: SlackMessageContent =
            serde_json::from_value(answer.clone()).unwrap_or_else(|_| {
                SlackMessageContent::new()
                    .with_text(answer["text"].as_str().unwrap_or_default().to_string())
            });
        if in_channel {
            let session = self.client.open_session(&self.token);
            let req = SlackApiChatPostMessageRequest::new(channel.into(), content);
            return session
                .chat_post_message(&req)
                .await
                .map(|_| ())
                .map_err(classify);
        }
        self.client
            .respond_to_event(
                response_url,
                &SlackApiPostWebhookMessageRequest::new(content),
            )
            .await
            .map(|_| ())
            .map_err(classify)
    }

    /// Answers a slash command after Slack's 3 s: a reply for the channel is posted there,
    /// a reply for the caller alone goes through the command's `response_url` (ephemeral).
    pub async fn respond(
        &self,
        response_url: &SlackResponseUrl,
        channel: &str,
        reply: &Reply,
    ) -> Result<(), SlackPostError> {
        if reply.visibility == valuebridge_chat::Visibility::Channel {
            return self.share(channel, reply).await;
        }
        let req = SlackApiPostWebhookMessageRequest::new(Self::content(reply));
        self.client
            .respond_to_event(response_url, &req)
            .await
            .map(|_| ())
            .map_err(classify)
    }
}

fn classify(e: SlackClientError) -> SlackPostError {
    match e {
        SlackClientError::RateLimitError(r) => SlackPostError {
            message: "rate limited".into(),
            retry_after: r.retry_after.or(Some(Duration::from_secs(1))),
            permanent: false,
        },
        SlackClientError::ApiError(a) => {
            let permanent = matches!(
                a.code.as_str(),
                "channel_not_found"
                    | "not_in_channel"
                    | "invalid_auth"
                    | "account_inactive"
                    | "is_archived"
                    | "token_revoked"
            );
            SlackPostError {
                message: a.code,
                retry_after: None,
                permanent,
            }
        }
        other => SlackPostError {
            message: other.to_string(),
            retry_after: None,
            permanent: false,
        },
    }
}
