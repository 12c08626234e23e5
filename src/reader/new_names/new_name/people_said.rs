//! A person where a thing's name would open (round B54): the speaker of a pasted chat's line
//! ("Ah Huat: $6,800 with install"), said on two lines or more, is not the thing asked for
//! or decided. (The one a verdict is told to, "Colleen, go ahead and replace #2", and a
//! speaker after a timestamp, "[03/12/2026, 07:41] Tonderai Workshop: …", were tried too: with
//! no other name found, the record then asks for its investment where the labels, with the
//! person's name read, did not, so `missing` went down by two.)

use super::*;
use crate::reader::chat_line_speakers::{line_starts, speaker_colon};

/// Whether a name read from `at` would be a person's: a line's "<Name>:", the same name
/// opening another line of the message too.
pub(super) fn person_at(toks: &[Token], at: usize) -> bool {
    let opens_line = at == 0 || toks[at - 1].is_sym("\n");
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
    line_starts(toks).into_iter().any(|s| s != at && same(s))
}
