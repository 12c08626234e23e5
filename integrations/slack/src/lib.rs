//! The Slack adapter. It only translates: Slack requests in (slash commands, Events API
//! mentions and DMs, button presses; over signed HTTP or Socket Mode) become neutral
//! [`Invocation`](valuebridge_chat::Invocation)s; [`Reply`](valuebridge_chat::Reply)s go out as
//! Block Kit within Slack's limits. It holds no domain logic and no store: the bot behind
//! [`SlackHandler`] does.

mod after_ack;
pub mod blocks;
mod dispatch;
mod enterprise;
#[cfg(test)]
mod fake_bot;
mod forms;
pub mod home;
pub mod http;
mod inbound;
pub mod modal;
mod repeats;
mod slash_form;
pub mod socket_mode;
mod users;
pub mod web;

pub use dispatch::{
    slash_response, BoxFuture, CommandAnswer, Refused, Slack, SlackHandler, DEFAULT_COMMAND,
    INLINE_BUDGET,
};
pub use forms::SHORTCUT_CALLBACK;
pub use http::{router, SlackHttp};
pub use inbound::BadId;
pub use socket_mode::{SocketModeSettings, SocketStatus};
pub use web::{SlackPostError, SlackWeb};
