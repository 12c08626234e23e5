//! What Slack asks of the bot, however it arrives: the HTTP routes and the Socket Mode
//! listener both hand their parsed payloads here, so slash commands, mentions, DMs and button
//! presses behave the same in both modes. Slow work goes out after the acknowledgement.
//!
//! This file holds the adapter's types and the slash-command response; `slash_command`,
//! `events` and `interactions` answer each kind of request.

use crate::inbound::BadId;
use crate::{blocks, users::UserNames, web::SlackWeb};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use valuebridge_chat::{
    Actor, FormOutcome, FormSubmission, Invocation, Lookup, Reply, Suggestion, Visibility,
};

mod events;
mod interactions;
mod slash_command;

/// How long a slash command may take before it is answered through `response_url` instead.
pub const INLINE_BUDGET: Duration = Duration::from_millis(2500);

pub type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// The bot behind the adapter.
pub trait SlackHandler: Send + Sync + 'static {
    /// Runs one invocation.
    fn handle(&self, inv: Invocation) -> BoxFuture<Reply>;
    /// True the first time a delivery key (an Events API `event_id`) is seen; Slack retries
    /// events it believes failed, and each must be handled once.
    fn first_delivery(&self, key: String) -> BoxFuture<bool>;
    /// Keeps the answer given to a delivery (a slash command's `trigger_id`), so a repeat of
    /// the same request is answered the same way instead of being run again.
    fn remember_answer(&self, key: String, answer: Reply) -> BoxFuture<()>;
    /// The answer kept for `key`; `None` while the first delivery is still running.
    fn earlier_answer(&self, key: String) -> BoxFuture<Option<Reply>>;
    /// Reads a submitted form through its command's grammar: errors by field, or the reply
    /// the typed command would have given.
    fn submit_form(&self, submission: FormSubmission) -> BoxFuture<FormOutcome>;
    /// Type-ahead for a lookup field: the workspace's records matching what was typed.
    fn suggest(&self, tenant: String, lookup: Lookup, typed: String) -> BoxFuture<Vec<Suggestion>>;
    /// What `actor` sees on the app's Home tab.
    fn home(&self, tenant: String, actor: Actor) -> BoxFuture<Reply>;
}

/// A request that did not come from Slack as Slack sends it; the HTTP route answers 400.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error(transparent)]
    BadId(#[from] BadId),
    #[error("the slash command has no trigger_id")]
    NoTrigger,
}

/// How the bot acknowledges a slash command.
#[derive(Debug, Clone, PartialEq)]
pub enum CommandAnswer {
    /// Slack's slash-command response JSON, shown to the caller (or the channel).
    Message(serde_json::Value),
    /// The same, already serialised: a repeat's acknowledgement, as sent before.
    Encoded(axum::body::Bytes),
    /// A modal opened for the command: an empty acknowledgement, so no message shows.
    FormOpened,
}

/// The slash command this app answers unless configured otherwise.
pub const DEFAULT_COMMAND: &str = "/value";

/// The adapter's shared core: the bot, the Web API client and the user names it has
/// looked up.
pub struct Slack {
    pub handler: Arc<dyn SlackHandler>,
    pub web: SlackWeb,
    pub(crate) names: UserNames,
    /// The slash command this app answers (`/value`); other commands are refused.
    command: String,
    /// Home tabs being published, so a burst of records publishes each person's once or twice.
    pub(crate) homes: crate::home::Refreshing,
    /// Repeated slash commands' acknowledgements, as first sent.
    repeats: crate::repeats::RepeatAcks,
}

impl Slack {
    /// `command` is the slash command configured for the app in Slack (`/value`).
    pub fn new(handler: Arc<dyn SlackHandler>, web: SlackWeb, command: &str) -> Arc<Slack> {
        Arc::new(Slack {
            handler,
            names: UserNames::new(web.clone()),
            web,
            command: command.to_string(),
            homes: Default::default(),
            repeats: Default::default(),
        })
    }

    /// Runs an invocation as the named user: the name is looked up here, inside the work
    /// Slack is waiting for, rather than before it.
    pub(crate) fn run(self: &Arc<Self>, mut inv: Invocation) -> BoxFuture<Reply> {
        let slack = self.clone();
        Box::pin(async move {
            inv.actor.display_name = slack.names.name(&inv.actor.user_id).await;
            slack.handler.handle(inv).await
        })
    }
}

/// A reply as Slack's slash-command response: Block Kit plus a plain-text fallback.
pub fn slash_response(reply: &Reply) -> serde_json::Value {
    let (blocks, text) = blocks::render(reply);
    let response_type = match reply.visibility {
        Visibility::Channel => "in_channel",
        Visibility::Ephemeral => "ephemeral",
    };
    // Built by moving the rendered blocks in: `json!` would serialise them into a copy.
    let mut response = serde_json::Map::new();
    response.insert("response_type".into(), response_type.into());
    response.insert("text".into(), text.into());
    response.insert("blocks".into(), serde_json::Value::Array(blocks));
    serde_json::Value::Object(response)
}
