//! [`NameIndex::find`], answered once per slice of a message's tokens: the records' split,
//! the first record's start and each record's passes ask for the names of the same tokens
//! (see [`crate::reader::read_memo`] for why a remembered answer is the answer).

use super::{NameIndex, NameMatch};
use crate::reader::tokens::Token;

impl NameIndex {
    /// Every unit or investment named in the message, longest match first at each place.
    pub fn find(&self, toks: &[Token]) -> Vec<NameMatch> {
        crate::reader::read_memo::names_in(self as *const NameIndex as usize, toks, || {
            self.find_worked_out(toks)
        })
    }
}
