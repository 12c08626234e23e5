//! "He reject the idea of air-con for the Block 123 outlet — $85k …" (round B55): what an
//! idea or an offer was of, said without "a" or "an" (a thing named by a mass noun or its
//! own word: "the idea of solar", "the idea of air-con").

use crate::reader::tokens::Token;

/// Whether the word after "the idea of" / "the offer of" may open a thing's name: a word
/// that is no pronoun, article or possessive, and no "-ing" form ("the idea of going solar"
/// is about doing, not a thing).
pub(super) fn bare_thing_after_of(t: &Token) -> bool {
    t.is_word()
        && !t.lower.ends_with("ing")
        && !matches!(
            t.lower.as_str(),
            "it" | "this"
                | "that"
                | "these"
                | "those"
                | "them"
                | "the"
                | "our"
                | "their"
                | "his"
                | "her"
                | "my"
                | "your"
                | "its"
                | "some"
                | "more"
                | "another"
                | "one"
                | "two"
        )
}
