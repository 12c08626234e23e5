//! An approval handed to the one named at its close (round V67): "Approved: weather
//! stations x3, $14,200, Kev.", "fork truck for receiving approved — $29,500, Rui", "…
//! approved — $158,000. Mick, it's all yours.": the name closing the message after the
//! approval's price, or told the thing is theirs, owns the work decided.

use super::*;

/// The follow-up of the approval the message closes on, owned by the name at its close.
pub(super) fn named_at_the_close(text: &str, toks: &[Token]) -> Option<ActionSpan> {
    let mut last = toks.len();
    while last > 0 && toks[last - 1].is_break() {
        last -= 1;
    }
    let k = last.checked_sub(1)?;
    // Its first test: the message closes on a word ("Kev", "yours").
    if k < 3 || toks[k].kind != TokKind::Word {
        return None;
    }
    named_at_the_close_past_its_first_test(text, toks, k)
}

/// Whether `t` at `j` is written as a person's first name: capitalised, not in capitals,
/// no word that names nobody, no day or month.
fn a_name(text: &str, toks: &[Token], j: usize) -> bool {
    let t = &toks[j];
    t.kind == TokKind::Word
        && capitalised(text, t)
        && !t.caps
        && t.lower.chars().count() >= 2
        && !names_nobody(&t.lower)
        && crate::reader::dates::weekday(&t.lower).is_none()
        && crate::reader::dates::month(&t.lower).is_none()
}

/// [`named_at_the_close`] once the message is known to close on the word at `k`.
fn named_at_the_close_past_its_first_test(
    text: &str,
    toks: &[Token],
    k: usize,
) -> Option<ActionSpan> {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    // "…, $14,200, Kev." / "… $72k. Dazza.": the name alone after the price.
    let after_price = matches!(word(k - 1), "," | "." | "-" | "–" | "—")
        && (toks[k - 2].kind == TokKind::Num
            || matches!(word(k - 2), "k" | "m") && toks[k - 3].kind == TokKind::Num)
        && a_name(text, toks, k);
    // "Mick, it's all yours.": the name told the thing is theirs, its sentence's opener.
    let yours = k >= 5
        && word(k) == "yours"
        && word(k - 1) == "all"
        && matches!(word(k - 2), "it's" | "it’s")
        && word(k - 3) == ","
        && toks[k - 5].is_break()
        && a_name(text, toks, k - 4);
    let name_at = if after_price {
        k
    } else if yours {
        k - 4
    } else {
        return None;
    };
    let verdict = crate::reader::verdicts::find_verdict_in(toks, 0, name_at)?;
    if verdict.verdict != crate::domain::Verdict::Approve {
        return None;
    }
    // The task is what the verdict's sentence says after its verb: the thing decided.
    let start = verdict.end + usize::from(toks.get(verdict.end).is_some_and(|t| t.is_break()));
    let end = (start..name_at - 1)
        .find(|&j| matches!(word(j), "." | "!" | "?" | "\n"))
        .unwrap_or(name_at - 1);
    (start < end).then(|| ActionSpan {
        owner: text[toks[name_at].start..toks[name_at].end].to_string(),
        start: name_at,
        text_start: start,
        end,
    })
}
