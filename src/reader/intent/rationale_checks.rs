//! Checks the rationale rules use to refuse or keep a candidate clause: prices, forecasts,
//! conditions, owners, hedged times, plans.

use super::*;

mod conditions_and_times;
mod no_reason_clauses;
mod reason_edges;
pub(super) use conditions_and_times::*;
pub(super) use no_reason_clauses::*;
pub(in crate::reader) use reason_edges::said_with_subject;
pub(super) use reason_edges::*;
