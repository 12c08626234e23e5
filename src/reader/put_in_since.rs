//! Work put in, told with what it has done since (round V66): "Since we put in the Starlink
//! backup at the office, dispatch hasn't lost connection once", "since we added the callback
//! queue in October, abandoned calls went from 22% to 9%", "Since the water tank was
//! installed we did not stop varnishing once", "first month with the drum press: 46 drums
//! sunk vs 19". News about the thing put in (a note when it is registered, as a milestone
//! is); with money it is a benefit, as before (the benefit cues are asked first).

use super::tokens::Token;

/// What we did to put a thing in, said after "since we": "put (in)", "added", "got … running".
const PUT_IN: &[&str] = &[
    "put",
    "added",
    "installed",
    "got",
    "fitted",
    "brought",
    "introduced",
    "started",
    "switched",
    "moved",
    "bought",
    "built",
    "rolled",
];

/// What was done to the thing, said after "since the <thing> was/were": "installed", "put in".
const WAS_PUT_IN: &[&str] = &[
    "installed",
    "put",
    "fitted",
    "added",
    "commissioned",
    "built",
    "introduced",
    "connected",
];

/// The spans of time a first stretch with a thing is counted in: "first month with the …".
const FIRST_SPANS: &[&str] = &[
    "week", "month", "season", "year", "shift", "harvest", "quarter",
];

/// Does news of work put in open at `i`: "since we <put in> the …", "since the <thing>
/// was/were <installed>" or "went in", "<a thing> went in <a time>", or "first <month> with
/// the …"? The cheap first test: the word at `i` is "since", "first" or "went".
pub(super) fn put_in_since_at(toks: &[Token], i: usize) -> bool {
    if !(toks[i].is("since") || toks[i].is("first") || toks[i].is("went")) {
        return false;
    }
    put_in_since_past_its_first_test(toks, i)
}

/// [`put_in_since_at`] past its first test: the word at `i` is "since", "first" or "went".
fn put_in_since_past_its_first_test(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) == "went" {
        // "the blast freezer went in Thursday, it's brilliant": a thing, not a person,
        // went in; not "went in for a quote", "went in with them".
        return i > 0
            && word(i + 1) == "in"
            && toks[i - 1].is_word()
            && !matches!(
                word(i - 1),
                "i" | "we" | "they" | "he" | "she" | "you" | "who" | "and" | "then"
            )
            && !matches!(word(i + 2), "for" | "with" | "to" | "and" | "at" | "on");
    }
    if word(i) == "first" {
        // "first month with the drum press:", "first full week with the new racking".
        let mut k = i + 1;
        if matches!(word(k), "full" | "whole") {
            k += 1;
        }
        return FIRST_SPANS.contains(&word(k))
            && word(k + 1) == "with"
            && matches!(word(k + 2), "the" | "our" | "that");
    }
    // "since we put in …", "since we've added …", "since we finally got …".
    if matches!(word(i + 1), "we" | "we've") {
        let mut k = i + 2;
        if matches!(word(k), "'ve" | "have" | "had" | "finally") {
            k += 1;
        }
        if !PUT_IN.contains(&word(k)) {
            return false;
        }
        k += 1;
        // "put in", "switched over to", "moved to", "rolled out", "set up".
        while matches!(word(k), "in" | "up" | "out" | "on" | "over" | "to" | "onto") {
            k += 1;
        }
        // The thing put in: "the", "a", "our", … or a name after "to" ("moved to Xero").
        return matches!(
            word(k),
            "the" | "a" | "an" | "our" | "that" | "those" | "these" | "this" | "new" | "in"
        ) || word(k - 1) == "to" && toks.get(k).is_some_and(|t| !t.is_break());
    }
    // "since the water tank was installed", "since the new racking went in", "since it
    // went in": a thing named in up to five words, then what was done to it.
    if !matches!(
        word(i + 1),
        "the" | "our" | "it" | "they" | "those" | "these"
    ) {
        return false;
    }
    let thing_ends = (i + 2..(i + 8).min(toks.len())).find(|&k| {
        matches!(
            word(k),
            "was" | "were" | "went" | "got" | "has" | "have" | "had"
        ) || toks[k].is_break()
    });
    let Some(k) = thing_ends else {
        return false;
    };
    match word(k) {
        "went" => word(k + 1) == "in" || word(k + 1) == "into",
        "was" | "were" | "got" => WAS_PUT_IN.contains(&word(k + 1)),
        "has" | "have" | "had" => word(k + 1) == "been" && WAS_PUT_IN.contains(&word(k + 2)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    fn opens(text: &str) -> bool {
        let toks = tokenize(text);
        (0..toks.len()).any(|i| put_in_since_at(&toks, i))
    }

    #[test]
    fn work_put_in_told_with_what_it_has_done_since() {
        // Invented words (a Cornish cider press).
        for text in [
            "Since we put in the new bottling line, we haven't missed a single order",
            "since we've added the night shift scheduler, overtime is down by half",
            "Since the cold store was installed we've not thrown out one pallet",
            "Since the solar canopy went in the forklifts charge all day",
            "first month with the belt press: 300 tonnes pressed vs 180 last October",
            "Since we moved to Xero the month end takes a day",
            "For info – the cold store went in Tuesday, it's brilliant",
        ] {
            assert!(opens(text), "{text}");
        }
    }

    #[test]
    fn since_as_a_time_or_a_reason_is_no_work_put_in() {
        for text in [
            "Since we got back from the show nobody has called",
            "since we have no budget left, the press waits",
            "Since the board is away, no decision till January",
            "since the press was broken last week we lost two days",
            "first time with the new auditors, it went fine",
            "we went in with the press people on Monday",
            "Tamsin went in for a quote on the press",
        ] {
            assert!(!opens(text), "{text}");
        }
    }
}
