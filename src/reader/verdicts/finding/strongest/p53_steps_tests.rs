//! [`strong_verdict_in`] with each word's step remembered per span end answers as the look
//! worked out afresh, for the English and the French tables, at the spans the reader asks
//! about in turn (each sentence, then the whole up to that sentence's end, and back again)
//! of every corpus message and every string of the source.

use super::*;
use crate::reader::read_memo::MessageMemo;
use crate::reader::tokens::tokenize;

/// Where the remembered look differs from the fresh one in `text`.
fn differences(text: &str) -> Vec<String> {
    let toks = tokenize(text);
    if toks.is_empty() {
        return vec![];
    }
    let _memo = MessageMemo::start(&toks);
    let mut spans = vec![];
    let mut start = 0;
    for (k, t) in toks.iter().enumerate() {
        if t.is_break() || k + 1 == toks.len() {
            spans.push((start, k + 1));
            spans.push((0, k + 1));
            start = k + 1;
        }
    }
    let back: Vec<_> = spans.iter().rev().copied().collect();
    spans.extend(back);
    let mut out = vec![];
    for (from, to) in spans {
        for phrases in [table(), crate::reader::french_verdicts::table()] {
            let kept = strongest(&toks, from, to, phrases, true);
            let fresh = strongest(&toks, from, to, phrases, false);
            if kept != fresh {
                out.push(format!("{text:?} {from}..{to}: {kept:?} != {fresh:?}"));
            }
        }
    }
    out
}

#[test]
fn remembered_steps_answer_as_worked_out_in_invented_words() {
    for text in [
        "Board agreed £40k to the depot chargers. Ticket machines: no.",
        "We parked the timetable app. Rhys is fine with it, so the budget is now £12k",
        "knocked back in March but they're back on. le comité a validé les bornes.",
    ] {
        assert_eq!(differences(text), Vec::<String>::new());
    }
}

#[test]
fn remembered_steps_answer_as_worked_out_on_the_corpus_and_the_source() {
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
    let mut read = 0;
    let mut diffs = vec![];
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(m) = v["message"].as_str() {
                diffs.extend(differences(m));
                read += 1;
            }
        }
    }
    assert!(read > 7000, "{read} messages read");
    for text in crate::reader::tests::p52_source_sentences_tests::source_sentences() {
        diffs.extend(differences(&text));
    }
    diffs.truncate(5);
    assert_eq!(diffs, Vec::<String>::new());
}
