//! "keep going, data cleanup is 80% done, no point stopping now": a judgement told after
//! the reason's comma ("no point …", "no sense …", "there's no use …") is the writer's
//! conclusion from it, so the reason runs on to the judgement's end.

use super::tokens::Token;

/// Where the reason ending at `b` (exclusive) runs on to, when a comma and a judgement of
/// "no point / sense / use" follow it; the judgement ends at the sentence's end or `limit`.
pub fn judgement_after(toks: &[Token], b: usize, limit: usize) -> Option<usize> {
    let limit = limit.min(toks.len());
    if !toks.get(b).is_some_and(|t| t.is(",")) {
        return None;
    }
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < limit)
            .map_or("", |t| t.lower.as_str())
    };
    let k = match (w(b + 1), w(b + 2)) {
        ("there's" | "theres", _) => b + 2,
        ("there", "is") => b + 3,
        _ => b + 1,
    };
    if w(k) != "no" || !matches!(w(k + 1), "point" | "sense" | "use") {
        return None;
    }
    let end = (k + 2..limit)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(limit);
    (end > k + 2).then_some(end)
}
