//! A chat pasted as "<Name>: …" lines with no timestamps ("Tony: how much / Dean: £6,300 …
//! / Tony: do it, …"): who said each line, when the message holds three or more such lines
//! (round V52). (Lines with a timestamp are read in `chat_logs`.)

use super::tokens::Token;

/// At `line` (a line's first token), "<Name>:" with one to three tokens of name (words, or
/// the dot of "Mr."): the colon's position.
pub(super) fn speaker_colon(toks: &[Token], line: usize) -> Option<usize> {
    let colon = (line + 1..=line + 3).find(|&k| toks.get(k).is_some_and(|t| t.is_sym(":")))?;
    let named = toks[line..colon]
        .iter()
        .all(|t| t.is_word() || t.is_sym(".") && t.attached);
    (named && toks[line].is_word()).then_some(colon)
}

/// The first token of every line.
pub(super) fn line_starts(toks: &[Token]) -> Vec<usize> {
    std::iter::once(0)
        .chain(
            (0..toks.len())
                .filter(|&k| toks[k].is_sym("\n"))
                .map(|k| k + 1),
        )
        .filter(|&s| s < toks.len())
        .collect()
}

/// Whether the message is a pasted chat: three or more lines open on "<Name>:".
pub(super) fn is_pasted_chat(toks: &[Token]) -> bool {
    named_lines_counted::three_named_lines(toks)
}

mod named_lines_counted;

/// Who said the line holding token `k`, in a pasted chat: the name as written.
pub(super) fn speaker_of_line_at(text: &str, toks: &[Token], k: usize) -> Option<String> {
    if !is_pasted_chat(toks) {
        return None;
    }
    let line = line_starts(toks)
        .into_iter()
        .take_while(|&s| s <= k)
        .last()?;
    let colon = speaker_colon(toks, line)?;
    (colon < k).then(|| text[toks[line].start..toks[colon - 1].end].to_string())
}
