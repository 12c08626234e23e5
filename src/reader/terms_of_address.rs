//! Terms of address: "till spring hon, let's …", "The generator earn its keep, man.",
//! "can wait b'y, …". The writer speaking to someone at a clause's edge says nothing of the
//! work, so the word is left out of the tokens every pass reads (the message's text, and
//! the offsets into it, are unchanged).

use super::tokens::Token;

/// Words that, in the registers the reader meets, only ever speak to someone: left out at
/// a clause's end straight after a word ("till spring hon, …", "thanks hon"). Set off by a
/// comma of their own ("…, hon.") they stay, as a closing aside the passes already read.
const ONLY_ADDRESS: &[&str] = &["hon", "hun", "bab", "b'y", "luv"];

/// Words that are terms of address only after a comma at a clause's end (", man.",
/// ", mate,"): elsewhere they are ordinary nouns ("a man short", "my mate at the depot").
const AFTER_COMMA: &[&str] = &["man", "mate", "love", "pet", "bud", "buddy", "dude"];

/// The first letters of [`ONLY_ADDRESS`] and [`AFTER_COMMA`]'s words (a curly apostrophe
/// read as the straight one changes no first letter).
const TERM_FIRST_BYTES: &[u8] = b"hblmpd";

/// Whether the token ends a clause or the message: the place a term of address is said.
fn clause_ends(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_none_or(|t| {
        t.is_break() && !matches!(t.lower.as_str(), "(" | ")") || !t.is_word() && t.lower != "-"
    })
}

/// Whether the word at `k` is a term of address said at a clause's edge.
#[inline]
fn term_at(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    // Asked of every token of every message: a word opening on a letter none of the terms
    // opens on is none, told before the words around are read (round P56).
    if !matches!(t.lower.as_bytes().first(), Some(b) if TERM_FIRST_BYTES.contains(b)) {
        return false;
    }
    if !t.is_word() || k == 0 || !clause_ends(toks, k + 1) {
        return false;
    }
    let before = &toks[k - 1];
    // The curly apostrophe read as the straight one (a copy only when written so).
    let straight: std::borrow::Cow<str> = if !t.lower.is_ascii() && t.lower.contains('’') {
        t.lower.replace('’', "'").into()
    } else {
        t.lower.as_str().into()
    };
    let word: &str = &straight;
    ONLY_ADDRESS.contains(&word) && !t.capital && before.is_word()
        || AFTER_COMMA.contains(&word) && before.is_sym(",")
}

/// `toks` without the terms of address said at a clause's edge; a comma that only set the
/// term off before a sentence's end goes with it (", man." leaves ".").
pub(super) fn without_terms_of_address(toks: Vec<Token>) -> Vec<Token> {
    // Nothing dropped (most messages): no comma goes either, every token is kept, told
    // before any list of the dropped is made.
    if !(0..toks.len()).any(|k| term_at(&toks, k)) {
        return toks;
    }
    let drop: Vec<bool> = (0..toks.len()).map(|k| term_at(&toks, k)).collect();
    // The comma before a dropped term, when a sentence's end or another comma follows.
    let comma_too = |k: usize| {
        toks[k].is_sym(",")
            && drop.get(k + 1) == Some(&true)
            && toks.get(k + 2).is_none_or(|t| {
                t.is_break() && !matches!(t.lower.as_str(), "(" | ")") || !t.is_word()
            })
    };
    let keep: Vec<bool> = (0..toks.len()).map(|k| !drop[k] && !comma_too(k)).collect();
    if keep.iter().all(|&k| k) {
        return toks;
    }
    toks.into_iter()
        .zip(keep)
        .filter_map(|(t, k)| k.then_some(t))
        .collect()
}

#[cfg(test)]
mod first_letters {
    use super::*;

    #[test]
    fn every_term_opens_on_a_letter_looked_for_first() {
        for w in ONLY_ADDRESS.iter().chain(AFTER_COMMA) {
            assert!(TERM_FIRST_BYTES.contains(&w.as_bytes()[0]), "{w}");
        }
        // "till spring hon, …" still loses its term; "a man short" keeps its word.
        let kept = |text: &str| {
            without_terms_of_address(crate::reader::tokens::tokenize(text))
                .iter()
                .map(|t| t.lower.clone())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            kept("hold till spring hon, thanks"),
            "hold till spring , thanks"
        );
        assert_eq!(kept("we are a man short"), "we are a man short");
    }
}
