//! "… The café refit is a no: …. On the changing rooms, @kasia is getting me a list …",
//! "On the team store we're going smaller — …", "On the branch CCTV, we are cutting it down
//! to …": a sentence opening "On the <thing>", then a comma or its own subject, turns to
//! that thing (round B48). Whether the thing is another investment than the record
//! before's is the split's to ask.

use super::*;

/// Subjects that may open the clause after the thing when no comma sets it off.
const SUBJECTS: &[&str] = &[
    "we", "we're", "we've", "we'll", "i", "i'm", "i've", "i'll", "they", "they're", "he", "she",
];

/// Whether the sentence starting at `a`, after a full stop or a line's end, opens "On the
/// <one to four words>" followed by a comma or a subject.
pub(in crate::reader::records) fn opens_on_a_thing(toks: &[Token], a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if a == 0 || !matches!(word(a - 1), "." | "!" | "?" | "\n") || word(a) != "on" {
        return false;
    }
    if !matches!(word(a + 1), "the" | "our") {
        return false;
    }
    (a + 3..(a + 7).min(toks.len()))
        .find(|&k| !toks[k].is_word() || SUBJECTS.contains(&word(k)))
        .is_some_and(|k| {
            toks[a + 2..k].iter().all(Token::is_word)
                && (toks[k].is(",") || SUBJECTS.contains(&word(k)))
        })
}
