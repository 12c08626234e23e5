//! "@ciara need the nurtura migration plan", "berthwise move carries on", "the storEDGE
//! cutover plan", "Update on the software move": a move from one system to another, named
//! by the product moved to (which the directory does not hold) or by a plain word, is the
//! directory's one migration, where it registers exactly one (a name ending in
//! "Migration", "Move" or "Switch", or a system's, software's or platform's
//! "Replacement"). A directory with two migrations leaves the question to be asked, and
//! "a SharePoint migration" is a new one proposed.

use super::{NameIndex, NameMatch};
use crate::reader::tokens::Token;

/// Nouns of moving from one system to another ("import": the data's move into it).
const MOVE_WORDS: &[&str] = &["migration", "cutover", "move", "import"];

/// Words before "move" that make it a verb ("we move", "can move", "please move").
const BEFORE_A_VERB: &[&str] = &[
    "to", "we", "i", "you", "they", "he", "she", "will", "'ll", "can", "could", "should", "would",
    "must", "might", "may", "please", "pls", "and", "or", "not", "don't", "didn't", "won't",
    "let's", "then", "also", "just", "did", "do", "'d", "gonna", "wanna", "cannot",
];

/// Words after "move" that make it a verb ("move it", "move the party", "move over").
const AFTER_A_VERB: &[&str] = &[
    "it",
    "them",
    "him",
    "her",
    "us",
    "everything",
    "things",
    "over",
    "forward",
    "on",
    "ahead",
    "in",
    "out",
    "up",
    "back",
    "away",
    "the",
    "a",
    "an",
    "our",
    "their",
    "some",
    "all",
    "across",
];

/// Words before a move noun that name no system ("the migration", "this move").
const NO_SYSTEM: &[&str] = &[
    "the", "a", "an", "this", "that", "our", "their", "its", "his", "her", "my", "your", "any",
    "no", "big", "next", "last", "first", "whole",
];

impl NameIndex {
    /// At `i`, a move noun after a word naming nothing registered (`after_a_name` says the
    /// word before closed a match): the directory's one migration.
    pub(super) fn one_migration_at(
        &self,
        toks: &[Token],
        i: usize,
        after_a_name: bool,
    ) -> Option<NameMatch> {
        let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        if i == 0 || after_a_name || !MOVE_WORDS.contains(&word(i)) {
            return None;
        }
        let before = &toks[i - 1];
        if !before.is_word() || NO_SYSTEM.contains(&word(i - 1)) {
            return None;
        }
        // "IT wants a SharePoint migration": a migration proposed is a new thing.
        if i >= 2 && matches!(word(i - 2), "a" | "an" | "another" | "new") {
            return None;
        }
        if word(i) == "move"
            && (BEFORE_A_VERB.contains(&word(i - 1))
                || AFTER_A_VERB.contains(&word(i + 1))
                || toks.get(i + 1).is_some_and(|t| t.is_sym("-")))
        {
            return None;
        }
        let mut found = None;
        for (inv, words) in self.inv_words.iter().enumerate() {
            if is_a_migration(words) {
                if found.is_some() {
                    return None;
                }
                found = Some(inv);
            }
        }
        Some(NameMatch::guessed_investment(found?, i, i + 1))
    }
}

/// A name ending in "Migration", "Move" or "Switch", or a system's, software's or
/// platform's "Replacement".
fn is_a_migration(words: &[String]) -> bool {
    match words {
        [.., last] if matches!(last.as_str(), "migration" | "move" | "switch") => true,
        [.., kind, last] => {
            last == "replacement" && matches!(kind.as_str(), "system" | "software" | "platform")
        }
        _ => false,
    }
}
