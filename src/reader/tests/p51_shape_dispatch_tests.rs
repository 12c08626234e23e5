//! The verdict shapes tried by the words they open on ([`shape_at`]) answer as the chain
//! that tries each in turn ([`shapes_in_turn_at`]), at every word of every corpus message
//! and of sentences written for an invented organisation (a Welsh bus company).

use crate::reader::tokens::tokenize;
use crate::reader::verdicts::{shape_at, shapes_in_turn_at};

/// Where the two differ in `text`: the word, and both answers.
fn differences(text: &str) -> Vec<String> {
    let toks = tokenize(text);
    (0..toks.len())
        .filter_map(|i| {
            let (dispatched, in_turn) = (shape_at(&toks, i), shapes_in_turn_at(&toks, i));
            (dispatched != in_turn)
                .then(|| format!("{:?} at {i}: {dispatched:?} != {in_turn:?}", toks[i].lower))
        })
        .collect()
}

#[test]
fn dispatched_shapes_answer_as_the_chain_in_invented_words() {
    for text in [
        "Board agreed £40k to the depot chargers. Ticket machines: no.",
        "We're pushing the timetable app to next spring, the garage can wait on the lifts till June",
        "Anything under £3k is fine for the bus shelter posters.",
        "the cardiff route pilot gets another three months",
        "Rhys is fine with keeping the old radios, so the budget is now £12k",
        "not doing the fare capping this year. depot wifi - hold. Driver tablets ✅ $9k",
        "we're going with the used Volvo at £96,500, and we'll sign the renewal for another year",
        "Up to 150k ok. Q3 for the depot roof, after the audit.",
        "Ceri said aye to the cameras; we ain't doing the depot canteen",
    ] {
        assert_eq!(differences(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn dispatched_shapes_answer_as_the_chain_on_the_corpus() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files = vec![];
    for dir in [corpus.clone(), corpus.join("training")] {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let file = if path.is_dir() {
                path.join("messages.jsonl")
            } else {
                path
            };
            // Only the messages the rules are written on: not the holdouts, nor the dev set.
            let kept_apart = file
                .components()
                .any(|c| matches!(c.as_os_str().to_str(), Some("holdout2" | "dev")))
                || file.file_name().is_some_and(|n| n == "holdout.jsonl");
            if file.extension().is_some_and(|e| e == "jsonl") && file.exists() && !kept_apart {
                files.push(file);
            }
        }
    }
    assert!(files.len() > 40, "{files:?}");
    let mut read = 0;
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap_or_default().lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let text = v["message"].as_str().unwrap_or_default();
            assert_eq!(differences(text), Vec::<String>::new(), "{file:?}: {text}");
            read += 1;
        }
    }
    assert!(read > 5_000, "{read}");
}
