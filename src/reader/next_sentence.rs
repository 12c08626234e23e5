//! The sentence after a verdict's, when it is the reason ("Spend analytics cancelled. Vendor
//! went bust."), stepping over one sentence of plan or figures; and whether a verdict word
//! is a decision of ours or news of someone else's ("the union won't sign off").

use super::clauses::{assigns_owner, judges_price, NOT_A_REASON_OPENING};
use super::tokens::Token;

mod joined_grounds;
mod money_spent;
mod reason_told_first;
mod said_by_someone;
mod sentence_before;
mod sentence_reasons;
mod sentences_after;
mod trouble_costs;

pub use self::reason_told_first::*;
pub use self::sentence_before::*;
pub(super) use self::sentence_reasons::*;
pub use self::sentences_after::*;
