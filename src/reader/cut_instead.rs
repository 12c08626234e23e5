//! "temp roof kit budget down to £48k from £70k, we'll hire the beams for the big jobs",
//! "service bay budget trimmed to $260k from $320k, we'll keep the old hoist in bay 1"
//! (round R42): after a rescope's figures, a clause of what the writer will do instead of
//! the part cut says how the cut is possible, which the labels take as its reason.

use super::tokens::Token;

/// After the rescope's verdict ending at `from`, the clause after the comma that follows
/// its money, opening "we'll" / "we will" / "we're going to", to the sentence's end, with
/// no money or date in it.
pub fn instead_after_cut(
    toks: &[Token],
    from: usize,
    skip: &dyn Fn(usize) -> bool,
    money: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
    let sentence_end = (from..toks.len())
        .find(|&j| ends(&toks[j]))
        .unwrap_or(toks.len());
    let c = (from..sentence_end).find(|&j| toks[j].is(","))?;
    if !(from..c).any(money) {
        return None;
    }
    let s = c + 1;
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let will = match w(s) {
        "we'll" | "well" => 1,
        "we" if w(s + 1) == "will" => 2,
        "we're" if w(s + 1) == "going" && w(s + 2) == "to" => 3,
        _ => 0,
    };
    let e = sentence_end;
    let words = (s..e).filter(|&j| toks[j].is_word()).count();
    (will > 0
        && words >= 4
        && toks[s + will].is_word()
        && !(s..e).any(|j| skip(j) || money(j) || toks[j].is(",")))
    .then_some((s, e))
}
