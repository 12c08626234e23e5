//! "Grant came back to me on the second extraction line at Te Kaha — not till after the
//! season, he wants to see …", "Shower block refit: not until Easter": a thing answered
//! "not till <a time>" after its dash or colon is put off to then, a deferral (round V48);
//! so is a short label closed by its full stop and answered by the next sentence, "2.
//! Plant Wi-Fi. Not till after inventory, the yard scanners work fine" (round V50).

use super::tokens::Token;

/// At `i` ("not"), "not till / until / til" straight after a dash or a colon that follows
/// a word: where the shape ends (after "till").
pub(in crate::reader) fn not_till_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let answered = i >= 2
        && (matches!(word(i - 1), "—" | "–" | "-" | ":") || label_closed_before(toks, i))
        && toks[i - 2].is_word();
    (answered && word(i) == "not" && matches!(word(i + 1), "till" | "until" | "til"))
        .then_some(i + 2)
}

/// The longest label an item's own sentence may be ("Plant Wi-Fi", "Crew tablets").
const LABEL_WORDS: usize = 4;

/// Before `i`, a full stop closing a short label that opens its line (after the item's
/// number, "2."), or the message: "2. Plant Wi-Fi. Not till …".
fn label_closed_before(toks: &[Token], i: usize) -> bool {
    if toks.get(i - 1).is_none_or(|t| t.lower != ".") {
        return false;
    }
    let line_from = (0..i - 1)
        .rev()
        .find(|&k| toks[k].lower == "\n")
        .map_or(0, |k| k + 1);
    let numbered = toks
        .get(line_from)
        .is_some_and(|t| !t.lower.is_empty() && t.lower.chars().all(|c| c.is_ascii_digit()))
        && toks.get(line_from + 1).is_some_and(|t| t.lower == ".");
    let from = if numbered { line_from + 2 } else { line_from };
    let label = &toks[from.min(i - 1)..i - 1];
    !label.is_empty() && label.len() <= LABEL_WORDS && label.iter().all(|t| !t.is_break())
}
