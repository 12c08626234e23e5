//! Short asides after a verdict's comma that tell no reason: whose price it is ("…
//! approved at $88k, Varley's quote."), how the writer feels about it ("- rejected, I'm
//! afraid."), or that it is like the work done elsewhere ("is a go, $16K, same setup as
//! Plaquemine."), a condition told as "weather permitting", or that someone is content with it ("Amanda's happy with it", "we're
//! good"), or a term of address ("…, b'y."). The reason, if any, is told in another clause
//! or sentence.

use super::tokens::Token;

mod tasks_and_counts;

/// Words for a price someone gave: "Varley's quote", "the Holmes estimate".
const PRICE_GIVEN: &[&str] = &[
    "quote", "quotes", "price", "estimate", "tender", "bid", "figure", "number", "pricing",
];

/// Is the clause `a..b` a hedge of the writer's ("I'm afraid", "sadly", "unfortunately")?
fn hedge(words: &[&str]) -> bool {
    let words = match words.last() {
        Some(&"though") => &words[..words.len() - 1],
        _ => words,
    };
    matches!(
        words,
        ["i'm", "afraid"]
            | ["i", "am", "afraid"]
            | ["sadly"]
            | ["unfortunately"]
            | ["regrettably"]
            | ["alas"]
            | ["i'm", "sorry", "to", "say"]
    )
}

/// Is the clause `a..b` only whose price it is: a possessive (or "the", "per") and at most
/// two more words ending on a word for a price ("Varley's quote", "per the Holmes quote")?
fn price_source(toks: &[Token], words: &[&str]) -> bool {
    let words = match words.first() {
        Some(&"per") | Some(&"as") => &words[1..],
        _ => words,
    };
    let words = match words.first() {
        Some(&"per") => &words[1..],
        _ => words,
    };
    (2..=4).contains(&words.len())
        && PRICE_GIVEN.contains(words.last().unwrap_or(&""))
        && (words[0].ends_with("'s") || words[0].ends_with("s'") || words[0] == "the")
        && toks.iter().all(|t| !t.lower.ends_with("n't"))
}

/// Is the clause `a..b` the work likened to the same done elsewhere: "same setup as
/// Plaquemine", "the same spec as last year's", with no verb of its own?
fn same_as_elsewhere(words: &[&str]) -> bool {
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => words,
    };
    let Some(as_at) = words.iter().position(|w| *w == "as") else {
        return false;
    };
    words.first() == Some(&"same")
        && (2..=4).contains(&as_at)
        && words.len() <= as_at + 4
        && !words.iter().any(|w| {
            matches!(*w, "is" | "are" | "was" | "were" | "has" | "have" | "had")
                || w.ends_with("n't")
        })
}

/// Is the clause someone content with the work: "Amanda's happy with it", "we're good",
/// "the board is happy with that": a person's contracted "is" then a word of contentment,
/// or a subject, "is" and a feeling, and at most "with it / that / this"?
fn content(words: &[&str]) -> bool {
    // "Amanda's", "we're": a person's; "it's good", "early results are good" judge the
    // work, and may be why.
    let contracted = |w: &str| {
        (w.ends_with("'s") || w.ends_with("'re") || w == "i'm")
            && !matches!(w, "it's" | "that's" | "this's" | "there's")
    };
    let feels = |w: &str| matches!(w, "happy" | "content" | "comfortable");
    let rest = match words {
        [w, rest @ ..] if contracted(w) => rest,
        [_, "is" | "are", w, ..] | [_, _, "is" | "are", w, ..] if !feels(w) => return false,
        [_, "is" | "are", rest @ ..] | [_, _, "is" | "are", rest @ ..] => rest,
        _ => return false,
    };
    let glad = |w: &str| {
        matches!(
            w,
            "happy" | "good" | "fine" | "ok" | "okay" | "sorted" | "content" | "comfortable"
        )
    };
    match rest {
        [w] => glad(w),
        [w, "with", "it" | "that" | "this"] => glad(w),
        _ => false,
    }
}

/// Where the reason `a..b` ends when its last comma is followed by someone content with it
/// ("Vendor fixed the dropouts, we're good"): at that comma.
pub(super) fn before_contentment(toks: &[Token], a: usize, b: usize) -> usize {
    let c = (a + 2..b).rev().find(|&j| toks[j].is(","));
    c.filter(|&c| {
        let words: Vec<&str> = toks[c + 1..b].iter().map(|t| t.lower.as_str()).collect();
        toks[c + 1..b].iter().all(|t| t.is_word()) && content(&words)
    })
    .unwrap_or(b)
}

/// "Weather permitting, eh", "budget permitting": a condition told as "<thing>
/// permitting", maybe with a tag after its comma.
fn permitting(words: &[&str]) -> bool {
    match words {
        [_, "permitting"] => true,
        [_, "permitting", tag] => matches!(*tag, "eh" | "though" | "mind" | "obviously"),
        _ => false,
    }
}

/// Words a writer calls the room or a colleague by: "…, b'y.", "…, bab, let's …", "…,
/// hon", "cheers, me duck". Alone in a clause they tell no reason.
pub(in crate::reader) const TERMS_OF_ADDRESS: &[&str] = &[
    "b'y", "b'ys", "bab", "hon", "honey", "mate", "love", "duck", "me duck", "my love", "bud",
    "buddy", "pal", "man", "y'all", "folks", "lads", "guys", "boys", "chief",
];

/// Is the clause only a term of address ("b'y", "me duck")?
fn address(words: &[&str]) -> bool {
    TERMS_OF_ADDRESS.contains(&words.join(" ").as_str())
}

/// Is the clause `a..b` an aside that tells no reason (see the module's note)?
pub fn no_reason_aside(toks: &[Token], a: usize, b: usize) -> bool {
    let span = &toks[a..b.min(toks.len())];
    let words: Vec<&str> = span
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    let all_words = span.iter().all(|t| t.is_word() || t.is("'"));
    let with_commas = span.iter().all(|t| t.is_word() || t.is(","));
    start_planned(&words)
        || no_date_said(&words)
        || meeting_closed(&words)
        || tasks_and_counts::task_to_someone(span)
        || tasks_and_counts::task_told_of_someone(span)
        || tasks_and_counts::count_bought(span)
        || with_commas && permitting(&words)
        || all_words
            && (hedge(&words)
                || address(&words)
                || price_source(span, &words)
                || same_as_elsewhere(&words)
                || content(&words))
}

/// "no date yet", "no new date (per gloria)", "not before" (after the time to look again):
/// that no time is set, or the time said again, is no reason (round S53).
fn no_date_said(words: &[&str]) -> bool {
    // "(per gloria)": whose word it is, after it.
    let words = match words {
        [rest @ .., "per", _] if rest.len() >= 2 => rest,
        _ => words,
    };
    matches!(
        words,
        ["no", "date"]
            | ["no", "date", "yet" | "set" | "given"]
            | ["no", "date", "yet", "set"]
            | ["no", "review" | "new", "date"]
            | ["no", "review" | "new", "date", "yet" | "set" | "given"]
            | ["not", "before"]
    )
}

/// "The meeting ended with a word of prayer at 1:10pm", "Meeting closed at 4.30": the
/// minutes' closing line, no reason of the last item (round S53).
fn meeting_closed(words: &[&str]) -> bool {
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => words,
    };
    matches!(
        words,
        [
            "meeting",
            "ended" | "closed" | "adjourned" | "ends" | "closes" | "was",
            ..
        ]
    ) && !words.contains(&"because")
        && (words.get(1) != Some(&"was") || matches!(words.get(2), Some(&"closed" | &"adjourned")))
}

/// "starting w/ the call center", "starting with Leith in January", "beginning at the
/// depot": where the work starts, its plan told after the verdict, no reason.
fn start_planned(words: &[&str]) -> bool {
    matches!(
        words,
        [
            "starting" | "beginning" | "begins" | "starts",
            "with" | "w" | "at" | "in",
            ..
        ]
    )
}

/// "fryers first", "halifax first", "uv units first": told after an approval, which part
/// or place of the work goes first, one or two words and "first" with no verb, is its
/// plan, no reason (a hold's "vendor demo first" is why it waits; callers ask only of an
/// approval). Not "safety first", nor "only for Anholt first".
pub(super) fn goes_first(toks: &[Token], a: usize, b: usize) -> bool {
    let span = &toks[a..b.min(toks.len())];
    if !span.iter().all(|t| t.is_word()) || !(2..=3).contains(&span.len()) {
        return false;
    }
    let (last, rest) = span.split_last().expect("two or more tokens");
    last.lower == "first"
        && rest.iter().all(|t| {
            !matches!(
                t.lower.as_str(),
                "safety"
                    | "only"
                    | "for"
                    | "it"
                    | "them"
                    | "that"
                    | "this"
                    | "we"
                    | "they"
                    | "see"
                    | "test"
                    | "need"
                    | "want"
            )
        })
}
