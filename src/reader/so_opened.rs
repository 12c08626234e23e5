//! "Two more residents got done by that scam text and the audit flagged our MFA gaps. So the
//! cyber uplift is approved, $95k.": a verdict's sentence opening on "So" (or "Hence",
//! "That's why") says the sentence before it is why. And "We'll park the pet insurance
//! launch so." (Irish English, "then"): a "so" ending its sentence joins nothing.

use super::tokens::Token;

fn ends(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// The sentence before the one holding the verdict at `verb`, when that one opens on "So"
/// and the one before is a clause of its own (three words or more, no verdict in it: it
/// ends before the verdict's sentence).
pub(super) fn reason_sentence_before(text: &str, toks: &[Token], verb: usize) -> Option<String> {
    let start = (0..verb)
        .rev()
        .find(|&j| ends(&toks[j]))
        .map_or(0, |p| p + 1);
    let opens = match toks.get(start)?.lower.as_str() {
        "so" | "hence" => start + 1,
        "that's" if toks.get(start + 1).is_some_and(|t| t.is("why")) => start + 2,
        _ => return None,
    };
    // "So Workforce gets the time clock app, $14k approved.": a comma that only sets the
    // price off before the verdict's word joins no other clause.
    let price_only = |c: usize| {
        verb <= c + 4
            && toks[c + 1..verb].iter().all(|t| {
                !t.is_word()
                    || t.lower.starts_with(|ch: char| ch.is_ascii_digit())
                    || matches!(t.lower.as_str(), "k" | "m" | "mil" | "million" | "grand")
            })
    };
    let comma = (opens..verb).rev().find(|&j| toks[j].is_sym(","));
    // "So no to the packing line.": the verdict's word may open the clause (round R43).
    if start < 2 || opens > verb || comma.is_some_and(|c| !price_only(c)) {
        return None;
    }
    let sentence_before = |end: usize| {
        let from = (0..end)
            .rev()
            .find(|&j| ends(&toks[j]))
            .map_or(0, |p| p + 1);
        let words = toks[from..end].iter().filter(|t| t.is_word()).count();
        (from, words)
    };
    let (mut from, words) = sentence_before(start - 1);
    let mut end = start - 1;
    // "The controls are original to the 1998 build …. Honeywell confirmed it. So …": a
    // short sentence that only bears the one before out leaves the reason to it.
    if words < 5 && from >= 2 {
        let (f, w) = sentence_before(from - 1);
        if w < 5 {
            return None;
        }
        (from, end) = (f, from - 1);
    }
    (end > from).then(|| text[toks[from].start..toks[end - 1].end].trim().to_string())
}

/// Is the "so" at `k` the Irish English "then" closing its sentence ("we'll park it so.")?
#[inline(always)]
pub(super) fn closing_so(toks: &[Token], k: usize) -> bool {
    // Asked at every token, and only "so" is one: told here, before a call (round P57).
    if !(toks[k].is("so")) {
        return false;
    }
    closing_so_past_its_first_test(toks, k)
}

/// [`closing_so`] once its first test is passed.
fn closing_so_past_its_first_test(toks: &[Token], k: usize) -> bool {
    toks[k].is("so")
        && k > 0
        && toks[k - 1].is_word()
        // "partners said so.", "I think so.", "hope so": "so" standing for what was said.
        && !matches!(
            toks[k - 1].lower.as_str(),
            "said" | "says" | "say" | "saying" | "think" | "thought" | "hope" | "believe"
                | "reckon" | "guess" | "told" | "do" | "did" | "not" | "if" | "or" | "and"
                | "even" | "just" | "only" | "more" | "less" | "very" | "quite" | "is" | "was"
        )
        && toks.get(k + 1).is_none_or(|t| matches!(t.lower.as_str(), "." | "!" | "\n"))
}
