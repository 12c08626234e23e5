//! "approved …, £74k, after the break-ins at Gosport in October", "…, after the phishing
//! incident in Sept": an incident told after a verdict, with when it happened, prompted the
//! verdict; it is the reason (convention 27 keeps its "after"), and its month dates the
//! incident, not the clause as a detail. "after the review on 18/11", "after the summer
//! pause" tell no incident and stay times.

use super::tokens::Token;

/// Nouns of something that went wrong.
fn incident(w: &str) -> bool {
    matches!(
        w,
        "incident"
            | "incidents"
            | "theft"
            | "thefts"
            | "accident"
            | "accidents"
            | "fire"
            | "fires"
            | "flood"
            | "floods"
            | "flooding"
            | "outage"
            | "outages"
            | "attack"
            | "attacks"
            | "breach"
            | "breaches"
            | "assault"
            | "scare"
            | "robbery"
            | "burglary"
            | "burglaries"
            | "ransomware"
            | "leak"
            | "spill"
            | "collapse"
            | "injury"
            | "injuries"
    )
}

/// Does the clause `toks[s..e]` open with "after" and an incident ("after the break-ins at
/// Gosport in October"), named within six words and before any date (`skip`)?
pub fn incident_after(toks: &[Token], s: usize, e: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    let k = if toks.get(s).is_some_and(|t| t.is("after")) {
        s + 1
    } else if s > 0 && toks[s - 1].is("after") {
        s
    } else {
        return false;
    };
    (k..e.min(k + 6).min(toks.len()))
        .take_while(|&j| !skip(j) && !toks[j].is_break())
        .any(|j| {
            let w = toks[j].lower.as_str();
            incident(w)
                // "break-ins", "break-in": the noun written with its hyphen.
                || matches!(w, "ins" | "in")
                    && j >= 2
                    && toks[j - 1].is_sym("-")
                    && toks[j - 2].is("break")
        })
}
