//! "Me and Buck went over the kiln numbers last night till nigh on midnight. We're fixin'
//! to build the fourth kiln, …": a past time in a sentence of its own before the verdict,
//! telling that we went over, went through or talked over the matter, is when the
//! decision was taken, as "we met last night" is.

use super::dates::DateMention;
use super::tokens::Token;

/// Is `d`, before the verdict at `verdict_at` and in another sentence, a past time said in
/// a sentence telling that people went over, went through or talked over something?
pub(super) fn talked_over_then(toks: &[Token], d: &DateMention, verdict_at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if d.end > verdict_at || d.past != d.future {
        return false;
    }
    let stop = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";");
    let start = toks[..d.start].iter().rposition(stop).map_or(0, |p| p + 1);
    let end = toks[d.end..]
        .iter()
        .position(stop)
        .map_or(toks.len(), |p| p + d.end);
    if end >= verdict_at {
        return false;
    }
    (start..d.start).any(|k| {
        matches!(word(k), "went" | "gone" | "talked" | "sat")
            && matches!(word(k + 1), "over" | "through" | "down" | "it" | "things")
    })
}
