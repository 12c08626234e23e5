//! "quote came in at $14k, way over what we budgeted. Parking it til mid-Feb …", "the
//! Holmes quote came in at $92k, way over the $60k we budgeted, so …": a price told as
//! over the budget, before the verdict, is why the work waits or shrinks.

use super::tokens::Token;

fn sentence_end(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n")
}

/// The clause before the verdict (which starts at `verdict`) that tells a quote or price
/// "came in" (or "came back") at money (`money`) and then "over" something, from the
/// clause's start to its sentence's end (or to ", so" before the verdict).
pub fn price_over_before(
    text: &str,
    toks: &[Token],
    verdict: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let q = (0..verdict).find(|&k| {
        matches!(w(k), "quote" | "price" | "estimate" | "bid" | "tender")
            && matches!(w(k + 1), "came" | "come")
            && matches!(w(k + 2), "in" | "back")
            && w(k + 3) == "at"
            && money(k + 4)
    })?;
    let end = (q..verdict)
        .find(|&k| sentence_end(&toks[k]) || toks[k].is(",") && w(k + 1) == "so")
        .unwrap_or(verdict);
    let over = (q + 5..end).any(|k| w(k) == "over" && !money(k.saturating_sub(1)));
    if !over {
        return None;
    }
    let mut s = (0..q)
        .rev()
        .find(|&k| {
            sentence_end(&toks[k])
                || matches!(w(k), ":" | "—" | "–")
                || toks[k].is_sym("-") && !toks[k].attached
        })
        .map_or(0, |k| k + 1);
    // "Irrigation controllers - quote …": the record's name before a dash is no reason.
    if s > q {
        s = q;
    }
    Some(text[toks[s].start..toks[end - 1].end].trim().to_string())
}
