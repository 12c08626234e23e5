//! A dialect's own auxiliary before the verdict's verb: "So no, bab, we ay doin' it" (Black
//! Country "ay", as "we ain't doing it" elsewhere) refuses as "we aren't doing it" does;
//! "We'm shuttin' it an' sellin' the kit" ("we'm", we are) stops as "we're shutting it"
//! does (round V48). The g dropped from the verb ("doin'", "shuttin'") is read back by the
//! tokens already.

use super::tokens::Token;

/// The negative auxiliaries said for "aren't" / "am not" after "we" or "I".
const NOT: &[&str] = &["ain't", "aint", "ay"];

/// What may follow the verb when the work itself is meant: "it", "that", "the …", or the
/// clause's end.
fn the_work_after(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_none_or(|t| {
        t.is_break()
            || matches!(
                t.lower.as_str(),
                "it" | "that" | "this" | "the" | "one" | "them"
            )
    })
}

/// At `i` ("ain't", "aint", "ay"), "we / I ain't doing it" or "… buying the …": where the
/// verdict's words end (after the verb).
pub(in crate::reader) fn we_aint_doing_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let ours = i > 0 && matches!(word(i - 1), "we" | "i");
    (ours
        && NOT.contains(&word(i))
        && matches!(word(i + 1), "doing" | "buying")
        && the_work_after(toks, i + 2))
    .then_some(i + 2)
}

/// At `i` ("shutting", "closing"), said by us ("we're", "we'm", "we are", "I'm") of the
/// thing ("it", "the …"), nothing in its clause saying for how long or when ("closing the
/// shop for Christmas", "shutting it early today"): where the verb ends.
pub(in crate::reader) fn we_are_shutting_it_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "shutting" | "closing") || i == 0 {
        return None;
    }
    let ours = matches!(word(i - 1), "we're" | "we'm" | "i'm")
        || word(i - 1) == "are" && i >= 2 && word(i - 2) == "we";
    if !ours || !matches!(word(i + 1), "it" | "the" | "our" | "that" | "this") {
        return None;
    }
    let for_a_while = (i + 2..toks.len())
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(
                word(k),
                "for"
                    | "over"
                    | "until"
                    | "till"
                    | "til"
                    | "at"
                    | "early"
                    | "today"
                    | "tonight"
                    | "tomorrow"
                    | "on"
                    | "during"
                    | "while"
                    | "down"
                    | "off"
                    | "up"
            )
        });
    (!for_a_while).then_some(i + 1)
}
