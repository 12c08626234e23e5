//! "… a 20 min wait for the only RWC to come up from Karekare": a capitalised word after
//! "the only", "the first", "the last" or "a" is a thing described by what it does, not a
//! person handed a task ("Raj to send …"). "… gave us until June to sort the discharge": a
//! word after "until" or "till" is the time given, not a person either.

use super::tokens::Token;

/// Is the word at `i` described rather than asked: "only", "first", "last", "a", "an" or
/// "another" just before it, or the time a grace runs to ("until June to …")?
pub fn described_not_asked(toks: &[Token], i: usize) -> bool {
    i > 0
        && matches!(
            toks[i - 1].lower.as_str(),
            "only" | "first" | "last" | "a" | "an" | "another" | "until" | "till" | "til" | "'til"
        )
}
