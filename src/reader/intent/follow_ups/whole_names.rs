//! An owner's whole name and the verbs of work said after one (round V63): an initial, a
//! title or a first name before the name a follow-up was found at ("Z. Joomun to prepare
//! …", "Ate Grace to get …", "ask Mei Fen to sign …", "Engr. Mizan will supervise"), and
//! words that look like a name opening a sentence but name no one ("Section F will follow",
//! Jamaican "Mi will tell unu when").

use super::*;

/// Titles written before a name that the owner keeps (the labels keep them: "Mrs.
/// Ramdial", "Uncle Baldeo", "Dr Neema", "Engr. Mizan").
fn title(w: &str) -> bool {
    crate::reader::name_titles::courtesy_title(w)
        || matches!(
            w,
            "engr" | "eng" | "ate" | "kuya" | "uncle" | "aunty" | "auntie" | "chief" | "prof"
        )
}

/// Where the whole name ending at `i` starts: back over a title or an initial with its full
/// stop ("Engr. Mizan", "Z. Joomun", "Ate Grace"), or over a first name that opens no
/// sentence and names no one ("ask Mei Fen to sign").
pub(super) fn whole_name_start(text: &str, toks: &[Token], i: usize) -> usize {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let before = |k: usize| k.checked_sub(1).map(|j| &toks[j]);
    // "Engr. Mizan", "Z. Joomun": a title or an initial, then its full stop.
    if i >= 2 && toks[i - 1].is_sym(".") && toks[i - 1].attached {
        let t = &toks[i - 2];
        // Not an amount's thousands ("$48.5K. Angus, book …").
        let initial = t.is_word()
            && t.lower.len() == 1
            && capitalised(text, t)
            && !super::super::owners::on_a_number(toks, i - 2);
        if initial || title(&t.lower) && capitalised(text, t) {
            return t.start;
        }
    }
    let Some(prev) = before(i) else {
        return toks[i].start;
    };
    if title(&prev.lower) && capitalised(text, prev) {
        return prev.start;
    }
    // "ask Mei Fen to sign": a first name that opens no sentence, after a word that is no
    // name (nor the sentence's own capitalised opener).
    let first = prev.is_word()
        && capitalised(text, prev)
        && !prev.caps
        && !names_nobody(&prev.lower)
        && crate::reader::dates::month(&prev.lower).is_none()
        && i >= 2
        && toks[i - 2].is_word()
        && !capitalised(text, &toks[i - 2])
        && !matches!(
            word(i - 2),
            "and" | "or" | "with" | "to" | "from" | "by" | "of"
        );
    if first {
        prev.start
    } else {
        toks[i].start
    }
}

/// A word opening a sentence like a name that names no one: a single letter ("Section F
/// will follow …"), or Jamaican "mi" for "I" ("Mi will tell unu when").
pub(super) fn no_ones_name(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    t.lower.chars().count() == 1 || t.lower == "mi"
}

/// Verbs of work said after "will" or "to" that the shared list does not hold, each only in
/// its shape of a task: "handle", "supervise", "service", "make the …", "start the …".
pub(super) fn more_task_verbs(toks: &[Token], k: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    match word(k) {
        "handle" | "supervise" | "service" | "oversee" => true,
        "make" | "start" => matches!(word(k + 1), "the" | "a" | "an"),
        _ => false,
    }
}
