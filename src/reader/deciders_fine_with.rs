//! "Wendell is fine with the diffuser rebuild, $240k", "Wendell's good with the pile
//! ventilation", "Board's fine with carrying on the grower portal", "Wendell's happy for the
//! grower portal to keep going": the one said to be fine, good or happy with the thing, as
//! the clause holding the verdict opens, decided it (round S45).

use super::decider_looks::AtVerdict;
use super::deciders::span_decider;
use super::deciders_told::without_has;
use super::tokens::Token;

/// Words of assent said of someone before "with" or "for".
fn assent(w: &str) -> bool {
    matches!(w, "fine" | "good" | "happy" | "grand" | "ok" | "okay")
}

/// Who is said to be fine with (or happy for) the thing in the clause that holds the verdict
/// at `verb`: the subject before "is" or run on with "'s", at the clause's start.
pub(super) fn said_fine_with(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        verb,
        is_unit,
        ..
    } = *look;
    let opens = (0..verb)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(0, |k| k + 1);
    // The assent at most four words before the verdict ("fine with carrying on", "happy
    // for the grower portal to keep going"), or the verdict's own word.
    let at = (opens..=verb).rev().take(8).find(|&k| {
        assent(look.word(k)) && matches!(look.word(k + 1), "with" | "for")
            || super::fine_with::assent_with_at(toks, k).is_some()
    })?;
    let before = at.checked_sub(1).filter(|&b| b >= opens)?;
    let end = if matches!(look.word(before), "is" | "are" | "was") {
        before
    } else if look.word(before).ends_with("'s") || look.word(before).ends_with("’s") {
        before + 1
    } else if before == opens && toks[before].caps {
        // "MD ok with the shade netting": a title in capitals, the copula left out.
        before + 1
    } else {
        return None;
    };
    if end <= opens || end - opens > 3 {
        return None;
    }
    span_decider(text, toks, opens, end, is_unit)
        .or_else(|| lowercase_name(text, toks, opens, end))
        .or_else(|| the_lender(text, toks, opens, end))
        .map(without_has)
}

/// "dave's good w/ the sanding gear", "seamus is happy enough w the new case coder": one
/// lowercase word opening the message as the one said to be fine with the thing, a name
/// as terse writers type it (round S48).
fn lowercase_name(text: &str, toks: &[Token], opens: usize, end: usize) -> Option<String> {
    if opens != 0 || end != 1 {
        return None;
    }
    let t = toks.first()?;
    let bare = t
        .lower
        .strip_suffix("'s")
        .or_else(|| t.lower.strip_suffix("’s"))
        .unwrap_or(&t.lower);
    let name = text[t.start..].starts_with(|c: char| c.is_lowercase())
        && bare.chars().all(char::is_alphabetic)
        && bare.chars().count() >= 3
        && super::deciders::is_decider_word(bare);
    name.then(|| text[t.start..t.end].to_string())
}

/// "Good news from Denise: the bank's fine with the solar array …" (convention 78, round
/// V56): the lender named as the one fine with it, "the bank" or "the lender".
fn the_lender(text: &str, toks: &[Token], opens: usize, end: usize) -> Option<String> {
    if end != opens + 2 || !toks[opens].is("the") {
        return None;
    }
    let t = &toks[opens + 1];
    let bare = t
        .lower
        .strip_suffix("'s")
        .or_else(|| t.lower.strip_suffix("’s"))
        .unwrap_or(&t.lower);
    matches!(bare, "bank" | "lender").then(|| text[toks[opens].start..t.end].to_string())
}
