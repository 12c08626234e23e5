//! Digest subscriptions: when they fire, and posting each slot exactly once.

pub mod outbox;
pub mod relay;
pub mod scheduler;
pub mod spec;
pub mod subscriptions;

pub use outbox::{backoff, Outbox, OutboxItem, PostError, PostFuture, Poster};
pub use relay::Relay;
pub use scheduler::{DigestSource, Scheduler, TickReport};
pub use spec::Spec;
pub use subscriptions::{Posts, Subscription, Subscriptions};
