//! The amount at a word remembered per place of the message being read answers as the
//! amount worked out afresh (`amount_at_worked_out`), asked twice (the second answer is the
//! remembered one) at every word of the whole message, of each record the split gives and
//! of the message after its first word, in the tenant's currency and in another, for every
//! training message of the corpus and every string of the source.

use crate::money::Currency;
use crate::reader::money_words::{amount_at, amount_at_worked_out};
use crate::reader::names::{NameIndex, StaticDirectory};
use crate::reader::read_memo::MessageMemo;
use crate::reader::records;
use crate::reader::tokens::tokenize;
use std::path::Path;

/// Where the remembered amounts differ from the worked-out ones in `text`.
fn differences(index: &NameIndex, text: &str) -> Vec<String> {
    let toks = tokenize(text);
    if toks.is_empty() {
        return vec![];
    }
    let _memo = MessageMemo::start(&toks);
    let mut slices = vec![(0, toks.len()), (1, toks.len())];
    slices.extend(records::split(&toks, index, Currency::GBP));
    let currencies = [
        (Currency::GBP, Currency::GBP),
        (Currency::USD, Currency::USD),
        (Currency::GBP, Currency::EUR),
    ];
    let mut out = vec![];
    for (a, b) in slices.into_iter().filter(|&(a, b)| a < b) {
        let part = &toks[a..b];
        for (default, bare) in currencies {
            for at in 0..=part.len() {
                let worked_out = format!("{:?}", amount_at_worked_out(part, at, default, bare));
                for ask in 0..2 {
                    let found = format!("{:?}", amount_at(part, at, default, bare));
                    if found != worked_out {
                        out.push(format!(
                            "{text:?} {a}..{b} at {at} ask {ask}: {found} != {worked_out}"
                        ));
                    }
                }
            }
        }
    }
    out
}

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

#[test]
fn remembered_amounts_answer_as_worked_out_in_invented_words() {
    let index = NameIndex::new(&StaticDirectory::default());
    for text in [
        "Harbour board approved the crane: £1.2m, plus £40k a year to run it.",
        "Quay lights 30k; ferry tills €12,500 each, 3 x €4k for the kiosks",
        "We're paying about two hundred grand a year for the old tills, total 1,2 Mio. €",
    ] {
        assert_eq!(differences(&index, text), Vec::<String>::new());
    }
}

#[test]
fn remembered_amounts_answer_as_worked_out_on_the_corpus_and_the_source() {
    let index = NameIndex::new(&StaticDirectory::default());
    let messages = training_messages();
    assert!(messages.len() > 8000, "{} messages", messages.len());
    let mut diffs = vec![];
    for text in messages
        .iter()
        .chain(&super::p52_source_sentences_tests::source_sentences())
    {
        diffs.extend(differences(&index, text));
    }
    diffs.truncate(5);
    assert_eq!(diffs, Vec::<String>::new());
}
