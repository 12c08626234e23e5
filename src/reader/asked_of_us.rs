//! "Customer portal relaunch - the councils have asked us to park it until after the May
//! elections, so it's on hold till June": the verdict's words said inside someone's request
//! of us ("<someone> asked us to park it", "the funder wants us to pause it") make the
//! request the reason, whole to its clause's end, with the time they asked for. A condition
//! told as a clause of its own ("until we've picked the new partner", "while we review the
//! policy") is the reason instead, as the labels have it.

use super::clauses;
use super::tokens::Token;

/// The request around the verdict at `v_start..v_end`, when the verdict follows "<someone>
/// asked / told / wants us to", read from the request's subject to its clause's end.
pub fn request_around(
    text: &str,
    toks: &[Token],
    v_start: usize,
    v_end: usize,
    limit: usize,
) -> Option<String> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // The request read with the verdict ("asked us to park"), or just before it.
    let ask = if matches!(w(v_start + 1), "us" | "me") && w(v_start + 2) == "to" {
        v_start
    } else if v_start >= 4 && w(v_start - 1) == "to" && matches!(w(v_start - 2), "us" | "me") {
        v_start - 3
    } else {
        return None;
    };
    if !matches!(
        w(ask),
        "asked" | "told" | "want" | "wants" | "wanted" | "requested" | "advised"
    ) {
        return None;
    }
    // The subject: back to the clause's break, not ourselves.
    let s = (0..ask)
        .rev()
        .find(|&j| toks[j].is_break())
        .map_or(0, |j| j + 1);
    let subject_words = (s..ask).filter(|&j| toks[j].is_word()).count();
    if subject_words == 0 || matches!(w(s), "we" | "i" | "we've" | "i've") {
        return None;
    }
    // "Mere's asked us to sit on the website rebuild, the China distributor does …": one
    // person by name asking us to do what the verdict says is deciding it, no reason of a
    // third party's (round R49); "the councils have asked us to park it" still is.
    let person = toks[s].capital
        && !toks[s].caps
        && (s..ask)
            .filter(|&j| toks[j].is_word() && !matches!(w(j), "has" | "have" | "had"))
            .count()
            == 1;
    if person {
        return None;
    }
    let e = clauses::clause_end(toks, v_end, limit);
    // "asked us to park it until we've picked the new partner", "… while we review …": a
    // condition of its own is the reason; only a time ("until after the May elections")
    // leaves it to the request.
    let conditioned = (v_end.saturating_sub(1)..e).any(|j| {
        matches!(w(j), "while" | "once" | "unless" | "pending")
            || matches!(w(j), "until" | "till" | "til") && !matches!(w(j + 1), "after" | "before")
    });
    (e > v_end && !conditioned).then(|| text[toks[s].start..toks[e - 1].end].trim().to_string())
}
