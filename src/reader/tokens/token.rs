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
    /// `lower`'s length, first and last bytes as the word tables' sieve reads them
    /// ([`super::word_tables::sieve_key`]), worked out once when the token is made or its
    /// word is set ([`Token::set_lower`]), not at each table it is asked of (round P60).
    pub(super) sieve_key: u32,
    /// [`Token::is_break`]'s answer, worked out with `sieve_key` (round P60).
    pub(super) breaks: bool,
}

/// Whether a token of `kind` reading `lower` ends a clause: sentence punctuation, comma,
/// dash, semicolon ([`Token::is_break`]).
#[inline]
pub(super) fn breaks_a_clause(kind: TokKind, lower: &str) -> bool {
    kind == TokKind::Sym
        && matches!(
            lower,
            "." | "," | ";" | ":" | "!" | "?" | "—" | "–" | "(" | ")" | "\n" | "|"
        )
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
            return self.held_by(table);
        }
        let bits = self.looked_up.get();
        if bits & asked != 0 {
            return bits & found != 0;
        }
        let hit = self.held_by(table);
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
        #[cfg(test)]
        assert_eq!(self.sieve_key, super::word_tables::sieve_key(&self.lower));
        let index = table.index_of_keyed(self.lower.as_str(), self.sieve_key);
        if asked != 0 {
            self.looked_up
                .set(bits | asked | if index.is_some() { found } else { 0 });
        }
        if let (Some(n), Some(slot)) = (index.and_then(|n| u16::try_from(n + 1).ok()), kept) {
            slot.set(n);
        }
        index
    }

    /// [`WordTable::holds`] of this token's word, from its kept [`Token::sieve_key`]
    /// (checked against the word's own in the library's tests, at every look-up).
    #[inline(always)]
    fn held_by(&self, table: &WordTable) -> bool {
        #[cfg(test)]
        assert_eq!(self.sieve_key, super::word_tables::sieve_key(&self.lower));
        table.holds_keyed(self.lower.as_str(), self.sieve_key)
    }

    /// Sets the token's word (`lower`) and what is kept of it ([`Token::sieve_key`],
    /// [`Token::is_break`]'s answer, told with its kind: a kind changed is changed first):
    /// the one way a pass changes a token's word after the scan.
    pub fn set_lower(&mut self, lower: String) {
        self.sieve_key = super::word_tables::sieve_key(&lower);
        self.breaks = breaks_a_clause(self.kind, &lower);
        self.lower = lower;
    }

    /// Whether this token's record already says `table` does not hold its word: the one
    /// answer [`Token::index_in`] gives without a look-up, asked before calling out to
    /// match a phrase.
    #[inline(always)]
    pub(super) fn known_not_in(&self, table: &WordTable) -> bool {
        let (asked, found) = table.masks;
        asked != 0 && self.looked_up.get() & (asked | found) == asked
    }

    /// Whether `table`'s sieve already says it does not hold this token's word, the record
    /// then kept as [`Token::index_in`]'s look-up keeps it (asked, not found): the answer
    /// a phrase table's match gives without a call, when its word was not yet asked of the
    /// table (round P63). False when the word may be there.
    #[inline(always)]
    pub(super) fn sieved_out_of(&self, table: &WordTable) -> bool {
        if table.may_hold_keyed(self.sieve_key) {
            return false;
        }
        let (asked, _) = table.masks;
        self.looked_up.set(self.looked_up.get() | asked);
        true
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
    /// Ends a clause: sentence punctuation, comma, dash, semicolon. Told once, when the
    /// token is made or its word set ([`breaks_a_clause`]), and kept (round P60).
    #[inline]
    pub fn is_break(&self) -> bool {
        #[cfg(test)]
        assert_eq!(self.breaks, breaks_a_clause(self.kind, &self.lower));
        self.breaks
    }
}
