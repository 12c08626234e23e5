//! valuebridge: a chat-ops bot that keeps the link between IT spending and business value.

pub mod admin;
pub mod allocator;
pub mod api;
pub mod bot;
pub mod chart;
pub mod cli;
pub mod clock;
pub mod command;
pub mod config;
pub mod console;
pub mod conversation;
pub mod dashboard;
pub mod digest;
pub mod domain;
pub mod ids;
pub mod money;
pub mod platforms;
pub mod reader;
pub mod schedule;
pub mod secrets;
pub mod server;
pub mod service;
pub mod store;
pub mod telemetry;
pub mod terminal;
pub mod transfer;
