//! The value-for-money digest: per unit or for the whole portfolio, over a period, what was
//! spent, decided and realised, and where attention is needed.

mod build;
pub mod dataset;
pub mod measures;
mod model;
mod period;
mod render;

pub use build::{build, DigestRequest, DigestSettings};
pub use model::*;
pub use period::Period;
pub use render::{to_json, to_reply};
