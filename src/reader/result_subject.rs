//! A benefit's result told with the work as its subject ("the PM platform cut RFI turnaround
//! from 9 days to 4"): the subject names what the record already holds, so the result is
//! read from its verb on ("cut RFI turnaround …"). "it caught …" keeps its "it".

use super::tokens::Token;

/// Verbs of a measured result that the work did (not "saved", which is the benefit's
/// money itself).
const RESULT_VERBS: &[&str] = &[
    "cut",
    "caught",
    "reduced",
    "halved",
    "trimmed",
    "slashed",
    "shaved",
    "lowered",
    "flagged",
    "detected",
    "freed",
    "stopped",
    "prevented",
    "generated",
];

/// Where the result in tokens `a..b` starts once a subject naming the work is dropped:
/// a name (`name_end(j)` gives the end of a name of an investment at `j`),
/// with "the" / "our" / "new" before it and "has" / "have" after it, followed by a verb of
/// a result. `a` when the result has no such subject.
pub fn after_named_subject(
    toks: &[Token],
    a: usize,
    b: usize,
    name_end: &dyn Fn(usize) -> Option<usize>,
) -> usize {
    let mut k = a;
    while k < b && matches!(toks[k].lower.as_str(), "the" | "our" | "new") {
        k += 1;
    }
    // "it caught two phishing attacks" keeps its "it" (the labels' convention).
    let subject_end = (k < b).then(|| name_end(k)).flatten();
    let Some(mut v) = subject_end.filter(|&v| v < b) else {
        return a;
    };
    if matches!(toks[v].lower.as_str(), "has" | "have" | "had") {
        v += 1;
    }
    if v + 1 < b && RESULT_VERBS.contains(&toks[v].lower.as_str()) {
        v
    } else {
        a
    }
}

/// "The LIMS caught diacetyl in two batches before they were canned, ~$14k …": a benefit
/// opening with the work's name (`name_end(j)`) and a verb of a result has that result as
/// its evidence, up to a clause break or "and" opening a clause of its own.
pub fn result_after_opening_name(
    text: &str,
    toks: &[Token],
    name_end: &dyn Fn(usize) -> Option<usize>,
    money: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let k = usize::from(toks.first().is_some_and(|t| t.is("the")));
    let v = after_named_subject(toks, k, toks.len(), name_end);
    if v == k {
        return None;
    }
    let ends = |j: usize| {
        let t = &toks[j];
        matches!(
            t.lower.as_str(),
            "," | "." | "!" | "?" | ";" | "\n" | "—" | "–" | "("
        ) || t.is_sym("-") && !t.attached
            || t.is("and")
                && toks
                    .get(j + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "we" | "it" | "they" | "that"))
    };
    let e = (v + 1..toks.len()).find(|&j| ends(j)).unwrap_or(toks.len());
    // "nurse scheduling cut overtime spend by $46k", "cut call volumes, saving $18k": money
    // inside the result is what was cut, and a result of three words is only the saving
    // named; neither is evidence.
    (e >= v + 4 && !(v..e).any(money))
        .then(|| text[toks[v].start..toks[e - 1].end].trim().to_string())
}
