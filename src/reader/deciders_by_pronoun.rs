//! "Sandeep's had a look at the shore power bollards and he's fine with them, £18k",
//! "Dot went through the quote and she's signed it off": a verdict whose subject is "he" or
//! "she", joined by "and" to a clause that opens the sentence on a person's name, is that
//! person's (round S44). The pronoun stands for the one the sentence opened on; a verdict
//! whose sentence opens on anything else names no one.

use super::decider_looks::AtVerdict;
use super::deciders::is_decider_word;
use super::deciders_told::without_has;
use super::tokens::TokKind;

/// The pronoun subjects that stand for one person, with and without "is" / "has" run on.
fn one_person(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "he's" | "she's" | "he’s" | "she’s" | "he'd" | "she'd"
    )
}

/// The name the sentence holding the verdict at `verb` opens on, when the verdict's subject
/// is "he" / "she" right after "and" (an "is" or "has" may come between).
pub(super) fn named_by_and_pronoun(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let mut p = verb.checked_sub(1)?;
    if matches!(look.word(p), "is" | "was" | "has" | "had") {
        p = p.checked_sub(1)?;
    }
    if !one_person(look.word(p)) || p == 0 || look.word(p - 1) != "and" {
        return None;
    }
    let s = (0..p)
        .rev()
        .find(|&k| matches!(look.word(k), "." | "!" | "?" | "\n" | ":"))
        .map_or(0, |k| k + 1);
    let first = toks.get(s).filter(|t| t.kind == TokKind::Word)?;
    let bare = first.lower.trim_end_matches("'s").trim_end_matches("’s");
    let named = text[first.start..].starts_with(|c: char| c.is_uppercase())
        && bare.chars().count() >= 2
        && bare.chars().all(char::is_alphabetic)
        && is_decider_word(bare)
        && !matches!(bare, "heads" | "fyi" | "btw" | "update" | "i");
    // A clause of the sentence's own between the name and the "and" ("Dot had a look at …").
    let told = (s + 1..p - 1).any(|k| toks[k].is_word());
    (named && told).then(|| without_has(text[first.start..first.end].to_string()))
}
