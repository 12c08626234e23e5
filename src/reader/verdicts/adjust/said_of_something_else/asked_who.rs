//! "who keeps leaving the hose running in the guildford yard, it's an ice rink 🥶", "who left
//! the dock door open": a sentence asking who does something is a grumble about a person's
//! habit, no verdict on any work ("keep … running" there is the hose's, not ours); so is a
//! yes/no question asked without its mark ("is the townsville thing dead or just parked").

use super::*;

/// The verdict word in a sentence that opens "who keeps / kept / left / leaves …":
/// `Some(None)`, no verdict.
pub(super) fn asked_who(at: &Around, _raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, _end, _word, _prev, _next) = at.parts();
    // The sentence's first word: after a full stop, a question or exclamation mark, or a
    // line break (a comma opens no new sentence: "the board, who kept it going, …").
    let opens = (0..start)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "?" | "!" | "\n" | ";" | ":"))
        .map_or(0, |k| k + 1);
    let who = toks.get(opens).is_some_and(|t| t.is("who"));
    let habit = toks.get(opens + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "keeps" | "keep" | "kept" | "left" | "leaves" | "leaving" | "took" | "moved"
        )
    });
    // "is the townsville thing dead or just parked": a yes/no question without its mark.
    let asked = crate::reader::small_talk::asks_without_a_mark(toks);
    (who && habit && start > opens || asked).then_some(None)
}
