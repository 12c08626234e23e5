//! A person where a thing's name would open (round B54): the speaker of a pasted chat's line
//! ("Ah Huat: $6,800 with install", "[03/12/2026, 07:41] Tonderai Workshop: Replace it"), said
//! on two lines or more, or the one a verdict is told to ("Colleen, go ahead and replace
//! #2"). Neither is the thing asked for or decided.

use super::*;
use crate::reader::chat_line_speakers::{line_starts, speaker_colon};

/// Whether a name read from `at` would be a person's: a chat line's speaker or the one the
/// verdict at `verdict` is told to.
pub(super) fn person_at(toks: &[Token], at: usize, verdict: Option<(usize, usize)>) -> bool {
    told_to(toks, at, verdict) || line_speaker(toks, at)
}

/// "Colleen, go ahead …": one word with a capital, a comma, then the verdict.
fn told_to(toks: &[Token], at: usize, verdict: Option<(usize, usize)>) -> bool {
    verdict.is_some_and(|(vs, _)| vs == at + 2)
        && toks[at].is_word()
        && toks[at].capital
        && toks.get(at + 1).is_some_and(|t| t.is_sym(","))
        && (at == 0 || !toks[at - 1].is_word())
}

/// A line's "<Name>:" (after its timestamp's "]", if any), the same name opening another
/// line of the message too.
fn line_speaker(toks: &[Token], at: usize) -> bool {
    let opens_line = at == 0 || toks[at - 1].is_sym("\n") || toks[at - 1].is_sym("]");
    if !opens_line || !toks[at].capital {
        return false;
    }
    let Some(colon) = speaker_colon(toks, at) else {
        return false;
    };
    let name = &toks[at..colon];
    let same = |s: usize| {
        speaker_colon(toks, s).is_some_and(|c| {
            c - s == name.len() && toks[s..c].iter().zip(name).all(|(a, b)| a.lower == b.lower)
        })
    };
    line_starts(toks)
        .into_iter()
        .map(|s| {
            // Past a "[date, time]" stamp.
            if toks[s].is_sym("[") {
                (s..toks.len().min(s + 12))
                    .find(|&k| toks[k].is_sym("]"))
                    .map_or(s, |k| k + 1)
            } else {
                s
            }
        })
        .filter(|&s| s != at && s < toks.len() && same(s))
        .count()
        >= 1
}
