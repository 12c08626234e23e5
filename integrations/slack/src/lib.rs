//! The Slack adapter. It only translates: Slack requests in (signed HTTP slash commands,
//! Events API mentions and DMs) become neutral [`Invocation`](valuebridge_chat::Invocation)s;
//! [`Reply`](valuebridge_chat::Reply)s go out as Block Kit within Slack's limits. It holds no
//! domain logic and no store: the bot behind [`SlackHandler`] does.

pub mod blocks;
pub mod http;
mod inbound;
pub mod web;

pub use http::{router, SlackHandler, SlackHttp};
pub use web::{SlackPostError, SlackWeb};
