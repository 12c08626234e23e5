//! The name of an investment that is not yet in the directory, taken from the words around
//! the verb: "called X", "investment: X", "£250k for X", "approved X", "X was approved".

use super::dates::DateMention;
use super::money_words::MoneyMention;
use super::names::{NameMatch, Target, GENERIC};
use super::tokens::{TokKind, Token};
use super::Intent;

mod ask_shapes;
mod heading_nouns;
mod name_words;
mod new_name;
mod verdict_sentence;

use self::name_words::*;
pub use self::new_name::*;
