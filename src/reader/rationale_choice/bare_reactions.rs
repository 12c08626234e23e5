//! What follows a verdict and is no reason, whatever clause rule read it (round R49): one word
//! alone ("…, which, fair.": the writer's reaction; no label in the corpus gives a one-word
//! reason) and a count of the thing ("… £11,400 signed off, twelve of em": how many, not why).
//! A word the writer gives as the cause ("because churn", "due to budget") stays the reason.

use super::super::tokens::Token;

/// Number words a count of the thing may be said in.
const COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "all", "both",
];

/// Is `said` no reason: one word (in writing that spaces its words), "<a count> of
/// em/them", or a sign-off?
pub(super) fn no_reason(said: &str) -> bool {
    let words: Vec<&str> = said.split_whitespace().collect();
    let one_word = words.len() == 1 && said.is_ascii();
    let counted = |w: &str| {
        let w = w.to_ascii_lowercase();
        w.chars().all(|c| c.is_ascii_digit()) || COUNTS.contains(&w.as_str())
    };
    let count_of_them = words.len() == 3
        && counted(words[0])
        && words[1].eq_ignore_ascii_case("of")
        && matches!(
            words[2].to_ascii_lowercase().as_str(),
            "em" | "'em" | "them" | "those" | "these"
        );
    one_word || count_of_them || signed_off(&words)
}

/// A sign-off or an apology to someone (round R53): "sorry Davo", "stay safe brah", "be safe
/// on the roads, it's slick out there", "take care all".
fn signed_off(words: &[&str]) -> bool {
    let w = |k: usize| {
        words.get(k).map_or(String::new(), |w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
    };
    let sorry = w(0) == "sorry"
        && (2..=3).contains(&words.len())
        && !matches!(w(1).as_str(), "but" | "the");
    let safe = matches!(
        (w(0).as_str(), w(1).as_str()),
        ("stay" | "be" | "drive", "safe") | ("take", "care")
    );
    sorry || safe
}

/// Does the reason at `span` (its tokens) follow a word that gives it as the cause: "because",
/// "cos", "cuz", "bc", "due to", "owing to"?
pub(super) fn given_as_cause(toks: &[Token], span: Option<(usize, usize)>) -> bool {
    let Some((a, _)) = span else {
        return false;
    };
    let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.lower.as_str());
    matches!(
        word(a.checked_sub(1)),
        "because" | "cos" | "coz" | "cuz" | "bc"
    ) || word(a.checked_sub(1)) == "to" && matches!(word(a.checked_sub(2)), "due" | "owing")
}
