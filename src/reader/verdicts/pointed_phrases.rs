//! Phrasal verdicts said with "that" or "this" for the thing: "we're putting that off",
//! "the board knocked this back", as the phrase table has them with "it".

use crate::domain::Verdict;

/// Particles a phrasal verdict's "it" stands before ("putting it off", "knocked it back").
const PARTICLES: &[&str] = &["off", "down", "back", "up", "on", "to", "in", "out"];

/// "putting that off", "knocked this back": each phrasal verdict with "it" before its
/// particle said with "that" or "this" for the thing, as people say it.
pub(super) fn pointed_variants(phrases: &[(&str, Verdict)]) -> Vec<(String, Verdict)> {
    let mut out = Vec::new();
    for (phrase, v) in phrases {
        let words: Vec<&str> = phrase.split(' ').collect();
        let Some(k) = words.iter().position(|w| *w == "it") else {
            continue;
        };
        if k == 0 || !words.get(k + 1).is_some_and(|w| PARTICLES.contains(w)) {
            continue;
        }
        for pointer in ["that", "this"] {
            let mut said = words.clone();
            said[k] = pointer;
            out.push((said.join(" "), *v));
        }
    }
    out
}
