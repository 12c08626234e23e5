//! "Mrs Ramdial just tell me the accounting system is a go", "Gunni told me on the phone:
//! ok for the CO2 dosing", "Mr. Zhang reply me about the laptops: agree, buy 6" (round
//! V61): a name opening the message or its line, who told or answered the writer, and the
//! verdict after it in the same sentence (a colon may open what was said) — the verdict is
//! that one's, as a verdict passed on from someone is (convention 78).

use super::decider_looks::AtVerdict;
use super::deciders::span_decider;

/// The words of telling or answering the writer: "tell", "told", "reply", "replied", "rang".
fn tells(w: &str) -> bool {
    matches!(
        w,
        "tell" | "tells" | "told" | "reply" | "replies" | "replied" | "rang" | "phoned"
    )
}

/// The one who told the writer, opening the line before the verdict at `verb`.
pub(super) fn told_me_before(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        verb,
        is_unit,
        ..
    } = *look;
    // The telling word, before the verdict with no sentence's end between.
    let tell = (verb.saturating_sub(12)..verb)
        .rev()
        .take_while(|&k| !matches!(look.word(k), "." | "!" | "?" | "\n"))
        .find(|&k| tells(look.word(k)) && matches!(look.word(k + 1), "me" | "us"))?;
    // The name opens the message or its line, a word or two (and a "just" / "has") before.
    let mut end = tell;
    while end > 0
        && matches!(
            look.word(end - 1),
            "just" | "has" | "had" | "finally" | "already"
        )
    {
        end -= 1;
    }
    let start = (end.saturating_sub(4)..end).find(|&k| k == 0 || toks[k - 1].is_sym("\n"))?;
    span_decider(text, toks, start, end, is_unit)
}
