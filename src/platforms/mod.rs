//! The product's side of the chat platforms: the handler each adapter calls, which Slack
//! modes start, delivery de-duplication, and the posters the outbox sends through.

pub mod deliveries;
pub mod discord;
pub mod discord_start;
pub mod posters;
pub mod slack;
pub mod slack_start;
