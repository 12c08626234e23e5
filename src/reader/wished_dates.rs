//! Whose wish a date is: "IT want a firewall upgrade by March", "they want a decision by
//! the 20th" record somebody else's request, no deadline of ours; "@sofus the quotes need
//! to be with the board by the 9th" puts the need to someone of ours, whose task it is.

use super::tokens::Token;

/// Is the date at `at` what someone asked for: "want", "need", "would like" earlier in
/// its clause?
pub(super) fn asked(toks: &[Token], at: usize) -> bool {
    let clause = &toks[..at.min(toks.len())];
    clause
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, t)| !t.is_break())
        .any(|(k, t)| {
            // "we need a plan B by 8 Jan" is our own deadline, not a request; so is one
            // said with no one else wanting it ("gonna need the quotes by Fri, @chris?",
            // "Need to know before the 8th").
            let before = |n: usize| k.checked_sub(n).map(|j| &clause[j]);
            let writer = |t: Option<&Token>| {
                t.is_none_or(|t| {
                    matches!(t.lower.as_str(), "we" | "i" | "." | "!" | "?" | "\n" | ";")
                })
            };
            let ours =
                writer(before(1)) || before(1).is_some_and(|t| t.is("gonna")) && writer(before(2));
            !ours
                && matches!(
                    t.lower.as_str(),
                    "want" | "wants" | "wanted" | "need" | "needs" | "like" | "asked" | "asking"
                )
        })
}

/// "@sofus the linkspan quotes need to be with the board by the 9th": the sentence holding
/// token `at` opens on a handle ("@sofus", "hi @sofus"), so what it says is needed is put to
/// that person of ours.
pub(super) fn put_to_someone(toks: &[Token], at: usize) -> bool {
    let start = toks[..at.min(toks.len())]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        .map_or(0, |p| p + 1);
    let lead = usize::from(
        toks.get(start)
            .is_some_and(|t| matches!(t.lower.as_str(), "hi" | "hey" | "morning" | "ok" | "so")),
    );
    toks.get(start + lead).is_some_and(|t| t.is("@"))
}

/// Is the date at `at` someone else's wish ([`asked`]), not one put to a person of ours
/// ([`put_to_someone`])?
pub(super) fn wished_by_others(toks: &[Token], at: usize) -> bool {
    asked(toks, at) && !put_to_someone(toks, at)
}
