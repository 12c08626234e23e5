//! valuebridge: a chat-ops bot that keeps the link between IT spending and business value.

pub mod domain;
pub mod ids;
pub mod money;
pub mod store;
pub mod command;
pub mod clock;
pub mod config;
pub mod service;
pub mod console;
pub mod transfer;
pub mod cli;
pub mod telemetry;
pub mod bot;
pub mod server;
pub mod schedule;
pub mod admin;
pub mod secrets;
