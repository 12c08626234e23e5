//! "Quick rundown from Wednesday's meeting with Hal. He signed off on the new stave jointer
//! …", "Just got off the phone with Mr Prasad — he's happy with the staff transport van",
//! "I had a meeting with the MD this morning on the HR items. She has okayed …" (round V58):
//! "he" or "she" opening the verdict's sentence, straight after a sentence whose meeting,
//! call or phone was with one person, is that person. A meeting with two ("with Ray and
//! Denise") names no one.

use super::decider_looks::AtVerdict;
use super::deciders::{is_body, is_decider_word};
use super::tokens::{TokKind, Token};

/// Titles written before a name ("Mr Prasad", "Ms. Garbutt").
fn title(w: &str) -> bool {
    crate::reader::name_titles::courtesy_title(w) || matches!(w, "mme" | "mdm")
}

/// Words for a meeting or a call ("sit-down" and "catch-up" by their last word).
fn meeting(toks: &[Token], k: usize) -> bool {
    match toks[k].lower.as_str() {
        "meeting" | "call" | "chat" | "talk" | "discussion" | "session" | "yarn" | "phone"
        | "sitdown" | "catchup" => true,
        "down" | "up" => {
            k >= 2
                && toks[k - 1].is_sym("-")
                && matches!(toks[k - 2].lower.as_str(), "sit" | "catch")
        }
        _ => false,
    }
}

/// The pronoun subjects that stand for one person, with "is" / "has" run on.
fn one_person(w: &str) -> bool {
    // "Just come off the phone with Mr Campbell — him okay the …" (round V62): the
    // Caribbean creoles' "him" as a subject.
    matches!(
        w,
        "he" | "she" | "he's" | "she's" | "he’s" | "she’s" | "him"
    )
}

/// The one person met with in the sentence ending before the verdict's, when the verdict at
/// `verb` opens its sentence on "he" or "she".
pub(super) fn met_before_pronoun(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let mut p = verb.checked_sub(1)?;
    while p > 0 && matches!(look.word(p), "is" | "has" | "had" | "was" | "also" | "just") {
        p -= 1;
    }
    // "He signed off", "— he's happy with": the pronoun opens its sentence or follows a dash.
    if !one_person(look.word(p))
        || p == 0
        || !matches!(look.word(p - 1), "." | "!" | "\n" | "—" | "–")
    {
        return None;
    }
    let end = p - 1;
    let start = (0..end)
        .rev()
        .find(|&k| {
            matches!(look.word(k), "." | "!" | "?" | "\n") && !(k > 0 && title(look.word(k - 1)))
        })
        .map_or(0, |k| k + 1);
    let with = (start + 1..end)
        .find(|&k| matches!(look.word(k), "with" | "wit") && meeting(toks, k - 1))?;
    let mut k = with + 1;
    let from = k;
    if title(look.word(k)) {
        k += 1 + usize::from(look.word(k + 1) == ".");
    }
    let name = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Word
                && text[t.start..].starts_with(|c: char| c.is_uppercase())
                && is_decider_word(&t.lower)
        })
    };
    // "the MD": a head's title; else one or two capitalised words.
    let last = if look.word(k) == "the" && is_body(look.word(k + 1)) {
        k + 1
    } else if name(k) {
        k + usize::from(name(k + 1))
    } else {
        return None;
    };
    // One person: nobody after an "and".
    if matches!(look.word(last + 1), "and" | "&") {
        return None;
    }
    Some(text[toks[from].start..toks[last].end].to_string())
}
