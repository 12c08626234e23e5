//! The verdict shapes' dispatch ([`shape_at`]) answers as the chain that tries each shape in
//! turn ([`shapes_in_turn_at`]) at every word of every string the source holds: the unit
//! tests' sentences and the examples the rules quote. The corpus test
//! (`p51_shape_dispatch_tests`) sees only corpus words, so a shape added with a unit test on
//! a new opener word, left out of the dispatch table, failed only at a later merge; here its
//! own test's sentence finds it.

use crate::reader::tokens::tokenize;
use crate::reader::verdicts::{shape_at, shapes_in_turn_at};
use std::collections::BTreeSet;
use std::path::Path;

/// The contents of every string literal on one line of source (a rough reading: a line's
/// text between unescaped double quotes, with `\"`, `\n` and `\\` read back). Any text does:
/// the dispatch must answer as the chain on every input, so a misread literal tests no less.
fn literals_on(line: &str, out: &mut BTreeSet<String>) {
    let mut inside = false;
    let mut text = String::new();
    let mut chars = line.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if !inside {
            // `'"'`: a character, not a string's start.
            if c == '"' && !(prev == '\'' && chars.peek() == Some(&'\'')) {
                inside = true;
                text.clear();
            }
            prev = c;
            continue;
        }
        match c {
            '\\' => match chars.next() {
                Some('n') => text.push('\n'),
                Some(e) => text.push(e),
                None => {}
            },
            '"' => {
                inside = false;
                if text.chars().any(char::is_alphabetic) {
                    out.insert(std::mem::take(&mut text));
                }
            }
            _ => text.push(c),
        }
        prev = c;
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every distinct string the crate's source (`src/`) holds with a letter in it.
pub(crate) fn source_sentences() -> BTreeSet<String> {
    let mut files = vec![];
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut out = BTreeSet::new();
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap_or_default().lines() {
            literals_on(line, &mut out);
        }
    }
    out
}

#[test]
fn literals_are_read_from_a_line() {
    let mut out = BTreeSet::new();
    literals_on(
        r#"    ("Harbour board said yes to the \"new\" crane", '"', "x"), "#,
        &mut out,
    );
    let want: BTreeSet<String> = ["Harbour board said yes to the \"new\" crane", "x"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(out, want);
}

#[test]
fn dispatched_shapes_answer_as_the_chain_on_every_source_sentence() {
    let sentences = source_sentences();
    // This file's own sentence, and thousands of the unit tests'.
    assert!(
        sentences.contains("Harbour board said yes to the \"new\" crane"),
        "{}",
        sentences.len()
    );
    assert!(sentences.len() > 10_000, "{}", sentences.len());
    let mut differ = vec![];
    for text in &sentences {
        let toks = tokenize(text);
        for i in 0..toks.len() {
            let (dispatched, in_turn) = (shape_at(&toks, i), shapes_in_turn_at(&toks, i));
            if dispatched != in_turn {
                differ.push(format!(
                    "{:?} at {i} of {text:?}: {dispatched:?} != {in_turn:?}",
                    toks[i].lower
                ));
            }
        }
    }
    assert_eq!(differ, Vec::<String>::new());
}

/// The corpus's training messages (not the holdouts, nor the dev set).
fn corpus_messages() -> Vec<String> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/training");
    let mut out = vec![];
    for entry in std::fs::read_dir(corpus).into_iter().flatten().flatten() {
        let file = entry.path().join("messages.jsonl");
        for line in std::fs::read_to_string(&file).unwrap_or_default().lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                out.push(v["message"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    out
}

/// The phrase tables' look-up by second word finds the phrase that comparing every phrase
/// in turn finds (`PhraseTable::longest_at` checks it at each look-up the tests make): at
/// every word of an invented organisation's sentences, every corpus message and every
/// string of the source, through the verdicts', the cues' and the categories' tables.
#[test]
fn phrase_tables_find_by_second_word_what_they_found_in_turn() {
    let mut texts: Vec<String> = [
        "We're going with the Truro depot chargers, we'll go ahead with the app",
        "we not doing the harbour webcam. We are pausing the kiosks; we",
        "Not now for the ferry tills, not going ahead with the quay lights",
        "Gave the go-ahead for the slipway winch, cut the berth sensors to £4k",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    let corpus = corpus_messages();
    assert!(corpus.len() > 5_000, "{}", corpus.len());
    texts.extend(corpus);
    texts.extend(source_sentences());
    for text in &texts {
        let toks = tokenize(text);
        let _ = crate::reader::verdicts::find_verdict_in(&toks, 0, toks.len());
        let _ = crate::reader::intent::find_cues(&toks);
        let _ = crate::reader::category::infer(&toks);
    }
}
