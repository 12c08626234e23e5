//! The product's side of the chat platforms: the bridge each adapter calls, which Slack and
//! Discord modes start, delivery de-duplication, and the posters the outbox sends through.

pub mod bridge;
pub mod deliveries;
pub mod discord;
pub mod discord_start;
pub mod posters;
pub mod slack_start;
pub mod webhook_poster;
