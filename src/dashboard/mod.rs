//! The value dashboard: web pages of the portfolio, each unit and each investment, served
//! by the bot's own HTTP server to whoever holds a link made with `/value dashboard`.

pub mod html;
pub mod link;
mod pages;
mod routes;

pub use routes::{router, CSP};
