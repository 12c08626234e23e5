//! "Since the techs started writing quotes on them in September, …": a time inside a
//! sentence's opening "since" clause is when the counted period began, however many words
//! the clause runs to, hyphens and figures included. (A "since" later in the sentence, "€140k saved since we went live in
//! June", keeps its five-word reach in `date_cues`: there the start can be the benefit's
//! date.)

use super::*;

/// The most words a "since" clause may run to before its "in <month>" / "on <day>".
const SINCE_CLAUSE_WORDS: usize = 12;

/// The date at `start`, after "in", "on" or "from", closes a "since" clause opening its sentence, of
/// up to [`SINCE_CLAUSE_WORDS`] words with no clause break between ("Since we put the
/// flu jabs online in October").
pub(crate) fn ends_since_clause(toks: &[Token], start: usize) -> bool {
    // "Since owners could watch their dogs on the app from September, …": "from" too.
    if start < 2
        || !(toks[start - 1].is("in") || toks[start - 1].is("on") || toks[start - 1].is("from"))
    {
        return false;
    }
    (2..=SINCE_CLAUSE_WORDS + 1)
        .take_while(|&k| start >= k && !toks[start - k].is_break())
        .any(|k| {
            let at = start - k;
            toks[at].is("since")
                && (at == 0 || {
                    let before = &toks[at - 1];
                    // "Call center update: since we added …": after a heading's colon too
                    // (round V66).
                    before.kind == TokKind::Sym
                        && matches!(before.lower.as_str(), "." | "!" | "?" | "\n" | ":")
                        // "FYI since we put the MoMo integration in September, …": after a
                        // lead-in word opening the message.
                        || at == 1 && matches!(before.lower.as_str(), "fyi" | "btw")
                })
        })
}
