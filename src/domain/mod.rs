//! The records valuebridge keeps, and the vocabulary they use.

mod enums;
pub mod limits;
pub mod names;
mod records;

pub use enums::{Category, InvestmentStatus, Verdict};
pub use records::{
    Benefit, Decision, FollowUp, Investment, Meta, Note, Record, RecordState, Service, Unit,
};
