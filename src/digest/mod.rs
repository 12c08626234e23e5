//! The value-for-money digest: per unit or for the whole portfolio, over a period, what was
//! spent, decided and realised, and where attention is needed.

mod build;
pub mod dataset;
mod decimal;
mod from_records;
mod in_place;
mod kept;
mod left_out_widths;
pub mod measures;
mod model;
mod period;
pub(crate) mod prefetch;
pub mod rag;
mod render;
pub mod scorecard;
mod settings;
mod text;
pub mod view;

pub use build::{build, from_aggregates, from_aggregates_on, from_investments};
pub use from_records::build_from_records;
pub use model::*;
pub use period::{Period, PeriodKind, Span};
pub use render::{
    basis_words, left_out_sentence, to_chat_reply, to_json, to_reply, write_markdown, write_plain,
    CHAT_ROWS,
};
pub use scorecard::{scorecard, Scorecard};
pub use settings::{DigestRequest, DigestSettings};
pub use text::Text;
