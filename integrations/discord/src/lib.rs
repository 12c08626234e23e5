//! The Discord adapter. It only translates: interactions (over the gateway or the HTTP
//! endpoint) and mentions become neutral [`Invocation`](valuebridge_chat::Invocation)s;
//! [`Reply`](valuebridge_chat::Reply)s go out as embeds within Discord's limits. It holds no
//! domain logic and no store: the bot behind [`DiscordHandler`] does.

pub mod context_menu;
pub mod embeds;
pub mod form_memory;
pub mod forms;
pub mod gateway;
pub mod http;
pub mod interactions;
pub mod modal;
mod outbound;
pub mod rest;
pub mod spec;
pub mod verify;

pub use interactions::{Discord, DiscordHandler};
pub use rest::{DiscordRest, PostError};
pub use serenity::all::GuildId;
pub use spec::Suggest;
