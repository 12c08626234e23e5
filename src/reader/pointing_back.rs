//! "We've had four calls this month where the location came in 300 metres off. That's the
//! whole point of the upgrade, so I'm approving it": a reason that opens "That's" points
//! back at the sentence before it, which is the reason told.

use super::tokens::Token;

/// The sentence before the reason `said`, when `said` opens its sentence with "that's"
/// ("that is", "this is", "that was") and the sentence before is a plain clause of its
/// own with no money, question or verdict.
pub(super) fn sentence_pointed_at(
    text: &str,
    toks: &[Token],
    said: &str,
    money: &dyn Fn(usize) -> bool,
    decides: &dyn Fn(usize, usize) -> bool,
) -> Option<String> {
    let (a, _) = super::reasons::span_of(text, toks, said)?;
    let at = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let points = matches!(at(a), "that's" | "thats")
        || matches!(at(a), "that" | "this") && matches!(at(a + 1), "is" | "was");
    let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "\n");
    let e = a.checked_sub(1).filter(|&e| points && is_end(&toks[e]))?;
    let s = toks[..e].iter().rposition(is_end).map_or(0, |p| p + 1);
    let plain = (s..e).all(|j| !money(j) && !toks[j].is("?"));
    let own =
        super::intent::own_clause(toks, s, e) || super::next_sentence::pronoun_clause(toks, s);
    (plain && own && e > s + 3 && e <= s + 40 && !decides(s, e))
        .then(|| text[toks[s].start..toks[e - 1].end].trim().to_string())
}
