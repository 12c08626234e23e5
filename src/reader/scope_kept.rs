//! What a smaller scope keeps, told as a clause of its own in a rescope: "we will only use
//! it at the holding company", "HR module stays in the old system". The corpus convention ("cut to $300k, phase 2 only")
//! makes what the smaller scope keeps the rescope's reason; a scope said as the target of
//! the verb ("rescoped to flagship stores only") is not, and is left to the other rules.

use super::tokens::Token;

fn clause_break(t: &Token) -> bool {
    t.is_break() || t.is_sym("-") && !t.attached
}

/// A verb a kept scope is told with. Not a verb that is itself the verdict ("it continues
/// only for the 40 trucks", "keeps going only at …"): convention 16 makes that scope the
/// decision's own words, with no reason told.
fn keeps(w: &str) -> bool {
    matches!(w, "stays" | "remains" | "use" | "covers")
}

/// The first clause (between breaks, before `stop`) that holds "only" or "stays"/"remains"
/// with a subject before its verb, no money (`money`), outside the verdict's words
/// (`verdict`); a ", not …" after it is part of it.
pub fn scope_kept(
    text: &str,
    toks: &[Token],
    verdict: (usize, usize),
    stop: Option<usize>,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let limit = stop.unwrap_or(toks.len()).min(toks.len());
    let mut a = 0;
    while a < limit {
        let b = (a..limit)
            .find(|&j| clause_break(&toks[j]))
            .unwrap_or(limit);
        let inside_verdict = a < verdict.1 && b > verdict.0;
        // The verb straight after its subject: "it continues", "we will only use"; not
        // "the board agreed to keep going with …", which is the verdict told.
        let verb = (a + 1..b).find(|&j| keeps(&toks[j].lower)).filter(|&j| {
            j <= a + 4 && !(a..j).any(|k| toks[k].is("to") || toks[k].lower.ends_with("ed"))
        });
        let only = (a..b).any(|j| toks[j].is("only"))
            || verb.is_some_and(|j| matches!(toks[j].lower.as_str(), "stays" | "remains"));
        if b >= a + 3
            && b <= a + 15
            && !inside_verdict
            && verb.is_some()
            && only
            && !(a..b).any(money)
        {
            // ", not the vans": what it leaves out, told with it.
            let e = if toks.get(b).is_some_and(|t| t.is(","))
                && toks.get(b + 1).is_some_and(|t| t.is("not"))
            {
                (b + 1..limit)
                    .find(|&j| clause_break(&toks[j]))
                    .unwrap_or(limit)
            } else {
                b
            };
            return Some(text[toks[a].start..toks[e - 1].end].trim().to_string());
        }
        a = b + 1;
    }
    None
}
