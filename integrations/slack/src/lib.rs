//! The Slack adapter. It only translates: Slack requests in (signed HTTP slash commands,
//! Events API mentions and DMs, button presses) become neutral
//! [`Invocation`](valuebridge_chat::Invocation)s; [`Reply`](valuebridge_chat::Reply)s go out as
//! Block Kit within Slack's limits. It holds no domain logic and no store: the bot behind
//! [`SlackHandler`] does.

pub mod blocks;
mod dispatch;
pub mod http;
mod inbound;
mod users;
pub mod web;

pub use dispatch::{slash_response, BoxFuture, Slack, SlackHandler, INLINE_BUDGET};
pub use http::{router, SlackHttp};
pub use web::{SlackPostError, SlackWeb};
