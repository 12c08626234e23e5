//! "1. Gas burner retrofit kiln No.3: approved, RMB 320,000, Master Huang responsible,
//! finish before Dec 31", "1. Steam kettle – install date 14 Dec, Marlon responsible."
//! (round V59): minutes' items naming who has the work with "responsible" after the name.

use super::*;

/// At `i`, the last word of a name of one to three capitalised words, "responsible" after
/// it closing its clause, the name opening its clause (after a comma, a dash, a colon or
/// the line's start): the follow-up of the item's line, the one named its owner.
pub(super) fn named_responsible(text: &str, toks: &[Token], i: usize) -> Option<ActionSpan> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i + 1) != "responsible"
        || !(toks.get(i + 2).is_none()
            || matches!(
                word(i + 2),
                "," | "." | ";" | "\n" | "for" | "-" | "–" | "—"
            ))
    {
        return None;
    }
    let capital = |k: usize| capitalised(text, &toks[k]) && !names_nobody(&toks[k].lower);
    if !capital(i) {
        return None;
    }
    let mut s = i;
    while s > 0 && i - s < 2 && toks[s - 1].is_word() && capital(s - 1) {
        s -= 1;
    }
    let opens = s == 0
        || toks[s - 1].is_break()
        || matches!(word(s - 1), "," | ":" | "-" | "–" | "—" | ";");
    if !opens {
        return None;
    }
    // The item: its line, less a list's number or bullet; on a line that decides the
    // thing, from the name (the verdict before it is the record's, not the task's).
    let line_start = toks[..s]
        .iter()
        .rposition(|t| t.is_sym("\n"))
        .map_or(0, |k| k + 1);
    let text_start = if crate::reader::verdicts::find_verdict_in(toks, line_start, s).is_some() {
        s
    } else {
        (line_start..s).find(|&k| toks[k].is_word()).unwrap_or(s)
    };
    let end = (i + 2..toks.len())
        .find(|&k| toks[k].is_sym("\n"))
        .unwrap_or(toks.len());
    Some(ActionSpan {
        owner: text[toks[s].start..toks[i].end].to_string(),
        start: text_start,
        text_start,
        end,
    })
}
