//! A clause that tells what drove the decision: one the writer calls the driver ("Cost
//! pressure is the driver here"), a state told after an opening "With", a condition
//! ("Pending the audit, …").

use super::*;

/// "Cost pressure is the driver here: …", "Ministerial turnaround is the driver.": a clause
/// before `limit` that the writer calls the driver of the decision is its reason, whole.
pub fn called_driver(text: &str, toks: &[Token], limit: usize) -> Option<String> {
    let limit = limit.min(toks.len());
    let edge = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "." | "!" | "?" | "\n" | ":" | "," | ";" | "—" | "–"
        ) || t.is_sym("-") && !t.attached
    };
    let k = (3..limit).find(|&k| {
        matches!(toks[k].lower.as_str(), "driver" | "drivers")
            && (toks[k - 1].is("the")
                || toks[k - 2].is("the")
                    && matches!(
                        toks[k - 1].lower.as_str(),
                        "main" | "real" | "big" | "key" | "biggest" | "only" | "whole"
                    ))
    })?;
    let the = if toks[k - 1].is("the") { k - 1 } else { k - 2 };
    if !matches!(toks[the - 1].lower.as_str(), "is" | "are" | "was" | "were") {
        return None;
    }
    let s = (0..the)
        .rev()
        .find(|&j| edge(&toks[j]))
        .map_or(0, |j| j + 1);
    let e = (k + 1..limit).find(|&j| edge(&toks[j])).unwrap_or(limit);
    let negated = (s..e).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "not" | "isn't" | "wasn't" | "aren't" | "never"
        )
    });
    (the >= s + 2 && e <= s + 14 && !negated)
        .then(|| text[toks[s].start..toks[e - 1].end].trim().to_string())
}

/// Words that tell a state of things after "With …": "with two engineers retiring", "with
/// downloads down 40%".
pub(super) const STATE_WORDS: &[&str] = &[
    "down", "up", "gone", "out", "short", "vacant", "retiring", "leaving", "expiring", "closing",
    "doubled", "tripled", "halved", "rising", "falling", "climbing", "dropping", "failing",
    "ending", "off", "over", "behind", "stuck",
];

/// "With circ staff down four positions, the kiosks are approved": a state told after an
/// opening "With", up to its comma before the verdict at `verdict`, is the reason (less its
/// "With").
pub fn with_state_opening(text: &str, toks: &[Token], verdict: usize) -> Option<String> {
    let opens = (0..verdict)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | ":"))
        .map_or(0, |p| p + 1);
    if !toks.get(opens).is_some_and(|t| t.is("with")) {
        return None;
    }
    let comma = (opens + 3..verdict).find(|&j| toks[j].is(","))?;
    let stated = (opens + 2..comma).any(|j| STATE_WORDS.contains(&toks[j].lower.as_str()));
    (stated && comma <= opens + 12 && !(opens..comma).any(|j| toks[j].is_break())).then(|| {
        text[toks[opens + 1].start..toks[comma - 1].end]
            .trim()
            .to_string()
    })
}

/// "Pending the audit, the CMS stays parked", "Until the FCC filing clears, the refresh is
/// on hold": a condition opening a sentence, up to its comma, told before the verdict at
/// `verdict` in the same sentence. Returns it.
pub fn opening_condition(text: &str, toks: &[Token], verdict: usize) -> Option<String> {
    let end = |to: usize| {
        (0..to)
            .rev()
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
    };
    // "Pending the audit, the CMS stays parked. Revisit in March.": a verdict opening its
    // sentence looks at the sentence before.
    let opens = match end(verdict) {
        Some(p) if p + 1 == verdict => end(p).map_or(0, |q| q + 1),
        p => p.map_or(0, |p| p + 1),
    };
    let verdict = (opens..verdict)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(verdict);
    let lead = toks.get(opens)?;
    if !matches!(
        lead.lower.as_str(),
        "pending" | "until" | "till" | "til" | "unless" | "awaiting"
    ) {
        return None;
    }
    let comma = (opens + 2..verdict).find(|&j| toks[j].is(","))?;
    let words = (opens + 1..comma).filter(|&j| toks[j].is_word()).count();
    (words >= 2 && comma - opens <= 14 && !(opens..comma).any(|j| toks[j].is_break()))
        .then(|| text[lead.start..toks[comma - 1].end].trim().to_string())
}
