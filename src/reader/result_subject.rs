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
