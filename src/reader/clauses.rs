//! What a clause around a verdict is: a time ("since the summer"), a follow-up that names
//! its owner ("Tom will own the rollout"), a participle clause ("phase 3 towns dropped"),
//! the sentence after a terse verdict, or the clause a benefit came from ("freed up 2 FTE
//! in the library"). The rationale rules in `intent` use these to choose the clause that
//! explains.

use super::next_sentence::THIRD_PARTIES;
pub use super::next_sentence::{decides_in, next_sentence, said_by_others};
use super::tokens::{TokKind, Token};

mod clause_openings;
mod counted_results;
mod lists_and_scope;
mod money_clauses;
mod since_dated;
mod since_openings;
mod span_edges;
mod time_clauses;

pub use self::clause_openings::*;
pub use self::counted_results::*;
pub use self::lists_and_scope::*;
pub use self::money_clauses::*;
pub use self::since_dated::*;
pub use self::since_openings::since_opening_before;
pub use self::span_edges::*;
pub use self::time_clauses::*;
