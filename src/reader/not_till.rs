//! "Grant came back to me on the second extraction line at Te Kaha — not till after the
//! season, he wants to see …", "Shower block refit: not until Easter": a thing answered
//! "not till <a time>" after its dash or colon is put off to then, a deferral (round V48).

use super::tokens::Token;

/// At `i` ("not"), "not till / until / til" straight after a dash or a colon that follows
/// a word: where the shape ends (after "till").
pub(in crate::reader) fn not_till_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let answered = i >= 2 && matches!(word(i - 1), "—" | "–" | "-" | ":") && toks[i - 2].is_word();
    (answered && word(i) == "not" && matches!(word(i + 1), "till" | "until" | "til"))
        .then_some(i + 2)
}
