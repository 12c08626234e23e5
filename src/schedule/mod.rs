//! Digest subscriptions: when they fire, and posting each slot exactly once.

pub mod spec;
