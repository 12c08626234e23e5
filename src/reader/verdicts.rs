//! Verdicts from the verbs and idioms people use ("signed off", "pulled the plug", "parked",
//! "cut to £100k"), with negation and hedging.
//!
//! Negation: a negated approval ("we did not approve", "didn't sign off") reads as a reject;
//! with "yet" / "still" ("haven't approved it yet") it is still pending, so no verdict.
//! A negated stop or defer ("not stopping it") reads as continue; a negated continue as stop
//! (but "not to proceed" with a thing not yet running refuses it);
//! a negated reject or rescope as no verdict. Hedged verbs ("need sign-off", "might park it",
//! "should we approve") are not decisions.

use super::tokens::{PhraseTable, TokKind, Token, WordTable};
use crate::domain::Verdict;
use std::sync::OnceLock;

mod adjust;
mod finding;
mod pointed_phrases;
mod verdict_context;
mod verdict_phrases;
mod verdict_words;

use self::adjust::*;
pub use self::finding::*;
pub(super) use self::verdict_context::*;
use self::verdict_phrases::*;
use self::verdict_words::*;

/// The first word of every verdict phrase ("signed" of "signed off", "leaning"): words the
/// reader reads for their own meaning.
pub(super) fn phrase_openings() -> impl Iterator<Item = &'static str> {
    PHRASES
        .into_iter()
        .chain([
            crate::reader::spoken_verdicts::PHRASES,
            crate::reader::plain_verdicts::PHRASES,
        ])
        .flatten()
        .filter_map(|(phrase, _)| phrase.split_whitespace().next())
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Each text's verdict is the one given (`None`: no verdict).
    fn assert_verdicts(cases: &[(&str, Option<Verdict>)]) {
        for (text, want) in cases {
            let got = find_verdict(&tokenize(text)).map(|f| f.verdict);
            assert_eq!(got, *want, "{text}");
        }
    }

    /// The shapes are tried only at their listed openers: over every message of the
    /// corpus, no shape finds a verdict at a word [`SHAPE_OPENERS`] lacks (a shape added
    /// without its first words would be skipped, and this fails).
    #[test]
    fn no_shape_opens_on_a_word_not_listed() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut files = vec![];
        for dir in [corpus.clone(), corpus.join("training")] {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let file = if path.is_dir() {
                    path.join("messages.jsonl")
                } else {
                    path
                };
                // The holdout measures text nobody read for the rules: not even this.
                let holdout = file.file_name().is_some_and(|n| n == "holdout.jsonl");
                if file.extension().is_some_and(|e| e == "jsonl") && file.exists() && !holdout {
                    files.push(file);
                }
            }
        }
        assert!(files.len() > 40, "{files:?}");
        let mut opened = 0;
        for file in files {
            for line in std::fs::read_to_string(&file).unwrap().lines() {
                let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                    continue;
                };
                let toks = tokenize(v["message"].as_str().unwrap_or_default());
                for i in 0..toks.len() {
                    let found =
                        shape_at(&toks, i).is_some() || shape_before_phrases_at(&toks, i).is_some();
                    if opens_a_shape(&toks[i]) {
                        opened += usize::from(found);
                    } else {
                        assert!(!found, "{} at {:?} in {}", toks[i].lower, file, line);
                    }
                }
            }
        }
        assert!(opened > 50, "{opened}");
    }

    #[test]
    fn verbs_idioms_and_negation() {
        use Verdict::*;
        let cases: &[(&str, Option<Verdict>)] = &[
            ("we approved £250k", Some(Approve)),
            ("the board green-lit it", Some(Approve)),
            ("Finance signed off the spend", Some(Approve)),
            ("they turned it down", Some(Reject)),
            ("exec said no", Some(Reject)),
            ("Parking the HR portal till Q3", Some(Defer)),
            ("pushed to Q3", Some(Defer)),
            ("we pulled the plug on it", Some(Stop)),
            ("decided to stop the data lake", Some(Stop)),
            ("carry on as planned", Some(Continue)),
            ("cut to £100k", Some(Rescope)),
            ("we did not approve the bid", Some(Reject)),
            ("haven't approved it yet", None),
            ("we're not stopping it", Some(Continue)),
            ("need sign off from the CFO", None),
            ("should we approve it?", None),
            ("not approved, parked till March", Some(Defer)),
            ("met Ops today", None),
            ("the new firewall stopped 12 intrusion attempts", None),
            ("it has stopped over 300 duplicate orders", None),
            ("we stopped the pilot", Some(Stop)),
            ("the kiosks: we're winding it down", Some(Stop)),
            (
                "they decided to stop it as the airlines moved to Shell",
                Some(Stop),
            ),
            ("not this year, revisit in Q1", Some(Defer)),
            ("no budget left, revisit next spring", Some(Defer)),
            ("approved phase 1, revisit in Q3 for phase 2", Some(Approve)),
            ("we will revisit the numbers", None),
            ("we go on with the kiosk trial", Some(Continue)),
            ("kiosks: we're not going ahead", Some(Reject)),
            ("scrap rate is down to 2%", None),
        ];
        assert_verdicts(cases);
    }

    #[test]
    fn a_verdict_word_as_the_subject_is_a_noun() {
        use Verdict::*;
        let cases: &[(&str, Option<Verdict>)] = &[
            ("scrap is down since the oven telemetry went in", None),
            ("waste and scrap were up 4% in October", None),
            ("parking is a nightmare at the depot", None),
            ("we scrap it, the vendor is gone", Some(Stop)),
            ("scrapped, the vendor is gone", Some(Stop)),
        ];
        assert_verdicts(cases);
    }

    #[test]
    fn accepting_a_new_cost_is_a_rescope() {
        use Verdict::*;
        let cases: &[(&str, Option<Verdict>)] = &[
            (
                "cost up to £710k after the survey, the board accepted the new figure",
                Some(Rescope),
            ),
            ("exco accepted the revised budget of $2.1m", Some(Rescope)),
            ("the vendor accepted our terms", None),
        ];
        assert_verdicts(cases);
    }
}
