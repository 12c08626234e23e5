//! A token: its kind, its lower-cased text and where it is in the message, with the
//! lookups the passes ask of it many times (a word table's answer kept per token).

use super::{TokKind, WordTable};
use std::cell::Cell;

#[derive(Debug, Clone)]
pub struct Token {
    pub kind: TokKind,
    /// Lower-cased text (apostrophes normalised to `'`).
    pub lower: String,
    /// Byte range in the original message.
    pub start: usize,
    pub end: usize,
    /// No whitespace between this token and the previous one (`250k`, `31st`).
    pub attached: bool,
    /// A word written in capitals (`IT`, `WMS`), or in capitals with a plural `s` (`ITMs`):
    /// an acronym, where the same letters in lower case may be an ordinary word ("it").
    pub caps: bool,
    /// A word that opens with a capital (`Verde`, `IT`): a proper noun or a sentence's start.
    pub capital: bool,
    /// Which word tables ([`WordTable`]) this word was already looked up in, and the
    /// answers: the passes scan a message's words many times, each time asking the same
    /// tables whether a phrase starts here. Two bits per table: asked, found.
    pub(super) looked_up: Cell<u64>,
    /// Where the first [`INDEX_SLOTS`] phrase tables hold this word (the number they gave
    /// it, plus one; 0: not yet asked by [`Token::index_in`]): a word a phrase table holds
    /// is asked about again at every scan, and its number is kept rather than hashed again.
    pub(super) found_at: [Cell<u16>; INDEX_SLOTS],
    /// A colon written between two digits with no space ("4:50", "10:00"): inside a time
    /// or a score, it ends no clause.
    pub(super) inner_colon: bool,
}

/// How many word tables (the first made) keep their numbers on each token
/// ([`Token::found_at`]); the reader makes fewer phrase tables than this.
pub(super) const INDEX_SLOTS: usize = 8;

impl Token {
    /// Whether `table` holds this token's word, looked up once per token and table.
    #[inline(always)]
    pub fn in_table(&self, table: &WordTable) -> bool {
        let (asked, found) = table.masks;
        if asked == 0 {
            return table.holds(self.lower.as_str());
        }
        let bits = self.looked_up.get();
        if bits & asked != 0 {
            return bits & found != 0;
        }
        let hit = table.holds(self.lower.as_str());
        self.looked_up
            .set(bits | asked | if hit { found } else { 0 });
        hit
    }

    /// Where `table` holds this token's word (the number it gave the word), looked up with
    /// one hashing: the token's record answers a word already found not there, and keeps
    /// this answer as [`Token::in_table`] would.
    #[inline(always)]
    pub fn index_in(&self, table: &WordTable) -> Option<usize> {
        let (asked, found) = table.masks;
        let bits = self.looked_up.get();
        let kept = self.found_at.get(table.index_slot);
        if asked != 0 && bits & asked != 0 {
            if bits & found == 0 {
                return None;
            }
            // Found before: its number, if `index_in` kept it (`in_table` keeps none).
            if let Some(n) = kept.map(Cell::get).filter(|&n| n != 0) {
                return Some(usize::from(n - 1));
            }
        }
        let index = table.index_of(self.lower.as_str());
        if asked != 0 {
            self.looked_up
                .set(bits | asked | if index.is_some() { found } else { 0 });
        }
        if let (Some(n), Some(slot)) = (index.and_then(|n| u16::try_from(n + 1).ok()), kept) {
            slot.set(n);
        }
        index
    }

    /// Whether this token's record already says `table` does not hold its word: the one
    /// answer [`Token::index_in`] gives without a look-up, asked before calling out to
    /// match a phrase.
    #[inline(always)]
    pub(super) fn known_not_in(&self, table: &WordTable) -> bool {
        let (asked, found) = table.masks;
        asked != 0 && self.looked_up.get() & (asked | found) == asked
    }

    #[inline]
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }
    /// The colon inside a clock time ("4:50", "10:00"), read as no clause's break.
    #[inline]
    pub fn is_clock_colon(&self) -> bool {
        self.inner_colon
    }
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    #[inline]
    pub fn is_sym(&self, c: &str) -> bool {
        self.kind == TokKind::Sym && self.lower == c
    }
    /// Ends a clause: sentence punctuation, comma, dash, semicolon.
    #[inline]
    pub fn is_break(&self) -> bool {
        self.kind == TokKind::Sym
            && matches!(
                self.lower.as_str(),
                "." | "," | ";" | ":" | "!" | "?" | "—" | "–" | "(" | ")" | "\n"
            )
    }
}
