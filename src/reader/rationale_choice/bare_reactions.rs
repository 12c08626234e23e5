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
///
/// Its first test, its first word lower-cased once (round P67): one of the words these open
/// on ("sorry", "stay", "be", "drive", "take"); the body lower-cases its words anew at each
/// asking.
fn signed_off(words: &[&str]) -> bool {
    let first = words.first().map_or(String::new(), |w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    if !matches!(first.as_str(), "sorry" | "stay" | "be" | "drive" | "take") {
        return false;
    }
    signed_off_past_its_first_test(words)
}

/// [`signed_off`] once its first test is passed.
fn signed_off_past_its_first_test(words: &[&str]) -> bool {
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

#[cfg(test)]
mod p67_tests {
    use super::{signed_off, signed_off_past_its_first_test};
    use crate::reader::tests::p55_training_texts::training_and_source_texts;

    /// Round P67: the sign-off look with its first word's test answers as its body on every
    /// piece of the training and source texts, and some piece is a sign-off.
    #[test]
    fn sign_off_with_its_first_test_answers_as_its_body() {
        let mut seen = 0;
        for text in training_and_source_texts() {
            for piece in text.split(['.', '\n', ';', ',', '?', '!', '—']) {
                let words: Vec<&str> = piece.split_whitespace().collect();
                for k in 0..words.len() {
                    let body = signed_off_past_its_first_test(&words[k..]);
                    assert_eq!(signed_off(&words[k..]), body, "{:?}", &words[k..]);
                    seen += usize::from(body);
                }
            }
        }
        assert!(seen > 0, "no piece is a sign-off");
    }
}
