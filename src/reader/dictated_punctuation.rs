//! Punctuation said aloud: speech-to-text on a phone writes what the writer dictates, and
//! leaves "full stop" and "new line" (or "new paragraph") in the text when the writer says
//! them. They are read as the stop and the line break they stand for, so a reason said after
//! them and items said on "lines" of their own read as written ones do.

use super::tokens::{TokKind, Token};

/// The punctuation a pair of words at `k` says aloud, if they say one: both written in
/// small letters (as dictation writes them; "New Line" is a name), and not after a word
/// that makes them a thing ("a full stop", "the new line", "our new line").
fn said_aloud(toks: &[Token], k: usize) -> Option<&'static str> {
    let (first, second) = (toks.get(k)?, toks.get(k + 1)?);
    if first.kind != TokKind::Word || first.capital || second.capital || second.attached {
        return None;
    }
    let mark = match (first.lower.as_str(), second.lower.as_str()) {
        ("full", "stop") => ".",
        ("new", "line" | "paragraph") => "\n",
        _ => return None,
    };
    let thing = k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "a" | "an"
                | "the"
                | "our"
                | "their"
                | "its"
                | "this"
                | "that"
                | "one"
                | "second"
                | "another"
                | "each"
                | "every"
                | "no"
                | "whole"
        );
    // "we'll just patch the old one full stop": "one" after a word saying which is a
    // pronoun for a thing, not a count of stops.
    let pronoun_one = k >= 2
        && toks[k - 1].is("one")
        && matches!(
            toks[k - 2].lower.as_str(),
            "the" | "this" | "that" | "old" | "new" | "other" | "last" | "same" | "existing"
        );
    (!thing || pronoun_one).then_some(mark)
}

/// Each pair of words saying a stop or a line break aloud made into that one symbol, its
/// span the two words'.
pub(super) fn as_written(mut toks: Vec<Token>) -> Vec<Token> {
    let mut k = 0;
    while k + 1 < toks.len() {
        if let Some(mark) = said_aloud(&toks, k) {
            let end = toks[k + 1].end;
            let t = &mut toks[k];
            t.kind = TokKind::Sym;
            t.set_lower(mark.to_string());
            t.end = end;
            t.caps = false;
            t.capital = false;
            toks.remove(k + 1);
        }
        k += 1;
    }
    toks
}
