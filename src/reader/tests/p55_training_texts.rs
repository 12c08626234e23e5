//! The training messages of the corpus, for the speed rounds' tests that compare a faster
//! look with the one it replaces on every text the corpus holds.

use std::path::Path;

/// The training messages: the organisations' folders and the top-level training files
/// (not the holdouts, nor the development set).
pub(in crate::reader) fn training_messages() -> Vec<String> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = ["decisions", "benefits", "chatter", "investments", "notes"]
        .iter()
        .map(|f| corpus.join(format!("{f}.jsonl")))
        .collect();
    for entry in std::fs::read_dir(corpus.join("training"))
        .into_iter()
        .flatten()
        .flatten()
    {
        files.push(entry.path().join("messages.jsonl"));
    }
    let mut out = vec![];
    for file in files {
        for line in std::fs::read_to_string(&file).unwrap_or_default().lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
                out.push(v["message"].as_str().unwrap_or_default().to_string());
            }
        }
    }
    out
}

/// Every text the speed rounds compare a faster look on: the training messages (at least
/// 8,000, checked here so a corpus not found fails the test that asks) and the string
/// literals of `src/`.
pub(in crate::reader) fn training_and_source_texts() -> Vec<String> {
    let mut texts = training_messages();
    assert!(texts.len() > 8000, "{} messages", texts.len());
    texts.extend(crate::reader::tests::p52_source_sentences_tests::source_sentences());
    texts
}

/// Asks `check` at every token of [`training_and_source_texts`] (the text, its tokens and the
/// token's place), as the speed rounds' tests compare a look's first test with its body; the
/// number of places asked.
pub(in crate::reader) fn at_every_token(
    mut check: impl FnMut(&str, &[super::super::tokens::Token], usize),
) -> usize {
    let mut asked = 0;
    for text in &training_and_source_texts() {
        let toks = super::super::tokens::tokenize(text);
        for i in 0..toks.len() {
            check(text, &toks, i);
            asked += 1;
        }
    }
    asked
}

/// The lower-cased words of [`training_and_source_texts`], in order, as the tokeniser reads
/// them.
pub(in crate::reader) fn training_and_source_words() -> Vec<String> {
    training_and_source_texts()
        .iter()
        .flat_map(|text| {
            super::super::tokens::tokenize(text)
                .into_iter()
                .map(|t| t.lower)
        })
        .collect()
}
