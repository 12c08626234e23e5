//! Who decided, said the ways strangers write it (round V55): a lowercase name before
//! "said" / "says" / "say" and the verdict ("alhaji said ok for the borehole", "ok ray said
//! go on the new hedger"), a head's title ("boss said no to …", "chairman said no …"), a
//! bare verdict "from <Name>" closing its clause ("outboard engine ok from Mzee.", "No to
//! the drone for Jake from Deb."), and a body's word alone closing the message after the
//! verdict ("soap line restart — no. Director.").

use super::decider_looks::AtVerdict;
use super::decider_words::is_decider_word;
use super::deciders::is_body;
use super::tokens::TokKind;

/// A head's title that decides, said as the subject ("boss said no", "the chairman said
/// no").
pub(super) fn is_head(w: &str) -> bool {
    matches!(w, "boss" | "chairman" | "chairperson" | "chairwoman")
}

/// Words that name nobody in particular as a subject.
fn nobody(w: &str) -> bool {
    matches!(
        w,
        "everyone" | "everybody" | "someone" | "somebody" | "nobody" | "people" | "all"
    )
}

/// The verdict at `verb` said after "<name> said" (or the verdict being "said …"): the
/// lowercase name opening its clause (or after an opening "ok" / "so").
pub(super) fn lowercase_sayer(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        verb,
        is_investment,
        ..
    } = *look;
    // "boss seh no to de weighbridge" (round V61): Caribbean English's "says".
    let saying = |w: &str| matches!(w, "said" | "says" | "say" | "seh");
    let s = if saying(look.word(verb)) {
        verb.checked_sub(1)?
    } else if verb >= 2 && saying(look.word(verb - 1)) {
        verb - 2
    } else {
        return None;
    };
    // "FYI board said no to the mobile dental van" (round V68): after "fyi" or "btw" too.
    let opens = s == 0
        || toks[s - 1].is_break()
        || s == 1 && matches!(look.word(0), "ok" | "okay" | "so" | "and" | "fyi" | "btw");
    let t = &toks[s];
    let name = super::deciders_told::lowercase_name(text, t, &t.lower)
        && !nobody(&t.lower)
        && !is_investment(s);
    (opens && name).then(|| text[t.start..t.end].to_string())
}

/// After the verdict at `verb`, in its clause, "from" and one or two capitalised words (or
/// "the" and a body) closing the clause: who the verdict came from.
pub(super) fn verdict_from_named(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let end = (verb..toks.len())
        .find(|&j| toks[j].is_break())
        .unwrap_or(toks.len());
    // "… is a no from Sal for now." (round V67): the hold's "for now" after the name.
    let end = if end >= 2 && toks[end - 2].is("for") && toks[end - 1].is("now") {
        end - 2
    } else {
        end
    };
    let from = (verb + 1..end).rev().find(|&j| toks[j].is("from"))?;
    let named = |j: usize| {
        toks[j].kind == TokKind::Word
            && toks[j].capital
            && !toks[j].caps
            && is_decider_word(&toks[j].lower)
    };
    let n = end - from - 1;
    // "Solar for Spanish Town get di green light from the board — JMD 14.6m" (round V68):
    // "the" and a body that decides.
    let the_body = n == 2 && toks[from + 1].is("the") && is_body(&toks[from + 2].lower);
    ((n == 1 || n == 2) && (from + 1..end).all(named) || the_body)
        .then(|| text[toks[from + 1].start..toks[end - 1].end].to_string())
}

/// After the verdict at `verb`, the message closing on a sentence of one word, a body's
/// word or a head's title ("… — no. Director."): who gave it.
pub(super) fn body_closing_alone(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let mut last = toks.len();
    while last > 0 && toks[last - 1].kind == TokKind::Sym && toks[last - 1].is_break() {
        last -= 1;
    }
    let k = last.checked_sub(1)?;
    let t = &toks[k];
    let alone = k > verb && k > 0 && matches!(toks[k - 1].lower.as_str(), "." | "\n" | "!");
    (alone && t.kind == TokKind::Word && (is_body(&t.lower) || is_head(&t.lower)))
        .then(|| text[t.start..t.end].to_string())
}

/// "wastewater upgrade is a no from Sal for now. … back on the table after 1/20" (round
/// V67): before the verdict read at `verb` (the look-again), "a no from" and one or two
/// capitalised words closing the clause or before its "for now": who gave the no.
pub(super) fn a_no_from_named(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text, toks, verb, ..
    } = *look;
    let k = (1..verb.saturating_sub(2)).find(|&k| {
        toks[k].is("no")
            && toks[k + 1].is("from")
            && matches!(toks[k - 1].lower.as_str(), "a" | "hard" | "firm" | "flat")
    })?;
    let named = |j: usize| {
        toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Word && t.capital && !t.caps && is_decider_word(&t.lower)
        })
    };
    let closes = |j: usize| {
        toks.get(j).is_none_or(|t| {
            t.is_break() || t.is("for") && toks.get(j + 1).is_some_and(|n| n.is("now"))
        })
    };
    let first = k + 2;
    if !named(first) {
        return None;
    }
    let last = if named(first + 1) { first + 1 } else { first };
    closes(last + 1).then(|| text[toks[first].start..toks[last].end].to_string())
}
